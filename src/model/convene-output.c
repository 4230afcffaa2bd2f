/* convene-output.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-output.h"

/**
 * convene_file_save_whole:
 * @write: writes the content on the stream it is given (and leaves it open)
 *
 * Writes @file whole or not at all: when @write or the close fails, a file
 * that was there is left as it was (GIO discards its temporary copy) and a
 * new one is removed.
 */
gboolean
convene_file_save_whole (GFile            *file,
                         ConveneWriteFunc  write,
                         gpointer          data,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  existed = g_file_query_exists (file, cancellable);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (write (data, G_OUTPUT_STREAM (stream), cancellable, error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return TRUE;

  /* closing with a cancelled cancellable tells GIO to drop what was written */
  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
  if (!existed)
    g_file_delete (file, NULL, NULL);
  return FALSE;
}
