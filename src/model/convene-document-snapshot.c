/* convene-document-snapshot.c: a copy of the dataset for a worker thread
 *
 * An export that runs on a thread (the attendance CSV, a calendar) must not
 * read the dataset the window edits: an edit swaps a meeting's field and
 * lets the old value go (or changes a list in place, Delete Participant),
 * and a thread reading that field meanwhile reads freed memory. So the
 * thread is given a copy that nobody edits.
 *
 * The copy is made as a draft is (convene-draft.c): the dataset's text is
 * written on the main thread a few meetings at a time in idle time (at most
 * STEP_MS at once, so frames go on being drawn), started again when the
 * history's serial says the dataset changed meanwhile, and the finished
 * text is loaded on a thread (as a draft: an editor may hold rules broken
 * while typing). The copy has the dataset's file, so an export still
 * refuses to write onto it. Meetings asked for are found in the copy at
 * their places in the dataset when its text was finished.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document-private.h"

/* The most a step of the text takes of the main thread */
#define STEP_MS 4

typedef struct
{
  ConveneDocument *document;
  ConveneDatasetWriter *writer; /* NULL once the text is finished */
  guint64 serial;               /* the history's, when the writer began */
  GPtrArray *meetings;          /* asked for, of the document's dataset; nullable */
  GArray *positions;            /* theirs in the dataset, once the text is finished */
  GBytes *bytes;
  GFile *file;
  guint step_source;
} Snapshot;

typedef struct
{
  ConveneDataset *dataset;
  GPtrArray *meetings;          /* nullable */
} SnapshotResult;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_handle_id (&snapshot->step_source, g_source_remove);
  g_clear_pointer (&snapshot->writer, convene_dataset_writer_free);
  g_clear_pointer (&snapshot->meetings, g_ptr_array_unref);
  g_clear_pointer (&snapshot->positions, g_array_unref);
  g_clear_pointer (&snapshot->bytes, g_bytes_unref);
  g_clear_object (&snapshot->file);
  g_clear_object (&snapshot->document);
  g_free (snapshot);
}

static void
snapshot_result_free (SnapshotResult *result)
{
  g_clear_pointer (&result->meetings, g_ptr_array_unref);
  g_clear_object (&result->dataset);
  g_free (result);
}

/* Where each meeting asked for is in the dataset now (G_MAXUINT: deleted) */
static GArray *
find_positions (ConveneDataset *dataset,
                GPtrArray      *meetings)
{
  GArray *positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), meetings->len);

  for (guint i = 0; i < meetings->len; i++)
    {
      guint position = convene_dataset_find_meeting (dataset, g_ptr_array_index (meetings, i));

      g_array_append_val (positions, position);
    }
  return positions;
}

/* On a worker thread: the text, which nothing changes, loaded */
static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Snapshot *snapshot = task_data;
  SnapshotResult *result;
  GError *error = NULL;
  ConveneDataset *copy;

  copy = convene_dataset_new_from_draft_bytes (snapshot->bytes, "copy", &error);
  if (copy == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (snapshot->file != NULL)
    convene_dataset_set_file (copy, snapshot->file);

  result = g_new0 (SnapshotResult, 1);
  result->dataset = copy;
  if (snapshot->positions != NULL)
    {
      GListModel *meetings = convene_dataset_get_meetings (copy);

      result->meetings = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < snapshot->positions->len; i++)
        {
          guint position = g_array_index (snapshot->positions, guint, i);

          if (position != G_MAXUINT)
            g_ptr_array_add (result->meetings, g_list_model_get_item (meetings, position));
        }
    }
  g_task_return_pointer (task, result, (GDestroyNotify) snapshot_result_free);
}

static gboolean
on_step_cb (gpointer data)
{
  GTask *task = data;
  Snapshot *snapshot = g_task_get_task_data (task);
  ConveneDocument *document = snapshot->document;
  guint64 serial = convene_history_get_serial (document->history);

  if (g_task_return_error_if_cancelled (task))
    {
      snapshot->step_source = 0;
      return G_SOURCE_REMOVE;
    }

  /* the dataset changed since the text began: begin again */
  if (snapshot->serial != serial)
    {
      convene_dataset_writer_free (snapshot->writer);
      snapshot->writer = convene_dataset_writer_new (document->dataset);
      snapshot->serial = serial;
    }
  if (!convene_dataset_writer_step (snapshot->writer, g_get_monotonic_time () + STEP_MS * 1000))
    return G_SOURCE_CONTINUE;

  snapshot->step_source = 0;
  snapshot->bytes = convene_dataset_writer_finish (g_steal_pointer (&snapshot->writer));
  g_set_object (&snapshot->file, convene_dataset_get_file (document->dataset));
  if (snapshot->meetings != NULL)
    snapshot->positions = find_positions (document->dataset, snapshot->meetings);
  g_task_run_in_thread (task, load_thread);
  return G_SOURCE_REMOVE;
}

/**
 * convene_document_snapshot_async:
 * @meetings: (nullable) (element-type ConveneMeeting): meetings of the
 *   document's dataset to find in the copy
 *
 * Makes a copy of the document's dataset as it is once its text is
 * finished (edits made meanwhile are in it), without holding up the main
 * thread: for work on a worker thread, which must never read the dataset
 * being edited.
 */
void
convene_document_snapshot_async (ConveneDocument     *self,
                                 GPtrArray           *meetings,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;
  Snapshot *snapshot;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  snapshot = g_new0 (Snapshot, 1);
  snapshot->document = g_object_ref (self);
  snapshot->writer = convene_dataset_writer_new (self->dataset);
  snapshot->serial = convene_history_get_serial (self->history);
  if (meetings != NULL)
    snapshot->meetings = g_ptr_array_copy (meetings, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, convene_document_snapshot_async);
  g_task_set_task_data (task, snapshot, (GDestroyNotify) snapshot_free);
  /* the task's own reference, given back when the steps end */
  snapshot->step_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_step_cb, task, g_object_unref);
}

/**
 * convene_document_snapshot_finish:
 * @meetings: (out) (optional) (transfer full) (element-type ConveneMeeting):
 *   the copy's meetings that are those asked for, in their order (a meeting
 *   deleted meanwhile is left out); NULL when none were asked for
 *
 * Returns: (transfer full): the copy, or NULL with @error set
 */
ConveneDataset *
convene_document_snapshot_finish (ConveneDocument  *self,
                                  GAsyncResult     *result,
                                  GPtrArray       **meetings,
                                  GError          **error)
{
  SnapshotResult *snapshot;
  ConveneDataset *dataset;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  snapshot = g_task_propagate_pointer (G_TASK (result), error);
  if (snapshot == NULL)
    return NULL;
  dataset = g_steal_pointer (&snapshot->dataset);
  if (meetings != NULL)
    *meetings = g_steal_pointer (&snapshot->meetings);
  snapshot_result_free (snapshot);
  return dataset;
}
