/* test-matrix-grid.c: the attendance grid widget on its own, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-dataset-loader.h"
#include "convene-matrix.h"
#include "convene-matrix-grid.h"
#include "convene-test-data.h"
#include "convene-test-gui.h"
#include "convene-test-widgets.h"

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

/* Where the focus cell is after a key: (row, column) */
static void
assert_key_moves_to (GtkWidget       *grid,
                     guint            keyval,
                     GdkModifierType  modifiers,
                     int              row,
                     int              column)
{
  int focus_row = G_MININT, focus_column = G_MININT;

  g_assert_true (convene_test_press_key (grid, keyval, modifiers));
  g_assert_true (convene_matrix_grid_get_focus (CONVENE_MATRIX_GRID (grid), &focus_row, &focus_column));
  g_assert_cmpint (focus_row, ==, row);
  g_assert_cmpint (focus_column, ==, column);
}

static void
on_meeting_activated_cb (GtkWidget       *grid,
                         ConveneMeeting  *meeting,
                         ConveneMeeting **out)
{
  g_set_object (out, meeting);
}

static void
on_participant_activated_cb (GtkWidget           *grid,
                             ConveneParticipant  *participant,
                             ConveneParticipant **out)
{
  g_set_object (out, participant);
}

/* The keys move the focus cell through the header rows, the participant
 * column and the cells, a page (what the view shows, less one) or to the
 * end at a time, and never out of the grid; Enter activates what the cell
 * is. */
static void
test_keyboard (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *grid = convene_matrix_grid_new ();
  GtkAdjustment *vadjustment, *hadjustment;
  int page_rows, page_columns;
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (30, 25);
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMeeting) meeting = NULL;
  g_autoptr(ConveneParticipant) participant = NULL;
  const int last_row = (int) convene_matrix_get_n_rows (matrix) - 1;
  const int last_column = (int) convene_matrix_get_n_columns (matrix) - 1;
  const int header = CONVENE_MATRIX_GRID_HEADER_ROW;
  const int totals = CONVENE_MATRIX_GRID_TOTALS_ROW;
  const int names = CONVENE_MATRIX_GRID_NAME_COLUMN;

  g_assert_cmpint (last_row, >, 12);
  g_assert_cmpint (last_column, >, 6);
  convene_matrix_grid_set_matrix (CONVENE_MATRIX_GRID (grid), matrix);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), grid);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 420);
  gtk_window_present (GTK_WINDOW (window));
  convene_test_wait_frames (window, 3);

  /* a page: the rows and columns in view, less one (the step is a cell) */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (grid));
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (grid));
  page_rows = (int) (gtk_adjustment_get_page_size (vadjustment) / gtk_adjustment_get_step_increment (vadjustment)) - 1;
  page_columns =
    (int) (gtk_adjustment_get_page_size (hadjustment) / gtk_adjustment_get_step_increment (hadjustment)) - 1;
  g_assert_cmpint (page_rows, >=, 2);
  g_assert_cmpint (page_rows, <, last_row);
  g_assert_cmpint (page_columns, >=, 2);
  g_assert_cmpint (page_columns, <, last_column);
  /* taking the keyboard focus, the grid focuses the first cell in view */
  {
    int row, column;

    g_assert_true (gtk_widget_has_focus (grid));
    g_assert_true (convene_matrix_grid_get_focus (CONVENE_MATRIX_GRID (grid), &row, &column));
    g_assert_cmpint (row, ==, 0);
    g_assert_cmpint (column, ==, 0);
  }

  /* from the first cell */
  assert_key_moves_to (grid, GDK_KEY_Right, 0, 0, 1);
  assert_key_moves_to (grid, GDK_KEY_Down, 0, 1, 1);
  assert_key_moves_to (grid, GDK_KEY_KP_Left, 0, 1, 0);
  assert_key_moves_to (grid, GDK_KEY_Left, 0, 1, names);
  assert_key_moves_to (grid, GDK_KEY_Left, 0, 1, names);
  assert_key_moves_to (grid, GDK_KEY_End, 0, 1, last_column);
  assert_key_moves_to (grid, GDK_KEY_Right, 0, 1, last_column);
  assert_key_moves_to (grid, GDK_KEY_Home, 0, 1, names);

  /* up through the column totals to the meeting headers, and no further */
  assert_key_moves_to (grid, GDK_KEY_Right, 0, 1, 0);
  assert_key_moves_to (grid, GDK_KEY_Up, 0, 0, 0);
  assert_key_moves_to (grid, GDK_KEY_Up, 0, totals, 0);
  assert_key_moves_to (grid, GDK_KEY_KP_Up, 0, header, 0);
  assert_key_moves_to (grid, GDK_KEY_Up, 0, header, 0);
  assert_key_moves_to (grid, GDK_KEY_Down, 0, totals, 0);
  assert_key_moves_to (grid, GDK_KEY_Down, 0, 0, 0);

  /* pages and ends */
  assert_key_moves_to (grid, GDK_KEY_Page_Down, 0, page_rows, 0);
  assert_key_moves_to (grid, GDK_KEY_Page_Up, 0, 0, 0);
  assert_key_moves_to (grid, GDK_KEY_Page_Up, 0, header, 0);
  assert_key_moves_to (grid, GDK_KEY_End, GDK_CONTROL_MASK, last_row, 0);
  assert_key_moves_to (grid, GDK_KEY_Page_Down, 0, last_row, 0);
  assert_key_moves_to (grid, GDK_KEY_Down, 0, last_row, 0);
  assert_key_moves_to (grid, GDK_KEY_Page_Down, GDK_SHIFT_MASK, last_row, page_columns);
  /* the focus cell is in view */
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment), >=,
                     (last_row + 1) * gtk_adjustment_get_step_increment (vadjustment));
  assert_key_moves_to (grid, GDK_KEY_Page_Up, GDK_SHIFT_MASK, last_row, 0);
  assert_key_moves_to (grid, GDK_KEY_Home, GDK_CONTROL_MASK, header, 0);

  /* Enter on a cell or a header: its meeting; on a name: its participant */
  g_signal_connect (grid, "meeting-activated", G_CALLBACK (on_meeting_activated_cb), &meeting);
  g_signal_connect (grid, "participant-activated", G_CALLBACK (on_participant_activated_cb), &participant);
  g_assert_true (gtk_widget_activate_action (grid, "grid.activate-cell", NULL));
  g_assert_true (meeting == convene_matrix_get_meeting (matrix, 0));
  convene_matrix_grid_set_focus_cell (CONVENE_MATRIX_GRID (grid), 3, 2);
  g_assert_true (convene_test_press_key (grid, GDK_KEY_Return, 0));
  g_assert_true (meeting == convene_matrix_get_meeting (matrix, 2));
  g_assert_null (participant);
  convene_matrix_grid_set_focus_cell (CONVENE_MATRIX_GRID (grid), 3, names);
  g_assert_true (convene_test_press_key (grid, GDK_KEY_space, 0));
  g_assert_true (participant == convene_matrix_get_participant (matrix, 3));

  /* a new order keeps the participant and the meeting focused */
  convene_matrix_grid_set_focus_cell (CONVENE_MATRIX_GRID (grid), 3, 2);
  g_set_object (&participant, convene_matrix_get_participant (matrix, 3));
  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_ATTENDANCE);
  {
    guint row;
    int column;

    g_assert_true (convene_matrix_grid_get_focus_cell (CONVENE_MATRIX_GRID (grid), &row, &column));
    g_assert_true (convene_matrix_get_participant (matrix, row) == participant);
    g_assert_cmpint (column, ==, 2);
  }

  g_signal_handlers_disconnect_by_data (grid, &meeting);
  g_signal_handlers_disconnect_by_data (grid, &participant);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/matrix-grid/measure-without-rows", test_measure_without_rows);
  g_test_add_func ("/matrix-grid/keyboard", test_keyboard);

  return g_test_run ();
}
