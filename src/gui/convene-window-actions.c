/* convene-window-actions.c: the window's win.* actions and their keys
 *
 * Each action asks the page it concerns: what to print is the visible
 * page's own print layout (convene_*_view_create_print_layout()), a
 * participant or a year is shown by the Meetings page itself, and the
 * attendance CSV is written by the model (convene_matrix_save_dataset_csv_async(),
 * as `convene --matrix-csv` writes it) on a thread, from a copy of the
 * dataset (convene_document_snapshot_async(): a thread never reads the
 * dataset being edited). The window only runs the dialogs and says how
 * they went.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-window"

#include <glib/gi18n.h>

#include "convene-calendar-export.h"
#include "convene-dataset-loader.h"
#include "convene-matrix.h"
#include "convene-print-operation.h"
#include "convene-widgets.h"
#include "convene-window-private.h"

/* Loading */

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (CONVENE_WINDOW (widget)->error_revealer, FALSE);
}

/* Stops loading: the dataset shown stays (or the bundled record comes). */
static void
stop_loading_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);

  g_cancellable_cancel (self->load_cancellable);
  _convene_window_set_loading (self, FALSE);
  /* stopped before anything was shown (the dataset of last time): the bundled record */
  if (self->dataset == NULL)
    _convene_window_load_bundled (self);
}

static void
on_chooser_response_cb (ConveneWindow        *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        convene_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (json_filter, _("Convene datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  convene_window_open_file (CONVENE_WINDOW (widget), file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  g_autoptr(ConveneDataset) bundled = NULL;

  /* unsaved changes: asked first (convene-window-editing.c) */
  if (_convene_window_editing_ask_before_open (self, NULL))
    return;
  bundled = convene_dataset_new_bundled ();
  g_cancellable_cancel (self->load_cancellable);
  _convene_window_set_loading (self, FALSE);
  convene_window_set_dataset (self, bundled);
  _convene_window_remember_dataset (self, bundled);
}

/* Searching and going back */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  GObject *view = G_OBJECT (self->meetings_view);
  gboolean search_mode;

  /* the Attendance page searches its participants; elsewhere, the meetings */
  if (adw_view_stack_get_visible_child (self->view_stack) == GTK_WIDGET (self->attendance_page))
    view = G_OBJECT (convene_window_get_matrix_view (self));
  else
    adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  g_object_get (view, "search-mode", &search_mode, NULL);
  g_object_set (view, "search-mode", !search_mode, NULL);
}

/* Escape ends a search wherever the focus is in the window. */
static void
end_search_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);

  g_object_set (self->meetings_view, "search-mode", FALSE, NULL);
  if (self->matrix_view != NULL)
    g_object_set (self->matrix_view, "search-mode", FALSE, NULL);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  convene_meetings_view_show_list (CONVENE_WINDOW (widget)->meetings_view);
}

/* Exporting the attendance matrix */

typedef struct
{
  ConveneWindow *self;
  GFile *file;
} ExportData;

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(ConveneWindow) self = data->self;
  g_autoptr(GFile) file = data->file;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_free (data);
  if (!convene_matrix_save_dataset_csv_finish (CONVENE_DATASET (source), result, &error))
    {
      _convene_window_show_toast (self, error->message);
      return;
    }

  name = convene_dataset_file_display_name (file);
  /* TRANSLATORS: %s is a file name */
  text = g_strdup_printf (_("Attendance exported to “%s”"), name);
  _convene_window_show_notice (self, text);
}

static void
on_copied_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(ConveneDataset) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = convene_document_snapshot_finish (CONVENE_DOCUMENT (source), result, NULL, &error);
  if (copy == NULL)
    {
      _convene_window_show_toast (data->self, error->message);
      g_object_unref (data->self);
      g_object_unref (data->file);
      g_free (data);
      return;
    }
  convene_matrix_save_dataset_csv_async (copy, data->file, NULL, on_exported_cb, data);
}

/* The whole matrix (every participant, every meeting), as the command line
 * writes it, whatever the Attendance page shows. */
static void
on_export_response_cb (ConveneWindow        *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL && self->document != NULL)
    {
      ExportData *data = g_new0 (ExportData, 1);

      data->self = g_object_ref (self);
      data->file = g_object_ref (file);
      /* the matrix is built and written on a thread: from a copy */
      convene_document_snapshot_async (self->document, NULL, NULL, on_copied_cb, data);
    }
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = convene_save_chooser_new (widget, _("Export Attendance"), "attendance.csv",
                                            _("CSV files"), "text/csv", "csv");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Exporting meetings to a calendar */

static void
on_calendar_exported_cb (GtkWindow  *window,
                         const char *message,
                         gpointer    user_data)
{
  _convene_window_show_notice (CONVENE_WINDOW (window), message);
}

/* "meeting": the one selected; "listed": every meeting listed. */
static void
export_ics_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  gboolean selected = g_str_equal (g_variant_get_string (parameter, NULL), "meeting");
  g_autoptr(GPtrArray) meetings =
    convene_meetings_view_dup_meetings (self->meetings_view,
                                        selected ? CONVENE_MEETINGS_SELECTED : CONVENE_MEETINGS_LISTED);

  if (self->document == NULL || meetings->len == 0)
    {
      _convene_window_show_toast (self, _("There is no meeting to export: select one, or clear the search."));
      return;
    }
  convene_calendar_export (GTK_WINDOW (self), self->document, meetings, on_calendar_exported_cb, NULL);
}

/* Printing: each page makes its own layout; the window runs the dialog. */

static void
on_print_done_cb (ConvenePrintOperation   *operation,
                  GtkPrintOperationResult  result,
                  ConveneWindow           *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    convene_print_operation_save (operation);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (GTK_PRINT_OPERATION (operation), &error);
      _convene_window_show_toast (self, error != NULL ? error->message : _("Printing failed"));
    }
}

/* Runs the print dialog on a layout (transfer full; NULL: there is nothing
 * to print); its preview and "Print to File" give the same pages as the
 * command line's PDF export. */
void
_convene_window_print_layout (ConveneWindow      *self,
                              ConvenePrintLayout *layout_in)
{
  g_autoptr(ConvenePrintLayout) layout = layout_in;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (layout == NULL)
    {
      _convene_window_show_toast (self, _("There is no meeting to print: select one, or clear the search."));
      return;
    }

  operation = convene_print_operation_new (layout);
  convene_print_operation_set_parent (operation, GTK_WINDOW (self));
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _convene_window_show_toast (self, error->message);
}

/* win.print (Ctrl+P): what the page shown prints */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  ConvenePrintLayout *layout;

  if (page == GTK_WIDGET (self->attendance_page))
    layout = convene_matrix_view_create_print_layout (convene_window_get_matrix_view (self));
  else if (page == GTK_WIDGET (self->participants_page))
    {
      ConveneParticipantsView *view = _convene_window_get_participants_view (self);

      layout = convene_participants_view_create_print_layout (view, convene_participants_view_get_participant (view));
    }
  else
    layout = convene_meetings_view_create_print_layout (self->meetings_view, CONVENE_MEETINGS_SHOWN);
  _convene_window_print_layout (self, layout);
}

static void
print_meetings (ConveneWindow        *self,
                ConveneMeetingsScope  what)
{
  _convene_window_print_layout (self, convene_meetings_view_create_print_layout (self->meetings_view, what));
}

/* win.print-meeting: the meeting selected */
static void
print_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  print_meetings (CONVENE_WINDOW (widget), CONVENE_MEETINGS_SELECTED);
}

/* win.print-listed: every meeting the search and filters leave */
static void
print_listed_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  print_meetings (CONVENE_WINDOW (widget), CONVENE_MEETINGS_LISTED);
}

/* win.print-matrix: the matrix as the Attendance page shows it (the page
 * is made, not shown, if it is not yet) */
static void
print_matrix_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);

  _convene_window_print_layout (self, convene_matrix_view_create_print_layout (convene_window_get_matrix_view (self)));
}

/* What the record's patterns and a meeting's changes click through to */

/* win.show-meeting ID: the meeting, on the Meetings page */
static void
show_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  convene_window_show_meeting (CONVENE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* win.show-year YEAR: the meetings of that year, and nothing else */
static void
show_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  convene_meetings_view_show_year (self->meetings_view, g_variant_get_uint32 (parameter));
}

/* win.show-participant ID: the participant, on the Participants page */
static void
show_participant_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ConveneWindow *self = CONVENE_WINDOW (widget);
  ConveneParticipant *participant = NULL;

  if (self->dataset != NULL)
    participant = convene_dataset_lookup_participant (self->dataset, g_variant_get_string (parameter, NULL));
  if (participant == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "participants");
  convene_participants_view_show_participant (_convene_window_get_participants_view (self), participant);
}

/* The Keyboard Shortcuts window, built when it is first asked for: as
 * gtk/help-overlay.ui, GtkApplication built it with every window, a tenth of
 * what the window cost before its first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/convene-help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

void
_convene_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.stop-loading", NULL, stop_loading_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.end-search", NULL, end_search_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-meeting", NULL, print_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.print-listed", NULL, print_listed_action);
  gtk_widget_class_install_action (widget_class, "win.print-matrix", NULL, print_matrix_action);
  gtk_widget_class_install_action (widget_class, "win.show-meeting", "s", show_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.show-year", "u", show_year_action);
  gtk_widget_class_install_action (widget_class, "win.show-participant", "s", show_participant_action);
  gtk_widget_class_install_action (widget_class, "win.export-ics", "s", export_ics_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.end-search", NULL);
}
