/* test-matrix-view.c: the Attendance page, and the words the window uses
 * for kinds and names, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "convene-matrix-view.h"
#include "convene-meeting-row.h"
#include "convene-meetings-view.h"
#include "convene-test-gui.h"
#include "convene-test-widgets.h"

/* The ids of kinds.json's kinds: none may reach a person */
static const char * const kind_ids[] = { "task-force", "working-group", "commemoration", "ahg-som" };

static void
assert_no_kind_id (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_ids); i++)
    if (strstr (text, kind_ids[i]) != NULL)
      g_error ("the kind id “%s” is shown in “%s”", kind_ids[i], text);
}

static char *
dropdown_labels (GtkDropDown *dropdown)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  GString *labels = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_string_append_printf (labels, "%s%s", i > 0 ? "|" : "",
                            gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  return g_string_free (labels, FALSE);
}

static gboolean
is_menu_button_labelled (GtkWidget     *widget,
                         gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;
}

/* Kinds are shown by their labels everywhere: the filter's dropdown, the
 * list's rows, the detail pane, the matrix's kind menu and button. */
static void
test_kind_labels (void)
{
  ConveneWindow *window = convene_test_window_with ("kinds.json");
  ConveneMeetingsView *meetings = convene_window_get_meetings_view (window);
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkDropDown *kind_dropdown = GTK_DROP_DOWN (convene_test_find_of_type (GTK_WIDGET (meetings), GTK_TYPE_DROP_DOWN));
  ConveneMatrixView *view;
  GtkMenuButton *kind_button = NULL;
  g_autofree char *labels = dropdown_labels (kind_dropdown);
  g_autofree char *menu = NULL;
  g_autofree char *shown = NULL;

  /* declared kinds in the file's order, then the others */
  g_assert_cmpstr (labels, ==, "All kinds|Technical Experts Working Group|Regional Workshop|Commemoration|"
                               "Task force|Ad Hoc Group Senior Officials’ Meeting");

  g_assert_true (convene_meetings_view_select_meeting (meetings, "wg-1"));
  convene_test_flush_events ();
  shown = convene_test_dup_shown_text (GTK_WIDGET (window));
  assert_no_kind_id (shown);
  g_assert_true (strstr (shown, "Technical Experts Working Group") != NULL);
  g_assert_true (strstr (shown, "Task force") != NULL);
  g_clear_pointer (&shown, g_free);

  adw_view_stack_set_visible_child_name (stack, "attendance");
  convene_test_flush_events ();
  view = convene_window_get_matrix_view (window);
  g_object_set (view, "kind", "task-force", NULL);
  convene_test_flush_events ();
  kind_button = GTK_MENU_BUTTON (convene_test_find_widget (GTK_WIDGET (view), is_menu_button_labelled, "Task force"));
  g_assert_nonnull (kind_button);
  menu = convene_test_menu_labels (gtk_menu_button_get_menu_model (kind_button));
  g_assert_cmpstr (menu, ==, "All Kinds|Technical Experts Working Group|Regional Workshop|Commemoration|"
                             "Task force|Ad Hoc Group Senior Officials’ Meeting");
  shown = convene_test_dup_shown_text (GTK_WIDGET (window));
  assert_no_kind_id (shown);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_participant_dropdown (GtkWidget     *widget,
                         gconstpointer  data)
{
  GListModel *model;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));
  return model != NULL && g_list_model_get_n_items (model) > 0 &&
         g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), "Anyone") == 0;
}

/* The participant filter lists names as a reader expects them, not by
 * their bytes ("ASEAN Secretariat" after "Afghanistan", "Úc" before "Việt") */
static void
test_participant_filter_order (void)
{
  ConveneWindow *window = convene_test_window_with ("collation.json");
  GtkWidget *dropdown = convene_test_find_widget (GTK_WIDGET (convene_window_get_meetings_view (window)),
                                                  is_participant_dropdown, NULL);
  g_autofree char *labels = NULL;

  g_assert_nonnull (dropdown);
  labels = dropdown_labels (GTK_DROP_DOWN (dropdown));
  g_assert_cmpstr (labels, ==, "Anyone|Afghanistan Office|Ấn Độ Office|Anh Office|ASEAN Secretariat|"
                               "Đan Mạch Office|Dubai Office|Úc Office|Việt Nam Office|zambia office");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_back_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.back") == 0;
}

/* On the Attendance page, Search searches the matrix's participants (and not
 * the hidden Meetings page), and Back is not there. */
static void
test_search_on_attendance_page (void)
{
  ConveneWindow *window = convene_test_window_sized ("collation.json", 360, 720);
  ConveneMeetingsView *meetings = convene_window_get_meetings_view (window);
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *back = convene_test_find_widget (GTK_WIDGET (window), is_back_button, NULL);
  ConveneMatrixView *view;
  ConveneMatrix *matrix;
  gboolean search_mode;

  /* a narrow window shows a meeting alone, with Back to the list */
  convene_meetings_view_show_meeting (meetings, "m1");
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_get_visible (back));

  adw_view_stack_set_visible_child_name (stack, "attendance");
  convene_test_flush_events ();
  g_assert_false (gtk_widget_get_visible (back));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL) &&
                  g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "attendance") != 0);

  view = convene_window_get_matrix_view (window);
  matrix = convene_matrix_view_get_matrix (view);
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  convene_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "attendance");
  g_object_get (meetings, "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  g_object_get (view, "search-mode", &search_mode, NULL);
  g_assert_true (search_mode);

  gtk_editable_set_text (GTK_EDITABLE (convene_matrix_view_get_search_entry (view)), "viet");
  /* search-changed comes after a short delay */
  while (convene_matrix_get_n_rows (matrix) == 9)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 1);
  g_assert_cmpstr (convene_participant_get_id (convene_matrix_get_participant (matrix, 0)), ==, "VN");

  /* Escape ends the search, and every row is back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-search", NULL));
  convene_test_flush_events ();
  g_object_get (view, "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 9);

  /* back on Meetings, Back is there again */
  adw_view_stack_set_visible_child_name (stack, "meetings");
  convene_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (back));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The toggle in the participants menu hides rows without attendance */
static void
test_hide_absent (void)
{
  ConveneWindow *window = convene_test_window_with ("collation.json");
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  ConveneMatrixView *view;

  adw_view_stack_set_visible_child_name (stack, "attendance");
  convene_test_flush_events ();
  view = convene_window_get_matrix_view (window);
  g_assert_cmpuint (convene_matrix_get_n_rows (convene_matrix_view_get_matrix (view)), ==, 9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "matrix.hide-absent", NULL));
  g_assert_cmpuint (convene_matrix_get_n_rows (convene_matrix_view_get_matrix (view)), ==, 5);
  /* a new choice of rows keeps it */
  g_object_set (view, "participants", "organisations", NULL);
  g_assert_cmpuint (convene_matrix_get_n_rows (convene_matrix_view_get_matrix (view)), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The participant column shows a short name where there is one; the
 * accessible label (and the tooltip) the name in full */
static void
test_short_names (void)
{
  ConveneWindow *window = convene_test_window_with ("collation.json");
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  ConveneDataset *dataset = convene_window_get_dataset (window);
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  guint row;

  adw_view_stack_set_visible_child_name (stack, "attendance");
  convene_test_flush_events ();
  view = convene_window_get_matrix_view (window);
  grid = convene_matrix_view_get_grid (view);
  g_assert_true (convene_matrix_find_row (convene_matrix_view_get_matrix (view),
                                          convene_dataset_lookup_participant (dataset, "ASEAN"), &row));
  g_assert_cmpstr (convene_matrix_grid_get_row_name (grid, row), ==, "ASEAN");
  convene_matrix_grid_set_focus_cell (grid, row, CONVENE_MATRIX_GRID_NAME_COLUMN);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "\u2068ASEAN Secretariat\u2069: attended 1 of 1 meeting with recorded attendance");
  g_assert_true (convene_matrix_find_row (convene_matrix_view_get_matrix (view),
                                          convene_dataset_lookup_participant (dataset, "AF"), &row));
  g_assert_cmpstr (convene_matrix_grid_get_row_name (grid, row), ==, "Afghanistan Office");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_focus (ConveneMatrixGrid *grid,
              int                row,
              int                column)
{
  int r, c;

  g_assert_true (convene_matrix_grid_get_focus (grid, &r, &c));
  g_assert_cmpint (r, ==, row);
  g_assert_cmpint (c, ==, column);
}

/* A screen reader's view of the grid: its size in its description; the
 * keys reach the meeting headers and the column totals above the rows, each
 * described in words, as the cells and names are. */
static void
test_grid_keyboard_and_accessible (void)
{
  ConveneWindow *window = convene_test_window_with ("seed-record.json");
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  ConveneMatrix *matrix;
  GtkWidget *entry;
  g_autofree char *described = NULL;
  g_autofree char *totals = NULL;
  guint row, column, n_rows;

  adw_view_stack_set_visible_child_name (stack, "attendance");
  convene_test_flush_events ();
  view = convene_window_get_matrix_view (window);
  grid = convene_matrix_view_get_grid (view);
  matrix = convene_matrix_view_get_matrix (view);
  n_rows = convene_matrix_get_n_rows (matrix);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_ROLE_GRID);
  {
    g_autofree char *size = g_strdup_printf ("%u participants × 11 meetings. Arrow keys move between cells; "
                                             "Enter opens the meeting, or on a name, the meetings the "
                                             "participant attended", n_rows);

    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, size);
  }
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_RELATION_ROW_COUNT, n_rows + 2);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_RELATION_COL_COUNT, 12);

  /* from a cell of the first row, Up reaches the column totals, then the headers */
  g_assert_true (convene_matrix_find_column (matrix, "ahg-som-10", &column));
  convene_matrix_grid_set_focus_cell (grid, 0, column);
  described = convene_meeting_describe (convene_matrix_get_meeting (matrix, column));
  totals = g_strdup_printf ("%s · %u participants shown attended", described,
                            convene_matrix_get_column_attended (matrix, column));
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column), ==, 18);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Up, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_TOTALS_ROW, column);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, totals);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Up, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_HEADER_ROW, column);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, described);
  /* no further up; Home goes to the corner, End to the last header */
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Up, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_HEADER_ROW, column);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Home, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_HEADER_ROW, CONVENE_MATRIX_GRID_NAME_COLUMN);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, "Participant");
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Down, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_TOTALS_ROW, CONVENE_MATRIX_GRID_NAME_COLUMN);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Participants attending");
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_End, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_TOTALS_ROW, 10);

  /* Page Down and Ctrl+End go into the rows; Ctrl+Home back to the headers */
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Page_Down, 0));
  g_assert_true (convene_matrix_grid_get_focus_cell (grid, &row, NULL));
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_End, GDK_CONTROL_MASK));
  assert_focus (grid, (int) n_rows - 1, 10);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Home, GDK_CONTROL_MASK));
  assert_focus (grid, CONVENE_MATRIX_GRID_HEADER_ROW, 10);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Page_Up, 0));
  assert_focus (grid, CONVENE_MATRIX_GRID_HEADER_ROW, 10);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Down, 0));
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Down, 0));
  assert_focus (grid, 0, 10);

  /* a cell's description still works, and the size follows a search */
  g_assert_true (convene_matrix_find_row (matrix, convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN"), &row));
  convene_matrix_grid_set_focus_cell (grid, row, column);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "\u2068Canada\u2069: observer, 10th \u2068Ad Hoc Group Senior Officials’ "
                                       "Meeting\u2069, \u2068Bangkok\u2069, \u2068Thailand\u2069, 2 February 2016");
  g_object_set (view, "search-mode", TRUE, NULL);
  entry = convene_matrix_view_get_search_entry (view);
  gtk_editable_set_text (GTK_EDITABLE (entry), "canada");
  while (convene_matrix_get_n_rows (matrix) == n_rows)
    g_main_context_iteration (NULL, TRUE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "1 participant × 11 meetings. Arrow keys move between cells; "
                                       "Enter opens the meeting, or on a name, the meetings the "
                                       "participant attended");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/matrix-view/kind-labels", test_kind_labels);
  g_test_add_func ("/matrix-view/participant-filter-order", test_participant_filter_order);
  g_test_add_func ("/matrix-view/search-on-attendance-page", test_search_on_attendance_page);
  g_test_add_func ("/matrix-view/hide-absent", test_hide_absent);
  g_test_add_func ("/matrix-view/short-names", test_short_names);
  g_test_add_func ("/matrix-view/grid-keyboard-and-accessible", test_grid_keyboard_and_accessible);

  return g_test_run ();
}
