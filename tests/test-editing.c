/* test-editing.c: keeping a record in the window, under a virtual display
 *
 * A title edited in the detail pane's edit mode is followed by the list
 * row, the search, the matrix and the printed summary, and Undo puts all
 * back; the window's title marks unsaved changes; closing with changes
 * asks Save, Discard or Cancel; a deleted meeting comes back with Undo;
 * Ctrl+Z in a field undoes the document, not the entry; Save writes the
 * file, Save keeps the bundled record as it is; a file another program
 * changes is loaded again (the selection kept), or, with unsaved changes,
 * the window asks, and Save asks before replacing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "convene-attendance-editor.h"
#include "convene-country-names.h"
#include "convene-dataset-dialog.h"
#include "convene-dataset-loader.h"
#include "convene-draft.h"
#include "convene-matrix-grid.h"
#include "convene-matrix-view.h"
#include "convene-meeting-editor.h"
#include "convene-meeting-row.h"
#include "convene-meetings-view.h"
#include "convene-participant-dialog.h"
#include "convene-test-gui.h"
#include "convene-test-widgets.h"
#include "convene-window.h"

#define NEW_TITLE "Renamed meeting xyzzy"

/* The title row of the editor shown in @window, edit mode on */
static GtkWidget *
title_row (ConveneWindow *window)
{
  GtkWidget *editor = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MEETING_EDITOR);
  GtkWidget *row;

  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  row = convene_test_find_row (editor, "Title");
  g_assert_nonnull (row);
  return row;
}

static void
edit_title (ConveneWindow *window,
            const char    *id,
            const char    *title)
{
  g_autoptr(GVariant) editing = g_action_group_get_action_state (G_ACTION_GROUP (window), "edit-mode");

  convene_window_show_meeting (window, id);
  if (!g_variant_get_boolean (editing))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-mode", NULL);
  convene_test_flush_events ();
  gtk_editable_set_text (GTK_EDITABLE (title_row (window)), title);
  convene_test_flush_events ();
}

/* What the matrix tells a screen reader of the first cell of @meeting's
 * column, focused */
static char *
dup_matrix_header (ConveneWindow  *window,
                   ConveneMeeting *meeting)
{
  ConveneMatrixView *view = convene_window_get_matrix_view (window);
  ConveneMatrix *matrix = convene_matrix_view_get_matrix (view);
  ConveneMatrixGrid *grid = convene_matrix_view_get_grid (view);

  for (guint i = 0; i < convene_matrix_get_n_columns (matrix); i++)
    if (convene_matrix_get_meeting (matrix, i) == meeting)
      {
        convene_matrix_grid_set_focus_cell (grid, 0, (int) i);
        return convene_matrix_describe_cell (matrix, 0, i);
      }
  g_assert_not_reached ();
}

/* A meeting of the bundled record that the matrix names by its title (one
 * without a number) */
static ConveneMeeting *
find_unnumbered (ConveneDataset *dataset)
{
  GListModel *meetings = convene_dataset_get_meetings (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);

      if (convene_meeting_get_number (meeting) == 0 && convene_meeting_get_attendance_recorded (meeting))
        return meeting;
    }
  g_assert_not_reached ();
}

static void
test_title_follows (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeeting *meeting = find_unnumbered (convene_window_get_dataset (window));
  g_autofree char *old_title = g_strdup (convene_meeting_get_title (meeting));
  g_autoptr(ConvenePrintLayout) layout = NULL;
  ConvenePageGeometry geometry;
  g_autofree char *page = NULL;
  g_autofree char *header = NULL;
  GListModel *listed;

  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  edit_title (window, convene_meeting_get_id (meeting), NEW_TITLE);
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, NEW_TITLE);

  /* the window's title marks the change */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* the list row */
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), NEW_TITLE));

  /* the search */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (convene_meetings_view_get_search_entry (view)), "xyzzy");
  /* the entry waits a moment before it reports the change */
  while (g_strcmp0 (convene_meeting_filter_get_query (convene_meetings_view_get_filter (view)), "xyzzy") != 0)
    g_main_context_iteration (NULL, TRUE);
  convene_test_flush_events ();
  listed = convene_meetings_view_get_visible_meetings (view);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, 1);
  g_assert_true (g_list_model_get_item (listed, 0) == (gpointer) meeting);
  g_object_unref (meeting);  /* the reference get_item gave */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.end-search", NULL);
  convene_test_flush_events ();

  /* the printed summary */
  layout = convene_meetings_view_create_print_layout (view, CONVENE_MEETINGS_SELECTED);
  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_print_layout_paginate (layout, &geometry);
  page = convene_print_layout_dup_page_text (layout, 0);
  g_assert_nonnull (strstr (page, NEW_TITLE));

  /* the matrix */
  header = dup_matrix_header (window, meeting);
  g_assert_nonnull (strstr (header, NEW_TITLE));
  gtk_test_accessible_assert_property (convene_matrix_view_get_grid (convene_window_get_matrix_view (window)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, header);

  /* Undo: everything as it was */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  convene_test_flush_events ();
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, old_title);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_false (convene_test_shows_text (GTK_WIDGET (view), NEW_TITLE));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row (window))), ==, old_title);
  g_clear_pointer (&header, g_free);
  header = dup_matrix_header (window, meeting);
  g_assert_null (strstr (header, NEW_TITLE));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Z in a field: the document's Undo (the entry's own is off) */
static void
test_ctrl_z (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (convene_window_get_dataset (window), "ahg-som-14");
  g_autofree char *old_title = g_strdup (convene_meeting_get_title (meeting));
  GtkWidget *row;

  edit_title (window, "ahg-som-14", NEW_TITLE);
  row = title_row (window);
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (row)));
  g_assert_true (convene_test_press_key (GTK_WIDGET (window), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, old_title);
  g_assert_true (convene_test_press_key (GTK_WIDGET (window), GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, NEW_TITLE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Answers @dialog as a click on its button labelled @label does */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = convene_test_find_widget (GTK_WIDGET (dialog), is_button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
test_close_with_changes (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *weak = GTK_WIDGET (window);

  /* no changes: no question */
  g_assert_false (GTK_WINDOW_GET_CLASS (window)->close_request (GTK_WINDOW (window)));

  edit_title (window, "ahg-som-14", NEW_TITLE);
  gtk_window_close (GTK_WINDOW (window));
  convene_test_flush_events ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  /* Cancel: the window and its changes stay, no other question */
  click_response (dialog, "_Cancel");
  convene_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (find_dialog ());
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Discard: the window closes */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_close (GTK_WINDOW (window));
  convene_test_flush_events ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  click_response (dialog, "_Discard");
  while (weak != NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_delete_undo (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  guint n = convene_dataset_get_n_meetings (dataset);

  convene_window_show_meeting (window, "ahg-som-14");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-meeting", NULL);
  convene_test_flush_events ();
  g_assert_null (convene_dataset_lookup_meeting (dataset, "ahg-som-14"));
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, n - 1);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  convene_test_flush_events ();
  g_assert_nonnull (convene_dataset_lookup_meeting (dataset, "ahg-som-14"));
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, n);

  /* a new meeting opens in edit mode, its title to be written */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting", NULL);
  convene_test_flush_events ();
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, n + 1);
  g_assert_true (gtk_widget_has_css_class (title_row (window), "error"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save writes the dataset's own file; the file read back has the change */
static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-editing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "copy.convene.json", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "matrix-small.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConveneDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  ConveneWindow *window;
  ConveneMeeting *meeting;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  window = convene_test_window_with (NULL);
  convene_window_open_file (window, file);
  while (convene_dataset_get_file (convene_window_get_dataset (window)) == NULL ||
         !g_file_equal (convene_dataset_get_file (convene_window_get_dataset (window)), file))
    g_main_context_iteration (NULL, TRUE);
  convene_test_flush_events ();
  meeting = g_list_model_get_item (convene_dataset_get_meetings (convene_window_get_dataset (window)), 0);
  edit_title (window, convene_meeting_get_id (meeting), NEW_TITLE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "))
    g_main_context_iteration (NULL, TRUE);
  reloaded = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (reloaded, convene_meeting_get_id (meeting))),
                   ==, NEW_TITLE);
  g_object_unref (meeting);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Copies tests/data/@name to a new folder; returns its path there */
static char *
copy_data_file (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-editing-XXXXXX", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

static void
remove_copy (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Opens @file in a window showing the bundled record, and waits */
static void
open_and_wait (ConveneWindow *window,
               GFile         *file)
{
  convene_window_open_file (window, file);
  while (convene_dataset_get_file (convene_window_get_dataset (window)) == NULL ||
         !g_file_equal (convene_dataset_get_file (convene_window_get_dataset (window)), file))
    g_main_context_iteration (NULL, TRUE);
  convene_test_flush_events ();
}

/* Another program writes @path: @from replaced by @to in what it holds */
static void
write_as_another_program (const char *path,
                          const char *from,
                          const char *to)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *changed = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  parts = g_strsplit (contents, from, 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv (to, parts);
  /* a file's etag is its modification time: a moment later */
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
}

static gboolean
dataset_replaced (ConveneWindow  *window,
                  ConveneDataset *old)
{
  return convene_window_get_dataset (window) != old;
}

/* Runs the main loop until @window shows another dataset than @old, or
 * shows a dialog; at most 10 s (the file monitor's rate) */
static void
wait_for_reload_or_dialog (ConveneWindow  *window,
                           ConveneDataset *old)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean loading = FALSE;

  while ((!dataset_replaced (window, old) || loading) && find_dialog () == NULL &&
         g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      g_object_get (window, "loading", &loading, NULL);
    }
  convene_test_flush_events ();
}

/* The file shown, changed by another program: loaded again when there are
 * no unsaved changes, the selected meeting kept; with unsaved changes the
 * window asks (Keep Editing, Reload) and, kept, Save asks before replacing
 * the other program's file */
static void
test_changed_on_disk (void)
{
  g_autofree char *path = copy_data_file ("matrix-small.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConveneDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  AdwMessageDialog *dialog;
  ConveneDataset *old;

  open_and_wait (window, file);
  convene_window_show_meeting (window, "som-2");
  convene_test_flush_events ();

  /* no unsaved changes: the list follows the file, som-2 still selected */
  old = convene_window_get_dataset (window);
  write_as_another_program (path, "\"Third Meeting\"", "\"Third Meeting, renamed elsewhere\"");
  wait_for_reload_or_dialog (window, old);
  g_assert_null (find_dialog ());
  g_assert_true (dataset_replaced (window, old));
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), "Third Meeting, renamed elsewhere"));
  g_assert_cmpstr (convene_meeting_get_id (convene_meetings_view_get_selected_meeting (view)), ==, "som-2");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* unsaved changes: a question, which stays until answered */
  edit_title (window, "som-2", NEW_TITLE);
  old = convene_window_get_dataset (window);
  write_as_another_program (path, "\"First Meeting\"", "\"First Meeting, renamed elsewhere\"");
  wait_for_reload_or_dialog (window, old);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (convene_window_get_dataset (window) == old);
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "keep");
  click_response (dialog, "_Keep Editing");
  convene_test_flush_events ();
  g_assert_null (find_dialog ());
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (old, "som-2")), ==, NEW_TITLE);

  /* kept: Save asks before replacing the other program's file */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while ((dialog = find_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, NEW_TITLE));
  click_response (dialog, "_Replace");
  while (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "))
    g_main_context_iteration (NULL, TRUE);
  saved = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (saved, "som-2")), ==, NEW_TITLE);

  /* Reload: the other program's file, the changes gone */
  edit_title (window, "som-3", NEW_TITLE " again");
  old = convene_window_get_dataset (window);
  write_as_another_program (path, "\"A workshop\"", "\"A workshop, renamed elsewhere\"");
  wait_for_reload_or_dialog (window, old);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  click_response (dialog, "_Reload");
  wait_for_reload_or_dialog (window, old);
  g_assert_true (dataset_replaced (window, old));
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (convene_window_get_dataset (window), "som-3")),
                   ==, "Third Meeting, renamed elsewhere");
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), "A workshop, renamed elsewhere"));
  g_assert_cmpstr (convene_meeting_get_id (convene_meetings_view_get_selected_meeting (view)), ==, "som-3");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  gtk_window_destroy (GTK_WINDOW (window));
  remove_copy (path);
}

static guint
n_drafts (void)
{
  g_autoptr(GListModel) drafts = convene_draft_list ();

  return g_list_model_get_n_items (drafts);
}

static void
discard_drafts (void)
{
  g_autoptr(GListModel) drafts = convene_draft_list ();

  for (guint i = 0; i < g_list_model_get_n_items (drafts); i++)
    {
      g_autoptr(ConveneDraft) draft = g_list_model_get_item (drafts, i);

      g_assert_true (convene_draft_discard (draft, NULL));
    }
}

/* Convene stops (a crash) a few seconds after a change: the next window
 * offers the draft, and restoring it shows the changes, unsaved, a rule
 * broken at the time shown on its field */
static void
test_draft_restored (void)
{
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  const char *broken = convene_meeting_get_id (find_unnumbered (bundled));
  ConveneWindow *window;
  ConveneDataset *dataset;
  AdwMessageDialog *dialog;

  if (g_test_subprocess ())
    {
      gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      window = convene_test_window_with (NULL);
      edit_title (window, "ahg-som-14", NEW_TITLE);
      edit_title (window, broken, "");
      /* the window writes a draft a few seconds after the last change */
      while (n_drafts () == 0 && g_get_monotonic_time () < until)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (10000);
        }
      g_assert_cmpuint (n_drafts (), ==, 1);
      abort ();
    }

  discard_drafts ();
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  g_assert_cmpuint (n_drafts (), ==, 1);

  window = convene_test_window_with (NULL);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  convene_window_offer_draft (window);
  while ((dialog = find_dialog ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  click_response (dialog, "_Restore");
  convene_test_flush_events ();

  dataset = convene_window_get_dataset (window);
  g_assert_false (dataset == bundled);
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (dataset, "ahg-som-14")), ==, NEW_TITLE);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  convene_window_show_meeting (window, "ahg-som-14");
  /* laid out: its row and the pane show in the next frames */
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  g_assert_true (convene_test_shows_text (GTK_WIDGET (convene_window_get_meetings_view (window)), NEW_TITLE));
  /* the broken rule, on its field */
  edit_title (window, broken, "");
  g_assert_true (gtk_widget_has_css_class (title_row (window), "error"));

  gtk_window_destroy (GTK_WINDOW (window));
  discard_drafts ();
}

/* The matrix in edit mode: keys set a cell's role, N marks a column not
 * recorded; the grid shows each edit as it is made; each undoes alone */
static void
test_matrix (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneMatrixView *view = convene_window_get_matrix_view (window);
  ConveneMatrixGrid *grid = convene_matrix_view_get_grid (view);
  ConveneMatrix *matrix = convene_matrix_view_get_matrix (view);
  ConveneMeeting *meeting = NULL;
  ConveneParticipant *participant;
  guint row = 0, column = 0, attended;
  g_autofree char *label = NULL;

  /* a recorded meeting, and a participant absent from it */
  for (column = 0; column < convene_matrix_get_n_columns (matrix) && meeting == NULL; column++)
    if (convene_matrix_column_is_recorded (matrix, column))
      for (row = 0; row < convene_matrix_get_n_rows (matrix); row++)
        if (convene_matrix_get_role (matrix, row, column) == CONVENE_ROLE_NONE)
          {
            meeting = convene_matrix_get_meeting (matrix, column);
            break;
          }
  g_assert_nonnull (meeting);
  column--;
  participant = convene_matrix_get_participant (matrix, row);
  attended = convene_matrix_get_column_attended (matrix, column);
  convene_matrix_grid_set_focus_cell (grid, row, (int) column);

  /* out of edit mode, letters are not roles */
  g_assert_false (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_o, 0));
  g_assert_cmpint (convene_meeting_get_role (meeting, participant), ==, CONVENE_ROLE_NONE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-mode", NULL);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_o, 0));
  g_assert_cmpint (convene_meeting_get_role (meeting, participant), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (convene_matrix_get_role (matrix, row, column), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column), ==, attended + 1);
  label = convene_matrix_describe_cell (matrix, row, column);
  gtk_test_accessible_assert_property (grid, GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_c, 0));
  g_assert_cmpint (convene_matrix_get_role (matrix, row, column), ==, CONVENE_ROLE_CO_CHAIR);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_Delete, 0));
  g_assert_cmpint (convene_matrix_get_role (matrix, row, column), ==, CONVENE_ROLE_NONE);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column), ==, attended);

  /* N: the column's attendance not recorded; every cell says so */
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_n, 0));
  g_assert_false (convene_meeting_get_attendance_recorded (meeting));
  g_assert_cmpint (convene_matrix_get_role (matrix, 0, column), ==, CONVENE_ROLE_NOT_RECORDED);
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column), ==, 0);

  /* each step undoes alone */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (convene_meeting_get_attendance_recorded (meeting));
  g_assert_cmpuint (convene_matrix_get_column_attended (matrix, column), ==, attended);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (convene_matrix_get_role (matrix, row, column), ==, CONVENE_ROLE_CO_CHAIR);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpint (convene_matrix_get_role (matrix, row, column), ==, CONVENE_ROLE_NONE);
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* leaving edit mode: letters are not roles again */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-mode", NULL);
  g_assert_false (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_p, 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

/* Every control of @widget has a name a screen reader reads */
static void
assert_all_named (GtkWidget *widget)
{
  GtkWidget *unnamed = convene_test_find_unnamed (widget);

  if (unnamed != NULL)
    g_error ("a %s in %s has no name", G_OBJECT_TYPE_NAME (unnamed),
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (unnamed)));
}

/* Participants: renamed, deleted with their attendance (one Undo brings
 * both back), and added from iso-codes with the code filled in */

static void
test_participants (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  ConveneParticipant *canada = convene_dataset_lookup_participant (dataset, "CAN");
  g_autofree char *name = g_strdup (convene_participant_get_name (canada));
  guint n = convene_dataset_get_n_participants (dataset);
  GtkWidget *dialog, *row, *confirm;
  GStrv codes;
  guint fra = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-participant", "s", "CAN");
  convene_test_flush_events ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-participant", NULL);
  convene_test_flush_events ();
  dialog = find_toplevel (CONVENE_TYPE_PARTICIPANT_DIALOG);
  g_assert_nonnull (dialog);
  assert_all_named (dialog);
  convene_test_save_shot (dialog, "participant-edit.png");
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (dialog, "Name")), "Kanada");
  g_assert_cmpstr (convene_participant_get_name (canada), ==, "Kanada");
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (dialog, "Aliases, separated by “;”")),
                         "Dominion; CA ");
  g_assert_cmpstr (convene_participant_get_aliases (canada)[1], ==, "CA");

  /* deleted with its attendance: asked first */
  g_assert_cmpuint (convene_document_count_participant_uses (convene_meeting_detail_get_document (
                      convene_meetings_view_get_detail (convene_window_get_meetings_view (window))), canada), >, 0);
  g_signal_emit_by_name (convene_test_find_widget (dialog, is_button_labelled, "_Delete Participant…"), "clicked");
  convene_test_flush_events ();
  confirm = GTK_WIDGET (find_dialog ());
  g_assert_nonnull (confirm);
  click_response (ADW_MESSAGE_DIALOG (confirm), "_Delete");
  convene_test_flush_events ();
  g_assert_null (convene_dataset_lookup_participant (dataset, "CAN"));
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_true (convene_dataset_lookup_participant (dataset, "CAN") == canada);
  g_assert_cmpstr (convene_participant_get_name (canada), ==, "Kanada");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_cmpstr (convene_participant_get_name (canada), ==, name);

  /* a country from iso-codes: its code and name filled in */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-participant", NULL);
  convene_test_flush_events ();
  dialog = find_toplevel (CONVENE_TYPE_PARTICIPANT_DIALOG);
  g_assert_nonnull (dialog);
  assert_all_named (dialog);
  convene_test_save_shot (dialog, "participant-add.png");
  row = convene_test_find_row (dialog, "Country");
  codes = convene_country_codes ();
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], "FRA"))
      fra = i;
  g_strfreev (codes);
  g_assert_cmpuint (fra, !=, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), fra);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (convene_test_find_row (dialog, "ID"))), ==, "FRA");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (convene_test_find_row (dialog, "Name"))), ==, "France");
  g_signal_emit_by_name (convene_test_find_widget (dialog, is_button_labelled, "_Add"), "clicked");
  convene_test_flush_events ();
  g_assert_nonnull (convene_dataset_lookup_participant (dataset, "FRA"));
  g_assert_true (convene_participant_is_state (convene_dataset_lookup_participant (dataset, "FRA")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs the main loop until @window shows @text, or 10 s went by (the
 * file monitor's rate); whether it does */
static gboolean
wait_for_text (ConveneWindow *window,
               const char    *text)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!convene_test_shows_text (GTK_WIDGET (window), text) && g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  convene_test_flush_events ();
  return convene_test_shows_text (GTK_WIDGET (window), text);
}

/* Waits for every load of @window to end */
static void
settle (ConveneWindow *window)
{
  gboolean loading = TRUE;

  while (loading)
    {
      g_object_get (window, "loading", &loading, NULL);
      if (loading)
        g_main_context_iteration (NULL, TRUE);
    }
  convene_test_flush_events ();
}

/* Opens @file and waits for every load to end (a new window may be
 * opening the dataset opened last, the same file) */
static void
open_and_settle (ConveneWindow *window,
                 GFile         *file)
{
  open_and_wait (window, file);
  settle (window);
}

/* The file shown, moved or deleted by another program: the window keeps
 * the dataset and its unsaved changes, asks nothing, and says so in a
 * toast that stays; Save writes the file again where it was */
static void
test_moved_or_deleted (void)
{
  g_autofree char *path = copy_data_file ("matrix-small.json");
  g_autofree char *moved = g_strconcat (path, ".moved", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConveneDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  const char *toast = "“matrix-small.json” was moved or deleted by another program; Save writes it again";
  ConveneWindow *window = convene_test_window_with (NULL);
  ConveneDataset *shown;

  open_and_settle (window, file);
  edit_title (window, "som-2", NEW_TITLE);
  shown = convene_window_get_dataset (window);
  g_assert_false (convene_test_shows_text (GTK_WIDGET (window), toast));

  /* moved: said, and nothing else */
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  g_assert_true (wait_for_text (window, toast));
  g_assert_null (find_dialog ());
  g_assert_true (convene_window_get_dataset (window) == shown);
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (shown, "som-2")), ==, NEW_TITLE);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  /* the toast stays */
  convene_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (convene_test_shows_text (GTK_WIDGET (window), toast));

  /* Save writes it again, where it was */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ") && find_dialog () == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (find_dialog ());
  saved = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (saved, "som-2")), ==, NEW_TITLE);
  gtk_window_destroy (GTK_WINDOW (window));

  /* deleted, with no unsaved changes: said too, the dataset kept */
  window = convene_test_window_with (NULL);
  open_and_settle (window, file);
  shown = convene_window_get_dataset (window);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (wait_for_text (window, toast));
  g_assert_null (find_dialog ());
  g_assert_true (convene_window_get_dataset (window) == shown);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_unlink (moved), ==, 0);
  {
    g_autofree char *dir = g_path_get_dirname (path);

    g_assert_cmpint (g_rmdir (dir), ==, 0);
  }
}

/* The dialog of @type shown over @window */
static GtkWidget *
dialog_of (ConveneWindow *window,
           GType          type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
          gtk_window_get_transient_for (GTK_WINDOW (toplevel)) == GTK_WINDOW (window))
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

/* Adds a participant through the New Participant dialog: a country by
 * @country_code from the list (its ID and name filled in), or else one of
 * @kind (the dialog's kind chooser) with @id and @name typed */
static void
add_participant_by_dialog (ConveneWindow *window,
                           const char    *country_code,
                           guint          kind,
                           const char    *id,
                           const char    *name)
{
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-participant", NULL);
  convene_test_flush_events ();
  dialog = dialog_of (window, CONVENE_TYPE_PARTICIPANT_DIALOG);
  g_assert_nonnull (dialog);
  if (country_code != NULL)
    {
      g_auto(GStrv) codes = convene_country_codes ();
      guint found = G_MAXUINT;

      for (guint i = 0; codes[i] != NULL; i++)
        if (g_str_equal (codes[i], country_code))
          found = i;
      g_assert_cmpuint (found, !=, G_MAXUINT);
      adw_combo_row_set_selected (ADW_COMBO_ROW (convene_test_find_row (dialog, "Country")), found);
    }
  else
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (convene_test_find_row (dialog, "Kind")), kind);
      gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (dialog, "ID")), id);
      gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (dialog, "Name")), name);
    }
  g_signal_emit_by_name (convene_test_find_widget (dialog, is_button_labelled, "_Add"), "clicked");
  convene_test_flush_events ();
  g_assert_null (dialog_of (window, CONVENE_TYPE_PARTICIPANT_DIALOG));
}

/* Picks @year-@month-@day in the date row titled @title, as its popover does */
static void
pick_date (GtkWidget  *editor,
           const char *title,
           int         year,
           int         month,
           int         day)
{
  GtkWidget *row = convene_test_find_row (editor, title);
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  g_assert_nonnull (row);
  gtk_calendar_select_day (GTK_CALENDAR (convene_test_find_of_type (row, GTK_TYPE_CALENDAR)), date);
  g_signal_emit_by_name (convene_test_find_of_type (row, GTK_TYPE_POPOVER), "closed");
  convene_test_flush_events ();
}

/* Dataset Properties: the title and description typed are the dataset's,
 * the window's title follows, Ctrl+Z in the dialog undoes them and the rows
 * follow, and an empty title is shown as a broken rule */
static void
name_dataset_by_dialog (ConveneWindow *window,
                        const char    *title,
                        const char    *description)
{
  ConveneDataset *dataset = convene_window_get_dataset (window);
  g_autofree char *old_title = g_strdup (convene_dataset_get_title (dataset));
  GtkWidget *dialog, *title_row, *description_row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.dataset-properties", NULL);
  convene_test_flush_events ();
  dialog = dialog_of (window, CONVENE_TYPE_DATASET_DIALOG);
  g_assert_nonnull (dialog);
  title_row = convene_test_find_row (dialog, "Title");
  description_row = convene_test_find_row (dialog, "Description");
  g_assert_nonnull (title_row);
  g_assert_nonnull (description_row);
  assert_all_named (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);

  gtk_editable_set_text (GTK_EDITABLE (title_row), "");
  convene_test_flush_events ();
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  gtk_editable_set_text (GTK_EDITABLE (description_row), description);
  convene_test_flush_events ();
  g_assert_false (gtk_widget_has_css_class (title_row, "error"));
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, title);
  g_assert_cmpstr (convene_dataset_get_description (dataset), ==, description);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), title));

  /* Ctrl+Z in the dialog (its entries keep no undo of their own): the
   * description, then the title, back */
  gtk_widget_grab_focus (title_row);
  g_assert_true (convene_test_press_key (dialog, GDK_KEY_z, GDK_CONTROL_MASK));
  convene_test_flush_events ();
  g_assert_null (convene_dataset_get_description (dataset));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (description_row)), ==, "");
  g_assert_true (convene_test_press_key (dialog, GDK_KEY_z, GDK_CONTROL_MASK));
  convene_test_flush_events ();
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, old_title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, old_title);
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), title));
  /* and again with redo */
  g_assert_true (convene_test_press_key (dialog, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_true (convene_test_press_key (dialog, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  convene_test_flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (description_row)), ==, description);
  g_assert_cmpstr (convene_dataset_get_description (dataset), ==, description);
  gtk_window_close (GTK_WINDOW (dialog));
  convene_test_flush_events ();
}

/* A dataset built in the window from New Dataset to a saved file, with no
 * text editor: its title and description (Dataset Properties), two participants (a country from the list, an organisation
 * typed), a meeting with its title, dates, city, host and attendance; Save
 * As writes a file that loads with all of it, and opens in the window */
static void
test_build_from_new (void)
{
  ConveneWindow *window = convene_test_window_with (NULL);
  g_autofree char *dir = g_dir_make_tmp ("convene-new-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) file = NULL;
  g_autoptr(ConveneDataset) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  ConveneDataset *dataset;
  ConveneMeeting *meeting;
  ConveneParticipant *idn, *iom;
  GtkWidget *editor, *attendance, *recorded;
  const ConveneDate *start, *end;

  settle (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-dataset", NULL);
  convene_test_flush_events ();
  dataset = convene_window_get_dataset (window);
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 0);
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, 0);

  name_dataset_by_dialog (window, "Bali Process", "Meetings of the Bali Process, from 2002");
  add_participant_by_dialog (window, "IDN", 0, NULL, NULL);
  add_participant_by_dialog (window, NULL, 2, "IOM", "International Organization for Migration");
  idn = convene_dataset_lookup_participant (dataset, "IDN");
  iom = convene_dataset_lookup_participant (dataset, "IOM");
  g_assert_nonnull (idn);
  g_assert_nonnull (iom);
  g_assert_cmpint (convene_participant_get_kind (iom), ==, CONVENE_PARTICIPANT_KIND_ORGANISATION);

  /* New Meeting opens it in the editor */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting", NULL);
  convene_test_flush_events ();
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 1);
  meeting = g_list_model_get_item (convene_dataset_get_meetings (dataset), 0);
  g_object_unref (meeting);
  gtk_editable_set_text (GTK_EDITABLE (title_row (window)), "First Regional Ministerial Conference");
  editor = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MEETING_EDITOR);
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (editor, "Identifier")), "ministerial-1");
  g_signal_emit_by_name (convene_test_find_row (editor, "Identifier"), "apply");
  pick_date (editor, "Start", 2002, 2, 26);
  pick_date (editor, "End", 2002, 2, 28);
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (editor, "City")), "Bali");
  /* the host chosen in its chooser, as a click in its list does */
  adw_combo_row_set_selected (ADW_COMBO_ROW (convene_test_find_row (editor, "Host Country")), 1);

  /* attendance: recorded, then found as typed */
  attendance = convene_test_find_of_type (editor, CONVENE_TYPE_ATTENDANCE_EDITOR);
  recorded = convene_test_find_of_type (attendance, GTK_TYPE_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (recorded), TRUE);
  convene_test_flush_events ();
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (attendance, "Add a Participant")), "indo");
  g_signal_emit_by_name (convene_test_find_row (attendance, "Add a Participant"), "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_row (attendance, "Add a Participant")), "migration");
  g_signal_emit_by_name (convene_test_find_row (attendance, "Add a Participant"), "entry-activated");
  convene_test_flush_events ();
  g_assert_true (convene_test_shows_text (attendance, "Indonesia"));
  g_assert_true (convene_test_shows_text (attendance, "International Organization for Migration"));

  /* Save As: the file chooser answered */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  name = convene_test_answer_save_dialog (folder);
  while (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "))
    g_main_context_iteration (NULL, TRUE);
  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);

  /* the file loads with all of it */
  saved = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (convene_dataset_get_title (saved), ==, "Bali Process");
  g_assert_cmpstr (convene_dataset_get_description (saved), ==, "Meetings of the Bali Process, from 2002");
  g_assert_cmpuint (convene_dataset_get_n_participants (saved), ==, 2);
  g_assert_cmpuint (convene_dataset_get_n_meetings (saved), ==, 1);
  g_assert_cmpint (convene_participant_get_kind (convene_dataset_lookup_participant (saved, "IOM")), ==,
                   CONVENE_PARTICIPANT_KIND_ORGANISATION);
  meeting = convene_dataset_lookup_meeting (saved, "ministerial-1");
  g_assert_nonnull (meeting);
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, "First Regional Ministerial Conference");
  start = convene_meeting_get_start (meeting);
  end = convene_meeting_get_end (meeting);
  g_assert_cmpuint (start->year, ==, 2002);
  g_assert_cmpuint (start->month, ==, 2);
  g_assert_cmpuint (start->day, ==, 26);
  g_assert_cmpuint (end->day, ==, 28);
  g_assert_cmpstr (convene_meeting_get_city (meeting), ==, "Bali");
  g_assert_cmpstr (convene_participant_get_id (convene_meeting_get_country (meeting)), ==, "IDN");
  g_assert_cmpint (convene_meeting_get_role (meeting, convene_dataset_lookup_participant (saved, "IDN")), ==,
                   CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (convene_meeting_get_role (meeting, convene_dataset_lookup_participant (saved, "IOM")), ==,
                   CONVENE_ROLE_PARTICIPANT);

  /* and opens in the window */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  settle (window);
  open_and_settle (window, file);
  g_assert_cmpuint (convene_dataset_get_n_meetings (convene_window_get_dataset (window)), ==, 1);
  convene_window_show_meeting (window, "ministerial-1");
  convene_test_flush_events ();
  g_assert_true (convene_test_shows_text (GTK_WIDGET (window), "First Regional Ministerial Conference"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = NULL;
  int status;

  /* the drafts of this program only (its crashed subprocess's too), before
   * GLib reads the variable */
  if (g_getenv ("CONVENE_TEST_STATE_DIR") == NULL)
    {
      state_dir = g_dir_make_tmp ("convene-state-XXXXXX", NULL);
      g_setenv ("CONVENE_TEST_STATE_DIR", state_dir, TRUE);
    }
  g_setenv ("XDG_STATE_HOME", g_getenv ("CONVENE_TEST_STATE_DIR"), TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/editing/title-follows", test_title_follows);
  g_test_add_func ("/editing/ctrl-z", test_ctrl_z);
  g_test_add_func ("/editing/close-with-changes", test_close_with_changes);
  g_test_add_func ("/editing/delete-undo", test_delete_undo);
  g_test_add_func ("/editing/save", test_save);
  g_test_add_func ("/editing/matrix", test_matrix);
  g_test_add_func ("/editing/participants", test_participants);
  g_test_add_func ("/editing/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/editing/moved-or-deleted", test_moved_or_deleted);
  g_test_add_func ("/editing/build-from-new", test_build_from_new);
  g_test_add_func ("/editing/draft-restored", test_draft_restored);

  status = g_test_run ();
  if (state_dir != NULL)
    {
      g_autofree char *convene = g_build_filename (state_dir, "convene", NULL);

      g_rmdir (convene);
      g_rmdir (state_dir);
    }
  return status;
}
