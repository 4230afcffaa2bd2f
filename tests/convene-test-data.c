/* convene-test-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-test-data.h"
#include "convene-statistics.h"

/* Loads tests/data/NAME, which must load. */
ConveneDataset *
convene_test_load_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset = convene_dataset_new_from_file (file, name, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* Loads a dataset a test writes out, which must load. */
ConveneDataset *
convene_test_load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset = convene_dataset_new_from_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return dataset;
}

/* A synthetic dataset's text, from tests/generate-dataset (fixed seed). */
GBytes *
convene_test_generate (guint n_meetings,
                       guint n_participants)
{
  g_autofree char *generator = g_test_build_filename (G_TEST_BUILT, "generate-dataset", NULL);
  g_autofree char *meetings = g_strdup_printf ("%u", n_meetings);
  g_autofree char *participants = g_strdup_printf ("%u", n_participants);
  const char *argv[] = { generator, meetings, participants, NULL };
  g_autoptr(GError) error = NULL;
  char *json = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &json, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_bytes_new_take (json, strlen (json));
}

ConveneDataset *
convene_test_load_generated (guint n_meetings,
                             guint n_participants)
{
  g_autoptr(GBytes) bytes = convene_test_generate (n_meetings, n_participants);
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset = convene_dataset_new_from_bytes (bytes, "generated.json", &error);

  g_assert_no_error (error);
  return dataset;
}

/* The ids of the dataset's meetings the filter matches, asked one by one in
 * date order, comma-separated. */
char *
convene_test_matching_ids (ConveneDataset       *dataset,
                           ConveneMeetingFilter *filter)
{
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);

      if (convene_meeting_filter_matches (filter, meeting))
        g_string_append_printf (ids, "%s%s", ids->len ? "," : "", convene_meeting_get_id (meeting));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* Bidirectional text */

#define RLO CONVENE_TEST_RLO
#define RLE "\xe2\x80\xab"  /* U+202B RIGHT-TO-LEFT EMBEDDING */
#define RLI "\xe2\x81\xa7"  /* U+2067 RIGHT-TO-LEFT ISOLATE */

/* A dataset whose names, city, venue and kind leave a bidi control open */
const char convene_test_bidi_json[] =
  "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Bidi\",\n"
  "  \"participants\": [\n"
  "    { \"id\": \"AAA\", \"name\": \"Evil " RLO "name\", \"kind\": \"country\" },\n"
  "    { \"id\": \"BBB\", \"name\": \"Second\", \"kind\": \"country\" },\n"
  "    { \"id\": \"CCC\", \"name\": \"Third " RLE "x\", \"kind\": \"organisation\" } ],\n"
  "  \"meetings\": [\n"
  "    { \"id\": \"m1\", \"kind\": \"task-force\", \"number\": 2, \"title\": \"T " RLO "\",\n"
  "      \"start\": \"2020-01-01\",\n"
  "      \"location\": { \"city\": \"City" RLO "\", \"country\": \"BBB\", \"venue\": \"V" RLI "\",\n"
  "                    \"mode\": \"hybrid\" },\n"
  "      \"co-chairs\": [ \"One " RLO "\", \"Two\" ],\n"
  "      \"attendance\": [ { \"participant\": \"AAA\", \"role\": \"participant\" },\n"
  "                      { \"participant\": \"BBB\", \"role\": \"participant\" },\n"
  "                      { \"participant\": \"CCC\", \"role\": \"observer\" } ] },\n"
  "    { \"id\": \"m2\", \"kind\": \"workshop\", \"title\": \"Alone" RLO "\", \"start\": \"2021\",\n"
  "      \"location\": { \"city\": \"Only" RLO "\" } } ] }";

/* Whether a bidi control that a piece of dataset text leaves open reaches
 * past the piece: an embedding or override open outside every isolate when
 * a space or punctuation follows (the separator of a list, say), or an
 * isolate left open to the end of its paragraph after such a separator.
 * (A PDI closes everything opened since its isolate, as the bidi algorithm
 * says; a paragraph ends everything.) */
gboolean
convene_test_leaks_bidi (const char *text)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (gunichar));
  gboolean separated = FALSE;  /* a separator since the bottom of the stack opened */

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean is_isolate;

      if (c == '\0' || c == '\n' || c == 0x2029)
        {
          if (stack->len > 0 && separated)
            return TRUE;
          if (c == '\0')
            return FALSE;
          g_array_set_size (stack, 0);
          continue;
        }

      if (stack->len == 0)
        separated = FALSE;
      is_isolate = stack->len > 0 && g_array_index (stack, gunichar, 0) >= 0x2066;

      if (c == 0x202c)
        {
          /* PDF closes the last embedding or override, not an isolate */
          if (stack->len > 0 && g_array_index (stack, gunichar, stack->len - 1) < 0x2066)
            g_array_set_size (stack, stack->len - 1);
        }
      else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2068))
        g_array_append_val (stack, c);
      else if (c == 0x2069)
        {
          /* PDI closes the last isolate and everything opened inside it */
          while (stack->len > 0)
            {
              gunichar top = g_array_index (stack, gunichar, stack->len - 1);

              g_array_set_size (stack, stack->len - 1);
              if (top >= 0x2066)
                break;
            }
        }
      else if (stack->len > 0 && (g_unichar_isspace (c) || g_unichar_ispunct (c)))
        {
          if (!is_isolate)
            return TRUE;
          separated = TRUE;
        }
    }
}

static void
on_mirrored_changed_cb (GListModel *list,
                        guint       position,
                        guint       removed,
                        guint       added,
                        GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (list, position + i));
}

/* Returns: (transfer full): the items of @list, kept from its
 * "items-changed" only, for as long as the array lives */
GPtrArray *
convene_test_mirror_new (GListModel *list)
{
  GPtrArray *mirror = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (mirror, g_list_model_get_item (list, i));
  g_signal_connect_data (list, "items-changed", G_CALLBACK (on_mirrored_changed_cb),
                         g_ptr_array_ref (mirror), (GClosureNotify) (void (*) (void)) g_ptr_array_unref, 0);
  return mirror;
}

/* The mirror holds the very items of @fresh (a list made anew). */
void
convene_test_assert_mirror (GPtrArray  *mirror,
                            GListModel *fresh)
{
  guint n = g_list_model_get_n_items (fresh);

  g_assert_cmpuint (mirror->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);

      g_assert_true (g_ptr_array_index (mirror, i) == item);
    }
}

static void
assert_figures_equal (const ConveneParticipantFigures *kept,
                      const ConveneParticipantFigures *fresh)
{
  g_assert_cmpuint (kept->recorded, ==, fresh->recorded);
  g_assert_cmpuint (kept->attended, ==, fresh->attended);
  for (guint r = 0; r < G_N_ELEMENTS (fresh->by_role); r++)
    g_assert_cmpuint (kept->by_role[r], ==, fresh->by_role[r]);
  g_assert_true (kept->first == fresh->first);
  g_assert_true (kept->last == fresh->last);
  g_assert_cmpuint (kept->longest_run, ==, fresh->longest_run);
  g_assert_true (kept->run_first == fresh->run_first);
  g_assert_true (kept->run_last == fresh->run_last);
}

/* The dataset's statistics (which follow its edits) hold every figure of
 * statistics counted from scratch: each participant's over every kind and
 * each, the meetings it attended, and each meeting's and year's. */
void
convene_test_assert_statistics (ConveneDataset *dataset)
{
  ConveneStatistics *kept = convene_statistics_get_for_dataset (dataset);
  g_autoptr(ConveneStatistics) fresh = convene_statistics_new (dataset);
  GListModel *participants = convene_dataset_get_participants (dataset);
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  guint n_kinds = convene_statistics_get_n_kinds (fresh);

  g_assert_cmpuint (convene_statistics_get_n_kinds (kept), ==, n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    g_assert_true (convene_statistics_get_kind (kept, k) == convene_statistics_get_kind (fresh, k));
  for (guint k = 0; k <= n_kinds; k++)
    {
      const char *kind = k < n_kinds ? convene_statistics_get_kind (fresh, k) : NULL;

      g_assert_cmpuint (convene_statistics_get_n_meetings (kept, kind), ==,
                        convene_statistics_get_n_meetings (fresh, kind));
      g_assert_cmpuint (convene_statistics_get_n_recorded (kept, kind), ==,
                        convene_statistics_get_n_recorded (fresh, kind));
      for (guint y = convene_statistics_get_first_year (fresh);
           y > 0 && y <= convene_statistics_get_last_year (fresh); y++)
        g_assert_cmpuint (convene_statistics_get_meetings_in_year (kept, y, kind), ==,
                          convene_statistics_get_meetings_in_year (fresh, y, kind));
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);

          assert_figures_equal (convene_statistics_get_figures (kept, p, kind),
                                convene_statistics_get_figures (fresh, p, kind));
        }
    }
  g_assert_cmpuint (convene_statistics_get_first_year (kept), ==, convene_statistics_get_first_year (fresh));
  g_assert_cmpuint (convene_statistics_get_last_year (kept), ==, convene_statistics_get_last_year (fresh));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
      guint n_kept, n_fresh;
      const ConveneAttended *a = convene_statistics_get_attended (kept, p, &n_kept);
      const ConveneAttended *b = convene_statistics_get_attended (fresh, p, &n_fresh);

      g_assert_cmpuint (n_kept, ==, n_fresh);
      for (guint j = 0; j < n_fresh; j++)
        {
          g_assert_true (a[j].meeting == b[j].meeting);
          g_assert_cmpint (a[j].role, ==, b[j].role);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

      g_assert_true (convene_statistics_get_previous (kept, m) == convene_statistics_get_previous (fresh, m));
      for (ConveneRole role = CONVENE_ROLE_PARTICIPANT; role <= CONVENE_ROLE_CO_CHAIR; role++)
        g_assert_cmpuint (convene_statistics_get_delegation (kept, m, role), ==,
                          convene_statistics_get_delegation (fresh, m, role));
    }
}
