/* convene-document-meeting.c: the commands on the dataset's and a meeting's
 * fields, and on meetings (New, Duplicate, Delete)
 *
 * Each makes one edit and pushes it through the document
 * (convene-document.c); setting a field to the value it has makes none.
 * Typing into a text field, letter by letter, is one step of the history
 * (the edit is mergeable).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-edit.h"
#include "convene-document-private.h"
#include "convene-intern.h"
#include "convene-meeting-add-edit.h"
#include "convene-meeting-edit-private.h"

/* The dataset */

void
convene_document_set_title (ConveneDocument *self,
                            const char      *title)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  if (g_strcmp0 (title != NULL ? title : "", convene_dataset_get_title (self->dataset)) == 0)
    return;
  _convene_document_push_labelled (self, convene_dataset_edit_new_text (self->dataset, CONVENE_DATASET_FIELD_TITLE, title),
                 _("Edit Dataset Title"));
}

void
convene_document_set_description (ConveneDocument *self,
                                  const char      *description)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  if (description != NULL && *description == '\0')
    description = NULL;
  if (g_strcmp0 (description, convene_dataset_get_description (self->dataset)) == 0)
    return;
  _convene_document_push_labelled (self, convene_dataset_edit_new_text (self->dataset, CONVENE_DATASET_FIELD_DESCRIPTION,
                                                      description),
                 _("Edit Description"));
}

/* A meeting's fields */

static const char *
field_label (ConveneMeetingField field)
{
  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID: return _("Edit Meeting ID");
    case CONVENE_MEETING_FIELD_KIND: return _("Edit Kind");
    case CONVENE_MEETING_FIELD_NUMBER: return _("Edit Number");
    case CONVENE_MEETING_FIELD_TITLE: return _("Edit Title");
    case CONVENE_MEETING_FIELD_DATES: return _("Edit Dates");
    case CONVENE_MEETING_FIELD_CITY: return _("Edit City");
    case CONVENE_MEETING_FIELD_COUNTRY: return _("Edit Host Country");
    case CONVENE_MEETING_FIELD_VENUE: return _("Edit Venue");
    case CONVENE_MEETING_FIELD_MODE: return _("Edit Mode");
    case CONVENE_MEETING_FIELD_CO_CHAIRS: return _("Edit Co-chairs");
    case CONVENE_MEETING_FIELD_ATTENDANCE: return _("Edit Attendance");
    case CONVENE_MEETING_FIELD_PURPOSE: return _("Edit Purpose");
    case CONVENE_MEETING_FIELD_OUTCOMES: return _("Edit Outcomes");
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE: return _("Edit Outcomes");
    case CONVENE_MEETING_FIELD_NOTES: return _("Edit Notes");
    case CONVENE_MEETING_FIELD_SOURCES: return _("Edit Sources");
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Pushes an edit of @field to @value (taken), labelled after the field. */
void
_convene_document_push_meeting_value (ConveneDocument     *self,
                                      ConveneMeeting      *meeting,
                                      ConveneMeetingField  field,
                                      ConveneMeetingValue *value,
                                      gboolean             mergeable)
{
  ConveneEdit *edit = _convene_meeting_edit_new (self->dataset, meeting, field, value, mergeable);

  _convene_document_push_labelled (self, edit, field_label (field));
}


/**
 * convene_document_set_meeting_text:
 * @field: ID, KIND, TITLE, CITY, VENUE or PURPOSE
 * @text: (nullable): the new text; NULL or empty clears a field that may
 *   be left out (city, venue, purpose)
 *
 * Typing into the field, letter by letter, is one step of the history.
 */
void
convene_document_set_meeting_text (ConveneDocument     *self,
                                   ConveneMeeting      *meeting,
                                   ConveneMeetingField  field,
                                   const char          *text)
{
  ConveneMeetingValue value = { 0 };
  const char *now;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      now = meeting->id;
      value.text = g_strdup (text != NULL ? text : "");
      break;
    case CONVENE_MEETING_FIELD_TITLE:
      now = meeting->title;
      value.text = g_strdup (text != NULL ? text : "");
      break;
    case CONVENE_MEETING_FIELD_VENUE:
      now = meeting->venue;
      value.text = _convene_document_nonempty (text);
      break;
    case CONVENE_MEETING_FIELD_PURPOSE:
      now = meeting->purpose;
      value.text = _convene_document_nonempty (text);
      break;
    case CONVENE_MEETING_FIELD_KIND:
      now = meeting->kind;
      value.interned = convene_intern (text != NULL ? text : "");
      value.meeting_kind = g_object_ref (_convene_dataset_ensure_kind (self->dataset, value.interned));
      break;
    case CONVENE_MEETING_FIELD_CITY:
      now = meeting->city;
      value.interned = text != NULL && *text != '\0' ? convene_intern (text) : NULL;
      break;
    default:
      g_return_if_reached ();
    }

  if (g_strcmp0 (now, value.text != NULL ? value.text : value.interned) == 0)
    {
      _convene_meeting_value_clear (&value);
      return;
    }
  _convene_document_push_meeting_value (self, meeting, field, &value, field != CONVENE_MEETING_FIELD_KIND);
}

/* The number in its series; 0: none */
void
convene_document_set_meeting_number (ConveneDocument *self,
                                     ConveneMeeting  *meeting,
                                     guint            number)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->number == number)
    return;
  value.number = number;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_NUMBER, &value, TRUE);
}

/**
 * convene_document_set_meeting_dates:
 * @end: (nullable): the last day; NULL: the same as @start
 *
 * Each date has its precision: a month or a day of 0 is not known
 * (ConveneDate). An end before the start is kept, and validation names it.
 */
void
convene_document_set_meeting_dates (ConveneDocument   *self,
                                    ConveneMeeting    *meeting,
                                    const ConveneDate *start,
                                    const ConveneDate *end)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (start != NULL);

  value.start = *start;
  value.end = end != NULL ? *end : *start;
  if (memcmp (&value.start, &meeting->start, sizeof value.start) == 0 &&
      memcmp (&value.end, &meeting->end, sizeof value.end) == 0)
    return;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_DATES, &value, FALSE);
}

/* The host country (or territory, organisation…): one of the dataset's
 * participants, or NULL */
void
convene_document_set_meeting_country (ConveneDocument    *self,
                                      ConveneMeeting     *meeting,
                                      ConveneParticipant *country)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->country == country)
    return;
  value.participant = country != NULL ? g_object_ref (country) : NULL;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_COUNTRY, &value, FALSE);
}

void
convene_document_set_meeting_mode (ConveneDocument    *self,
                                   ConveneMeeting     *meeting,
                                   ConveneMeetingMode  mode)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->mode == mode)
    return;
  value.mode = mode;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_MODE, &value, FALSE);
}

/* @co_chairs: (nullable): the co-chairs' names as the sources give them */
void
convene_document_set_meeting_co_chairs (ConveneDocument    *self,
                                        ConveneMeeting     *meeting,
                                        const char * const *co_chairs)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  value.strv = co_chairs != NULL ? g_strdupv ((char **) co_chairs) : g_new0 (char *, 1);
  if (g_strv_equal ((const char * const *) value.strv, (const char * const *) meeting->co_chairs))
    {
      _convene_meeting_value_clear (&value);
      return;
    }
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_CO_CHAIRS, &value, TRUE);
}

void
convene_document_set_outcomes_incomplete (ConveneDocument *self,
                                          ConveneMeeting  *meeting,
                                          gboolean         incomplete)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (!meeting->outcomes_incomplete == !incomplete)
    return;
  value.flag = !!incomplete;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE, &value, FALSE);
}

/**
 * convene_document_set_attendance_recorded:
 *
 * Whether the meeting's attendance is recorded: an empty list (recorded,
 * nobody listed yet) or none ("not recorded", which drops the list; undoing
 * brings it back).
 */
void
convene_document_set_attendance_recorded (ConveneDocument *self,
                                          ConveneMeeting  *meeting,
                                          gboolean         recorded)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if ((meeting->attendance != NULL) == !!recorded)
    return;
  value.array = recorded ? convene_attendance_array_new () : NULL;
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_ATTENDANCE, &value, FALSE);
}

/**
 * convene_document_set_role:
 * @role: PARTICIPANT, OBSERVER or CO_CHAIR; NONE (or NOT_RECORDED) takes
 *   the participant off the list
 *
 * A participant's role at a meeting (a cell of the attendance matrix). A
 * role at a meeting whose attendance is not recorded records it.
 */
void
convene_document_set_role (ConveneDocument    *self,
                           ConveneMeeting     *meeting,
                           ConveneParticipant *participant,
                           ConveneRole         role)
{
  ConveneMeetingValue value = { 0 };
  guint found = G_MAXUINT;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (role == CONVENE_ROLE_NOT_RECORDED)
    role = CONVENE_ROLE_NONE;
  if (convene_meeting_get_role (meeting, participant) == role ||
      (role == CONVENE_ROLE_NONE && meeting->attendance == NULL))
    return;

  value.array = meeting->attendance != NULL
                ? convene_attendance_array_copy (meeting->attendance)
                : convene_attendance_array_new ();
  for (guint i = 0; i < value.array->len; i++)
    if (((ConveneAttendance *) g_ptr_array_index (value.array, i))->participant == participant)
      found = i;

  if (role == CONVENE_ROLE_NONE)
    g_ptr_array_remove_index (value.array, found);
  else if (found != G_MAXUINT)
    ((ConveneAttendance *) g_ptr_array_index (value.array, found))->role = role;
  else
    {
      ConveneAttendance *entry = g_new0 (ConveneAttendance, 1);

      entry->participant = g_object_ref (participant);
      entry->role = role;
      g_ptr_array_add (value.array, entry);
    }
  _convene_document_push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_ATTENDANCE, &value, FALSE);
}

/* Meetings */

/* An id no meeting has: base, else base-2, base-3… */
static char *
unique_meeting_id (ConveneDocument *self,
                   const char      *base)
{
  char *id = g_strdup (base);

  for (guint n = 2; convene_dataset_lookup_meeting (self->dataset, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

static void
push_new_meeting (ConveneDocument *self,
                  ConveneMeeting  *meeting,
                  const char      *label)
{
  _convene_document_push_labelled (self, convene_meeting_add_edit_new (self->dataset, meeting, FALSE), label);
}

/**
 * convene_document_add_meeting:
 * @kind: (nullable): its kind's id; NULL: the dataset's first kind, or
 *   "meeting"
 *
 * New Meeting: a meeting of that kind, on today's date, with an empty
 * title and its attendance not recorded, under an id of its own.
 *
 * Returns: (transfer none): the meeting, now one of the dataset's
 */
ConveneMeeting *
convene_document_add_meeting (ConveneDocument *self,
                              const char      *kind)
{
  g_autoptr(ConveneMeeting) meeting = _convene_meeting_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ConveneMeetingKind) first = NULL;
  g_autofree char *id = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  if (kind == NULL && g_list_model_get_n_items (convene_dataset_get_kinds (self->dataset)) > 0)
    {
      first = g_list_model_get_item (convene_dataset_get_kinds (self->dataset), 0);
      kind = convene_meeting_kind_get_id (first);
    }
  if (kind == NULL)
    kind = "meeting";

  base = g_strdup_printf ("%s-%04d-%02d-%02d", kind, g_date_time_get_year (now),
                          g_date_time_get_month (now), g_date_time_get_day_of_month (now));
  id = unique_meeting_id (self, base);
  meeting->id = g_strdup (id);
  meeting->kind = convene_intern (kind);
  meeting->meeting_kind = g_object_ref (_convene_dataset_ensure_kind (self->dataset, kind));
  meeting->title = g_strdup ("");
  meeting->start.year = g_date_time_get_year (now);
  meeting->start.month = g_date_time_get_month (now);
  meeting->start.day = g_date_time_get_day_of_month (now);
  meeting->end = meeting->start;
  meeting->co_chairs = g_new0 (char *, 1);
  _convene_meeting_refold (meeting);

  push_new_meeting (self, meeting, _("New Meeting"));
  return meeting;
}

/* The title with the meeting's ordinal ("14th") made the next one's ("15th") */
static char *
next_title (const char *title,
            guint       number)
{
  g_autofree char *ordinal = NULL;
  g_autofree char *next = NULL;
  const char *at;

  if (number == 0)
    return g_strdup (title);
  ordinal = convene_format_ordinal (number);
  at = strstr (title, ordinal);
  if (at == NULL)
    return g_strdup (title);
  next = convene_format_ordinal (number + 1);
  return g_strdup_printf ("%.*s%s%s", (int) (at - title), title, next, at + strlen (ordinal));
}

/**
 * convene_document_duplicate_meeting:
 *
 * Duplicate Meeting: the next meeting of the series, as a starting point:
 * the same kind, place, co-chairs and attendance, the next number (and
 * ordinal in the title), the same dates; no purpose, outcomes, notes or
 * sources, which belong to the meeting they were recorded for.
 *
 * Returns: (transfer none): the new meeting, now one of the dataset's
 */
ConveneMeeting *
convene_document_duplicate_meeting (ConveneDocument *self,
                                    ConveneMeeting  *meeting)
{
  g_autoptr(ConveneMeeting) copy = NULL;
  g_autofree char *base = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  if (meeting->number > 0 && meeting->kind != NULL)
    base = g_strdup_printf ("%s-%u", meeting->kind, meeting->number + 1);
  else
    base = g_strdup_printf ("%s-copy", meeting->id != NULL ? meeting->id : "meeting");
  id = unique_meeting_id (self, base);
  copy = _convene_meeting_copy (meeting, id);
  if (meeting->number > 0)
    {
      g_free (copy->title);
      copy->title = next_title (meeting->title, meeting->number);
      copy->number = meeting->number + 1;
    }
  g_clear_pointer (&copy->purpose, g_free);
  g_ptr_array_set_size (copy->outcomes, 0);
  copy->outcomes_incomplete = FALSE;
  g_ptr_array_set_size (copy->notes, 0);
  g_ptr_array_set_size (copy->sources, 0);
  _convene_meeting_refold (copy);

  push_new_meeting (self, copy, _("Duplicate Meeting"));
  return copy;
}

void
convene_document_remove_meeting (ConveneDocument *self,
                                 ConveneMeeting  *meeting)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (convene_dataset_find_meeting (self->dataset, meeting) != G_MAXUINT);

  _convene_document_push_labelled (self, convene_meeting_add_edit_new (self->dataset, meeting, TRUE), _("Delete Meeting"));
}
