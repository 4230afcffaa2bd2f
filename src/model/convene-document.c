/* convene-document.c: a dataset being edited, its history and its file
 *
 * The one door through which the window changes a dataset: each command
 * makes an edit (convene-meeting-edit.c, convene-meeting-add-edit.c,
 * convene-participant-edit.c, convene-participant-add-edit.c,
 * convene-dataset-edit.c) and pushes it on the history, which applies it.
 * The commands are in convene-document-meeting.c (the dataset's and a
 * meeting's fields, meetings added and removed), convene-document-lists.c
 * (outcomes and their items, notes, sources) and
 * convene-document-participants.c; this file holds the document itself:
 * its history, drafts, the file watched, and saving. Nothing here tells
 * views anything: the dataset, its meetings and its participants do, with
 * "items-changed" and property notifications; the meetings a step changes
 * in place are told together at its end (_convene_dataset_begin_changes()).
 *
 * An edit that changes nothing is not made: setting a field to the value it
 * has leaves the history as it is.
 *
 * Saving checks the rules (convene-validate.c: a file the loader would
 * refuse is never written; the fuzz harness checks that what the writer
 * writes of a valid dataset loads) and writes the writer's bytes
 * (convene-dataset-writer.c) through the exports' output path (whole or
 * not at all, the file's mode kept, a symbolic link written through). A file changed on disk
 * since it was loaded or last saved (its etag) is not overwritten unless
 * the caller says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-private.h"
#include "convene-dataset-writer.h"
#include "convene-document-private.h"
#include "convene-draft.h"
#include "convene-output-file.h"
#include "convene-validate.h"

G_DEFINE_FINAL_TYPE (ConveneDocument, convene_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_HISTORY,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CHANGED_ON_DISK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
convene_document_dispose (GObject *object)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft != NULL)
    _convene_draft_cancel (self->draft);
  g_clear_object (&self->draft);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->history);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (convene_document_parent_class)->dispose (object);
}

static void
convene_document_finalize (GObject *object)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  g_free (self->etag);
  G_OBJECT_CLASS (convene_document_parent_class)->finalize (object);
}

static void
convene_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, convene_document_get_file (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, convene_document_get_modified (self));
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_document_class_init (ConveneDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = convene_document_dispose;
  object_class->finalize = convene_document_finalize;
  object_class->get_property = convene_document_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, flags);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, CONVENE_TYPE_HISTORY, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  /* the file was changed by someone else since it was loaded or saved: the
   * window reloads it when there are no unsaved changes, or asks before
   * saving over it */
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_document_init (ConveneDocument *self)
{
}

static void
on_modified_cb (ConveneDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_file_cb (ConveneDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Drafts */

/* The text is made between frames, the files written on a thread
 * (convene-draft.c) */
static gboolean
on_draft_timeout_cb (gpointer data)
{
  ConveneDocument *self = data;

  self->draft_source = 0;
  if (self->draft == NULL)
    self->draft = _convene_draft_new_for_document ();
  _convene_draft_write_in_steps (self->draft, self);
  return G_SOURCE_REMOVE;
}

static void
on_history_changed_cb (ConveneDocument *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  /* a text being made is of the dataset as it was */
  if (self->draft != NULL)
    _convene_draft_cancel (self->draft);
  if (!convene_history_is_modified (self->history))
    convene_document_discard_draft (self);
  else if (self->draft_delay > 0)
    self->draft_source = g_timeout_add (self->draft_delay, on_draft_timeout_cb, self);
}

/**
 * convene_document_set_draft_delay:
 * @delay_ms: how long after the last change a draft is written; 0: never
 *   (the default)
 *
 * Unsaved work kept on disk (convene-draft.c): the window sets a few
 * seconds. Undoing back to the saved state, or saving, removes the draft.
 */
void
convene_document_set_draft_delay (ConveneDocument *self,
                                  guint            delay_ms)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  self->draft_delay = delay_ms;
  if (delay_ms == 0)
    g_clear_handle_id (&self->draft_source, g_source_remove);
}

/* Writes the draft now (it is written by itself after the delay). */
gboolean
convene_document_write_draft (ConveneDocument  *self,
                              GError          **error)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft == NULL)
    self->draft = _convene_draft_new_for_document ();
  return _convene_draft_write (self->draft, self, error);
}

/* Returns: (transfer none) (nullable): the document's draft, once written
 * or restored */
ConveneDraft *
convene_document_get_draft (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->draft;
}

/* Removes the draft: saved, or closed without saving (Discard). */
void
convene_document_discard_draft (ConveneDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft != NULL && !convene_draft_discard (self->draft, &error))
    g_debug ("Draft not removed: %s", error->message);
}

/* For convene_draft_restore(): the draft is the document's own, and the
 * document is not what its file holds. */
void
_convene_document_take_draft (ConveneDocument *self,
                              ConveneDraft    *draft)
{
  g_set_object (&self->draft, draft);
  g_object_unref (draft);
  convene_history_mark_unsaved (self->history);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL || !g_file_is_native (file))
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* Watching the file */

static void
set_changed_on_disk (ConveneDocument *self,
                     gboolean         changed)
{
  if (self->changed_on_disk == changed)
    return;
  self->changed_on_disk = changed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON_DISK]);
}

/* Whether the file on disk is no longer the one loaded or saved: its etag
 * differs, or it is gone. */
static void
check_file (ConveneDocument *self)
{
  GFile *file = convene_dataset_get_file (self->dataset);
  g_autofree char *etag = NULL;

  if (self->saving > 0 || file == NULL || self->etag == NULL)
    return;
  etag = query_etag (file);
  set_changed_on_disk (self, g_strcmp0 (etag, self->etag) != 0);
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    ConveneDocument   *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
      check_file (self);
      break;
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

/* Watches the dataset's file, when it is a local one. */
static void
watch_file (ConveneDocument *self)
{
  GFile *file = convene_dataset_get_file (self->dataset);
  g_autofree char *path = file != NULL && g_file_is_native (file) ? g_file_get_path (file) : NULL;
  g_autofree char *real = NULL;
  g_autoptr(GFile) target = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (path == NULL)
    return;
  /* a symbolic link is written through: its target is what changes */
  real = realpath (path, NULL);
  target = g_file_new_for_path (real != NULL ? real : path);
  self->monitor = g_file_monitor_file (target, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

/* Whether someone else changed the file since it was loaded or saved
 * ("changed-on-disk"). */
gboolean
convene_document_get_changed_on_disk (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  return self->changed_on_disk;
}

/**
 * convene_document_new:
 * @dataset: a dataset as loaded
 *
 * Returns: (transfer full): a document editing @dataset, unmodified
 */
ConveneDocument *
convene_document_new (ConveneDataset *dataset)
{
  ConveneDocument *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_DOCUMENT, NULL);
  self->dataset = g_object_ref (dataset);
  self->history = convene_history_new ();
  convene_history_mark_clean (self->history);
  self->etag = query_etag (convene_dataset_get_file (dataset));
  g_signal_connect_object (self->history, "notify::modified", G_CALLBACK (on_modified_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dataset, "notify::file", G_CALLBACK (on_file_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "changed", G_CALLBACK (on_history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  watch_file (self);
  return self;
}

/* Returns: (transfer full): New Dataset: no participants, no meetings, no file */
ConveneDocument *
convene_document_new_empty (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_empty (_("Untitled Dataset"));

  return convene_document_new (dataset);
}

ConveneDataset *
convene_document_get_dataset (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->dataset;
}

ConveneHistory *
convene_document_get_history (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->history;
}

/* Returns: (nullable) (transfer none): where the dataset is kept (a
 * resource:// file for the bundled record), NULL for a new one */
GFile *
convene_document_get_file (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return convene_dataset_get_file (self->dataset);
}

/* Whether there are changes not saved */
gboolean
convene_document_get_modified (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  return convene_history_is_modified (self->history);
}

/* Whether Save can write the file the dataset came from: not for a new
 * dataset, nor for the bundled record (only Save As). */
gboolean
convene_document_can_save (ConveneDocument *self)
{
  GFile *file;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  file = convene_dataset_get_file (self->dataset);
  return file != NULL && !convene_dataset_is_bundled (self->dataset);
}

/* The file's name as people see it, or the dataset's title when it has no file */
char *
convene_document_dup_display_name (ConveneDocument *self)
{
  GFile *file;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  file = convene_dataset_get_file (self->dataset);
  if (file == NULL || convene_dataset_is_bundled (self->dataset))
    return g_strdup (convene_dataset_get_title (self->dataset));
  return convene_dataset_file_display_name (file);
}

/* The history */

/* Applies @edit and keeps it (convene_history_push()). */
void
convene_document_push (ConveneDocument *self,
                       ConveneEdit     *edit)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  _convene_dataset_begin_changes (self->dataset);
  convene_history_push (self->history, edit);
  _convene_dataset_end_changes (self->dataset);
}

void
convene_document_begin_group (ConveneDocument *self,
                              const char      *label)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_begin_group (self->history, label);
}

void
convene_document_end_group (ConveneDocument *self)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_end_group (self->history);
}

/* The next edit is a step of its own (a field lost the focus). */
void
convene_document_end_burst (ConveneDocument *self)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_end_burst (self->history);
}

/* Undo and redo, like every edit, tell the meetings a step changed in
 * place together, once (_convene_dataset_begin_changes()). */
gboolean
convene_document_undo (ConveneDocument *self)
{
  gboolean done;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  _convene_dataset_begin_changes (self->dataset);
  done = convene_history_undo (self->history);
  _convene_dataset_end_changes (self->dataset);
  return done;
}

gboolean
convene_document_redo (ConveneDocument *self)
{
  gboolean done;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  _convene_dataset_begin_changes (self->dataset);
  done = convene_history_redo (self->history);
  _convene_dataset_end_changes (self->dataset);
  return done;
}

/* Pushes @edit (taken), labelled for the Undo menu item. */
void
_convene_document_push_labelled (ConveneDocument *self,
                                 ConveneEdit     *edit,
                                 const char      *label)
{
  convene_edit_set_label (edit, label);
  convene_document_push (self, edit);
  g_object_unref (edit);
}

/* Saving */

/* Returns: (transfer full): the dataset as the writer writes it */
GBytes *
convene_document_to_bytes (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return convene_dataset_to_bytes (self->dataset);
}

typedef struct
{
  GFile *file;
  GBytes *bytes;
  char *expected_etag;  /* NULL: do not check */
  char *etag;           /* after writing */
  guint64 serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->file);
  g_bytes_unref (data->bytes);
  g_free (data->expected_etag);
  g_free (data->etag);
  g_free (data);
}

/* What a save does off the main thread: checks that the file did not
 * change on disk, and writes. */
static gboolean
save_bytes (SaveData      *data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *name = convene_dataset_file_display_name (data->file);

  if (data->expected_etag != NULL)
    {
      g_autofree char *etag = query_etag (data->file);

      if (etag != NULL && strcmp (etag, data->expected_etag) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("%s was changed by another program since it was opened"), name);
          return FALSE;
        }
    }

  if (!convene_output_file_write_bytes (data->file, NULL, data->bytes, cancellable, error))
    return FALSE;
  data->etag = query_etag (data->file);
  return TRUE;
}

static SaveData *
save_begin (ConveneDocument          *self,
            GFile                    *file,
            ConveneDocumentSaveFlags  flags)
{
  SaveData *data = g_new0 (SaveData, 1);
  GFile *own = convene_dataset_get_file (self->dataset);

  self->saving++;
  data->file = g_object_ref (file);
  data->bytes = convene_dataset_to_bytes (self->dataset);
  data->serial = convene_history_get_serial (self->history);
  if (!(flags & CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES) && own != NULL && self->etag != NULL &&
      g_file_equal (own, file))
    data->expected_etag = g_strdup (self->etag);
  return data;
}

/* The file is written: it is the dataset's file from now on, and the
 * history is clean if nothing changed meanwhile. */
static void
save_end (ConveneDocument *self,
          SaveData        *data)
{
  g_free (self->etag);
  self->etag = g_strdup (data->etag);
  if (!convene_dataset_get_file (self->dataset) || !g_file_equal (convene_dataset_get_file (self->dataset), data->file))
    {
      convene_dataset_set_file (self->dataset, data->file);
      watch_file (self);
    }
  set_changed_on_disk (self, FALSE);
  if (convene_history_get_serial (self->history) == data->serial)
    {
      convene_history_mark_clean (self->history);
      convene_document_discard_draft (self);
    }
}

/**
 * convene_document_save:
 * @file: (nullable): where to save (Save As); NULL: the dataset's own file
 *
 * Writes the dataset, whole or not at all. Fails with G_IO_ERROR_INVALID_DATA
 * when the dataset breaks a rule (convene_validate_check()), naming it;
 * with G_IO_ERROR_WRONG_ETAG when the file changed on disk since it was
 * loaded or saved, unless @flags say to overwrite it.
 */
gboolean
convene_document_save (ConveneDocument           *self,
                       GFile                     *file,
                       ConveneDocumentSaveFlags   flags,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  SaveData *data;
  gboolean ok;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || convene_document_can_save (self), FALSE);

  if (!convene_validate_check (self->dataset, error))
    return FALSE;
  data = save_begin (self, file != NULL ? file : convene_dataset_get_file (self->dataset), flags);
  ok = save_bytes (data, cancellable, error);
  self->saving--;
  if (ok)
    save_end (self, data);
  save_data_free (data);
  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_bytes (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The same, with the checks and the writing on a thread: the dataset's
 * text is taken at once, and edits made meanwhile stay unsaved. */
void
convene_document_save_async (ConveneDocument          *self,
                             GFile                    *file,
                             ConveneDocumentSaveFlags  flags,
                             GCancellable             *cancellable,
                             GAsyncReadyCallback       callback,
                             gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || convene_document_can_save (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, convene_document_save_async);
  if (!convene_validate_check (self->dataset, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task,
                        save_begin (self, file != NULL ? file : convene_dataset_get_file (self->dataset), flags),
                        (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
convene_document_save_finish (ConveneDocument  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  /* no task data: refused before it began */
  if (g_task_get_task_data (task) != NULL)
    self->saving--;
  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  save_end (self, g_task_get_task_data (task));
  return TRUE;
}
