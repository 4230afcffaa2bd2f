/* convene-validate.c: the rules a dataset keeps, for the loader and the editor
 *
 * One home for what makes a dataset valid. The loader refuses a file that
 * breaks a rule, naming the place in the text (convene-dataset-loader.c
 * uses the rules below); the editor lets a rule be broken while a person
 * types, shows the message on the field (convene_validate_meeting_field()
 * and the like), and saves nothing that breaks one
 * (convene_validate_check(), which ConveneDocument calls before it
 * writes). The messages say what to do, in the editor's words.
 *
 * What the model cannot hold is not checked here: a role is one of the
 * enumeration's, and a participant is referred to by the object itself,
 * so an undeclared one can only be one deleted from the dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-private.h"
#include "convene-validate.h"

const char * const convene_format_dataset_members[] = { "format", "version", "title", "description", "sources", "kinds", "participants", "meetings", NULL };
const char * const convene_format_kind_members[] = { "id", "label", NULL };
const char * const convene_format_participant_members[] = { "id", "name", "short-name", "kind", "aliases", "memberships", "notes", "sources", NULL };
const char * const convene_format_membership_members[] = { "group", "status", "since", "until", "notes", "sources", NULL };
const char * const convene_format_meeting_members[] = { "id", "kind", "number", "title", "start", "end", "location", "co-chairs", "attendance", "purpose", "outcomes", "outcomes-incomplete", "notes", "sources", NULL };
const char * const convene_format_location_members[] = { "city", "country", "venue", "mode", NULL };
const char * const convene_format_attendance_members[] = { "participant", "role", NULL };
const char * const convene_format_outcome_members[] = { "text", "items", NULL };
const char * const convene_format_note_members[] = { "kind", "text", NULL };
const char * const convene_format_source_members[] = { "title", "url", NULL };

void
convene_problem_free (ConveneProblem *problem)
{
  g_clear_object (&problem->meeting);
  g_clear_object (&problem->participant);
  g_free (problem->message);
  g_free (problem);
}

/* A kind's id: lower-case words (letters and digits) joined by single
 * hyphens: "ahg-som", "steering-group". */
gboolean
convene_validate_kind_id (const char *kind)
{
  gboolean after_hyphen = TRUE;

  if (kind == NULL)
    return FALSE;
  for (const char *p = kind; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (after_hyphen)
            return FALSE;
          after_hyphen = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        after_hyphen = FALSE;
      else
        return FALSE;
    }
  return !after_hyphen;
}

/* Nothing but white space (or nothing at all) */
gboolean
convene_validate_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* A date the format can write: a year, a month of it, or a day of it */
gboolean
convene_validate_date (const ConveneDate *date)
{
  g_autofree char *iso = convene_date_to_iso (date);
  ConveneDate parsed;

  return iso != NULL && convene_date_parse (iso, &parsed) &&
         parsed.year == date->year && parsed.month == date->month && parsed.day == date->day;
}

/* The end is not before the start */
gboolean
convene_validate_date_range (const ConveneDate *start,
                             const ConveneDate *end)
{
  return convene_date_compare (end, start) >= 0;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
too_long (const char *text)
{
  return text != NULL && strlen (text) > CONVENE_DATASET_MAX_STRING;
}

static char *
too_long_message (void)
{
  return g_strdup (_("This text is too long: a dataset holds at most 1 MiB in one text"));
}

/* The first rule a text list breaks: one of its texts empty or too long */
static char *
check_texts (const char * const *texts,
             const char         *empty_message)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      if (empty_message != NULL && is_empty (texts[i]))
        return g_strdup (empty_message);
      if (too_long (texts[i]))
        return too_long_message ();
    }
  return NULL;
}

static char *
check_sources (GPtrArray *sources)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);

      if (is_empty (source->title))
        return g_strdup (_("Give each source a title"));
      if (too_long (source->title) || too_long (source->url))
        return too_long_message ();
    }
  return NULL;
}

static char *
check_notes (GPtrArray *notes)
{
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);

      if (is_empty (note->text))
        return g_strdup (_("Write the note, or remove it"));
      if (too_long (note->text))
        return too_long_message ();
    }
  return NULL;
}

static gboolean
holds_participant (ConveneDataset     *dataset,
                   ConveneParticipant *participant)
{
  return convene_dataset_lookup_participant (dataset, convene_participant_get_id (participant)) == participant;
}

/**
 * convene_validate_meeting_field:
 *
 * Returns: (transfer full) (nullable): what is wrong with the meeting's
 *   @field, for the editor to show on it; NULL when nothing is
 */
char *
convene_validate_meeting_field (ConveneDataset      *dataset,
                                ConveneMeeting      *meeting,
                                ConveneMeetingField  field)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      {
        ConveneMeeting *other;

        if (is_empty (meeting->id))
          return g_strdup (_("Give the meeting an ID: a word that names it in the file, such as “ahg-som-14”"));
        if (too_long (meeting->id))
          return too_long_message ();
        other = convene_dataset_lookup_meeting (dataset, meeting->id);
        if (other != NULL && other != meeting)
          return g_strdup_printf (_("Another meeting has the ID “%s”: choose another"), meeting->id);
        return NULL;
      }
    case CONVENE_MEETING_FIELD_KIND:
      if (!convene_validate_kind_id (meeting->kind))
        return g_strdup (_("Name the kind in lower-case words joined by “-”, such as “ahg-som”"));
      return NULL;
    case CONVENE_MEETING_FIELD_TITLE:
      if (is_empty (meeting->title))
        return g_strdup (_("Give the meeting a title"));
      return too_long (meeting->title) ? too_long_message () : NULL;
    case CONVENE_MEETING_FIELD_DATES:
      if (!convene_validate_date (&meeting->start) || !convene_validate_date (&meeting->end))
        return g_strdup (_("Choose a day, a month or a year that exists"));
      if (!convene_validate_date_range (&meeting->start, &meeting->end))
        {
          g_autofree char *start = convene_date_format (&meeting->start);
          g_autofree char *end = convene_date_format (&meeting->end);

          /* TRANSLATORS: the first %s is the end date, the second the start */
          return g_strdup_printf (_("The meeting ends (%s) before it starts (%s): correct one of them"),
                                  end, start);
        }
      return NULL;
    case CONVENE_MEETING_FIELD_COUNTRY:
      if (meeting->country != NULL && !holds_participant (dataset, meeting->country))
        return g_strdup (_("The host is no longer one of the dataset’s participants: choose another"));
      return NULL;
    case CONVENE_MEETING_FIELD_ATTENDANCE:
      {
        g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

        for (guint i = 0; meeting->attendance != NULL && i < meeting->attendance->len; i++)
          {
            ConveneAttendance *entry = g_ptr_array_index (meeting->attendance, i);

            if (!holds_participant (dataset, entry->participant))
              return g_strdup_printf (_("“%s” is no longer one of the dataset’s participants: remove it"),
                                      convene_participant_get_name (entry->participant));
            if (!g_hash_table_add (seen, entry->participant))
              return g_strdup_printf (_("“%s” is listed twice: keep one"),
                                      convene_participant_get_name (entry->participant));
          }
        return NULL;
      }
    case CONVENE_MEETING_FIELD_CITY:
      return too_long (meeting->city) ? too_long_message () : NULL;
    case CONVENE_MEETING_FIELD_VENUE:
      return too_long (meeting->venue) ? too_long_message () : NULL;
    case CONVENE_MEETING_FIELD_PURPOSE:
      return too_long (meeting->purpose) ? too_long_message () : NULL;
    case CONVENE_MEETING_FIELD_CO_CHAIRS:
      return check_texts ((const char * const *) meeting->co_chairs, NULL);
    case CONVENE_MEETING_FIELD_OUTCOMES:
      for (guint i = 0; i < meeting->outcomes->len; i++)
        {
          ConveneOutcome *outcome = g_ptr_array_index (meeting->outcomes, i);
          char *message;

          if (is_empty (outcome->text))
            return g_strdup (_("Write the outcome, or remove it"));
          if (too_long (outcome->text))
            return too_long_message ();
          if ((message = check_texts ((const char * const *) outcome->items, NULL)) != NULL)
            return message;
        }
      return NULL;
    case CONVENE_MEETING_FIELD_NOTES:
      return check_notes (meeting->notes);
    case CONVENE_MEETING_FIELD_SOURCES:
      return check_sources (meeting->sources);
    case CONVENE_MEETING_FIELD_NUMBER:
    case CONVENE_MEETING_FIELD_MODE:
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE:
      return NULL;
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
convene_validate_participant_field (ConveneDataset          *dataset,
                                    ConveneParticipant      *participant,
                                    ConveneParticipantField  field)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);

  switch (field)
    {
    case CONVENE_PARTICIPANT_FIELD_NAME:
      if (is_empty (participant->name))
        return g_strdup (_("Give the participant a name"));
      return too_long (participant->name) ? too_long_message () : NULL;
    case CONVENE_PARTICIPANT_FIELD_SHORT_NAME:
      return too_long (participant->short_name) ? too_long_message () : NULL;
    case CONVENE_PARTICIPANT_FIELD_ALIASES:
      return check_texts ((const char * const *) participant->aliases, NULL);
    case CONVENE_PARTICIPANT_FIELD_KIND:
    default:
      return NULL;
    }
}

char *
convene_validate_dataset_field (ConveneDataset      *dataset,
                                ConveneDatasetField  field)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  if (field == CONVENE_DATASET_FIELD_TITLE)
    {
      if (is_empty (dataset->title))
        return g_strdup (_("Give the dataset a title"));
      return too_long (dataset->title) ? too_long_message () : NULL;
    }
  return too_long (dataset->description) ? too_long_message () : NULL;
}

static void
add_problem (GPtrArray          *problems,
             ConveneMeeting     *meeting,
             ConveneParticipant *participant,
             int                 field,
             char               *message)
{
  ConveneProblem *problem = g_new0 (ConveneProblem, 1);

  problem->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;
  problem->participant = participant != NULL ? g_object_ref (participant) : NULL;
  problem->field = field;
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

/**
 * convene_validate_dataset:
 * @max_problems: stop after this many (0: no limit)
 *
 * Every rule the dataset breaks now: the dataset's own fields, then each
 * participant's, then each meeting's in date order.
 *
 * Returns: (transfer full) (element-type ConveneProblem): the problems
 */
GPtrArray *
convene_validate_dataset (ConveneDataset *dataset,
                          guint           max_problems)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) convene_problem_free);
  GListModel *participants;
  guint n;
  char *message;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), problems);

  if (max_problems == 0)
    max_problems = G_MAXUINT;

#define FULL() (problems->len >= max_problems)

  for (int field = CONVENE_DATASET_FIELD_TITLE; field <= CONVENE_DATASET_FIELD_DESCRIPTION && !FULL (); field++)
    if ((message = convene_validate_dataset_field (dataset, field)) != NULL)
      add_problem (problems, NULL, NULL, field, message);
  if (!FULL () && (message = check_sources (dataset->sources)) != NULL)
    add_problem (problems, NULL, NULL, -1, message);

  participants = convene_dataset_get_participants (dataset);
  n = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n && !FULL (); i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);

      for (int field = CONVENE_PARTICIPANT_FIELD_NAME; field <= CONVENE_PARTICIPANT_FIELD_ALIASES && !FULL (); field++)
        if ((message = convene_validate_participant_field (dataset, participant, field)) != NULL)
          add_problem (problems, NULL, participant, field, message);
    }

  for (guint i = 0; i < dataset->meeting_array->len && !FULL (); i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (dataset->meeting_array, i);

      for (int field = 0; field < CONVENE_N_MEETING_FIELDS && !FULL (); field++)
        if ((message = convene_validate_meeting_field (dataset, meeting, field)) != NULL)
          add_problem (problems, meeting, NULL, field, message);
    }
#undef FULL

  return problems;
}

/**
 * convene_validate_check:
 *
 * Returns: whether the dataset keeps every rule; if not, @error (in
 *   G_IO_ERROR_INVALID_DATA) names the first rule broken and where
 */
gboolean
convene_validate_check (ConveneDataset  *dataset,
                        GError         **error)
{
  g_autoptr(GPtrArray) problems = convene_validate_dataset (dataset, 1);
  ConveneProblem *problem;

  if (problems->len == 0)
    return TRUE;

  problem = g_ptr_array_index (problems, 0);
  if (problem->meeting != NULL)
    {
      const char *title = convene_meeting_get_title (problem->meeting);

      if (is_empty (title))
        /* TRANSLATORS: where a rule is broken: a meeting without a title, by its date, and what is wrong */
        {
          g_autofree char *date = convene_meeting_dup_date_label (problem->meeting);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The meeting of %s: %s"),
                       date, problem->message);
        }
      else
        /* TRANSLATORS: where a rule is broken: a meeting, by its title, and what is wrong */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s”: %s"), title, problem->message);
    }
  else if (problem->participant != NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s”: %s"),
                 convene_participant_get_id (problem->participant), problem->message);
  else
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, problem->message);
  return FALSE;
}
