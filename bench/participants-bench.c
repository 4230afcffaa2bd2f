/* participants-bench.c: the statistics, a participant's figures and timeline, and the
 * Participants page, on a large dataset
 *
 *     _build/tests/generate-dataset 10000 250 > /tmp/big.json
 *     xvfb-run -a -s '-screen 0 1280x1024x24' env GSK_RENDERER=cairo GTK_A11Y=none \
 *       GSETTINGS_BACKEND=memory _build/bench/participants-bench /tmp/big.json [RUNS]
 *
 * Times, as medians of RUNS (default 5), in processor time for the model and print parts;
 * for the page, wall-clock time and the main thread's processor time to the first frame
 * painted after the change (the frame clock's "after-paint"), and wall-clock time until the
 * main loop is idle again:
 * - convene_statistics_new(): every figure of the dataset, computed once;
 * - for a participant: its figures, its timeline chart made and drawn (900 × 300 on an
 *   image surface), its report laid out for paper, and the CSV of every participant;
 * - with a display: the Participants page made and given the dataset (the list of every
 *   participant), the dataset's statistics computed before (the page opens, and a
 *   participant shows, after the first computation); then showing the busiest participant
 *   after another one, as a click in the list would. To count instructions from the
 *   change to the frame painted (BENCH_CALLGRIND_TO_PAINT, bench-frame.c):
 *       BENCH_CALLGRIND_TO_PAINT=1 GDK_DEBUG=gl-disable valgrind --tool=callgrind \
 *         --collect-atstart=no participants-bench FILE 1
 *   (the page's opening, then the participant shown; --dump-before=show_participant
 *   parts them).
 * See docs/performance.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>

#include "bench-frame.h"
#include "bench-median.h"
#include "convene-chart.h"
#include "convene-dataset-loader.h"
#include "convene-participants-view.h"
#include "convene-report-layout.h"
#include "convene-statistics.h"
#include "convene-window.h"

static void
report (const char *what,
        GArray     *times)
{
  g_print ("%-48s %9.2f ms\n", what, bench_median (times));
}

typedef struct {
  GtkWindow *window;
  ConveneParticipantsView *view;
  gpointer object;   /* the dataset, or the participant */
} Change;

static void
open_change (gpointer data)
{
  Change *c = data;

  gtk_window_set_child (c->window, GTK_WIDGET (c->view));
  convene_participants_view_set_dataset (c->view, c->object);
}

static void
show_change (gpointer data)
{
  Change *c = data;

  convene_participants_view_show_participant (c->view, c->object);
}

/* Separate functions, for callgrind's --toggle-collect=open_page or show_participant */
G_GNUC_NO_INLINE static BenchFrameTiming
open_page (GtkWindow               *window,
           ConveneParticipantsView *view,
           ConveneDataset          *dataset)
{
  Change c = { window, view, dataset };

  return bench_time_change (GTK_WIDGET (window), open_change, &c, 200);
}

G_GNUC_NO_INLINE static BenchFrameTiming
show_participant (GtkWindow               *window,
                  ConveneParticipantsView *view,
                  ConveneParticipant      *participant)
{
  Change c = { window, view, participant };

  return bench_time_change (GTK_WIDGET (window), show_change, &c, 200);
}

/* The participant who attended most */
static ConveneParticipant *
busiest (ConveneStatistics *statistics)
{
  g_autoptr(GPtrArray) regular = convene_statistics_dup_most_regular (statistics, NULL, 1);

  return g_object_ref (regular->pdata[0]);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneStatistics) statistics = NULL;
  g_autoptr(ConveneParticipant) participant = NULL;
  g_autoptr(GArray) compute = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) figures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chart_make = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) chart_draw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) report_pages = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) csv = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) page_open = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) page_open_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) page_open_idle = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) show_drawn = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) show_drawn_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) show_idle = g_array_new (FALSE, FALSE, sizeof (double));
  ConveneParticipant *other;
  int runs = argc > 2 ? atoi (argv[2]) : 5;
  guint n_attended;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS]\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (int i = 0; i < runs; i++)
    {
      double start = bench_thread_cpu_ms ();

      g_clear_object (&statistics);
      statistics = convene_statistics_new (dataset);
      g_array_append_vals (compute, (double[]) { bench_thread_cpu_ms () - start }, 1);
    }
  participant = busiest (statistics);
  other = g_list_model_get_item (convene_dataset_get_participants (dataset), 0);
  g_object_unref (other); /* the dataset holds it */
  convene_statistics_get_attended (statistics, participant, &n_attended);
  g_print ("%u meetings, %u participants; %s attended %u\n",
           convene_dataset_get_n_meetings (dataset), convene_dataset_get_n_participants (dataset),
           convene_participant_get_id (participant), n_attended);

  for (int i = 0; i < runs; i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 300);
      cairo_t *cr = cairo_create (surface);
      PangoContext *context = pango_cairo_create_context (cr);
      PangoFontDescription *font = pango_font_description_from_string ("Cantarell 11");
      g_autoptr(ConveneChart) chart = NULL;
      g_autoptr(ConveneReportLayout) layout = NULL;
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      ConvenePageGeometry geometry;
      double start = bench_thread_cpu_ms ();
      char *texts[4];

      texts[0] = convene_participant_figures_dup_attended (convene_statistics_get_figures (statistics, participant, NULL));
      texts[1] = convene_participant_figures_dup_roles (convene_statistics_get_figures (statistics, participant, NULL));
      texts[2] = convene_participant_figures_dup_run (convene_statistics_get_figures (statistics, participant, NULL));
      texts[3] = convene_participant_dup_identity (participant);
      g_array_append_vals (figures, (double[]) { bench_thread_cpu_ms () - start }, 1);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        g_free (texts[t]);

      start = bench_thread_cpu_ms ();
      chart = convene_chart_new_timeline (statistics, participant);
      g_array_append_vals (chart_make, (double[]) { bench_thread_cpu_ms () - start }, 1);
      start = bench_thread_cpu_ms ();
      convene_chart_draw (chart, cr, context, font, 900, 300, convene_chart_palette_for_paper (), -1);
      cairo_surface_flush (surface);
      g_array_append_vals (chart_draw, (double[]) { bench_thread_cpu_ms () - start }, 1);

      start = bench_thread_cpu_ms ();
      layout = convene_report_layout_new_for_participant (statistics, participant);
      convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
      convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (layout), &geometry);
      g_array_append_vals (report_pages, (double[]) { bench_thread_cpu_ms () - start }, 1);

      start = bench_thread_cpu_ms ();
      convene_statistics_write_csv (statistics, stream, NULL, NULL);
      g_array_append_vals (csv, (double[]) { bench_thread_cpu_ms () - start }, 1);

      pango_font_description_free (font);
      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  report ("statistics computed (once per dataset)", compute);
  report ("a participant's figures, as text", figures);
  report ("its timeline chart made", chart_make);
  report ("its timeline drawn (900 × 300, cairo)", chart_draw);
  report ("its report laid out for paper (A4)", report_pages);
  report ("the CSV of every participant", csv);

  if (!gtk_init_check ())
    {
      g_print ("(no display: the page is not timed)\n");
      return 0;
    }
  adw_init ();
  /* the window's class registers the templates' resources */
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));
  /* the first computation, which the page's opening and the participant shown follow */
  convene_statistics_get_for_dataset (dataset);

  for (int i = 0; i < runs; i++)
    {
      GtkWidget *window = gtk_window_new ();
      ConveneParticipantsView *view = g_object_new (CONVENE_TYPE_PARTICIPANTS_VIEW, NULL);
      BenchFrameTiming timing;

      gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
      gtk_window_present (GTK_WINDOW (window));
      bench_run_until_idle (200);

      /* the page opens: made, given the dataset (its statistics are kept with it), drawn */
      timing = open_page (GTK_WINDOW (window), view, dataset);
      g_array_append_vals (page_open, &timing.to_paint, 1);
      g_array_append_vals (page_open_cpu, &timing.cpu, 1);
      g_array_append_vals (page_open_idle, &timing.to_idle, 1);

      /* the participant shown, from another one (the first in the list) */
      convene_participants_view_show_participant (view, other);
      bench_run_until_idle (200);
      timing = show_participant (GTK_WINDOW (window), view, participant);
      g_array_append_vals (show_drawn, &timing.to_paint, 1);
      g_array_append_vals (show_drawn_cpu, &timing.cpu, 1);
      g_array_append_vals (show_idle, &timing.to_idle, 1);
      gtk_window_destroy (GTK_WINDOW (window));
      bench_run_until_idle (100);
    }
  report ("the page opened, to its first frame", page_open);
  report ("the page opened, to its first frame (processor)", page_open_cpu);
  report ("the page opened, until idle", page_open_idle);
  report ("a participant shown, to its first frame", show_drawn);
  report ("a participant shown, to its first frame (processor)", show_drawn_cpu);
  report ("a participant shown, until idle", show_idle);
  return 0;
}
