/* convene-output-file.c: where every export writes
 *
 * Every export (the summary and matrix PDFs, the matrix CSV), from the
 * window or the command line, writes through convene_output_file_write():
 *
 * - Only a regular file is written, or a symbolic link to one, which is
 *   written through to its target (the link stays). A folder, a device, a
 *   FIFO, a socket or a link to nothing is refused, from what the file
 *   system says about it: nothing is opened, so nothing blocks.
 * - The file being exported is never written over, whatever its name: the
 *   output is compared with the input by device and inode, through links.
 * - The output is written whole or not at all: to a new file in the same
 *   folder, flushed to disk, given the mode and owner of the file it
 *   replaces, then renamed over it. When anything fails, the temporary file
 *   is removed and what was there is left as it was. (GIO's
 *   g_file_replace() would not do: it writes a file with several hard links
 *   in place.) A file with several hard links is replaced under the name
 *   given; its other names keep the old content.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <gio/gfiledescriptorbased.h>

#include "convene-output-file.h"

#define MAX_LINKS 40
#define QUERY G_FILE_ATTRIBUTE_STANDARD_TYPE "," \
              G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET "," \
              G_FILE_ATTRIBUTE_ID_FILE "," \
              G_FILE_ATTRIBUTE_UNIX_MODE "," \
              G_FILE_ATTRIBUTE_UNIX_UID "," \
              G_FILE_ATTRIBUTE_UNIX_GID

/* Follows file's symbolic links to what they end at. Returns that, with
 * *info about it, or NULL info when nothing is there yet (a new file). */
static GFile *
resolve (GFile         *file,
         GFileInfo    **info,
         GCancellable  *cancellable,
         GError       **error)
{
  g_autoptr(GFile) target = g_object_ref (file);

  for (guint i = 0; i <= MAX_LINKS; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GFileInfo) found = NULL;
      g_autoptr(GFile) parent = NULL;
      const char *link;

      found = g_file_query_info (target, QUERY, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                 cancellable, &local_error);
      if (found == NULL)
        {
          if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          if (i > 0)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                   _("a symbolic link to nothing: Convene does not make its target"));
              return NULL;
            }
          *info = NULL;
          return g_steal_pointer (&target);
        }

      if (g_file_info_get_file_type (found) != G_FILE_TYPE_SYMBOLIC_LINK)
        {
          *info = g_steal_pointer (&found);
          return g_steal_pointer (&target);
        }

      link = g_file_info_get_symlink_target (found);
      parent = g_file_get_parent (target);
      if (link == NULL || parent == NULL)
        break;
      g_object_unref (target);
      target = g_file_resolve_relative_path (parent, link);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                       _("too many levels of symbolic links"));
  return NULL;
}

static gboolean
check_type (GFileInfo  *info,
            GError    **error)
{
  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      return TRUE;
    case G_FILE_TYPE_DIRECTORY:
    case G_FILE_TYPE_MOUNTABLE:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("a folder: give the name of a file"));
      return FALSE;
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_UNKNOWN:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("not a regular file (a device, a FIFO or a socket): "
                             "exports only write regular files"));
      return FALSE;
    }
}

/* Whether the output is the input, by device and inode. */
static gboolean
check_not_input (GFileInfo     *output_info,
                 GFile         *input,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInfo) input_info = NULL;
  const char *output_id, *input_id;

  if (input == NULL || output_info == NULL)
    return TRUE;
  output_id = g_file_info_get_attribute_string (output_info, G_FILE_ATTRIBUTE_ID_FILE);
  input_info = g_file_query_info (input, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE,
                                  cancellable, NULL);
  if (input_info == NULL || output_id == NULL)
    return TRUE;
  input_id = g_file_info_get_attribute_string (input_info, G_FILE_ATTRIBUTE_ID_FILE);
  if (g_strcmp0 (input_id, output_id) != 0)
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("this is the dataset being exported: choose another file"));
  return FALSE;
}

/* GIO's messages name the file they were about ("Error opening file
 * “/dir/.out.pdf.1A2B3C”: No such file or directory"): the temporary file
 * means nothing to a person, who named OUT. Keeps what follows the name. */
static void
drop_file_name (GError *error)
{
  const char *rest;

  if (error == NULL || (rest = strstr (error->message, "”: ")) == NULL)
    return;
  rest += strlen ("”: ");
  memmove (error->message, rest, strlen (rest) + 1);
}

/* A new file beside target, named .NAME.XXXXXX */
static GFileOutputStream *
create_temporary (GFile         *target,
                  GFile        **temp,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *base = g_file_get_basename (target);

  if (parent == NULL || base == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("not the name of a file"));
      return NULL;
    }

  for (guint attempt = 0; ; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *name = g_strdup_printf (".%s.%06X", base, g_random_int_range (0, 0x1000000));
      g_autoptr(GFile) candidate = g_file_get_child (parent, name);
      GFileOutputStream *stream;

      stream = g_file_create (candidate, G_FILE_CREATE_NONE, cancellable, &local_error);
      if (stream != NULL)
        {
          *temp = g_steal_pointer (&candidate);
          return stream;
        }
      if (attempt >= 100 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          drop_file_name (local_error);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

/* The owner, then the mode (a change of owner clears set-id bits). */
static gboolean
keep_mode_and_owner (GFile         *temp,
                     GFileInfo     *old,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInfo) now = NULL;
  const char *ids[] = { G_FILE_ATTRIBUTE_UNIX_UID, G_FILE_ATTRIBUTE_UNIX_GID };

  if (old == NULL || !g_file_info_has_attribute (old, G_FILE_ATTRIBUTE_UNIX_MODE))
    return TRUE;

  now = g_file_query_info (temp, G_FILE_ATTRIBUTE_UNIX_UID "," G_FILE_ATTRIBUTE_UNIX_GID,
                           G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
  if (now == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      guint32 id = g_file_info_get_attribute_uint32 (old, ids[i]);
      g_autoptr(GError) local_error = NULL;

      if (id == g_file_info_get_attribute_uint32 (now, ids[i]))
        continue;
      if (!g_file_set_attribute_uint32 (temp, ids[i], id, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                        cancellable, &local_error))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                       _("the file belongs to another user or group, and replacing it "
                         "would not keep its owner (%s)"), local_error->message);
          return FALSE;
        }
    }

  return g_file_set_attribute_uint32 (temp, G_FILE_ATTRIBUTE_UNIX_MODE,
                                      g_file_info_get_attribute_uint32 (old, G_FILE_ATTRIBUTE_UNIX_MODE) & 07777,
                                      G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);
}

static gboolean
sync_stream (GFileOutputStream  *stream,
             GError            **error)
{
  int fd;

  if (!G_IS_FILE_DESCRIPTOR_BASED (stream))
    return TRUE;
  fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (stream));
  if (fsync (fd) == 0 || errno == EINVAL)
    return TRUE;
  {
    int saved_errno = errno;

    g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                         g_strerror (saved_errno));
  }
  return FALSE;
}

/**
 * convene_output_file_write:
 * @file: where the export goes
 * @input: (nullable): the file being exported, never to be written over
 * @writer: writes the output to a stream
 * @user_data: for @writer
 *
 * Writes an export to @file whole or not at all (see above).
 *
 * Returns: TRUE, or FALSE with @error set and @file as it was
 */
gboolean
convene_output_file_write (GFile                *file,
                           GFile                *input,
                           ConveneOutputWriter   writer,
                           gpointer              user_data,
                           GCancellable         *cancellable,
                           GError              **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (input == NULL || G_IS_FILE (input), FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  target = resolve (file, &info, cancellable, error);
  if (target == NULL)
    return FALSE;
  if (info != NULL && (!check_type (info, error) ||
                       !check_not_input (info, input, cancellable, error)))
    return FALSE;

  stream = create_temporary (target, &temp, cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (writer (user_data, G_OUTPUT_STREAM (stream), cancellable, &local_error) &&
      g_output_stream_flush (G_OUTPUT_STREAM (stream), cancellable, &local_error) &&
      sync_stream (stream, &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error) &&
      keep_mode_and_owner (temp, info, cancellable, &local_error) &&
      g_file_move (temp, target,
                   G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS |
                   G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                   cancellable, NULL, NULL, &local_error))
    return TRUE;

  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  g_file_delete (temp, NULL, NULL);
  drop_file_name (local_error);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
write_bytes (gpointer        user_data,
             GOutputStream  *stream,
             GCancellable   *cancellable,
             GError        **error)
{
  GBytes *bytes = user_data;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  return g_output_stream_write_all (stream, data, size, NULL, cancellable, error);
}

/* convene_output_file_write() for what is already in memory. */
gboolean
convene_output_file_write_bytes (GFile         *file,
                                 GFile         *input,
                                 GBytes        *bytes,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_return_val_if_fail (bytes != NULL, FALSE);

  return convene_output_file_write (file, input, write_bytes, bytes, cancellable, error);
}
