/* header-title.c: what a long dataset title costs the window's header
 *
 *     xvfb-run -a -s '-screen 0 1280x1024x24' env GSK_RENDERER=cairo GTK_A11Y=none \
 *       _build/bench/header-title [RUNS]
 *
 * A header bar with a view switcher title, as the main window has, shows a
 * title of 64k characters ("AWWW…") and one of 64k combining marks, whole
 * and as convene_window_cap_line() cuts it; prints the time from setting the
 * title to the main loop being idle again (laid out and drawn), the median
 * of RUNS (default 3). See docs/performance.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>

#include "bench-median.h"
#include "convene-window.h"

static double
time_title (const char *title,
            int         width)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  GtkWidget *switcher_title = adw_view_switcher_title_new ();
  double start, idle;

  adw_view_stack_add_titled (stack, gtk_label_new ("1"), "one", "Meetings");
  adw_view_stack_add_titled (stack, gtk_label_new ("2"), "two", "Attendance");
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (switcher_title), stack);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher_title);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 600);
  gtk_window_present (GTK_WINDOW (window));
  bench_run_until_idle (200);

  start = bench_now_ms ();
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (switcher_title), title);
  adw_view_switcher_title_set_subtitle (ADW_VIEW_SWITCHER_TITLE (switcher_title), title);
  gtk_window_set_title (GTK_WINDOW (window), title);
  idle = bench_run_until_idle (200);

  gtk_window_destroy (GTK_WINDOW (window));
  bench_run_until_idle (50);
  return idle - start;
}

int
main (int   argc,
      char *argv[])
{
  const char *names[] = { "64k characters", "64k combining marks" };
  const char *fills[] = { "W", "\xcc\x81" };
  guint runs = argc > 1 ? MAX (atoi (argv[1]), 1) : 3;

  gtk_init ();
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (fills); i++)
    {
      g_autoptr(GString) text = g_string_new ("A");
      g_autofree char *capped = NULL;

      for (guint n = 0; n < 65536; n++)
        g_string_append (text, fills[i]);
      capped = convene_window_cap_line (text->str);

      for (int width = 360; width <= 1100; width += 740)
        for (guint whole = 0; whole < 2; whole++)
          {
            g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

            for (guint run = 0; run < runs; run++)
              {
                double t = time_title (whole ? text->str : capped, width);

                g_array_append_val (times, t);
              }
            g_print ("%s, %s, %d px wide: %.1f ms (median of %u)\n", names[i],
                     whole ? "whole" : "cut to 200", width, bench_median (times), runs);
          }
    }
  return 0;
}
