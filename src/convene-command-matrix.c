/* convene-command-matrix.c: convene --matrix-csv and --participants-csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-command-line.h"
#include "convene-matrix.h"
#include "convene-statistics.h"

static gboolean
save_matrix (ConveneDataset  *dataset,
             GFile           *file,
             GError         **error)
{
  return convene_matrix_save_dataset_csv (dataset, file, NULL, error);
}

static gboolean
save_participants (ConveneDataset  *dataset,
                   GFile           *file,
                   GError         **error)
{
  return convene_statistics_save_csv (convene_statistics_get_for_dataset (dataset), file, NULL, error);
}

/* convene --matrix-csv OUT [FILE]: the whole matrix (every participant in the
 * dataset's order, every meeting in date order) as CSV. OUT is written whole
 * or not at all. */
int
convene_command_matrix_csv (const char *output,
                            const char *path)
{
  return convene_command_save_dataset (output, path, save_matrix);
}

/* convene --participants-csv OUT [FILE]: each participant's figures, a line
 * each (convene_statistics_write_csv()). OUT is written whole or not at all. */
int
convene_command_participants_csv (const char *output,
                                  const char *path)
{
  return convene_command_save_dataset (output, path, save_participants);
}
