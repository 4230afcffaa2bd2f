/* convene-calendar-export.c: meetings to an iCalendar file, from the window
 *
 * A save dialog asks where (the file chooser portal in a sandbox); the file
 * is written on a worker thread by convene_ics_save(), whole or not at all,
 * and the window is told what to say: where it went, or why it failed. The
 * thread reads a copy of the dataset (convene_document_snapshot_async()),
 * never the one being edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-calendar"

#include <glib/gi18n.h>

#include "convene-calendar-export.h"
#include "convene-dataset-loader.h"
#include "convene-ics.h"
#include "convene-widgets.h"

typedef struct
{
  GtkWindow *parent;           /* a reference */
  ConveneDocument *document;
  ConveneDataset *copy;        /* the document's dataset, for the thread */
  GPtrArray *meetings;         /* of ConveneMeeting, references; the copy's once made */
  GFile *file;
  ConveneCalendarExportDone done;
  gpointer user_data;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->parent);
  g_clear_object (&export->document);
  g_clear_object (&export->copy);
  g_clear_pointer (&export->meetings, g_ptr_array_unref);
  g_clear_object (&export->file);
  g_free (export);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Export *export = task_data;
  GError *error = NULL;

  /* a copy: nothing changes it */
  if (convene_ics_save (export->copy, export->meetings, export->file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = convene_dataset_file_display_name (export->file);

      /* TRANSLATORS: %s is a file name */
      message = g_strdup_printf (_("Calendar exported to “%s”"), name);
    }
  else
    message = g_strdup (error->message);
  export->done (export->parent, message, export->user_data);
  /* let the window go here: the task, and what it holds, may be let go
   * last by the thread that wrote the file */
  g_clear_object (&export->parent);
}

static Export *
export_new (GtkWindow                 *parent,
            ConveneDocument           *document,
            GPtrArray                 *meetings,
            ConveneCalendarExportDone  done,
            gpointer                   user_data)
{
  Export *export = g_new0 (Export, 1);

  export->parent = g_object_ref (parent);
  export->document = g_object_ref (document);
  export->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < meetings->len; i++)
    g_ptr_array_add (export->meetings, g_object_ref (g_ptr_array_index (meetings, i)));
  export->done = done;
  export->user_data = user_data;
  return export;
}

static void
on_copied_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *meetings = NULL;

  export->copy = convene_document_snapshot_finish (CONVENE_DOCUMENT (source), result, &meetings, &error);
  if (export->copy == NULL || meetings->len == 0)
    {
      /* every meeting asked for was deleted meanwhile */
      export->done (export->parent,
                    error != NULL ? error->message : _("There is no meeting to export: select one, or clear the search."),
                    export->user_data);
      g_clear_pointer (&meetings, g_ptr_array_unref);
      export_free (export);
      return;
    }
  g_ptr_array_unref (export->meetings);
  export->meetings = meetings;

  task = g_task_new (NULL, NULL, on_saved_cb, NULL);
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, save_thread);
}

static void
save (Export *export)
{
  convene_document_snapshot_async (export->document, export->meetings, NULL, on_copied_cb, export);
}

/* Writes meetings to file without asking: what the dialog's answer does. */
void
convene_calendar_export_to (GtkWindow                 *parent,
                            ConveneDocument           *document,
                            GPtrArray                 *meetings,
                            GFile                     *file,
                            ConveneCalendarExportDone  done,
                            gpointer                   user_data)
{
  Export *export;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CONVENE_IS_DOCUMENT (document));
  g_return_if_fail (meetings != NULL);
  g_return_if_fail (G_IS_FILE (file));

  export = export_new (parent, document, meetings, done, user_data);
  export->file = g_object_ref (file);
  save (export);
}

static void
on_response_cb (GtkNativeDialog *chooser,
                int              response,
                Export          *export)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    {
      export_free (export);
      return;
    }
  export->file = g_steal_pointer (&file);
  save (export);
}

/* "ahg-som-14.ics": a meeting's id, with anything but ASCII letters, digits,
 * hyphens and underscores made a hyphen (an id may hold a slash). */
static char *
suggest_name (ConveneMeeting *meeting)
{
  GString *name = g_string_new (NULL);

  for (const char *p = convene_meeting_get_id (meeting); *p != '\0' && name->len < 64; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' || *p == '_' ? *p : '-');
  g_string_append (name, ".ics");
  return g_string_free (name, FALSE);
}

/* Asks where to save meetings (one or more, in the order to write them),
 * then writes them there. */
void
convene_calendar_export (GtkWindow                 *parent,
                         ConveneDocument           *document,
                         GPtrArray                 *meetings,
                         ConveneCalendarExportDone  done,
                         gpointer                   user_data)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CONVENE_IS_DOCUMENT (document));
  g_return_if_fail (meetings != NULL && meetings->len > 0);

  name = meetings->len == 1 ? suggest_name (g_ptr_array_index (meetings, 0))
                            : g_strdup ("meetings.ics");

  chooser = convene_save_chooser_new (GTK_WIDGET (parent), _("Export to Calendar"), name,
                                      _("iCalendar files"), "text/calendar", "ics");
  g_signal_connect (chooser, "response", G_CALLBACK (on_response_cb),
                    export_new (parent, document, meetings, done, user_data));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
