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
int
convene_command_save_as (const char *output,
                         const char *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (dataset == NULL)
    return 1;

  bytes = convene_dataset_to_bytes (dataset);
  file = g_file_new_for_commandline_arg (output);
  if (!convene_output_file_write_bytes (file, NULL, bytes, NULL, &error))
    {
      g_printerr ("%s: %s\n", output, error->message);
      return 1;
    }
  return 0;
}
