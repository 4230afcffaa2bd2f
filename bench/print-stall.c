/* print-stall.c: how long printing a large document holds the main loop
 *
 *     xvfb-run _build/bench/print-stall FILE summary|matrix
 *
 * Loads FILE, makes the summary of every meeting or the attendance matrix,
 * and prints it to a PDF through ConvenePrintOperation (as the print
 * dialog's "Print to File" does: begin-print, "paginate" until done, a page
 * drawn per idle), with a timer of the highest priority firing every
 * millisecond: the longest gap between two of its firings is the longest
 * the main loop was held (wall time: on a loaded machine it counts the
 * time the process waited for a processor too). Also times, in processor
 * time, one pagination in one call (what begin-print did before
 * pagination went in steps) and the drawing of each page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>

#include <glib/gstdio.h>

#include <cairo-pdf.h>
#include <gtk/gtk.h>

#include "convene-dataset-loader.h"
#include "convene-matrix-layout.h"
#include "convene-print-operation.h"
#include "convene-summary-layout.h"

typedef struct
{
  GtkPrintOperation *operation;
  gint64 last;
  gint64 longest[2];  /* preparing the pages, drawing them */
} Watch;

static gboolean
on_tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  gboolean preparing = gtk_print_operation_get_status (watch->operation) <= GTK_PRINT_STATUS_PREPARING;

  if (watch->last > 0)
    watch->longest[!preparing] = MAX (watch->longest[!preparing], now - watch->last);
  watch->last = now;
  return G_SOURCE_CONTINUE;
}

static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static ConvenePrintLayout *
make_layout (ConveneDataset *dataset,
             const char     *what)
{
  if (g_str_equal (what, "matrix"))
    {
      g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL,
                                                            NULL);

      return CONVENE_PRINT_LAYOUT (convene_matrix_layout_new (matrix));
    }
  return CONVENE_PRINT_LAYOUT (convene_summary_layout_new (dataset, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConvenePrintLayout) once = NULL;
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  ConvenePageGeometry a4;
  Watch watch = { 0, };
  GtkPrintOperationResult result;
  double cpu;
  gint64 start;
  guint tick, n_pages;

  if (argc != 3)
    {
      g_printerr ("usage: %s FILE summary|matrix\n", argv[0]);
      return 2;
    }
  gtk_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  once = make_layout (dataset, argv[2]);
  convene_page_geometry_init (&a4, CONVENE_PAPER_A4, convene_print_layout_get_orientation (once));
  cpu = thread_cpu_ms ();
  start = g_get_monotonic_time ();
  n_pages = convene_print_layout_paginate (once, &a4);
  g_print ("%s: %u pages; paginated in one call: %.0f ms processor, %.0f ms wall\n", argv[2],
           n_pages, thread_cpu_ms () - cpu, (g_get_monotonic_time () - start) / 1000.0);

  /* each page drawn and shown on a PDF surface, as one idle of the print
   * operation does */
  {
    cairo_surface_t *surface = cairo_pdf_surface_create (NULL, a4.width, a4.height);
    cairo_t *cr = cairo_create (surface);
    double longest = 0.0, all = thread_cpu_ms ();

    for (guint i = 0; i < n_pages; i++)
      {
        double page = thread_cpu_ms ();

        convene_print_layout_draw_page (once, cr, i);
        cairo_show_page (cr);
        longest = MAX (longest, thread_cpu_ms () - page);
      }
    cpu = thread_cpu_ms ();
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
    g_print ("%s: drawn in %.0f ms processor, the longest page %.1f ms; the PDF finished in %.0f ms\n",
             argv[2], cpu - all, longest, thread_cpu_ms () - cpu);
  }

  layout = make_layout (dataset, argv[2]);
  operation = convene_print_operation_new (layout);
  dir = g_dir_make_tmp ("convene-print-stall-XXXXXX", NULL);
  pdf = g_build_filename (dir, "out.pdf", NULL);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  watch.operation = GTK_PRINT_OPERATION (operation);
  tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, on_tick_cb, &watch, NULL);
  start = g_get_monotonic_time ();
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_source_remove (tick);
  g_unlink (pdf);
  g_rmdir (dir);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%s: printed to PDF in %.0f ms wall; the longest the main loop was held: "
           "%.1f ms while the pages were prepared, %.1f ms while they were drawn\n",
           argv[2], (g_get_monotonic_time () - start) / 1000.0, watch.longest[0] / 1000.0,
           watch.longest[1] / 1000.0);
  return 0;
}
