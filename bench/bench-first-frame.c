/* bench-first-frame.c: the time to a window's first frame
 *
 * bench_first_frame_watch() makes a window print "first-frame MS" on stdout
 * once its first frame is painted, MS being the milliseconds since the
 * process started, and quit its application. bench/first-frame (Convene)
 * and bench/bare-window (the reference) use it; bench/convene-bench.c
 * compares them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench-first-frame.h"

/* Milliseconds since the process started: /proc gives the start in clock
 * ticks since boot (10 ms on Linux), CLOCK_BOOTTIME the time since boot. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL ||
      clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;

  /* after "PID (NAME) ": field 3 onwards; the start time is field 22 */
  fields = g_strsplit (after_name + 2, " ", 21);
  if (g_strv_length (fields) < 21)
    return -1;
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 -
         g_ascii_strtoull (fields[19], NULL, 10) * 1000.0 / sysconf (_SC_CLK_TCK);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  printf ("first-frame %.1f\n", ms_since_process_start ());
  fflush (stdout);
  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint_cb), window, 0);
}

/* Prints the time to the next frame of a realized window and quits. */
void
bench_first_frame_watch_next (GtkWidget *window)
{
  g_return_if_fail (gtk_widget_get_realized (window));

  on_realize_cb (window);
}

/* Prints the time to the first frame of window and quits. */
void
bench_first_frame_watch (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
