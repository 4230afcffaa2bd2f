/* convene-command-save.c: convene --save-as
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-command-line.h"
#include "convene-dataset-writer.h"
#include "convene-output-file.h"

/* convene --save-as OUT [FILE]: FILE (or the bundled record) written as the
 * window's Save As writes it (convene_dataset_to_bytes()), to normalise a
 * dataset kept in git. Unlike the exports, OUT may be FILE itself: saving is
 * what this command does. OUT is written whole or not at all, through the
 * same output path as every export; errors go to stderr as "OUT: message". */
static gboolean
save (ConveneDataset  *dataset,
      GFile           *file,
      GError         **error)
{
  g_autoptr(GBytes) bytes = convene_dataset_to_bytes (dataset);

  return convene_output_file_write_bytes (file, NULL, bytes, NULL, error);
}

int
convene_command_save_as (const char *output,
                         const char *path)
{
  return convene_command_save_dataset (output, path, save);
}
