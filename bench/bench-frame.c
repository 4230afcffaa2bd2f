/* bench-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <time.h>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include "bench-frame.h"
#include "bench-median.h"

/* The calling thread's processor time, in ms: on a machine shared with
 * other work, wall time also counts the time others had the processor. */
double
bench_thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

typedef struct {
  double wall;
  double cpu;
  gboolean collect;
} Stamp;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Stamp         *painted)
{
  if (painted->wall == 0)
    {
      painted->wall = bench_now_ms ();
      painted->cpu = bench_thread_cpu_ms ();
      if (painted->collect)
        CALLGRIND_TOGGLE_COLLECT;
    }
}

/* bench_run_until_idle(), which also gives the processor time of the longest iteration */
static double
run_until_idle (double  quiet_ms,
                double *longest)
{
  double last_busy = bench_now_ms ();

  while (bench_now_ms () - last_busy < quiet_ms)
    {
      double cpu = bench_thread_cpu_ms ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          last_busy = bench_now_ms ();
          *longest = MAX (*longest, bench_thread_cpu_ms () - cpu);
        }
      else
        g_usleep (500);
    }
  return last_busy;
}

/* Times one change of what @widget's window shows: once the main loop has
 * been idle for @quiet_ms, @change, then the first frame painted (the frame
 * clock's "after-paint") and the work after it, until the main loop has
 * been idle for @quiet_ms again.
 *
 * With BENCH_CALLGRIND_TO_PAINT set, under valgrind --tool=callgrind
 * --collect-atstart=no, callgrind counts from the change to the frame
 * painted (not the work after it). */
BenchFrameTiming
bench_time_change (GtkWidget *widget,
                   void     (*change) (gpointer data),
                   gpointer   data,
                   double     quiet_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Stamp painted = { 0, 0, g_getenv ("BENCH_CALLGRIND_TO_PAINT") != NULL };
  double start, start_cpu, idle;
  gulong handler;
  BenchFrameTiming timing;

  bench_run_until_idle (quiet_ms);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  start = bench_now_ms ();
  start_cpu = bench_thread_cpu_ms ();
  if (painted.collect)
    CALLGRIND_TOGGLE_COLLECT;
  change (data);
  while (painted.wall == 0)
    g_main_context_iteration (NULL, TRUE);
  timing.stall = 0;
  idle = run_until_idle (quiet_ms, &timing.stall);
  g_signal_handler_disconnect (clock, handler);

  timing.to_paint = painted.wall - start;
  timing.to_idle = MAX (idle, painted.wall) - start;
  timing.cpu = painted.cpu - start_cpu;
  return timing;
}
