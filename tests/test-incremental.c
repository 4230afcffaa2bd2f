/* test-incremental.c: what follows edits incrementally is what a rebuild makes
 *
 * The attendance matrix inserts, removes and fills columns and remaps rows;
 * the meeting list follows "items-changed" through the search index's
 * overlay; a meeting's search text is made anew in part when only its
 * participants changed. After each of a few hundred random edits (and
 * undos and redos) on a generated dataset, each of these is compared with
 * the same thing made from scratch: matrices of several kinds (every
 * participant or some, every meeting or one kind, sorted, searched, absent
 * rows left out) cell for cell, the list with a search typed meeting for
 * meeting, and every meeting's search text byte for byte; the statistics,
 * after each edit and then after every three, figure for figure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-document.h"
#include "convene-matrix.h"
#include "convene-meeting-list.h"
#include "convene-search.h"
#include "convene-statistics.h"
#include "convene-test-data.h"

typedef struct
{
  ConveneMatrixParticipants which;
  const char *kind;
  ConveneMatrixSort sort;
  const char *query;
  gboolean hide_absent;
} MatrixSetting;

static const MatrixSetting settings[] = {
  { CONVENE_MATRIX_PARTICIPANTS_ALL, NULL, CONVENE_MATRIX_SORT_ATTENDANCE, NULL, FALSE },
  { CONVENE_MATRIX_PARTICIPANTS_ALL, NULL, CONVENE_MATRIX_SORT_DATASET, NULL, TRUE },
  { CONVENE_MATRIX_PARTICIPANTS_STATES, "ahg-som", CONVENE_MATRIX_SORT_NAME, NULL, FALSE },
  { CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS, "workshop", CONVENE_MATRIX_SORT_ATTENDANCE, NULL, TRUE },
  { CONVENE_MATRIX_PARTICIPANTS_ALL, "steering-group", CONVENE_MATRIX_SORT_NAME, "renamed", FALSE },
};

typedef struct
{
  ConveneDataset *dataset;
  ConveneDocument *document;
  ConveneMatrix *matrices[G_N_ELEMENTS (settings)];
  ConveneMeetingFilter *filter;
  ConveneMeetingList *list;
  GPtrArray *mirror; /* the list, kept from its "items-changed" only */
  GRand *rand;
  guint serial;
} Fixture;

static ConveneMatrix *
make_matrix (ConveneDataset      *dataset,
             const MatrixSetting *setting)
{
  ConveneMatrix *matrix = convene_matrix_new (dataset, setting->which, setting->kind);

  convene_matrix_set_sort (matrix, setting->sort);
  convene_matrix_set_query (matrix, setting->query);
  convene_matrix_set_hide_absent (matrix, setting->hide_absent);
  return matrix;
}

static void
check_matrix (ConveneDataset      *dataset,
              ConveneMatrix       *kept,
              const MatrixSetting *setting)
{
  g_autoptr(ConveneMatrix) fresh = make_matrix (dataset, setting);
  GListModel *participants = convene_dataset_get_participants (dataset);
  guint n_rows = convene_matrix_get_n_rows (fresh);
  guint n_columns = convene_matrix_get_n_columns (fresh);

  g_assert_cmpuint (convene_matrix_get_n_rows (kept), ==, n_rows);
  g_assert_cmpuint (convene_matrix_get_n_columns (kept), ==, n_columns);
  g_assert_cmpuint (convene_matrix_get_n_recorded (kept), ==, convene_matrix_get_n_recorded (fresh));
  for (guint c = 0; c < n_columns; c++)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (fresh, c);
      guint found = G_MAXUINT;

      g_assert_true (convene_matrix_get_meeting (kept, c) == meeting);
      g_assert_cmpuint (convene_matrix_get_column_attended (kept, c), ==,
                        convene_matrix_get_column_attended (fresh, c));
      g_assert_cmpint (convene_matrix_column_is_recorded (kept, c), ==,
                       convene_matrix_column_is_recorded (fresh, c));
      g_assert_true (convene_matrix_find_column (kept, convene_meeting_get_id (meeting), &found));
      g_assert_true (convene_matrix_get_meeting (kept, found) == meeting);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      g_assert_true (convene_matrix_get_participant (kept, r) == convene_matrix_get_participant (fresh, r));
      g_assert_cmpuint (convene_matrix_get_row_attended (kept, r), ==, convene_matrix_get_row_attended (fresh, r));
      for (guint c = 0; c < n_columns; c++)
        g_assert_cmpint (convene_matrix_get_role (kept, r, c), ==, convene_matrix_get_role (fresh, r, c));
    }
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);
      guint kept_row = G_MAXUINT, fresh_row = G_MAXUINT;

      g_assert_cmpint (convene_matrix_find_row (kept, participant, &kept_row), ==,
                       convene_matrix_find_row (fresh, participant, &fresh_row));
      g_assert_cmpuint (kept_row, ==, fresh_row);
    }
}

/* Every meeting's search text and bits are those folded anew. */
static void
check_search_texts (ConveneDataset *dataset)
{
  g_autoptr(GString) scratch = g_string_new (NULL);

  for (guint i = 0; i < dataset->meeting_array->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (dataset->meeting_array, i);
      ConveneSearchBits bits = meeting->search_bits;
      char *text = convene_search_fold_meeting_text (meeting, scratch);

      g_assert_cmpstr (meeting->search_text, ==, text);
      g_assert_cmpuint (meeting->search_len, ==, strlen (text));
      g_assert_true (memcmp (&bits, &meeting->search_bits, sizeof bits) == 0);
      g_ref_string_release (text);
    }
}

static void
check_all (Fixture *f)
{
  g_autoptr(ConveneMeetingList) fresh = convene_meeting_list_new (f->filter);

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    check_matrix (f->dataset, f->matrices[i], &settings[i]);

  convene_meeting_list_set_dataset (fresh, f->dataset);
  convene_test_assert_mirror (f->mirror, G_LIST_MODEL (fresh));
  check_search_texts (f->dataset);
}

static ConveneMeeting *
any_meeting (Fixture *f)
{
  GPtrArray *meetings = f->dataset->meeting_array;

  return meetings->len > 0 ? g_ptr_array_index (meetings, g_rand_int_range (f->rand, 0, meetings->len)) : NULL;
}

static ConveneParticipant *
any_participant (Fixture *f)
{
  GListModel *participants = convene_dataset_get_participants (f->dataset);
  guint n = g_list_model_get_n_items (participants);
  ConveneParticipant *participant;

  if (n == 0)
    return NULL;
  participant = g_list_model_get_item (participants, g_rand_int_range (f->rand, 0, n));
  g_object_unref (participant);
  return participant;
}

/* One random edit, undo or redo. */
static void
random_step (Fixture *f)
{
  static const char * const kinds[] = { "ahg-som", "workshop", "steering-group", "new-kind" };
  ConveneMeeting *meeting = any_meeting (f);
  ConveneParticipant *participant = any_participant (f);
  g_autofree char *text = NULL;
  guint what = g_rand_int_range (f->rand, 0, 17);

  if (meeting == NULL || participant == NULL)
    what = 3;
  switch (what)
    {
    case 0:
    case 1:
      convene_document_set_role (f->document, meeting, participant, g_rand_int_range (f->rand, 0, 4));
      break;
    case 2:
      convene_document_set_attendance_recorded (f->document, meeting,
                                                !convene_meeting_get_attendance_recorded (meeting));
      break;
    case 3:
      convene_document_add_meeting (f->document, kinds[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (kinds))]);
      break;
    case 4:
      convene_document_duplicate_meeting (f->document, meeting);
      break;
    case 5:
      convene_document_remove_meeting (f->document, meeting);
      break;
    case 6:
      {
        ConveneDate start = { g_rand_int_range (f->rand, 1990, 2030), g_rand_int_range (f->rand, 0, 13), 0 };

        convene_document_set_meeting_dates (f->document, meeting, &start, NULL);
      }
      break;
    case 7:
      convene_document_set_meeting_text (f->document, meeting, CONVENE_MEETING_FIELD_KIND,
                                         kinds[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (kinds))]);
      break;
    case 8:
      text = g_strdup_printf ("Renamed %u", f->serial++);
      convene_document_set_participant_text (f->document, participant, CONVENE_PARTICIPANT_FIELD_NAME, text);
      break;
    case 9:
      {
        g_autoptr(GError) error = NULL;

        text = g_strdup_printf ("X%u", f->serial++);
        convene_document_add_participant (f->document, text, text,
                                          g_rand_boolean (f->rand) ? CONVENE_PARTICIPANT_KIND_COUNTRY
                                                                   : CONVENE_PARTICIPANT_KIND_BODY,
                                          &error);
        g_assert_no_error (error);
      }
      break;
    case 10:
      convene_document_remove_participant (f->document, participant);
      break;
    case 11:
      convene_document_set_participant_kind (f->document, participant,
                                             convene_participant_is_state (participant)
                                             ? CONVENE_PARTICIPANT_KIND_ORGANISATION
                                             : CONVENE_PARTICIPANT_KIND_COUNTRY);
      break;
    case 12:
      text = g_strdup_printf ("renamed meeting %u", f->serial++);
      convene_document_set_meeting_text (f->document, meeting, CONVENE_MEETING_FIELD_TITLE, text);
      break;
    case 13:
      convene_document_set_meeting_country (f->document, meeting, g_rand_boolean (f->rand) ? participant : NULL);
      break;
    case 14:
      {
        const char *aliases[] = { NULL, NULL };

        text = g_strdup_printf ("renamed alias %u", f->serial++);
        aliases[0] = text;
        convene_document_set_participant_aliases (f->document, participant, aliases);
      }
      break;
    case 15:
      convene_document_undo (f->document);
      break;
    case 16:
    default:
      convene_document_redo (f->document);
      break;
    }
}

static void
test_random_edits (void)
{
  Fixture fixture = { 0 }, *f = &fixture;

  f->dataset = convene_test_load_generated (120, 30);
  f->document = convene_document_new (f->dataset);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    f->matrices[i] = make_matrix (f->dataset, &settings[i]);
  f->filter = convene_meeting_filter_new ();
  f->list = convene_meeting_list_new (f->filter);
  f->mirror = convene_test_mirror_new (G_LIST_MODEL (f->list));
  convene_meeting_list_set_dataset (f->list, f->dataset);
  convene_dataset_build_search_index (f->dataset);
  while (!convene_dataset_has_search_index (f->dataset))
    g_main_context_iteration (NULL, TRUE);
  /* a name most participants' meetings hold, and the new names */
  convene_meeting_filter_set_query (f->filter, "renamed");
  f->rand = g_rand_new_with_seed (15);
  convene_statistics_get_for_dataset (f->dataset);
  check_all (f);

  for (guint step = 0; step < 400; step++)
    {
      convene_document_end_burst (f->document);
      random_step (f);
      check_all (f);
      /* the statistics take edits one at a time, then three */
      if (step < 200 || step % 3 == 0)
        convene_test_assert_statistics (f->dataset);
      if (step == 200)
        {
          /* a search the index was not built for, over the same edits */
          convene_meeting_filter_set_query (f->filter, "meeting");
          check_all (f);
        }
    }
  while (convene_document_undo (f->document))
    {
      check_all (f);
      convene_test_assert_statistics (f->dataset);
    }

  g_rand_free (f->rand);
  g_ptr_array_unref (f->mirror);
  g_object_unref (f->list);
  g_object_unref (f->filter);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    g_object_unref (f->matrices[i]);
  g_object_unref (f->document);
  g_object_unref (f->dataset);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/incremental/random-edits", test_random_edits);

  return g_test_run ();
}
