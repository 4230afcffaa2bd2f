/* convene-dataset-writer.c: a dataset as the JSON text of its format
 *
 * The writer's text is meant to be read and compared by people (a dataset
 * kept in git): the members of each object in the order
 * docs/dataset-format.md lists them, two spaces of indentation a level,
 * one array element or member a line, UTF-8 as it is (only what JSON must
 * escape is escaped), and a final line break. Members that hold their
 * default are left out: no `end` equal to `start`, no `in-person` mode, no
 * empty list other than an empty attendance (which says "recorded, nobody
 * attended"), and a note of kind `remark` is written as a plain string.
 * The same dataset always gives the same bytes, and loading them gives the
 * same dataset.
 *
 * Members Convene does not know (a later version's, ConveneExtra) are
 * written back where they were: after the known member they followed in
 * the file, once that member's place in the documented order is passed
 * (convene_format_meeting_members and the like), their values as they
 * were read, in the same layout as the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-dataset-writer.h"
#include "convene-validate.h"

/* The object being written, with the members it keeps that Convene does not know */
typedef struct _ObjectExtras ObjectExtras;
struct _ObjectExtras
{
  GPtrArray *extras;          /* of ConveneExtra; nullable */
  const char * const *known;  /* the object's members, in order */
  int *after;                 /* each extra's place: the index of its known member, -1: first */
  gboolean *done;
  ObjectExtras *outer;
};

typedef struct
{
  GString *out;
  guint depth;
  gboolean first; /* no member or element written yet at this depth */
  ObjectExtras *object;
} Writer;

static void
write_indent (Writer *w)
{
  /* a line break and the indentation of up to 32 levels, in one piece */
  static const char spaces[] = "\n                                                                ";
  gsize len = 1 + 2 * (gsize) w->depth;

  if (len <= sizeof spaces - 1)
    {
      g_string_append_len (w->out, spaces, len);
      return;
    }
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
write_string (Writer     *w,
              const char *text)
{
  const char *run = text;

  g_string_append_c (w->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;
      const char *escape;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      /* what comes before, as it is, in one piece */
      g_string_append_len (w->out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\t': escape = "\\t"; break;
        case '\r': escape = "\\r"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_string_append_printf (w->out, "\\u%04x", c);
          continue;
        }
      g_string_append (w->out, escape);
    }
  g_string_append_len (w->out, run, strlen (run));
  g_string_append_c (w->out, '"');
}

/* Before a member or an element: the comma after the previous one, a new line. */
static void
next_item (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  w->first = FALSE;
  write_indent (w);
}

static void
write_key_raw (Writer     *w,
               const char *key)
{
  next_item (w);
  write_string (w, key);
  g_string_append (w->out, ": ");
}

static void write_json (Writer *w, JsonNode *node);
static void flush_extras (Writer *w, int before);

static int
known_index (const char * const *known,
             const char         *key)
{
  for (int i = 0; known[i] != NULL; i++)
    if (strcmp (known[i], key) == 0)
      return i;
  return G_MAXINT;
}

/* A known member's key: the unknown members before its place come first. */
static void
write_key (Writer     *w,
           const char *key)
{
  if (w->object != NULL && w->object->extras != NULL)
    flush_extras (w, known_index (w->object->known, key));
  write_key_raw (w, key);
}

static void
open_block (Writer *w,
            char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
close_block (Writer *w,
             char    bracket)
{
  w->depth--;
  if (!w->first)
    write_indent (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
element (Writer *w)
{
  next_item (w);
}

static void
member_string (Writer     *w,
               const char *key,
               const char *value)
{
  if (value == NULL)
    return;
  write_key (w, key);
  write_string (w, value);
}

static void
member_date (Writer            *w,
             const char        *key,
             const ConveneDate *date)
{
  g_autofree char *iso = convene_date_to_iso (date);

  member_string (w, key, iso);
}

static void
member_strv (Writer             *w,
             const char         *key,
             const char * const *strv)
{
  if (strv == NULL || strv[0] == NULL)
    return;
  write_key (w, key);
  open_block (w, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      element (w);
      write_string (w, strv[i]);
    }
  close_block (w, ']');
}

/* Members Convene does not know */

/* Writes the unknown members placed after a known member before index @before. */
static void
flush_extras (Writer *w,
              int     before)
{
  ObjectExtras *o = w->object;

  for (guint i = 0; i < o->extras->len; i++)
    if (!o->done[i] && o->after[i] < before)
      {
        ConveneExtra *extra = g_ptr_array_index (o->extras, i);

        o->done[i] = TRUE;
        write_key_raw (w, extra->name);
        w->object = NULL;   /* the value's own members are its own */
        write_json (w, extra->value);
        w->object = o;
      }
}

static void
open_object (Writer             *w,
             ObjectExtras       *o,
             GPtrArray          *extras,
             const char * const *known)
{
  open_block (w, '{');
  memset (o, 0, sizeof *o);
  o->extras = extras != NULL && extras->len > 0 ? extras : NULL;
  o->known = known;
  o->outer = w->object;
  w->object = o;
  if (o->extras == NULL)
    return;
  o->after = g_new (int, o->extras->len);
  o->done = g_new0 (gboolean, o->extras->len);
  for (guint i = 0; i < o->extras->len; i++)
    {
      ConveneExtra *extra = g_ptr_array_index (o->extras, i);

      o->after[i] = extra->after != NULL ? known_index (known, extra->after) : -1;
    }
}

static void
close_object (Writer *w)
{
  ObjectExtras *o = w->object;

  if (o->extras != NULL)
    flush_extras (w, G_MAXINT);
  g_free (o->after);
  g_free (o->done);
  w->object = o->outer;
  close_block (w, '}');
}

/* A value as json-glib read it, in the writer's layout */
static void
write_json (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        open_block (w, '{');
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            write_key_raw (w, name);
            write_json (w, member);
          }
        close_block (w, '}');
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        open_block (w, '[');
        for (guint i = 0; i < n; i++)
          {
            element (w);
            write_json (w, json_array_get_element (array, i));
          }
        close_block (w, ']');
        break;
      }
    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];
            double value = json_node_get_double (node);
            static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

            /* a number too large for a double (an unknown member's
             * 1e999) was read as infinite: write one that reads back
             * so, as JSON has no word for infinity */
            if (isinf (value))
              {
                g_string_append (w->out, value > 0 ? "1e999" : "-1e999");
                break;
              }
            /* the shortest text that reads back as the same number */
            for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
              {
                g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
                if (g_ascii_strtod (buffer, NULL) == value)
                  break;
              }
            g_string_append (w->out, buffer);
            if (strpbrk (buffer, ".eEn") == NULL)
              g_string_append (w->out, ".0");
            break;
          }
        case G_TYPE_STRING:
        default:
          write_string (w, json_node_get_string (node));
          break;
        }
    }
}

typedef void (*WriteItem) (Writer *w, gpointer item);

/* An array member from a GPtrArray, left out when empty unless @always. */
static void
member_array (Writer     *w,
              const char *key,
              GPtrArray  *array,
              WriteItem   write_item,
              gboolean    always)
{
  if (!always && (array == NULL || array->len == 0))
    return;
  write_key (w, key);
  open_block (w, '[');
  for (guint i = 0; array != NULL && i < array->len; i++)
    {
      element (w);
      write_item (w, g_ptr_array_index (array, i));
    }
  close_block (w, ']');
}

static void
write_source (Writer        *w,
              ConveneSource *source)
{
  ObjectExtras o;

  open_object (w, &o, source->extras, convene_format_source_members);
  member_string (w, "title", source->title);
  member_string (w, "url", source->url);
  close_object (w);
}

static void
write_kind (Writer             *w,
            ConveneMeetingKind *kind)
{
  ObjectExtras o;

  open_object (w, &o, convene_meeting_kind_get_extras (kind), convene_format_kind_members);
  member_string (w, "id", convene_meeting_kind_get_id (kind));
  member_string (w, "label", convene_meeting_kind_get_declared_label (kind));
  close_object (w);
}

static void
member_sources (Writer    *w,
                GPtrArray *sources)
{
  member_array (w, "sources", sources, (WriteItem) write_source, FALSE);
}

static void
write_note (Writer      *w,
            ConveneNote *note)
{
  ObjectExtras o;

  if (note->kind == CONVENE_NOTE_REMARK && note->extras == NULL)
    {
      write_string (w, note->text);
      return;
    }
  open_object (w, &o, note->extras, convene_format_note_members);
  member_string (w, "kind", convene_note_kind_to_string (note->kind));
  member_string (w, "text", note->text);
  close_object (w);
}

static void
member_notes (Writer    *w,
              GPtrArray *notes)
{
  member_array (w, "notes", notes, (WriteItem) write_note, FALSE);
}

static void
write_membership (Writer            *w,
                  ConveneMembership *membership)
{
  ObjectExtras o;

  open_object (w, &o, membership->extras, convene_format_membership_members);
  member_string (w, "group", membership->group);
  member_string (w, "status", membership->status);
  if (membership->has_since)
    member_date (w, "since", &membership->since);
  if (membership->has_until)
    member_date (w, "until", &membership->until);
  member_notes (w, membership->notes);
  member_sources (w, membership->sources);
  close_object (w);
}

static void
write_participant (Writer             *w,
                   ConveneParticipant *participant)
{
  ObjectExtras o;

  open_object (w, &o, participant->extras, convene_format_participant_members);
  member_string (w, "id", convene_participant_get_id (participant));
  member_string (w, "name", convene_participant_get_name (participant));
  member_string (w, "short-name", convene_participant_get_short_name (participant));
  member_string (w, "kind", convene_participant_kind_to_string (convene_participant_get_kind (participant)));
  member_strv (w, "aliases", convene_participant_get_aliases (participant));
  member_array (w, "memberships", convene_participant_get_memberships (participant),
                (WriteItem) write_membership, FALSE);
  member_notes (w, convene_participant_get_notes (participant));
  member_sources (w, convene_participant_get_sources (participant));
  close_object (w);
}

static void
member_location (Writer         *w,
                 ConveneMeeting *meeting)
{
  const char *city = convene_meeting_get_city (meeting);
  const char *venue = convene_meeting_get_venue (meeting);
  ConveneParticipant *country = convene_meeting_get_country (meeting);
  ConveneMeetingMode mode = convene_meeting_get_mode (meeting);
  ObjectExtras o;

  if (city == NULL && venue == NULL && country == NULL && mode == CONVENE_MEETING_MODE_IN_PERSON &&
      meeting->location_extras == NULL)
    return;
  write_key (w, "location");
  open_object (w, &o, meeting->location_extras, convene_format_location_members);
  member_string (w, "city", city);
  if (country != NULL)
    member_string (w, "country", convene_participant_get_id (country));
  member_string (w, "venue", venue);
  if (mode != CONVENE_MEETING_MODE_IN_PERSON)
    member_string (w, "mode", convene_meeting_mode_to_string (mode));
  close_object (w);
}

static void
write_attendance (Writer            *w,
                  ConveneAttendance *entry)
{
  ObjectExtras o;

  open_object (w, &o, entry->extras, convene_format_attendance_members);
  member_string (w, "participant", convene_participant_get_id (entry->participant));
  member_string (w, "role", convene_role_to_string (entry->role));
  close_object (w);
}

static void
write_outcome (Writer         *w,
               ConveneOutcome *outcome)
{
  ObjectExtras o;

  open_object (w, &o, outcome->extras, convene_format_outcome_members);
  member_string (w, "text", outcome->text);
  member_strv (w, "items", (const char * const *) outcome->items);
  close_object (w);
}

static void
write_meeting (Writer         *w,
               ConveneMeeting *meeting)
{
  const ConveneDate *start = convene_meeting_get_start (meeting);
  const ConveneDate *end = convene_meeting_get_end (meeting);
  ObjectExtras o;

  open_object (w, &o, meeting->extras, convene_format_meeting_members);
  member_string (w, "id", convene_meeting_get_id (meeting));
  member_string (w, "kind", convene_meeting_get_kind (meeting));
  if (convene_meeting_get_number (meeting) > 0)
    {
      write_key (w, "number");
      g_string_append_printf (w->out, "%u", convene_meeting_get_number (meeting));
    }
  member_string (w, "title", convene_meeting_get_title (meeting));
  member_date (w, "start", start);
  if (convene_date_compare (start, end) != 0)
    member_date (w, "end", end);
  member_location (w, meeting);
  member_strv (w, "co-chairs", convene_meeting_get_co_chairs (meeting));
  /* absent: not recorded; empty: recorded, nobody attended */
  if (convene_meeting_get_attendance_recorded (meeting))
    member_array (w, "attendance", convene_meeting_get_attendance (meeting),
                  (WriteItem) write_attendance, TRUE);
  member_string (w, "purpose", convene_meeting_get_purpose (meeting));
  member_array (w, "outcomes", convene_meeting_get_outcomes (meeting),
                (WriteItem) write_outcome, FALSE);
  if (convene_meeting_get_outcomes_incomplete (meeting))
    {
      write_key (w, "outcomes-incomplete");
      g_string_append (w->out, "true");
    }
  member_notes (w, convene_meeting_get_notes (meeting));
  member_sources (w, convene_meeting_get_sources (meeting));
  close_object (w);
}

static void
member_list (Writer     *w,
             const char *key,
             GListModel *list,
             WriteItem   write_item)
{
  guint n = g_list_model_get_n_items (list);

  /* required members: written even when empty */
  write_key (w, key);
  open_block (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      element (w);
      write_item (w, item);
    }
  close_block (w, ']');
}

/* Writing in steps: the text up to the first meeting at once, then the
 * meetings a few at a time, so that a large dataset's text (a draft's) is
 * made on the main thread, where the dataset is edited, between frames */
struct _ConveneDatasetWriter
{
  Writer w;
  ObjectExtras dataset_object;  /* w.object points here */
  ConveneDataset *dataset;
  guint next;                   /* the next meeting to write */
  gboolean done;
};

/**
 * convene_dataset_writer_new:
 *
 * Starts the text of @dataset: everything up to its first meeting. The
 * meetings are written by convene_dataset_writer_step(); the dataset must
 * not change meanwhile (drop the writer and start again when it does).
 *
 * Returns: (transfer full): a writer, freed by convene_dataset_writer_finish()
 *   or convene_dataset_writer_free()
 */
ConveneDatasetWriter *
convene_dataset_writer_new (ConveneDataset *dataset)
{
  ConveneDatasetWriter *self;
  Writer *w;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_new0 (ConveneDatasetWriter, 1);
  self->dataset = g_object_ref (dataset);
  w = &self->w;
  w->out = g_string_sized_new (64 * 1024);
  w->first = TRUE;
  open_object (w, &self->dataset_object, dataset->extras, convene_format_dataset_members);
  member_string (w, "format", "convene-dataset");
  write_key (w, "version");
  g_string_append (w->out, "1");
  member_string (w, "title", convene_dataset_get_title (dataset));
  member_string (w, "description", convene_dataset_get_description (dataset));
  member_sources (w, convene_dataset_get_sources (dataset));
  member_array (w, "kinds", convene_dataset_get_declared_kinds (dataset), (WriteItem) write_kind, FALSE);
  member_list (w, "participants", convene_dataset_get_participants (dataset),
               (WriteItem) write_participant);
  /* required: written even when empty */
  write_key (w, "meetings");
  open_block (w, '[');
  return self;
}

/**
 * convene_dataset_writer_step:
 * @until: a time of g_get_monotonic_time() after which to stop; 0: none
 *
 * Writes meetings until @until passes (one at least), and the end of the
 * text after the last.
 *
 * Returns: whether the whole text is written
 */
gboolean
convene_dataset_writer_step (ConveneDatasetWriter *self,
                             gint64                until)
{
  GListModel *meetings;
  guint n;

  g_return_val_if_fail (self != NULL, TRUE);

  meetings = convene_dataset_get_meetings (self->dataset);
  n = g_list_model_get_n_items (meetings);
  while (self->next < n)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, self->next++);

      element (&self->w);
      write_meeting (&self->w, meeting);
      if (until > 0 && self->next < n && g_get_monotonic_time () >= until)
        return FALSE;
    }
  if (!self->done)
    {
      close_block (&self->w, ']');
      close_object (&self->w);
      g_string_append_c (self->w.out, '\n');
      self->done = TRUE;
    }
  return TRUE;
}

/* How many of the dataset's meetings are written so far */
guint
convene_dataset_writer_get_n_written (ConveneDatasetWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->next;
}

/**
 * convene_dataset_writer_finish:
 *
 * Writes what is left and frees the writer.
 *
 * Returns: (transfer full): the text, as convene_dataset_to_bytes() gives it
 */
GBytes *
convene_dataset_writer_finish (ConveneDatasetWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);

  convene_dataset_writer_step (self, 0);
  bytes = g_string_free_to_bytes (g_steal_pointer (&self->w.out));
  g_object_unref (self->dataset);
  g_free (self);
  return bytes;
}

/* Frees the writer and what it wrote */
void
convene_dataset_writer_free (ConveneDatasetWriter *self)
{
  if (self == NULL)
    return;
  if (!self->done)
    {
      g_free (self->dataset_object.after);
      g_free (self->dataset_object.done);
    }
  g_string_free (self->w.out, TRUE);
  g_object_unref (self->dataset);
  g_free (self);
}

/**
 * convene_dataset_to_bytes:
 *
 * Returns: (transfer full): @dataset as the UTF-8 JSON text of the dataset
 *   format, version 1
 */
GBytes *
convene_dataset_to_bytes (ConveneDataset *dataset)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  return convene_dataset_writer_finish (convene_dataset_writer_new (dataset));
}
