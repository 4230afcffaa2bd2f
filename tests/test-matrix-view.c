/* test-matrix-view.c: the Attendance page, and the words the window uses
 * for kinds and names, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "convene-matrix-view.h"
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/matrix-view/kind-labels", test_kind_labels);
  g_test_add_func ("/matrix-view/participant-filter-order", test_participant_filter_order);

  return g_test_run ();
}
