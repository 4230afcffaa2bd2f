/* convene-draft.c: unsaved work kept on disk, found again after a crash
 *
 * A document with unsaved changes writes a draft a few seconds after the
 * last change (convene_document_set_draft_delay()): the dataset as the
 * writer writes it, in $XDG_STATE_HOME/convene/draft-ID.json, and beside
 * it draft-ID.ini with the file the dataset came from, its title and when
 * the draft was written. Both are written whole or not at all (through
 * convene_output_file_write_bytes()). Saving, or closing without saving,
 * removes the draft; a crash leaves it, and the next start lists it
 * (convene_draft_list()) to offer it back (convene_draft_restore(): a
 * document with the draft's dataset, unsaved, its file the original).
 *
 * Writing a draft must not hold up the window: the dataset's text (0.3 s
 * at 10,000 meetings) is made on the main thread, where the dataset is
 * edited, a few meetings at a time in idle time (at most STEP_MS at once,
 * so frames go on being drawn), and started again if the dataset changes
 * meanwhile; the finished text, which nothing changes, is written to disk
 * on a thread. A draft discarded while its files are being written is
 * removed once they are (docs/performance.md, "Drafts").
 *
 * A draft is written even when the dataset breaks a rule (a new meeting
 * without a title yet, an end before the start): it is restored as it was
 * (convene_dataset_new_from_draft_bytes() keeps the rules an editor lets
 * be broken while typing), and the editor shows the rule on its field;
 * the document saves nothing that breaks one. A draft that does not load
 * for another reason stays where it is, and restoring it says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-private.h"
#include "convene-dataset-writer.h"
#include "convene-draft.h"
#include "convene-output-file.h"

#define GROUP "Draft"

struct _ConveneDraft
{
  GObject parent_instance;

  GFile *file;          /* draft-ID.json */
  GFile *info;          /* draft-ID.ini */
  GFile *original;      /* nullable */
  char *title;
  GDateTime *written;   /* nullable: not yet */

  /* writing in steps, then on a thread */
  ConveneDatasetWriter *writer; /* the text being made; NULL: none */
  guint step_source;
  GFile *writing_original;      /* what the text being made is a draft of */
  char *writing_title;
  gboolean on_thread;           /* files being written */
  GBytes *queued[2];            /* the next text and .ini to write, once those are */
  gboolean discarded;           /* since the files being written were started */
};

/* The most a step of the text takes of the main thread */
#define STEP_MS 4

G_DEFINE_FINAL_TYPE (ConveneDraft, convene_draft, G_TYPE_OBJECT)

static void
convene_draft_finalize (GObject *object)
{
  ConveneDraft *self = CONVENE_DRAFT (object);

  g_clear_object (&self->file);
  g_clear_object (&self->info);
  g_clear_object (&self->original);
  g_free (self->title);
  g_clear_pointer (&self->written, g_date_time_unref);
  g_clear_handle_id (&self->step_source, g_source_remove);
  g_clear_pointer (&self->writer, convene_dataset_writer_free);
  g_clear_object (&self->writing_original);
  g_free (self->writing_title);
  g_clear_pointer (&self->queued[0], g_bytes_unref);
  g_clear_pointer (&self->queued[1], g_bytes_unref);
  G_OBJECT_CLASS (convene_draft_parent_class)->finalize (object);
}

static void
convene_draft_class_init (ConveneDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_draft_finalize;
}

static void
convene_draft_init (ConveneDraft *self)
{
}

/* Returns: (transfer full): where drafts are kept: $XDG_STATE_HOME/convene */
char *
convene_draft_dup_directory (void)
{
  return g_build_filename (g_get_user_state_dir (), "convene", NULL);
}

static ConveneDraft *
draft_new_for_id (const char *id)
{
  ConveneDraft *self = g_object_new (CONVENE_TYPE_DRAFT, NULL);
  g_autofree char *dir = convene_draft_dup_directory ();
  g_autofree char *json = g_strdup_printf ("draft-%s.json", id);
  g_autofree char *ini = g_strdup_printf ("draft-%s.ini", id);
  g_autofree char *json_path = g_build_filename (dir, json, NULL);
  g_autofree char *ini_path = g_build_filename (dir, ini, NULL);

  self->file = g_file_new_for_path (json_path);
  self->info = g_file_new_for_path (ini_path);
  return self;
}

/* A draft of its own for a document, not yet written */
ConveneDraft *
_convene_draft_new_for_document (void)
{
  static guint counter;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT "-%d-%u", g_date_time_to_unix (now),
                                         (int) getpid (), ++counter);

  return draft_new_for_id (id);
}

static gboolean
make_directory (GError **error)
{
  g_autofree char *dir = convene_draft_dup_directory ();

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* The .ini of a text just made: what it is a draft of, and when */
static GBytes *
make_info (ConveneDraft *self,
           GFile        *original,
           const char   *title)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *written = NULL;
  char *text;
  gsize length;

  g_clear_pointer (&self->written, g_date_time_unref);
  self->written = g_date_time_new_now_utc ();
  g_free (self->title);
  self->title = g_strdup (title);
  g_set_object (&self->original, original);

  written = g_date_time_format_iso8601 (self->written);
  g_key_file_set_string (info, GROUP, "Title", self->title != NULL ? self->title : "");
  g_key_file_set_string (info, GROUP, "Written", written);
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (info, GROUP, "Original", uri);
    }
  text = g_key_file_to_data (info, &length, NULL);
  return g_bytes_new_take (text, length);
}

/* The dataset first: a draft is listed by its .ini */
static gboolean
write_files (ConveneDraft  *self,
             GBytes        *bytes,
             GBytes        *info,
             GError       **error)
{
  return make_directory (error) &&
         convene_output_file_write_bytes (self->file, NULL, bytes, NULL, error) &&
         convene_output_file_write_bytes (self->info, NULL, info, NULL, error);
}

/* Stops a draft not yet on disk (the dataset changed, or the document is
 * gone); files already being written are written. */
void
_convene_draft_cancel (ConveneDraft *self)
{
  g_return_if_fail (CONVENE_IS_DRAFT (self));

  g_clear_handle_id (&self->step_source, g_source_remove);
  g_clear_pointer (&self->writer, convene_dataset_writer_free);
  g_clear_pointer (&self->queued[0], g_bytes_unref);
  g_clear_pointer (&self->queued[1], g_bytes_unref);
}

/* Writes the document's dataset and what the draft is of, now. */
gboolean
_convene_draft_write (ConveneDraft     *self,
                      ConveneDocument  *document,
                      GError          **error)
{
  ConveneDataset *dataset = convene_document_get_dataset (document);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) info = NULL;

  _convene_draft_cancel (self);
  self->discarded = FALSE;
  bytes = convene_dataset_to_bytes (dataset);
  info = make_info (self, convene_document_get_file (document), convene_dataset_get_title (dataset));
  return write_files (self, bytes, info, error);
}

static void start_thread (ConveneDraft *self, GBytes *bytes, GBytes *info);

static void
write_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GBytes **texts = task_data;
  GError *error = NULL;

  if (write_files (CONVENE_DRAFT (source), texts[0], texts[1], &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ConveneDraft *self = CONVENE_DRAFT (source);
  g_autoptr(GError) error = NULL;

  self->on_thread = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_debug ("No draft written: %s", error->message);
  if (self->discarded)
    {
      /* discarded while written: removed now they are */
      convene_draft_discard (self, NULL);
      return;
    }
  if (self->queued[0] != NULL)
    {
      g_autoptr(GBytes) bytes = g_steal_pointer (&self->queued[0]);
      g_autoptr(GBytes) info = g_steal_pointer (&self->queued[1]);

      start_thread (self, bytes, info);
    }
}

static void
free_texts (gpointer data)
{
  GBytes **texts = data;

  g_bytes_unref (texts[0]);
  g_bytes_unref (texts[1]);
  g_free (texts);
}

static void
start_thread (ConveneDraft *self,
              GBytes       *bytes,
              GBytes       *info)
{
  g_autoptr(GTask) task = NULL;
  GBytes **texts;

  /* one at a time, so that an older text never lands after a newer one */
  if (self->on_thread)
    {
      g_clear_pointer (&self->queued[0], g_bytes_unref);
      g_clear_pointer (&self->queued[1], g_bytes_unref);
      self->queued[0] = g_bytes_ref (bytes);
      self->queued[1] = g_bytes_ref (info);
      return;
    }
  texts = g_new (GBytes *, 2);
  texts[0] = g_bytes_ref (bytes);
  texts[1] = g_bytes_ref (info);
  self->on_thread = TRUE;
  task = g_task_new (self, NULL, on_written_cb, NULL);
  g_task_set_source_tag (task, start_thread);
  g_task_set_task_data (task, texts, free_texts);
  g_task_run_in_thread (task, write_in_thread);
}

static gboolean
on_step_cb (gpointer data)
{
  ConveneDraft *self = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) info = NULL;

  if (!convene_dataset_writer_step (self->writer, g_get_monotonic_time () + STEP_MS * 1000))
    return G_SOURCE_CONTINUE;

  self->step_source = 0;
  bytes = convene_dataset_writer_finish (g_steal_pointer (&self->writer));
  info = make_info (self, self->writing_original, self->writing_title);
  start_thread (self, bytes, info);
  return G_SOURCE_REMOVE;
}

/* Writes the document's dataset and what the draft is of, the text made
 * in steps between frames and the files written on a thread. The document
 * calls _convene_draft_cancel() when its dataset changes meanwhile. */
void
_convene_draft_write_in_steps (ConveneDraft    *self,
                               ConveneDocument *document)
{
  ConveneDataset *dataset = convene_document_get_dataset (document);

  g_return_if_fail (CONVENE_IS_DRAFT (self));

  _convene_draft_cancel (self);
  self->discarded = FALSE;
  g_set_object (&self->writing_original, convene_document_get_file (document));
  g_free (self->writing_title);
  self->writing_title = g_strdup (convene_dataset_get_title (dataset));
  self->writer = convene_dataset_writer_new (dataset);
  self->step_source = g_idle_add_full (G_PRIORITY_LOW, on_step_cb, self, NULL);
}

static ConveneDraft *
draft_read (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *id = NULL;
  g_autofree char *written = NULL;
  g_autofree char *original = NULL;
  g_autoptr(ConveneDraft) draft = NULL;

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  id = g_strndup (name + strlen ("draft-"), strlen (name) - strlen ("draft-") - strlen (".ini"));
  draft = draft_new_for_id (id);
  if (!g_file_query_exists (draft->file, NULL))
    return NULL;
  draft->title = g_key_file_get_string (info, GROUP, "Title", NULL);
  written = g_key_file_get_string (info, GROUP, "Written", NULL);
  draft->written = written != NULL ? g_date_time_new_from_iso8601 (written, NULL) : NULL;
  original = g_key_file_get_string (info, GROUP, "Original", NULL);
  draft->original = original != NULL && *original != '\0' ? g_file_new_for_uri (original) : NULL;
  return g_steal_pointer (&draft);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  ConveneDraft *da = CONVENE_DRAFT ((gpointer) a), *db = CONVENE_DRAFT ((gpointer) b);

  if (da->written == NULL || db->written == NULL)
    return (da->written == NULL) - (db->written == NULL);
  return g_date_time_compare (db->written, da->written);
}

/**
 * convene_draft_list:
 *
 * The drafts left on disk: by documents not saved when Convene stopped
 * (a crash), or by documents open now in another window.
 *
 * Returns: (transfer full): a list of ConveneDraft, newest first
 */
GListModel *
convene_draft_list (void)
{
  GListStore *store = g_list_store_new (CONVENE_TYPE_DRAFT);
  g_autofree char *dir = convene_draft_dup_directory ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autoptr(ConveneDraft) draft = NULL;

      if (!g_str_has_prefix (name, "draft-") || !g_str_has_suffix (name, ".ini"))
        continue;
      draft = draft_read (dir, name);
      if (draft != NULL)
        g_list_store_insert_sorted (store, draft, compare_newest_first, NULL);
    }
  return G_LIST_MODEL (store);
}

/* Returns: (transfer none): the draft's dataset */
GFile *
convene_draft_get_file (ConveneDraft *self)
{
  g_return_val_if_fail (CONVENE_IS_DRAFT (self), NULL);
  return self->file;
}

/* Returns: (transfer none) (nullable): the file the dataset came from:
 * NULL for a new dataset */
GFile *
convene_draft_get_original (ConveneDraft *self)
{
  g_return_val_if_fail (CONVENE_IS_DRAFT (self), NULL);
  return self->original;
}

const char *
convene_draft_get_title (ConveneDraft *self)
{
  g_return_val_if_fail (CONVENE_IS_DRAFT (self), NULL);
  return self->title;
}

/* Returns: (transfer none) (nullable): when it was written, in UTC */
GDateTime *
convene_draft_get_written (ConveneDraft *self)
{
  g_return_val_if_fail (CONVENE_IS_DRAFT (self), NULL);
  return self->written;
}

/**
 * convene_draft_restore:
 *
 * Returns: (transfer full) (nullable): a document holding the draft's
 *   dataset, with unsaved changes, kept in the draft's original file (Save
 *   writes there); it keeps this draft as its own until saved. NULL with
 *   @error set when the draft does not load (the draft stays).
 */
ConveneDocument *
convene_draft_restore (ConveneDraft  *self,
                       GError       **error)
{
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  ConveneDocument *document;

  g_return_val_if_fail (CONVENE_IS_DRAFT (self), NULL);

  name = g_file_get_path (self->file);
  bytes = g_file_load_bytes (self->file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;
  dataset = convene_dataset_new_from_draft_bytes (bytes, name, error);
  if (dataset == NULL)
    return NULL;
  convene_dataset_set_file (dataset, self->original);
  document = convene_document_new (dataset);
  _convene_document_take_draft (document, g_object_ref (self));
  return document;
}

/* Removes the draft from disk. */
gboolean
convene_draft_discard (ConveneDraft  *self,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CONVENE_IS_DRAFT (self), FALSE);

  _convene_draft_cancel (self);
  /* files being written are removed once they are */
  self->discarded = self->on_thread;

  /* the listing's file first: a draft half removed is not listed */
  if (!g_file_delete (self->info, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);
  if (!g_file_delete (self->file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_pointer (&self->written, g_date_time_unref);
  return TRUE;
}
