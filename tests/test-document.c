/* test-document.c: every edit through ConveneDocument, undone and redone
 *
 * Each command is checked against the writer's bytes: the command changes
 * them, undoing gives back the very bytes from before, redoing the very
 * bytes from after, and what it makes loads again. Views are checked to
 * follow: a ConveneMeetingList kept only from its "items-changed" matches
 * a list made anew, after every edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <unistd.h>

#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document.h"
#include "convene-matrix.h"
#include "convene-meeting-list.h"
#include "convene-statistics.h"
#include "convene-test-data.h"

typedef struct
{
  ConveneDocument *document;
  ConveneDataset *dataset;
  ConveneMeetingFilter *filter;
  ConveneMeetingList *list;
  GPtrArray *mirror;     /* the list, kept from its items-changed only */
  ConveneMatrix *matrix; /* kept from the dataset's signals, sorted by attendance */
  guint matrix_revision;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dataset = convene_test_load_file ("every-member.json");
  f->document = convene_document_new (f->dataset);
  f->filter = convene_meeting_filter_new ();
  f->list = convene_meeting_list_new (f->filter);
  f->mirror = convene_test_mirror_new (G_LIST_MODEL (f->list));
  convene_meeting_list_set_dataset (f->list, f->dataset);
  f->matrix = convene_matrix_new (f->dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  convene_matrix_set_sort (f->matrix, CONVENE_MATRIX_SORT_ATTENDANCE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->mirror);
  g_object_unref (f->matrix);
  g_object_unref (f->list);
  g_object_unref (f->filter);
  g_object_unref (f->document);
  g_object_unref (f->dataset);
}

/* The matrix kept is the matrix made anew, cell for cell. */
static void
check_matrix (Fixture *f)
{
  g_autoptr(ConveneMatrix) fresh = convene_matrix_new (f->dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  ConveneMatrix *kept = f->matrix;
  guint n_rows, n_columns;

  convene_matrix_set_sort (fresh, CONVENE_MATRIX_SORT_ATTENDANCE);
  n_rows = convene_matrix_get_n_rows (fresh);
  n_columns = convene_matrix_get_n_columns (fresh);
  g_assert_cmpuint (convene_matrix_get_n_rows (kept), ==, n_rows);
  g_assert_cmpuint (convene_matrix_get_n_columns (kept), ==, n_columns);
  g_assert_cmpuint (convene_matrix_get_n_recorded (kept), ==, convene_matrix_get_n_recorded (fresh));
  for (guint c = 0; c < n_columns; c++)
    {
      g_assert_true (convene_matrix_get_meeting (kept, c) == convene_matrix_get_meeting (fresh, c));
      g_assert_cmpuint (convene_matrix_get_column_attended (kept, c), ==, convene_matrix_get_column_attended (fresh, c));
    }
  for (guint r = 0; r < n_rows; r++)
    {
      g_assert_true (convene_matrix_get_participant (kept, r) == convene_matrix_get_participant (fresh, r));
      g_assert_cmpuint (convene_matrix_get_row_attended (kept, r), ==, convene_matrix_get_row_attended (fresh, r));
      for (guint c = 0; c < n_columns; c++)
        g_assert_cmpint (convene_matrix_get_role (kept, r, c), ==, convene_matrix_get_role (fresh, r, c));
    }
}

/* The list kept from its signals is the list made anew, in date order. */
static void
check_list (Fixture *f)
{
  check_matrix (f);
  g_autoptr(ConveneMeetingList) fresh = convene_meeting_list_new (f->filter);
  GListModel *meetings = convene_dataset_get_meetings (f->dataset);
  guint n;

  convene_meeting_list_set_dataset (fresh, f->dataset);
  convene_test_assert_mirror (f->mirror, G_LIST_MODEL (fresh));

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(ConveneMeeting) a = g_list_model_get_item (meetings, i);
      g_autoptr(ConveneMeeting) b = g_list_model_get_item (meetings, i + 1);

      g_assert_cmpint (convene_meeting_compare (a, b), <=, 0);
      g_assert_cmpuint (convene_dataset_find_meeting (f->dataset, a), ==, i);
    }
}

static GBytes *
save (Fixture *f)
{
  return convene_dataset_to_bytes (f->dataset);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    g_error ("bytes differ:\n%s\n----\n%s", (const char *) g_bytes_get_data (a, NULL),
             (const char *) g_bytes_get_data (b, NULL));
}

typedef void (*Command) (Fixture *f);
static void add_meeting (Fixture *f);
static void set_dataset_title (Fixture *f);
static void clear_description (Fixture *f);
static void move_dataset_source (Fixture *f);
static void insert_dataset_source (Fixture *f);

/* Runs a command: it changes the bytes, which load again, and undo and
 * redo give back the exact bytes before and after, twice over. */
static void
check_command (Fixture    *f,
               Command     command,
               const char *label)
{
  ConveneHistory *history = convene_document_get_history (f->document);
  g_autoptr(GBytes) before = save (f);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConveneDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  guint revision, revision_after;

  convene_statistics_get_for_dataset (f->dataset);
  g_object_get (f->matrix, "revision", &revision, NULL);
  convene_history_end_burst (history);
  command (f);
  check_list (f);
  /* the statistics follow, the matrix says it changed (a title aside) */
  convene_test_assert_statistics (f->dataset);
  if (command != set_dataset_title && command != clear_description &&
      command != move_dataset_source && command != insert_dataset_source)
    {
      g_object_get (f->matrix, "revision", &revision_after, NULL);
      g_assert_cmpuint (revision_after, >, revision);
    }
  after = save (f);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (convene_document_get_modified (f->document));
  if (label != NULL)
    g_assert_cmpstr (convene_history_get_undo_label (history), ==, label);

  /* a new meeting has no title yet: the loader (and validation) refuse it */
  reloaded = convene_dataset_new_from_bytes (after, "after", &error);
  if (command == add_meeting)
    g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  else
    {
      g_assert_no_error (error);
      bytes = convene_dataset_to_bytes (reloaded);
      assert_bytes_equal (after, bytes);
    }

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (convene_document_undo (f->document));
      check_list (f);
      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = save (f);
      assert_bytes_equal (before, bytes);

      g_assert_true (convene_document_redo (f->document));
      check_list (f);
      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = save (f);
      assert_bytes_equal (after, bytes);
    }
}

static ConveneMeeting *
meeting (Fixture    *f,
         const char *id)
{
  ConveneMeeting *m = convene_dataset_lookup_meeting (f->dataset, id);

  g_assert_nonnull (m);
  return m;
}

static ConveneParticipant *
participant (Fixture    *f,
             const char *id)
{
  ConveneParticipant *p = convene_dataset_lookup_participant (f->dataset, id);

  g_assert_nonnull (p);
  return p;
}

/* The commands */

static void set_title (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m2"), CONVENE_MEETING_FIELD_TITLE, "Renamed"); }
static void set_id (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m2"), CONVENE_MEETING_FIELD_ID, "m2-new"); }
static void set_kind (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m1"), CONVENE_MEETING_FIELD_KIND, "retreat"); }
static void set_kind_new (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m1"), CONVENE_MEETING_FIELD_KIND, "task-force"); }
static void set_number (Fixture *f) { convene_document_set_meeting_number (f->document, meeting (f, "m1"), 3); }
static void clear_number (Fixture *f) { convene_document_set_meeting_number (f->document, meeting (f, "m2"), 0); }
static void set_city (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m1"), CONVENE_MEETING_FIELD_CITY, "Bali"); }
static void clear_city (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m2"), CONVENE_MEETING_FIELD_CITY, ""); }
static void set_venue (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m2"), CONVENE_MEETING_FIELD_VENUE, "Hall B"); }
static void set_purpose (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m3"), CONVENE_MEETING_FIELD_PURPOSE, "To meet"); }
static void clear_purpose (Fixture *f) { convene_document_set_meeting_text (f->document, meeting (f, "m2"), CONVENE_MEETING_FIELD_PURPOSE, NULL); }
static void set_country (Fixture *f) { convene_document_set_meeting_country (f->document, meeting (f, "m1"), participant (f, "HKG")); }
static void clear_country (Fixture *f) { convene_document_set_meeting_country (f->document, meeting (f, "m2"), NULL); }
static void set_mode (Fixture *f) { convene_document_set_meeting_mode (f->document, meeting (f, "m1"), CONVENE_MEETING_MODE_IN_PERSON); }

static void
set_co_chairs (Fixture *f)
{
  const char *names[] = { "Indonesia", "Australia", NULL };

  convene_document_set_meeting_co_chairs (f->document, meeting (f, "m1"), names);
}

static void clear_co_chairs (Fixture *f) { convene_document_set_meeting_co_chairs (f->document, meeting (f, "m2"), NULL); }
static void set_incomplete (Fixture *f) { convene_document_set_outcomes_incomplete (f->document, meeting (f, "m2"), FALSE); }
static void record_attendance (Fixture *f) { convene_document_set_attendance_recorded (f->document, meeting (f, "m1"), TRUE); }
static void unrecord_attendance (Fixture *f) { convene_document_set_attendance_recorded (f->document, meeting (f, "m2"), FALSE); }
static void add_role (Fixture *f) { convene_document_set_role (f->document, meeting (f, "m3"), participant (f, "RSO"), CONVENE_ROLE_OBSERVER); }
static void add_role_unrecorded (Fixture *f) { convene_document_set_role (f->document, meeting (f, "m1"), participant (f, "VNM"), CONVENE_ROLE_PARTICIPANT); }
static void change_role (Fixture *f) { convene_document_set_role (f->document, meeting (f, "m2"), participant (f, "UNHCR"), CONVENE_ROLE_PARTICIPANT); }
static void clear_role (Fixture *f) { convene_document_set_role (f->document, meeting (f, "m2"), participant (f, "VNM"), CONVENE_ROLE_NONE); }

static void
set_dates (Fixture *f)
{
  ConveneDate start = { 2023, 1, 0 }, end = { 2023, 2, 0 };

  /* m1 moves from first to last in date order */
  convene_document_set_meeting_dates (f->document, meeting (f, "m1"), &start, &end);
}

static void
set_date_precision (Fixture *f)
{
  ConveneDate start = { 2021, 9, 0 };

  convene_document_set_meeting_dates (f->document, meeting (f, "m2"), &start, NULL);
}

static void insert_outcome (Fixture *f) { convene_document_insert_outcome (f->document, meeting (f, "m2"), 1, "Between"); }
static void append_outcome (Fixture *f) { convene_document_insert_outcome (f->document, meeting (f, "m1"), G_MAXUINT, "First outcome"); }
static void set_outcome (Fixture *f) { convene_document_set_outcome_text (f->document, meeting (f, "m2"), 0, "Members agreed:"); }
static void remove_outcome (Fixture *f) { convene_document_remove_outcome (f->document, meeting (f, "m2"), 0); }
static void move_outcome (Fixture *f) { convene_document_move_outcome (f->document, meeting (f, "m2"), 0, 1); }
static void insert_item (Fixture *f) { convene_document_insert_outcome_item (f->document, meeting (f, "m2"), 1, 0, "first item"); }
static void set_item (Fixture *f) { convene_document_set_outcome_item (f->document, meeting (f, "m2"), 0, 1, "noted again"); }
static void remove_item (Fixture *f) { convene_document_remove_outcome_item (f->document, meeting (f, "m2"), 0, 0); }
static void move_item (Fixture *f) { convene_document_move_outcome_item (f->document, meeting (f, "m2"), 0, 1, 0); }
static void insert_note (Fixture *f) { convene_document_insert_note (f->document, meeting (f, "m1"), 0, CONVENE_NOTE_GAP, "No record"); }
static void set_note (Fixture *f) { convene_document_set_note (f->document, meeting (f, "m2"), 0, CONVENE_NOTE_CONTRADICTION, "a remark"); }
static void remove_note (Fixture *f) { convene_document_remove_note (f->document, meeting (f, "m2"), 1); }
static void move_note (Fixture *f) { convene_document_move_note (f->document, meeting (f, "m2"), 1, 0); }
static void insert_source (Fixture *f) { convene_document_insert_source (f->document, meeting (f, "m3"), 0, "Report", "https://example.org/r"); }
static void set_source (Fixture *f) { convene_document_set_source (f->document, meeting (f, "m2"), 0, "Page", NULL); }
static void remove_source (Fixture *f) { convene_document_remove_source (f->document, meeting (f, "m2"), 0); }
static void move_dataset_source (Fixture *f) { convene_document_move_source (f->document, NULL, 1, 0); }
static void insert_dataset_source (Fixture *f) { convene_document_insert_source (f->document, NULL, 2, "Third", NULL); }
static void set_dataset_title (Fixture *f) { convene_document_set_title (f->document, "Another title"); }
static void clear_description (Fixture *f) { convene_document_set_description (f->document, ""); }
static void add_meeting (Fixture *f) { g_assert_nonnull (convene_document_add_meeting (f->document, "ahg-som")); }
static void duplicate_meeting (Fixture *f) { g_assert_nonnull (convene_document_duplicate_meeting (f->document, meeting (f, "m2"))); }
static void remove_meeting (Fixture *f) { convene_document_remove_meeting (f->document, meeting (f, "m2")); }

static void
add_participant (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (convene_document_add_participant (f->document, "IDN", "Indonesia",
                                                      CONVENE_PARTICIPANT_KIND_COUNTRY, &error));
  g_assert_no_error (error);
}

static void rename_participant (Fixture *f) { convene_document_set_participant_text (f->document, participant (f, "RSO"), CONVENE_PARTICIPANT_FIELD_NAME, "Support Office"); }
static void rename_attending (Fixture *f) { convene_document_set_participant_text (f->document, participant (f, "UNHCR"), CONVENE_PARTICIPANT_FIELD_NAME, "UN Refugee Agency"); }
static void set_short_name (Fixture *f) { convene_document_set_participant_text (f->document, participant (f, "HKG"), CONVENE_PARTICIPANT_FIELD_SHORT_NAME, "HK"); }
static void clear_short_name (Fixture *f) { convene_document_set_participant_text (f->document, participant (f, "VNM"), CONVENE_PARTICIPANT_FIELD_SHORT_NAME, NULL); }
static void set_participant_kind (Fixture *f) { convene_document_set_participant_kind (f->document, participant (f, "RSO"), CONVENE_PARTICIPANT_KIND_ORGANISATION); }

static void
set_aliases (Fixture *f)
{
  const char *aliases[] = { "Xianggang", NULL };

  convene_document_set_participant_aliases (f->document, participant (f, "HKG"), aliases);
}

static void clear_aliases (Fixture *f) { convene_document_set_participant_aliases (f->document, participant (f, "VNM"), NULL); }
static void remove_unused_participant (Fixture *f) { convene_document_remove_participant (f->document, participant (f, "RSO")); }

/* VNM attends m2 and hosts it: all goes in one step */
static void remove_used_participant (Fixture *f) { convene_document_remove_participant (f->document, participant (f, "VNM")); }

static const struct
{
  const char *name;
  Command command;
  const char *label;
} commands[] = {
  { "title", set_title, "Edit Title" },
  { "id", set_id, "Edit Meeting ID" },
  { "kind", set_kind, "Edit Kind" },
  { "kind-new", set_kind_new, NULL },
  { "number", set_number, "Edit Number" },
  { "number-clear", clear_number, NULL },
  { "dates", set_dates, "Edit Dates" },
  { "date-precision", set_date_precision, NULL },
  { "city", set_city, "Edit City" },
  { "city-clear", clear_city, NULL },
  { "venue", set_venue, NULL },
  { "purpose", set_purpose, NULL },
  { "purpose-clear", clear_purpose, NULL },
  { "country", set_country, "Edit Host Country" },
  { "country-clear", clear_country, NULL },
  { "mode", set_mode, NULL },
  { "co-chairs", set_co_chairs, NULL },
  { "co-chairs-clear", clear_co_chairs, NULL },
  { "outcomes-incomplete", set_incomplete, NULL },
  { "attendance-record", record_attendance, "Edit Attendance" },
  { "attendance-unrecord", unrecord_attendance, NULL },
  { "role-add", add_role, NULL },
  { "role-add-unrecorded", add_role_unrecorded, NULL },
  { "role-change", change_role, NULL },
  { "role-clear", clear_role, NULL },
  { "outcome-insert", insert_outcome, "Edit Outcomes" },
  { "outcome-append", append_outcome, NULL },
  { "outcome-set", set_outcome, NULL },
  { "outcome-remove", remove_outcome, NULL },
  { "outcome-move", move_outcome, NULL },
  { "item-insert", insert_item, NULL },
  { "item-set", set_item, NULL },
  { "item-remove", remove_item, NULL },
  { "item-move", move_item, NULL },
  { "note-insert", insert_note, "Edit Notes" },
  { "note-set", set_note, NULL },
  { "note-remove", remove_note, NULL },
  { "note-move", move_note, NULL },
  { "source-insert", insert_source, "Edit Sources" },
  { "source-set", set_source, NULL },
  { "source-remove", remove_source, NULL },
  { "dataset-source-move", move_dataset_source, NULL },
  { "dataset-source-insert", insert_dataset_source, NULL },
  { "dataset-title", set_dataset_title, "Edit Dataset Title" },
  { "dataset-description", clear_description, NULL },
  { "meeting-add", add_meeting, "New Meeting" },
  { "meeting-duplicate", duplicate_meeting, "Duplicate Meeting" },
  { "meeting-remove", remove_meeting, "Delete Meeting" },
  { "participant-add", add_participant, "New Participant" },
  { "participant-rename", rename_participant, "Rename Participant" },
  { "participant-rename-attending", rename_attending, NULL },
  { "participant-short-name", set_short_name, NULL },
  { "participant-short-name-clear", clear_short_name, NULL },
  { "participant-kind", set_participant_kind, NULL },
  { "participant-aliases", set_aliases, "Edit Aliases" },
  { "participant-aliases-clear", clear_aliases, NULL },
  { "participant-remove", remove_unused_participant, "Delete Participant" },
  { "participant-remove-used", remove_used_participant, "Delete Participant" },
};

static void
test_command (Fixture       *f,
              gconstpointer  data)
{
  guint i = GPOINTER_TO_UINT (data);

  check_command (f, commands[i].command, commands[i].label);
}

/* With a search typed: the list follows edits to what it matches. */
static void
test_follows_search (Fixture       *f,
                     gconstpointer  data)
{
  ConveneMeeting *m1 = meeting (f, "m1");

  convene_dataset_build_search_index (f->dataset);
  while (!convene_dataset_has_search_index (f->dataset))
    g_main_context_iteration (NULL, TRUE);

  convene_meeting_filter_set_query (f->filter, "zanzibar");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 0);

  /* the edited meeting now matches; the index is kept and overlaid */
  convene_document_set_meeting_text (f->document, m1, CONVENE_MEETING_FIELD_TITLE, "Zanzibar talks");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 1);

  /* typing on narrows through the index and the edit */
  convene_meeting_filter_set_query (f->filter, "zanzibar talks");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 1);
  convene_meeting_filter_set_query (f->filter, "first");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 0);

  /* renaming an attending participant is found by its new name */
  convene_meeting_filter_set_query (f->filter, "refugee agency");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 0);
  rename_attending (f);
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 1);

  /* a new meeting, moved in date order, then undone */
  convene_meeting_filter_set_query (f->filter, "");
  add_meeting (f);
  check_list (f);
  set_dates (f);
  check_list (f);
  while (convene_document_undo (f->document))
    check_list (f);
  convene_meeting_filter_set_query (f->filter, "zanzibar");
  check_list (f);
  g_assert_cmpuint (f->mirror->len, ==, 0);
}

/* Typing a title letter by letter is one step; another field is another. */
static void
test_burst (Fixture       *f,
            gconstpointer  data)
{
  ConveneHistory *history = convene_document_get_history (f->document);
  ConveneMeeting *m1 = meeting (f, "m1");
  const char *typed[] = { "F", "Fi", "Fir", "Firs", "First!" };
  g_autoptr(GBytes) before = save (f);
  g_autoptr(GBytes) after = NULL;

  convene_history_end_burst (history);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    convene_document_set_meeting_text (f->document, m1, CONVENE_MEETING_FIELD_TITLE, typed[i]);
  convene_document_set_meeting_text (f->document, m1, CONVENE_MEETING_FIELD_CITY, "Bali");
  g_assert_cmpstr (convene_meeting_get_title (m1), ==, "First!");

  g_assert_true (convene_document_undo (f->document));
  g_assert_cmpstr (convene_meeting_get_city (m1), ==, NULL);
  g_assert_cmpstr (convene_meeting_get_title (m1), ==, "First!");
  g_assert_true (convene_document_undo (f->document));
  after = save (f);
  assert_bytes_equal (before, after);
  g_assert_false (convene_history_can_undo (history));
  g_assert_false (convene_document_get_modified (f->document));
}

/* Setting a field to the value it has makes no edit. */
static void
test_no_change (Fixture       *f,
                gconstpointer  data)
{
  ConveneHistory *history = convene_document_get_history (f->document);
  ConveneMeeting *m2 = meeting (f, "m2");

  convene_document_set_meeting_text (f->document, m2, CONVENE_MEETING_FIELD_TITLE, convene_meeting_get_title (m2));
  convene_document_set_meeting_text (f->document, m2, CONVENE_MEETING_FIELD_CITY, "Colombo");
  convene_document_set_role (f->document, m2, participant (f, "VNM"), CONVENE_ROLE_CO_CHAIR);
  convene_document_set_role (f->document, meeting (f, "m1"), participant (f, "VNM"), CONVENE_ROLE_NONE);
  convene_document_set_meeting_number (f->document, m2, 5);
  convene_document_set_participant_text (f->document, participant (f, "HKG"), CONVENE_PARTICIPANT_FIELD_SHORT_NAME, "");
  g_assert_false (convene_history_can_undo (history));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_notify_fields (Fixture       *f,
                    gconstpointer  data)
{
  ConveneMeeting *m2 = meeting (f, "m2");
  guint title = 0, place = 0, attendance = 0, display = 0;

  g_signal_connect (m2, "notify::title", G_CALLBACK (count_cb), &title);
  g_signal_connect (m2, "notify::place-label", G_CALLBACK (count_cb), &place);
  g_signal_connect (m2, "notify::attendance", G_CALLBACK (count_cb), &attendance);
  g_signal_connect (participant (f, "RSO"), "notify::display-name", G_CALLBACK (count_cb), &display);

  set_title (f);
  g_assert_cmpuint (title, ==, 1);
  g_assert_cmpuint (place, ==, 0);
  clear_city (f);
  g_assert_cmpuint (place, ==, 1);
  change_role (f);
  g_assert_cmpuint (attendance, ==, 1);
  convene_document_undo (f->document);
  g_assert_cmpuint (attendance, ==, 2);
  rename_participant (f);
  g_assert_cmpuint (display, ==, 1);
}

/* Saving marks the history clean; a file changed on disk is not overwritten. */
static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_false (convene_document_can_save (f->document) && FALSE);
  set_title (f);
  g_assert_true (convene_document_save (f->document, file, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (convene_document_get_modified (f->document));
  g_assert_true (g_file_equal (convene_document_get_file (f->document), file));
  g_assert_true (convene_document_can_save (f->document));
  saved = save (f);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));

  /* undo to before the save and back: modified, then clean again */
  convene_document_undo (f->document);
  g_assert_true (convene_document_get_modified (f->document));
  convene_document_redo (f->document);
  g_assert_false (convene_document_get_modified (f->document));

  /* another program writes the file: saving refuses, unless told */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  set_venue (f);
  g_assert_false (convene_document_save (f->document, NULL, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{}");
  g_assert_true (convene_document_get_modified (f->document));
  g_assert_true (convene_document_save (f->document, NULL, CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (convene_document_get_modified (f->document));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gboolean   *notified)
{
  *notified = TRUE;
}

/* Someone else writes the file: "changed-on-disk" says so; saving over it
 * clears it. Saving keeps the file's mode and writes through a link. */
static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDocument) document = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = save (f);
  gboolean notified = FALSE;
  gint64 until;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (symlink ("saved.json", link), ==, 0);
  dataset = convene_dataset_new_from_file (link_file, "link.json", NULL, &error);
  g_assert_no_error (error);
  document = convene_document_new (dataset);
  g_signal_connect (document, "notify::changed-on-disk", G_CALLBACK (on_notify_cb), &notified);

  /* our own save is not someone else's change; mode and link kept */
  convene_document_set_title (document, "Saved through the link");
  g_assert_true (convene_document_save (document, NULL, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_false (convene_document_get_changed_on_disk (document));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);

  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!notified && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (notified);
  g_assert_true (convene_document_get_changed_on_disk (document));

  g_assert_true (convene_document_save (document, NULL, CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (convene_document_get_changed_on_disk (document));

  g_assert_cmpint (g_remove (link), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* New Dataset: built from nothing to a file that loads */
static void
test_new_dataset (void)
{
  g_autoptr(ConveneDocument) document = convene_document_new_empty ();
  ConveneDataset *dataset = convene_document_get_dataset (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConveneDataset) reloaded = NULL;
  ConveneParticipant *indonesia;
  ConveneMeeting *meeting, *next;
  ConveneDate start = { 2002, 2, 26 }, end = { 2002, 2, 28 };

  g_assert_false (convene_document_can_save (document));
  g_assert_false (convene_document_get_modified (document));
  convene_document_set_title (document, "Regional ministerial conferences");
  indonesia = convene_document_add_participant (document, "IDN", "Indonesia", CONVENE_PARTICIPANT_KIND_COUNTRY, &error);
  g_assert_no_error (error);
  g_assert_null (convene_document_add_participant (document, "IDN", "Again", CONVENE_PARTICIPANT_KIND_COUNTRY, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  meeting = convene_document_add_meeting (document, "ministerial");
  convene_document_set_meeting_text (document, meeting, CONVENE_MEETING_FIELD_TITLE, "1st Bali Regional Ministerial Conference");
  convene_document_set_meeting_number (document, meeting, 1);
  convene_document_set_meeting_dates (document, meeting, &start, &end);
  convene_document_set_meeting_country (document, meeting, indonesia);
  convene_document_set_role (document, meeting, indonesia, CONVENE_ROLE_CO_CHAIR);
  next = convene_document_duplicate_meeting (document, meeting);
  g_assert_cmpstr (convene_meeting_get_title (next), ==, "2nd Bali Regional Ministerial Conference");
  g_assert_cmpuint (convene_meeting_get_number (next), ==, 2);
  g_assert_cmpint (convene_meeting_get_role (next, indonesia), ==, CONVENE_ROLE_CO_CHAIR);
  g_assert_cmpuint (g_list_model_get_n_items (convene_dataset_get_kinds (dataset)), ==, 1);
  g_assert_true (convene_document_get_modified (document));

  bytes = convene_dataset_to_bytes (dataset);
  reloaded = convene_dataset_new_from_bytes (bytes, "new", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (convene_dataset_get_n_meetings (reloaded), ==, 2);
}

/* Delete Participant takes the participant out of each meeting's list in
 * place, as one edit: no list is copied (a copy a meeting cost over a frame
 * at 10,000 meetings), and undoing puts back the very entries where they
 * were, views told once. */
static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_remove_participant_in_place (Fixture       *f,
                                  gconstpointer  data)
{
  const char *ids[] = { "m1", "m2", "m3" };
  ConveneParticipant *vnm = participant (f, "VNM");
  GPtrArray *lists[G_N_ELEMENTS (ids)];
  GPtrArray *entries[G_N_ELEMENTS (ids)];
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  guint changes = 0;

  /* VNM attends all three meetings, first of one list, last of another */
  convene_document_set_role (f->document, meeting (f, "m1"), vnm, CONVENE_ROLE_PARTICIPANT);
  convene_document_set_role (f->document, meeting (f, "m3"), vnm, CONVENE_ROLE_OBSERVER);
  convene_document_end_burst (f->document);
  before = save (f);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GPtrArray *list = convene_meeting_get_attendance (meeting (f, ids[i]));

      g_assert_nonnull (list);
      g_assert_cmpint (convene_meeting_get_role (meeting (f, ids[i]), vnm), !=, CONVENE_ROLE_NONE);
      lists[i] = list;
      entries[i] = g_ptr_array_copy (list, NULL, NULL);
      g_ptr_array_set_free_func (entries[i], NULL);   /* the copy's, not the entries' */
    }

  g_signal_connect (convene_dataset_get_meetings (f->dataset), "items-changed",
                    G_CALLBACK (on_items_changed), &changes);
  convene_document_remove_participant (f->document, vnm);
  g_assert_cmpuint (changes, ==, 1);
  after = save (f);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (convene_meeting_get_attendance (meeting (f, ids[i])) == lists[i]);
      g_assert_cmpuint (lists[i]->len + 1, ==, entries[i]->len);
    }
  check_list (f);

  convene_document_undo (f->document);
  g_assert_cmpuint (changes, ==, 2);
  undone = save (f);
  assert_bytes_equal (undone, before);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (convene_meeting_get_attendance (meeting (f, ids[i])) == lists[i]);
      g_assert_cmpuint (lists[i]->len, ==, entries[i]->len);
      for (guint j = 0; j < lists[i]->len; j++)
        g_assert_true (g_ptr_array_index (lists[i], j) == g_ptr_array_index (entries[i], j));
    }
  check_list (f);

  convene_document_redo (f->document);
  redone = save (f);
  assert_bytes_equal (redone, after);
  check_list (f);

  g_signal_handlers_disconnect_by_func (convene_dataset_get_meetings (f->dataset), on_items_changed, &changes);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_unref (entries[i]);
}

typedef struct
{
  gboolean done;
  ConveneDataset *copy;
  GPtrArray *meetings;
  GError *error;
} Copied;

static void
on_copied_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Copied *copied = user_data;

  copied->copy = convene_document_snapshot_finish (CONVENE_DOCUMENT (source), result, &copied->meetings,
                                                   &copied->error);
  copied->done = TRUE;
}

/* The copy a thread works on (Export Attendance, a calendar): the dataset
 * as it is once the copy's text is finished, edits made meanwhile in it
 * (the title, written first, was changed after the text began), the
 * meetings asked for found in it in their order (a deleted one left out),
 * its file the dataset's, and nothing done to the dataset later reaching
 * it. */
static void
test_snapshot (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (2000, 40);
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/copied.json");
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GBytes) copied_bytes = NULL;
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  Copied copied = { 0 };

  convene_dataset_set_file (dataset, file);
  g_ptr_array_add (asked, g_list_model_get_item (meetings, 1500));
  g_ptr_array_add (asked, g_list_model_get_item (meetings, 1));
  g_ptr_array_add (asked, g_list_model_get_item (meetings, 3));

  convene_document_snapshot_async (document, asked, NULL, on_copied_cb, &copied);
  convene_document_set_title (document, "Changed while copying");
  convene_document_remove_meeting (document, g_ptr_array_index (asked, 2));
  while (!copied.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (copied.error);
  g_assert_nonnull (copied.copy);
  g_assert_true (copied.copy != dataset);
  expected = convene_dataset_to_bytes (dataset);
  copied_bytes = convene_dataset_to_bytes (copied.copy);
  g_assert_true (g_bytes_equal (expected, copied_bytes));
  g_assert_cmpstr (convene_dataset_get_title (copied.copy), ==, "Changed while copying");
  g_assert_true (g_file_equal (convene_dataset_get_file (copied.copy), file));

  g_assert_cmpuint (copied.meetings->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      ConveneMeeting *original = g_ptr_array_index (asked, i);
      ConveneMeeting *copy = g_ptr_array_index (copied.meetings, i);

      g_assert_true (copy != original);
      g_assert_cmpstr (convene_meeting_get_id (copy), ==, convene_meeting_get_id (original));
      g_assert_cmpuint (convene_dataset_find_meeting (copied.copy, copy), ==,
                        convene_dataset_find_meeting (dataset, original));
    }

  convene_document_set_title (document, "Changed after");
  convene_document_remove_meeting (document, g_ptr_array_index (asked, 0));
  g_assert_cmpstr (convene_dataset_get_title (copied.copy), ==, "Changed while copying");
  g_assert_cmpuint (g_list_model_get_n_items (convene_dataset_get_meetings (copied.copy)), ==, 1999);

  g_ptr_array_unref (copied.meetings);
  g_object_unref (copied.copy);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/command/%s", commands[i].name);

      g_test_add (path, Fixture, GUINT_TO_POINTER (i), fixture_set_up, test_command, fixture_tear_down);
    }
  g_test_add ("/document/follows-search", Fixture, NULL, fixture_set_up, test_follows_search, fixture_tear_down);
  g_test_add ("/document/burst", Fixture, NULL, fixture_set_up, test_burst, fixture_tear_down);
  g_test_add ("/document/no-change", Fixture, NULL, fixture_set_up, test_no_change, fixture_tear_down);
  g_test_add ("/document/notify", Fixture, NULL, fixture_set_up, test_notify_fields, fixture_tear_down);
  g_test_add ("/document/save", Fixture, NULL, fixture_set_up, test_save, fixture_tear_down);
  g_test_add ("/document/remove-participant-in-place", Fixture, NULL, fixture_set_up,
              test_remove_participant_in_place, fixture_tear_down);
  g_test_add_func ("/document/new-dataset", test_new_dataset);
  g_test_add_func ("/document/snapshot", test_snapshot);
  g_test_add ("/document/changed-on-disk", Fixture, NULL, fixture_set_up, test_changed_on_disk, fixture_tear_down);

  return g_test_run ();
}
