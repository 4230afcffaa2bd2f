/* convene-command-ics.c: convene --ics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-command-line.h"
#include "convene-ics.h"

/* convene --ics OUT [--meeting ID …] [FILE]: the meetings given, or every
 * meeting, as an iCalendar file. Every ID is checked before anything is
 * written; OUT is written whole or not at all. */
int
convene_command_ics (const char         *output,
                     const char * const *meeting_ids,
                     const char         *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (dataset == NULL)
    return 1;
  if (!convene_command_lookup_meetings (dataset, meeting_ids, path, &meetings))
    return 1;

  file = g_file_new_for_commandline_arg (output);
  written = convene_ics_save (dataset, meetings, file, NULL, &error);
  return convene_command_written (output, written, error);
}
