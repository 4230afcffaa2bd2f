/* fuzz-loader.c: a libFuzzer harness for the dataset loader
 *
 * Every input either loads or is refused with one CONVENE_DATASET_ERROR;
 * anything else (a crash, a sanitizer report, a GLib warning or critical,
 * a leak, an error from another domain) is a bug. A dataset that loads is
 * then used the way the app uses one, cheaply: labels, search (reading the
 * texts, and through the search index, which must agree), filter, the
 * attendance matrix sorted every way, and its CSV. It is then saved as
 * Save writes it: the text loads again, keeps every rule of validation (no
 * stricter than the loader), and saves to the very same bytes.
 *
 *     tests/fuzz/run-fuzzer.sh [SECONDS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-dataset-private.h"
#include "convene-json-scan.h"
#include "convene-matrix.h"
#include "convene-meeting-filter.h"
#include "convene-search.h"
#include "convene-search-index.h"
#include "convene-validate.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A warning or critical, from Convene or a library, is a bug too. GLib
 * stops on a fatal one with SIGTRAP, which libFuzzer does not catch: abort
 * instead, so that libFuzzer keeps the input. */
static GLogWriterOutput
abort_on_warnings (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_warnings, NULL, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  return 0;
}

/* A query made of the first characters of a meeting's title, as a user
 * would type it, so that searches find something now and then. */
static char *
make_query (ConveneMeeting *meeting)
{
  const char *title = convene_meeting_get_title (meeting);
  const char *end = title;

  for (guint i = 0; *end != '\0' && i < 6; i++)
    end = g_utf8_next_char (end);
  return g_strndup (title, end - title);
}

static void
use_matrix (ConveneDataset            *dataset,
            ConveneMatrixParticipants  which,
            const char                *kind)
{
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  ConveneParticipant *participant;
  ConveneMeeting *meeting;
  guint row, column;

  /* the matrix holds a byte per cell: keep the fuzzer's inputs to small ones */
  if ((guint64) convene_dataset_get_n_meetings (dataset) *
      convene_dataset_get_n_participants (dataset) > 1000000)
    return;

  matrix = convene_matrix_new (dataset, which, kind);
  for (guint sort = CONVENE_MATRIX_SORT_DATASET; sort <= CONVENE_MATRIX_SORT_ATTENDANCE; sort++)
    convene_matrix_set_sort (matrix, sort);

  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    {
      participant = convene_matrix_get_participant (matrix, r);
      g_assert_true (convene_matrix_find_row (matrix, participant, &row) && row == r);
      g_assert_cmpuint (convene_matrix_get_row_attended (matrix, r), <=,
                        convene_matrix_get_n_recorded (matrix));
    }
  for (guint c = 0; c < convene_matrix_get_n_columns (matrix); c++)
    {
      meeting = convene_matrix_get_meeting (matrix, c);
      /* a draft may hold an ID twice: the first meeting of an ID is found,
       * and when it is not in this matrix, none is */
      if (convene_matrix_find_column (matrix, convene_meeting_get_id (meeting), &column))
        g_assert_true (column == c ||
                       g_str_equal (convene_meeting_get_id (convene_matrix_get_meeting (matrix, column)),
                                    convene_meeting_get_id (meeting)));
      else
        g_assert_true (convene_dataset_lookup_meeting (dataset, convene_meeting_get_id (meeting)) != meeting);
      for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
        (void) convene_matrix_get_role (matrix, r, c);
    }

  stream = g_memory_output_stream_new_resizable ();
  g_assert_true (convene_matrix_write_csv (matrix, stream, NULL, &error));
  g_assert_no_error (error);
}

static void
use_dataset (ConveneDataset *dataset)
{
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  GListModel *participants = convene_dataset_get_participants (dataset);
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneSearchIndex) index = NULL;
  g_autofree guint64 *selected = NULL;
  g_autoptr(ConveneMeeting) first = NULL;
  g_autofree char *query = NULL;
  guint n_meetings = g_list_model_get_n_items (meetings);
  guint n_participants = g_list_model_get_n_items (participants);

  for (guint i = 0; i < n_participants; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);

      g_assert_true (convene_dataset_lookup_participant (dataset,
                                                         convene_participant_get_id (participant))
                     == participant);
      (void) convene_participant_get_label (participant);
      (void) convene_participant_get_display_name (participant);
    }

  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *date = convene_meeting_dup_date_label (meeting);
      g_autofree char *place = convene_meeting_dup_place_label (meeting);
      g_autofree char *kind = convene_meeting_dup_kind_label (meeting, FALSE);
      g_autofree char *short_kind = convene_meeting_dup_kind_label (meeting, TRUE);
      GPtrArray *attendance = convene_meeting_get_attendance (meeting);

      ConveneMeeting *found = convene_dataset_lookup_meeting (dataset, convene_meeting_get_id (meeting));

      /* in a draft, two meetings may share an ID: the first is found */
      g_assert_nonnull (found);
      g_assert_true (found == meeting || g_str_equal (convene_meeting_get_id (found),
                                                       convene_meeting_get_id (meeting)));
      /* every kind has a label, and the dataset lists it */
      g_assert_true (convene_dataset_lookup_kind (dataset, convene_meeting_get_kind (meeting))
                     == convene_meeting_get_meeting_kind (meeting));
      g_assert_true (*convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting)) != '\0');
      /* a meeting with no place known has no place label */
      g_assert_true (g_utf8_validate (date, -1, NULL));
      g_assert_true (place == NULL || g_utf8_validate (place, -1, NULL));
      g_assert_true (g_utf8_validate (kind, -1, NULL) && g_utf8_validate (short_kind, -1, NULL));
      g_assert_nonnull (convene_meeting_get_search_text (meeting));
      (void) convene_meeting_has_contradiction (meeting);
      for (guint j = 0; attendance != NULL && j < attendance->len; j++)
        {
          ConveneAttendance *a = g_ptr_array_index (attendance, j);

          g_assert_cmpint (convene_meeting_get_role (meeting, a->participant), ==, a->role);
        }
    }

  if (n_meetings > 0)
    {
      first = g_list_model_get_item (meetings, 0);
      query = make_query (first);
      index = convene_search_index_new ((ConveneMeeting * const *) dataset->meeting_array->pdata,
                                        dataset->meeting_array->len);
      selected = g_new (guint64, CONVENE_MEETING_SET_BLOCKS (n_meetings));
      /* typing the query letter by letter narrows the filter each time */
      for (const char *p = query; *p != '\0'; p = g_utf8_next_char (p))
        {
          g_autofree char *typed = g_strndup (query, g_utf8_next_char (p) - query);
          guint n_matches = 0;

          convene_meeting_filter_set_query (filter, typed);
          convene_search_index_select (index, convene_meeting_filter_get_search_query (filter), selected);
          for (guint i = 0; i < n_meetings; i++)
            {
              g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
              gboolean matches = convene_meeting_filter_matches (filter, meeting);

              n_matches += matches;
              g_assert_cmpint (matches, ==, convene_meeting_set_contains (selected, i));
            }
          g_assert_cmpuint (n_matches, >=, 1);
        }
      convene_meeting_filter_set_kind (filter, convene_meeting_get_kind (first));
      g_assert_true (convene_meeting_filter_matches (filter, first));
    }

  use_matrix (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  use_matrix (dataset, CONVENE_MATRIX_PARTICIPANTS_STATES,
              n_meetings > 0 ? convene_meeting_get_kind (first) : "ahg-som");
}

static guint
tree_depth (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      /* never MAX (deepest, tree_depth (…)): the macro would evaluate the
       * call twice, and time would double with each level */
      while (json_object_iter_next (&iter, NULL, &member))
        {
          guint depth = tree_depth (member);

          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          guint depth = tree_depth (json_array_get_element (array, i));

          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }
  return 0;
}

/* The check before parsing must see the structure json-glib sees: whatever
 * it lets through, json-glib parses no deeper than the limit. */
static void
check_scan_agrees (const uint8_t *data,
                   size_t         size)
{
  g_autoptr(JsonParser) parser = NULL;
  gsize offset;

  if (!g_utf8_validate_len ((const char *) data, size, NULL) ||
      convene_json_scan ((const char *) data, size, &convene_json_dataset_limits, &offset) !=
        CONVENE_JSON_SCAN_OK)
    return;

  parser = json_parser_new_immutable ();
  if (json_parser_load_from_data (parser, (const char *) data, size, NULL) &&
      json_parser_get_root (parser) != NULL)
    g_assert_cmpuint (tree_depth (json_parser_get_root (parser)), <=, CONVENE_DATASET_MAX_DEPTH);
}

/* Saved, loaded again and saved again: the same bytes; and valid (a
 * draft, which may break the editor's rules, loads again as a draft). */
static void
check_round_trip (ConveneDataset *dataset,
                  gboolean        draft)
{
  g_autoptr(GBytes) saved = convene_dataset_to_bytes (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (draft)
    again = convene_dataset_new_from_draft_bytes (saved, "saved.json", &error);
  else
    again = convene_dataset_new_from_bytes (saved, "saved.json", &error);
  g_assert_no_error (error);
  if (!draft)
    {
      g_assert_true (convene_validate_check (dataset, &error));
      g_assert_no_error (error);
    }
  saved_again = convene_dataset_to_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

/* A draft (convene_dataset_new_from_draft_bytes()) may break the rules the
 * editor lets be broken while typing, two meetings with one ID among them:
 * everything the app does with a dataset must still hold. */
static void
use_draft (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_draft_bytes (bytes, "draft.json", &error);

  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CONVENE_DATASET_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message, "draft.json:"));
      return;
    }
  g_assert_no_error (error);
  use_dataset (dataset);
  check_round_trip (dataset, TRUE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  check_scan_agrees (data, size);

  dataset = convene_dataset_new_from_bytes (bytes, "fuzz.json", &error);
  if (dataset == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == CONVENE_DATASET_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json:"));
      /* refused as a file, it may still be a draft a person was editing */
      use_draft (bytes);
      return 0;
    }

  g_assert_no_error (error);
  use_dataset (dataset);
  check_round_trip (dataset, FALSE);
  return 0;
}
