/* bare-window.c: the reference for Convene's start-up time
 *
 * An AdwApplication showing an empty AdwApplicationWindow of Convene's
 * default size, which prints "first-frame MS" (milliseconds since the
 * process started) after its first frame and quits, as Convene does with
 * CONVENE_BENCHMARK_FIRST_FRAME=1. See bench/convene-bench.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-benchmark.h"

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  convene_benchmark_first_frame (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.convene.BareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
