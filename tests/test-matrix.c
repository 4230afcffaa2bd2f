/* test-matrix.c: the attendance matrix, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-matrix.h"
#include "convene-test-data.h"

static guint
row_of (ConveneMatrix *matrix,
        const char    *participant_id)
{
  ConveneDataset *dataset = convene_matrix_get_dataset (matrix);
  ConveneParticipant *participant = convene_dataset_lookup_participant (dataset, participant_id);
  guint row = G_MAXUINT;

  g_assert_nonnull (participant);
  g_assert_true (convene_matrix_find_row (matrix, participant, &row));
  g_assert_true (convene_matrix_get_participant (matrix, row) == participant);
  return row;
}

static guint
column_of (ConveneMatrix *matrix,
           const char    *meeting_id)
{
  guint column = G_MAXUINT;

  g_assert_true (convene_matrix_find_column (matrix, meeting_id, &column));
  g_assert_cmpstr (convene_meeting_get_id (convene_matrix_get_meeting (matrix, column)), ==, meeting_id);
  return column;
}

/* The role of a participant at a meeting, as its CSV word. */
static const char *
role_at (ConveneMatrix *matrix,
         const char    *participant_id,
         const char    *meeting_id)
{
  return convene_role_to_string (convene_matrix_get_role (matrix, row_of (matrix, participant_id),
                                                          column_of (matrix, meeting_id)));
}

/* The participant ids of the rows, in the order shown, comma-separated. */
static char *
row_ids (ConveneMatrix *matrix)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    g_string_append_printf (ids, "%s%s", ids->len ? "," : "",
                            convene_participant_get_id (convene_matrix_get_participant (matrix, r)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
csv_of (ConveneMatrix *matrix)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (convene_matrix_write_csv (matrix, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

/* The bundled record, cell by cell */

static void
test_bundled_cells (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  static const char * const canada_observer[] = {
    "ahg-som-04", "ahg-som-05", "ahg-som-06", "ahg-som-07", "ahg-som-08", "ahg-som-09",
    "ahg-som-10", "ahg-som-12",
  };

  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, convene_dataset_get_n_participants (dataset));
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, convene_dataset_get_n_meetings (dataset));

  /* columns in date order */
  for (guint c = 1; c < convene_matrix_get_n_columns (matrix); c++)
    g_assert_cmpint (convene_meeting_compare (convene_matrix_get_meeting (matrix, c - 1),
                                              convene_matrix_get_meeting (matrix, c)), <=, 0);
  g_assert_cmpstr (convene_meeting_get_id (convene_matrix_get_meeting (matrix, 0)), ==,
                   "ministerial-conference-01");

  /* Viet Nam */
  g_assert_cmpstr (role_at (matrix, "VNM", "ahg-som-09"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "VNM", "ahg-som-10"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "VNM", "ahg-som-14"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "VNM", "ahg-som-01"), ==, "absent");
  g_assert_cmpstr (role_at (matrix, "VNM", "roundtable-2015-manila"), ==, "not-recorded");

  /* Canada */
  for (guint i = 0; i < G_N_ELEMENTS (canada_observer); i++)
    g_assert_cmpstr (role_at (matrix, "CAN", canada_observer[i]), ==, "observer");
  g_assert_cmpstr (role_at (matrix, "CAN", "ahg-som-14"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "CAN", "ahg-som-11"), ==, "not-recorded");
  g_assert_cmpstr (role_at (matrix, "CAN", "ahg-som-01"), ==, "absent");
  g_assert_cmpstr (role_at (matrix, "CAN", "ahg-som-16"), ==, "absent");

  /* organisations and the co-chairs */
  g_assert_cmpstr (role_at (matrix, "UNODC", "ahg-som-04"), ==, "observer");
  g_assert_cmpstr (role_at (matrix, "UNODC", "ahg-som-09"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "UNODC", "ahg-som-02"), ==, "absent");
  g_assert_cmpstr (role_at (matrix, "IOM", "ahg-som-15"), ==, "absent");
  g_assert_cmpstr (role_at (matrix, "AUS", "ministerial-conference-01"), ==, "co-chair");
  g_assert_cmpstr (role_at (matrix, "IDN", "consultation-mechanism-2017-jakarta"), ==, "co-chair");
  g_assert_cmpstr (role_at (matrix, "RSO", "ahg-som-08"), ==, "participant");
  g_assert_cmpstr (role_at (matrix, "RSO", "ahg-som-07"), ==, "absent");

  /* every cell agrees with the meeting's own (linear) lookup */
  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    for (guint c = 0; c < convene_matrix_get_n_columns (matrix); c++)
      g_assert_cmpint (convene_matrix_get_role (matrix, r, c), ==,
                       convene_meeting_get_role (convene_matrix_get_meeting (matrix, c),
                                                 convene_matrix_get_participant (matrix, r)));
}

static void
test_bundled_totals (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  guint n_recorded = 0;

  for (guint c = 0; c < convene_matrix_get_n_columns (matrix); c++)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (matrix, c);
      GPtrArray *attendance = convene_meeting_get_attendance (meeting);

      g_assert_cmpint (convene_matrix_column_is_recorded (matrix, c), ==, attendance != NULL);
      n_recorded += attendance != NULL;
      /* every entry in the bundled record is a role that counts */
      g_assert_cmpuint (convene_matrix_get_column_attended (matrix, c), ==,
                        attendance != NULL ? attendance->len : 0);
    }
  g_assert_cmpuint (convene_matrix_get_n_recorded (matrix), ==, n_recorded);
  g_assert_cmpuint (n_recorded, ==, 35);

  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "ahg-som-14")), ==, 24);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "ahg-som-11")), ==, 0);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "VNM")), ==, 23);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "CAN")), ==, 20);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "IOM")), ==, 32);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "AUS")), ==, 35);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "RSO")), ==, 11);
}

static void
test_bundled_filters (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(ConveneMatrix) states = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_STATES, NULL);
  g_autoptr(ConveneMatrix) organisations =
    convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS, NULL);
  g_autoptr(ConveneMatrix) ahg = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, "ahg-som");
  g_autoptr(ConveneMatrix) ahg_states =
    convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_STATES, "ahg-som");
  g_autoptr(ConveneMatrix) none = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, "no-such-kind");
  guint n_states = 0;

  for (guint i = 0; i < convene_dataset_get_n_participants (dataset); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (convene_dataset_get_participants (dataset), i);

      n_states += convene_participant_is_state (p);
    }

  g_assert_cmpuint (convene_matrix_get_n_rows (states), ==, n_states);
  g_assert_cmpuint (convene_matrix_get_n_rows (states), ==, 61);
  g_assert_cmpuint (convene_matrix_get_n_rows (organisations), ==, 26);
  g_assert_cmpuint (convene_matrix_get_n_columns (states), ==, 59);
  for (guint r = 0; r < convene_matrix_get_n_rows (states); r++)
    g_assert_true (convene_participant_is_state (convene_matrix_get_participant (states, r)));
  for (guint r = 0; r < convene_matrix_get_n_rows (organisations); r++)
    g_assert_false (convene_participant_is_state (convene_matrix_get_participant (organisations, r)));
  g_assert_false (convene_matrix_find_row (states, convene_dataset_lookup_participant (dataset, "UNHCR"), NULL));
  g_assert_false (convene_matrix_find_row (organisations, convene_dataset_lookup_participant (dataset, "CAN"), NULL));

  /* only the Ad Hoc Group's senior officials' meetings: 1 to 18, without a 13th */
  g_assert_cmpuint (convene_matrix_get_n_columns (ahg), ==, 17);
  g_assert_cmpstr (convene_matrix_get_kind (ahg), ==, "ahg-som");
  for (guint c = 0; c < 17; c++)
    g_assert_cmpstr (convene_meeting_get_kind (convene_matrix_get_meeting (ahg, c)), ==, "ahg-som");
  g_assert_cmpstr (convene_meeting_get_id (convene_matrix_get_meeting (ahg, 0)), ==, "ahg-som-01");
  g_assert_cmpstr (convene_meeting_get_id (convene_matrix_get_meeting (ahg, 15)), ==, "ahg-som-17");
  g_assert_cmpstr (convene_meeting_get_id (convene_matrix_get_meeting (ahg, 16)), ==, "ahg-som-18");
  g_assert_false (convene_matrix_find_column (ahg, "roundtable-2015-manila", NULL));
  g_assert_cmpuint (convene_matrix_get_n_recorded (ahg), ==, 16);
  g_assert_cmpstr (role_at (ahg, "VNM", "ahg-som-14"), ==, "participant");
  g_assert_cmpuint (convene_matrix_get_row_attended (ahg, row_of (ahg, "VNM")), ==, 12);

  /* column totals count only the rows shown */
  g_assert_cmpuint (convene_matrix_get_column_attended (ahg_states, column_of (ahg_states, "ahg-som-14")), <,
                    convene_matrix_get_column_attended (ahg, column_of (ahg, "ahg-som-14")));

  g_assert_cmpuint (convene_matrix_get_n_columns (none), ==, 0);
  g_assert_cmpuint (convene_matrix_get_n_recorded (none), ==, 0);
  g_assert_cmpuint (convene_matrix_get_row_attended (none, 0), ==, 0);
}

static void
test_bundled_sort (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  guint n_rows = convene_matrix_get_n_rows (matrix);
  guint vnm_row;

  g_assert_cmpint (convene_matrix_get_sort (matrix), ==, CONVENE_MATRIX_SORT_DATASET);
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 0)), ==, "AFG");

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
  for (guint r = 1; r < n_rows; r++)
    g_assert_cmpint (strcmp (convene_participant_get_label_sort_key (convene_matrix_get_participant (matrix, r - 1)),
                             convene_participant_get_label_sort_key (convene_matrix_get_participant (matrix, r))),
                     <=, 0);

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_ATTENDANCE);
  for (guint r = 1; r < n_rows; r++)
    {
      guint before = convene_matrix_get_row_attended (matrix, r - 1);
      guint after = convene_matrix_get_row_attended (matrix, r);

      g_assert_cmpuint (before, >=, after);
      if (before == after)
        g_assert_cmpint (strcmp (convene_participant_get_label_sort_key (convene_matrix_get_participant (matrix, r - 1)),
                                 convene_participant_get_label_sort_key (convene_matrix_get_participant (matrix, r))),
                         <=, 0);
    }
  /* Australia was at all 35 meetings with recorded attendance, Indonesia at 34;
   * Thailand and UNHCR, at 33 each, follow by the names shown ("UNHCR", its short name) */
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, 0), ==, 35);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, 1), ==, 34);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, 2), ==, 33);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, 3), ==, 33);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, 4), <, 33);
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 0)), ==, "AUS");
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 1)), ==, "IDN");
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 2)), ==, "THA");
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 3)), ==, "UNHCR");

  /* cells and totals follow their rows */
  vnm_row = row_of (matrix, "VNM");
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, vnm_row), ==, 23);
  g_assert_cmpstr (role_at (matrix, "VNM", "ahg-som-01"), ==, "absent");
  g_assert_cmpstr (role_at (matrix, "CAN", "ahg-som-14"), ==, "participant");

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_DATASET);
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 0)), ==, "AFG");
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_sort_notifies (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("matrix-small.json");
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  guint count = 0;
  char *ids;

  g_signal_connect (matrix, "notify::sort", G_CALLBACK (on_notify), &count);
  ids = row_ids (matrix);
  g_assert_cmpstr (ids, ==, "NZL,KOR,QUO,TUR,RSO");
  g_free (ids);

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
  g_assert_cmpuint (count, ==, 1);
  ids = row_ids (matrix);
  g_assert_cmpstr (ids, ==, "KOR,NZL,RSO,QUO,TUR");
  g_free (ids);

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
  g_assert_cmpuint (count, ==, 1);

  g_object_set (matrix, "sort", CONVENE_MATRIX_SORT_ATTENDANCE, NULL);
  g_assert_cmpuint (count, ==, 2);
  ids = row_ids (matrix);
  g_assert_cmpstr (ids, ==, "KOR,NZL,RSO,QUO,TUR");
  g_free (ids);
}

/* CSV, exactly */

static const char small_csv[] =
  "participant,name,som-1,som-2,ws-2021,som-3\r\n"
  "NZL,New Zealand,co-chair,not-recorded,absent,participant\r\n"
  "KOR,\"Korea, Republic of\",participant,not-recorded,absent,co-chair\r\n"
  "QUO,\"The \"\"Quoted\"\" Forum\",observer,not-recorded,absent,absent\r\n"
  "TUR,Türkiye,absent,not-recorded,absent,participant\r\n"
  "RSO,Regional Support Office,absent,not-recorded,absent,participant\r\n";

static void
test_small (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("matrix-small.json");
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autofree char *csv = csv_of (matrix);

  g_assert_cmpstr (csv, ==, small_csv);

  g_assert_cmpuint (convene_matrix_get_n_recorded (matrix), ==, 3);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "NZL")), ==, 2);
  g_assert_cmpuint (convene_matrix_get_row_attended (matrix, row_of (matrix, "QUO")), ==, 1);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "som-1")), ==, 3);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "som-2")), ==, 0);
  /* recorded, and nobody came */
  g_assert_true (convene_matrix_column_is_recorded (matrix, column_of (matrix, "ws-2021")));
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "ws-2021")), ==, 0);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column_of (matrix, "som-3")), ==, 4);
}

static void
test_csv_follows_sort_and_filters (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("matrix-small.json");
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_STATES, "ahg-som");
  g_autofree char *csv = NULL;

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
  csv = csv_of (matrix);
  g_assert_cmpstr (csv, ==,
                   "participant,name,som-1,som-2,som-3\r\n"
                   "KOR,\"Korea, Republic of\",participant,not-recorded,co-chair\r\n"
                   "NZL,New Zealand,co-chair,not-recorded,participant\r\n"
                   "TUR,Türkiye,absent,not-recorded,participant\r\n");
}

static void
test_save_csv (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("matrix-small.json");
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-matrix-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_true (convene_matrix_save_csv (matrix, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, small_csv);

  g_assert_false (convene_matrix_save_csv (matrix, bad, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (bad, NULL));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  gboolean done;
  gboolean saved;
  GError *error;
} Saved;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Saved *saved = user_data;

  saved->saved = convene_matrix_save_dataset_csv_finish (CONVENE_DATASET (source), result, &saved->error);
  saved->done = TRUE;
}

static gboolean
save_dataset_csv (ConveneDataset  *dataset,
                  GFile           *file,
                  GError         **error)
{
  Saved saved = { FALSE, FALSE, NULL };

  convene_matrix_save_dataset_csv_async (dataset, file, NULL, on_saved_cb, &saved);
  while (!saved.done)
    g_main_context_iteration (NULL, TRUE);
  if (saved.error != NULL)
    g_propagate_error (error, saved.error);
  return saved.saved;
}

/* The window's export: the whole matrix, on a worker thread, as the command
 * line writes it; a failure leaves no file. */
static void
test_save_dataset_csv_async (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("matrix-small.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-matrix-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "out.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_assert_true (save_dataset_csv (dataset, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, small_csv);

  g_assert_false (save_dataset_csv (dataset, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (bad, NULL));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A large generated dataset: its size, not its speed */

static void
test_generated (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (10000, 250);
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(ConveneMatrix) ahg = NULL;
  guint64 cells = 0, attended = 0, column_sum = 0;

  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 250);
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 10000);
  g_assert_cmpuint (convene_matrix_get_n_recorded (matrix), >, 8000);
  g_assert_cmpuint (convene_matrix_get_n_recorded (matrix), <, 10000);

  for (guint r = 0; r < 250; r++)
    attended += convene_matrix_get_row_attended (matrix, r);
  for (guint c = 0; c < 10000; c++)
    {
      guint n = convene_matrix_get_column_attended (matrix, c);

      column_sum += n;
      g_assert_cmpuint (n, <=, 40);
      if (!convene_matrix_column_is_recorded (matrix, c))
        g_assert_cmpuint (n, ==, 0);
    }
  g_assert_cmpuint (attended, ==, column_sum);
  for (guint r = 0; r < 250; r += 50)
    for (guint c = 0; c < 10000; c++)
      cells += convene_role_attended (convene_matrix_get_role (matrix, r, c));
  g_assert_cmpuint (cells, >, 0);

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_ATTENDANCE);
  for (guint r = 1; r < 250; r++)
    g_assert_cmpuint (convene_matrix_get_row_attended (matrix, r - 1), >=,
                      convene_matrix_get_row_attended (matrix, r));

  ahg = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_STATES, "ahg-som");
  g_assert_cmpuint (convene_matrix_get_n_columns (ahg), >, 3000);
  g_assert_cmpuint (convene_matrix_get_n_columns (ahg), <, 5000);
  g_assert_cmpuint (convene_matrix_get_n_rows (ahg), <, 250);
}

/* The names of the matrix's rows, "|"-joined, in its order */
static char *
row_names (ConveneMatrix *matrix)
{
  GString *names = g_string_new (NULL);

  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    g_string_append_printf (names, "%s%s", r > 0 ? "|" : "",
                            convene_participant_get_name (convene_matrix_get_participant (matrix, r)));
  return g_string_free (names, FALSE);
}

static char *
strip_isolates (const char *text)
{
  g_auto(GStrv) first = g_strsplit (text, "\u2068", -1);
  g_autofree char *joined = g_strjoinv ("", first);
  g_auto(GStrv) second = g_strsplit (joined, "\u2069", -1);

  return g_strjoinv ("", second);
}

/* Names sort as a reader of the language expects, not by their bytes
 * ("ASEAN" < "Afghanistan", "Úc" and "Ấn Độ" after "Z"), in the matrix,
 * and in a meeting's attendance lists. The tests run in C.UTF-8, whose
 * collation is by code point: Convene's own keys apply. */
static void
test_sort_by_language (void)
{
  static const struct {
    const char *language;
    const char *matrix;
    const char *attended;
  } cases[] = {
    { "en",
      "Afghanistan Office|Ấn Độ Office|Anh Office|ASEAN Secretariat|Đan Mạch Office|Dubai Office|"
      "Úc Office|Việt Nam Office|zambia office",
      "Afghanistan Office, ASEAN Secretariat, Úc Office, Việt Nam Office, zambia office" },
    /* Vietnamese: Ă Â Đ Ê Ô Ơ Ư are letters of their own, after A D E O U */
    { "vi",
      "Afghanistan Office|Anh Office|ASEAN Secretariat|Ấn Độ Office|Dubai Office|Đan Mạch Office|"
      "Úc Office|Việt Nam Office|zambia office",
      NULL },
  };
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ConveneDataset) dataset = NULL;
      g_autoptr(ConveneMatrix) matrix = NULL;
      g_autofree char *names = NULL;

      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      dataset = convene_test_load_file ("collation.json");
      matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
      convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
      names = row_names (matrix);
      g_assert_cmpstr (names, ==, cases[i].matrix);

      if (cases[i].attended != NULL)
        {
          char *lists[CONVENE_N_ATTENDANCE_GROUPS];
          guint counts[CONVENE_N_ATTENDANCE_GROUPS];
          g_autofree char *plain = NULL;

          convene_meeting_list_attendance (convene_dataset_lookup_meeting (dataset, "m1"), lists, counts);
          g_assert_cmpuint (counts[CONVENE_ATTENDANCE_GROUP_ORGANISATIONS], ==, 5);
          /* without the isolation marks around each name */
          plain = strip_isolates (lists[CONVENE_ATTENDANCE_GROUP_ORGANISATIONS]);
          g_assert_cmpstr (plain, ==, cases[i].attended);
          for (guint g = 0; g < CONVENE_N_ATTENDANCE_GROUPS; g++)
            g_free (lists[g]);
        }
    }

  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/* A search narrows the rows to the participants whose names, short names,
 * aliases or codes hold its words; hiding rows without attendance leaves
 * out those who attended none of the meetings shown. */
static void
test_query_and_hide_absent (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("collation.json");
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autofree char *names = NULL;
  guint row;

  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
  convene_matrix_set_query (matrix, "office");
  names = row_names (matrix);
  g_assert_cmpstr (names, ==, "Afghanistan Office|Ấn Độ Office|Anh Office|Đan Mạch Office|Dubai Office|"
                              "Úc Office|Việt Nam Office|zambia office");
  g_clear_pointer (&names, g_free);

  /* accents and case aside; the id (a code) counts */
  convene_matrix_set_query (matrix, "VIET");
  names = row_names (matrix);
  g_assert_cmpstr (names, ==, "Việt Nam Office");
  g_clear_pointer (&names, g_free);
  convene_matrix_set_query (matrix, "dub");
  names = row_names (matrix);
  g_assert_cmpstr (names, ==, "Dubai Office");
  g_clear_pointer (&names, g_free);
  convene_matrix_set_query (matrix, "asean");
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 1);
  g_assert_false (convene_matrix_find_row (matrix, convene_dataset_lookup_participant (dataset, "UC"), &row));
  g_assert_true (convene_matrix_find_row (matrix, convene_dataset_lookup_participant (dataset, "ASEAN"), &row));
  g_assert_cmpuint (row, ==, 0);

  convene_matrix_set_query (matrix, "");
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 9);
  g_assert_null (convene_matrix_get_query (matrix));

  convene_matrix_set_hide_absent (matrix, TRUE);
  names = row_names (matrix);
  g_assert_cmpstr (names, ==, "Afghanistan Office|ASEAN Secretariat|Úc Office|Việt Nam Office|zambia office");
  g_clear_pointer (&names, g_free);
  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    g_assert_cmpuint (convene_matrix_get_row_attended (matrix, r), >, 0);

  /* both at once, and in another order */
  convene_matrix_set_query (matrix, "an");
  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_DATASET);
  names = row_names (matrix);
  g_assert_cmpstr (names, ==, "ASEAN Secretariat|Afghanistan Office");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matrix/bundled/cells", test_bundled_cells);
  g_test_add_func ("/matrix/bundled/totals", test_bundled_totals);
  g_test_add_func ("/matrix/bundled/filters", test_bundled_filters);
  g_test_add_func ("/matrix/bundled/sort", test_bundled_sort);
  g_test_add_func ("/matrix/sort-notifies", test_sort_notifies);
  g_test_add_func ("/matrix/sort-by-language", test_sort_by_language);
  g_test_add_func ("/matrix/query-and-hide-absent", test_query_and_hide_absent);
  g_test_add_func ("/matrix/csv/small", test_small);
  g_test_add_func ("/matrix/csv/sort-and-filters", test_csv_follows_sort_and_filters);
  g_test_add_func ("/matrix/csv/save", test_save_csv);
  g_test_add_func ("/matrix/csv/save-dataset-async", test_save_dataset_csv_async);
  g_test_add_func ("/matrix/generated", test_generated);

  return g_test_run ();
}
