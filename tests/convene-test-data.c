/* convene-test-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-test-data.h"

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
