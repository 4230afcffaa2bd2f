/* convene-command-print.c: convene --summary-pdf and --matrix-pdf
 *
 * Both lay pages out with the same print layouts as the print dialog and
 * draw them on a cairo PDF surface; no display is needed. The PDF is made in
 * memory, then written to a temporary file beside OUT that is renamed over
 * OUT: OUT is written whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "convene-command-line.h"
#include "convene-report-layout.h"
#include "convene-matrix-layout.h"
#include "convene-pdf-export.h"
#include "convene-summary-layout.h"

static void
set_error_from_errno (GError **error,
                      int      saved_errno)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* Writes bytes to a new file beside output and renames it to output, so
 * output is never left half written. */
static gboolean
write_file_whole (const char  *output,
                  GBytes      *bytes,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (output);
  g_autofree char *base = g_path_get_basename (output);
  g_autofree char *temp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  const guint8 *data;
  gsize size;
  int fd;

  data = g_bytes_get_data (bytes, &size);

  fd = g_mkstemp_full (temp, O_WRONLY, 0666);
  if (fd < 0)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }

  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        goto fail;
      data += written;
      size -= written;
    }
  if (fsync (fd) != 0 && errno != EINVAL)
    goto fail;
  if (!g_close (fd, NULL))
    {
      fd = -1;
      goto fail;
    }
  fd = -1;
  if (g_rename (temp, output) != 0)
    goto fail;
  return TRUE;

fail:
  {
    int saved_errno = errno;

    if (fd >= 0)
      g_close (fd, NULL);
    g_unlink (temp);
    set_error_from_errno (error, saved_errno);
    return FALSE;
  }
}

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
        const char         *output)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  ConvenePageGeometry geometry;

  if (!get_geometry (layout, &geometry))
    return 2;

  bytes = convene_pdf_export_to_bytes (layout, &geometry, &error);
  if (bytes == NULL || !write_file_whole (output, bytes, &error))
    {
      g_printerr ("%s: %s\n", output, error->message);
      return 1;
    }
  return 0;
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
  return export (CONVENE_PRINT_LAYOUT (layout), output);
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
  return export (CONVENE_PRINT_LAYOUT (layout), output);
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
                  path != NULL ? path : _("the bundled dataset"));
      return 1;
    }
  layout = convene_report_layout_new_for_participant (convene_statistics_get_for_dataset (dataset),
                                                      participant);
  return export (CONVENE_PRINT_LAYOUT (layout), output);
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
  return export (CONVENE_PRINT_LAYOUT (layout), output);
}
