/* window-set-dataset.c: how long the window stops to show a new dataset
 *
 *     xvfb-run -a -s '-screen 0 1280x1024x24' env GSK_RENDERER=cairo GTK_A11Y=none \
 *       GSETTINGS_BACKEND=memory _build/bench/window-set-dataset FILE [RUNS]
 *
 * Loads FILE as the window does (convene_dataset_load_async(), on a worker
 * thread), then, RUNS times (default 3), shows a new window with the
 * bundled record, waits until its main loop is idle, and times
 * convene_window_set_dataset() with FILE's dataset, and then the time until
 * the main loop is idle again (the new list and detail pane laid out and
 * drawn). Prints each run and the medians. See docs/performance.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>

#include "bench-dataset.h"
#include "bench-median.h"
#include "convene-window.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(GArray) in_call = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) after_call = g_array_new (FALSE, FALSE, sizeof (double));
  guint runs;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? MAX (atoi (argv[2]), 1) : 3;

  gtk_init ();
  adw_init ();

  dataset = bench_load_dataset (argv[1]);

  for (guint run = 0; run < runs; run++)
    {
      ConveneWindow *window = convene_window_new (NULL);
      double start, end, idle, in, after;

      gtk_window_present (GTK_WINDOW (window));
      bench_run_until_idle (200);

      start = bench_now_ms ();
      convene_window_set_dataset (window, dataset);
      end = bench_now_ms ();
      idle = bench_run_until_idle (200);

      in = end - start;
      after = idle - end;
      g_array_append_val (in_call, in);
      g_array_append_val (after_call, after);
      g_print ("run %u: %u meetings: %.1f ms in convene_window_set_dataset(), "
               "then %.1f ms until the main loop is idle\n",
               run + 1, convene_dataset_get_n_meetings (dataset), in, after);

      gtk_window_destroy (GTK_WINDOW (window));
      bench_run_until_idle (50);
    }

  g_print ("median of %u: %.1f ms in the call, %.1f ms after it\n",
           runs, bench_median (in_call), bench_median (after_call));
  return 0;
}
