/* test-window.c: the main window, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-window.h"

static void
wait_for_load (ConveneWindow *window)
{
  gboolean loading = TRUE;

  while (loading)
    {
      g_main_context_iteration (NULL, TRUE);
      g_object_get (window, "loading", &loading, NULL);
    }
}

static void
open_test_file (ConveneWindow *window,
                const char    *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", name, NULL));

  convene_window_open_file (window, file);
  wait_for_load (window);
}

static void
test_shows_bundled (void)
{
  ConveneWindow *window = convene_window_new (NULL);
  ConveneDataset *dataset = convene_window_get_dataset (window);

  g_assert_nonnull (dataset);
  g_assert_true (convene_dataset_is_bundled (dataset));
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bad file leaves what was shown in place. */
static void
test_bad_file_keeps_data (void)
{
  ConveneWindow *window = convene_window_new (NULL);

  open_test_file (window, "cli-two-meetings.json");
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");

  open_test_file (window, "cli-end-before-start.json");
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");
  g_assert_cmpuint (convene_dataset_get_n_meetings (convene_window_get_dataset (window)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/shows-bundled", test_shows_bundled);
  g_test_add_func ("/window/bad-file-keeps-data", test_bad_file_keeps_data);

  return g_test_run ();
}
