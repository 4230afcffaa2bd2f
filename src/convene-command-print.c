/* convene-command-print.c: convene --summary-pdf and --matrix-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-command-line.h"

int
convene_command_summary_pdf (const char         *output,
                             const char * const *meeting_ids,
                             const char         *path)
{
  g_printerr (_("%s: printing is not available yet\n"), output);
  return 2;
}

int
convene_command_matrix_pdf (const char *output,
                            const char *path)
{
  g_printerr (_("%s: printing is not available yet\n"), output);
  return 2;
}
