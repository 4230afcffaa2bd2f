/* convene-command-print.c: convene --summary-pdf and --matrix-pdf
 *
 * Both lay pages out with the same print layouts as the print dialog and
 * draw them on a cairo PDF surface; no display is needed. The PDF is made in
 * memory, then written through convene_output_file_write(): OUT is written
 * whole or not at all, and never when it is a device, a FIFO or FILE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-command-line.h"
#include "convene-report-layout.h"
#include "convene-matrix-layout.h"
#include "convene-output-file.h"
#include "convene-pdf-export.h"
#include "convene-summary-layout.h"

/* The sheet: A4 unless CONVENE_PAPER says "letter". */
static gboolean
get_geometry (ConvenePrintLayout  *layout,
              ConvenePageGeometry *geometry)
{
  const char *name = g_getenv ("CONVENE_PAPER");
  ConvenePaper paper = CONVENE_PAPER_A4;

  if (name != NULL && *name != '\0' && !convene_paper_from_string (name, &paper))
    {
      /* TRANSLATORS: CONVENE_PAPER is an environment variable; do not translate a4 and letter */
      g_printerr (_("CONVENE_PAPER: unknown paper size “%s” (give a4 or letter)\n"), name);
      return FALSE;
    }
  convene_page_geometry_init (geometry, paper, convene_print_layout_get_orientation (layout));
  return TRUE;
}

static int
export (ConvenePrintLayout *layout,
        ConveneDataset     *dataset,
        const char         *output)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  ConvenePageGeometry geometry;
  gboolean written;

  if (!get_geometry (layout, &geometry))
    return 2;

  bytes = convene_pdf_export_to_bytes (layout, &geometry, &error);
  written = bytes != NULL &&
            convene_output_file_write_bytes (file, convene_dataset_get_file (dataset), bytes, NULL,
                                             &error);
  return convene_command_written (output, written, error);
}

/* convene --summary-pdf OUT [--meeting ID …] [FILE]: one summary per meeting
 * given, or every meeting, each starting on a new page. Every ID is checked
 * before anything is written. */
int
convene_command_summary_pdf (const char         *output,
                             const char * const *meeting_ids,
                             const char         *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(ConveneSummaryLayout) layout = NULL;

  if (dataset == NULL)
    return 1;
  if (!convene_command_lookup_meetings (dataset, meeting_ids, path, &meetings))
    return 1;

  layout = convene_summary_layout_new (dataset, meetings);
  return export (CONVENE_PRINT_LAYOUT (layout), dataset, output);
}

/* convene --matrix-pdf OUT [FILE]: every participant against every meeting,
 * on landscape pages. */
int
convene_command_matrix_pdf (const char *output,
                            const char *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(ConveneMatrixLayout) layout = NULL;

  if (dataset == NULL)
    return 1;

  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  layout = convene_matrix_layout_new (matrix);
  return export (CONVENE_PRINT_LAYOUT (layout), dataset, output);
}

/* convene --participant-pdf OUT --participant ID [FILE]: the participant's
 * report (identity, figures, timeline, meetings attended) */
int
convene_command_participant_pdf (const char *output,
                                 const char *participant_id,
                                 const char *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(ConveneReportLayout) layout = NULL;
  ConveneParticipant *participant;

  if (dataset == NULL)
    return 1;

  participant = convene_dataset_lookup_participant (dataset, participant_id);
  if (participant == NULL)
    {
      /* TRANSLATORS: the first %s is a participant's id, the second a file */
      g_printerr (_("%s: no such participant in %s\n"), participant_id,
                  convene_command_dataset_name (path));
      return 1;
    }
  layout = convene_report_layout_new_for_participant (convene_statistics_get_for_dataset (dataset),
                                                      participant);
  return export (CONVENE_PRINT_LAYOUT (layout), dataset, output);
}

/* convene --statistics-pdf OUT [FILE]: the record's patterns */
int
convene_command_statistics_pdf (const char *output,
                                const char *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(ConveneReportLayout) layout = NULL;

  if (dataset == NULL)
    return 1;

  layout = convene_report_layout_new_for_statistics (convene_statistics_get_for_dataset (dataset));
  return export (CONVENE_PRINT_LAYOUT (layout), dataset, output);
}
