/* test-matrix-grid.c: the attendance grid widget on its own, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-dataset-loader.h"
#include "convene-matrix.h"
#include "convene-matrix-grid.h"

#define EMPTY_DATASET \
  "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Empty\", " \
  "\"participants\": [], \"meetings\": [] }"

/* GTK warns (fatal in tests) when a widget's natural size is below its minimum */
static void
assert_sizes_consistent (GtkWidget *widget)
{
  for (int o = 0; o < 2; o++)
    {
      int minimum = -1, natural = -1;

      gtk_widget_measure (widget, o, -1, &minimum, &natural, NULL, NULL);
      g_assert_cmpint (minimum, >, 0);
      g_assert_cmpint (natural, >=, minimum);
    }
}

static void
test_measure_without_rows (void)
{
  GtkWidget *grid = g_object_ref_sink (convene_matrix_grid_new ());
  g_autoptr(ConveneDataset) empty = NULL;
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  /* no matrix yet (the Attendance page before a dataset is shown) */
  assert_sizes_consistent (grid);

  /* a dataset with no participants and no meetings */
  bytes = g_bytes_new_static (EMPTY_DATASET, strlen (EMPTY_DATASET));
  empty = convene_dataset_new_from_bytes (bytes, "empty.json", &error);
  g_assert_no_error (error);
  matrix = convene_matrix_new (empty, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  convene_matrix_grid_set_matrix (CONVENE_MATRIX_GRID (grid), matrix);
  assert_sizes_consistent (grid);

  g_object_unref (grid);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/matrix-grid/measure-without-rows", test_measure_without_rows);

  return g_test_run ();
}
