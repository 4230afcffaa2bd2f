/* convene-meeting-labels.c: how a meeting is said
 *
 * The words every view and every printed page use for a meeting: its
 * number as an ordinal ("14th"), its kind's label with that number, the
 * short labels of matrix columns and running headers, where it was held,
 * the one-line description a row and a screen reader give, and its
 * attendance in groups with their headings. One home (issue 14) so that the
 * window, print and the command line say a meeting alike; only in a file of
 * its own because convene-meeting.c, the type, was over 1,000 lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "convene-meeting-private.h"
#include "convene-text.h"

/* "1st", "2nd", "14th", "23rd" */
char *
convene_format_ordinal (guint number)
{
  guint tens = number % 100;

  if (tens < 11 || tens > 13)
    {
      switch (number % 10)
        {
        case 1:
          /* TRANSLATORS: an ordinal number such as 1st, 21st */
          return g_strdup_printf (C_("ordinal", "%ust"), number);
        case 2:
          /* TRANSLATORS: an ordinal number such as 2nd, 22nd */
          return g_strdup_printf (C_("ordinal", "%und"), number);
        case 3:
          /* TRANSLATORS: an ordinal number such as 3rd, 23rd */
          return g_strdup_printf (C_("ordinal", "%urd"), number);
        default:
          break;
        }
    }

  /* TRANSLATORS: an ordinal number such as 4th, 11th, 14th */
  return g_strdup_printf (C_("ordinal", "%uth"), number);
}

/* The place and the venue on one line, as in "Bali, Indonesia · Grand
 * Hyatt" (the venue isolated like the place); the place or the venue alone
 * when only one is known; NULL when neither is. */
char *
convene_meeting_dup_where_label (ConveneMeeting *self)
{
  g_autofree char *place = NULL;
  g_autofree char *venue = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);

  place = convene_meeting_dup_place_label (self);
  venue = convene_text_isolate (self->venue);
  if (place != NULL && venue != NULL)
    /* TRANSLATORS: a place and the venue there, as in "Bali, Indonesia · Grand Hyatt" */
    return g_strdup_printf (_("%s · %s"), place, venue);
  return place != NULL ? g_steal_pointer (&place) : g_steal_pointer (&venue);
}

/* What a screen reader says for a meeting: "14th Ad Hoc Group Senior
 * Officials’ Meeting, Da Nang, Viet Nam, 23–24 July 2019". Dataset text is
 * isolated (the kind and place labels come isolated from the model). */
char *
convene_meeting_describe (ConveneMeeting *meeting)
{
  g_autofree char *kind = convene_meeting_dup_kind_label (meeting, FALSE);
  g_autofree char *place = convene_meeting_dup_place_label (meeting);
  g_autofree char *date = convene_meeting_dup_date_label (meeting);
  GString *text = g_string_new (NULL);

  if (convene_meeting_get_number (meeting) > 0)
    g_string_append (text, kind);
  else
    convene_string_append_isolated (text, convene_meeting_get_title (meeting));

  if (place != NULL)
    g_string_append_printf (text, ", %s", place);
  g_string_append_printf (text, ", %s", date);
  return g_string_free (text, FALSE);
}

/* "14th · AHG SOM" (short) or "14th Ad Hoc Group Senior Officials’ Meeting";
 * the kind's label is isolated, as it may come from the dataset. */
char *
convene_meeting_dup_kind_label (ConveneMeeting *meeting,
                                gboolean        short_form)
{
  g_autofree char *label = NULL;
  g_autofree char *ordinal = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  label = convene_text_isolate (short_form ? convene_meeting_kind_get_short_label (meeting->meeting_kind)
                                           : convene_meeting_kind_get_label (meeting->meeting_kind));

  if (convene_meeting_get_number (meeting) == 0)
    return g_steal_pointer (&label);

  ordinal = convene_format_ordinal (convene_meeting_get_number (meeting));
  if (short_form)
    /* TRANSLATORS: an ordinal and a short meeting kind, as in "14th · AHG SOM" */
    return g_strdup_printf (_("%s · %s"), ordinal, label);
  /* TRANSLATORS: an ordinal and a meeting kind, as in "14th Ad Hoc Group Senior Officials’ Meeting" */
  return g_strdup_printf (_("%s %s"), ordinal, label);
}

/* Which of its kind a meeting is, in a few characters: "14th · 2019", or
 * for a meeting with no number its month, "Mar 2010", so that two
 * workshops of one year are told apart. */
char *
convene_meeting_dup_number_label (ConveneMeeting *self)
{
  g_autofree char *ordinal = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);

  if (self->number == 0)
    return convene_date_format_month (&self->start);
  ordinal = convene_format_ordinal (self->number);
  /* TRANSLATORS: a compact meeting header: an ordinal and a year, as in "14th · 2019" */
  return g_strdup_printf (_("%s · %u"), ordinal, self->start.year);
}

/* A meeting in a short line, for a column's or a page's header:
 * "14th · AHG SOM · 2019", or "Workshop · Mar 2010" for a meeting with no
 * number. */
char *
convene_meeting_dup_short_label (ConveneMeeting *self)
{
  g_autofree char *kind = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);

  kind = convene_meeting_dup_kind_label (self, TRUE);
  if (self->number == 0)
    when = convene_date_format_month (&self->start);
  else
    when = g_strdup_printf ("%u", self->start.year);
  /* TRANSLATORS: a meeting in a short line, as in "14th · AHG SOM · 2019"
   * or "Workshop · Mar 2010" */
  return g_strdup_printf (_("%s · %s"), kind, when);
}

/* Co-chairs; countries and territories that took part; observers of any
 * kind; organisations and bodies that took part. FALSE for roles that are
 * not attendance. */
gboolean
convene_attendance_get_group (const ConveneAttendance *attendance,
                              ConveneAttendanceGroup  *group)
{
  switch (attendance->role)
    {
    case CONVENE_ROLE_CO_CHAIR:
      *group = CONVENE_ATTENDANCE_GROUP_CO_CHAIRS;
      return TRUE;
    case CONVENE_ROLE_OBSERVER:
      *group = CONVENE_ATTENDANCE_GROUP_OBSERVERS;
      return TRUE;
    case CONVENE_ROLE_PARTICIPANT:
      *group = convene_participant_is_state (attendance->participant)
               ? CONVENE_ATTENDANCE_GROUP_PARTICIPANTS
               : CONVENE_ATTENDANCE_GROUP_ORGANISATIONS;
      return TRUE;
    case CONVENE_ROLE_NONE:
    case CONVENE_ROLE_NOT_RECORDED:
    default:
      return FALSE;
    }
}

char *
convene_attendance_group_dup_heading (ConveneAttendanceGroup group,
                                      guint                  count)
{
  switch (group)
    {
    case CONVENE_ATTENDANCE_GROUP_CO_CHAIRS:
      /* TRANSLATORS: a heading; %u is how many there were */
      return g_strdup_printf (_("Co-chairs (%u)"), count);
    case CONVENE_ATTENDANCE_GROUP_PARTICIPANTS:
      /* TRANSLATORS: a heading for the countries and territories that took
       * part; %u is how many */
      return g_strdup_printf (_("Participants (%u)"), count);
    case CONVENE_ATTENDANCE_GROUP_OBSERVERS:
      /* TRANSLATORS: a heading; %u is how many there were */
      return g_strdup_printf (_("Observers (%u)"), count);
    case CONVENE_ATTENDANCE_GROUP_ORGANISATIONS:
      /* TRANSLATORS: a heading for the organisations that took part; %u is how many */
      return g_strdup_printf (_("Organisations and bodies (%u)"), count);
    case CONVENE_N_ATTENDANCE_GROUPS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* For each group of the meeting's attendance, the names to show, each
 * isolated and joined by the list separator (NULL when the group is empty;
 * free with g_free), and how many there are. */
void
convene_meeting_list_attendance (ConveneMeeting *meeting,
                                 char           *names[CONVENE_N_ATTENDANCE_GROUPS],
                                 guint           counts[CONVENE_N_ATTENDANCE_GROUPS])
{
  GPtrArray *attendance = convene_meeting_get_attendance (meeting);
  GPtrArray *members[CONVENE_N_ATTENDANCE_GROUPS] = { NULL, };

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    {
      ConveneAttendance *entry = g_ptr_array_index (attendance, i);
      ConveneAttendanceGroup group;

      if (!convene_attendance_get_group (entry, &group))
        continue;
      if (members[group] == NULL)
        members[group] = g_ptr_array_new ();
      g_ptr_array_add (members[group], entry->participant);
    }

  /* each group in the order of the names as shown, in the user's language */
  for (guint group = 0; group < CONVENE_N_ATTENDANCE_GROUPS; group++)
    {
      GString *list;

      counts[group] = members[group] != NULL ? members[group]->len : 0;
      names[group] = NULL;
      if (members[group] == NULL)
        continue;

      g_ptr_array_sort (members[group], convene_participant_compare_names);
      list = g_string_new (NULL);
      for (guint i = 0; i < members[group]->len; i++)
        {
          g_autofree char *name = convene_text_dup_capped (
            convene_participant_get_display_name (g_ptr_array_index (members[group], i)),
            CONVENE_TEXT_LABEL_CHARS);

          if (i > 0)
            /* TRANSLATORS: the separator between names in a list */
            g_string_append (list, C_("list separator", ", "));
          convene_string_append_isolated (list, name);
        }
      names[group] = g_string_free (list, FALSE);
      g_ptr_array_unref (members[group]);
    }
}
