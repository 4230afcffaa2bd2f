/* convene-command-matrix.c: convene --matrix-csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-command-line.h"

int
convene_command_matrix_csv (const char *output,
                            const char *path)
{
  g_printerr (_("%s: the attendance matrix cannot be exported yet\n"), output);
  return 2;
}
