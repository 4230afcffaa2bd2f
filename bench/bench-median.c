/* bench-median.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-median.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts values (doubles) and returns their median; 0 for none. */
double
bench_median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return 0;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

/* Milliseconds of the monotonic clock */
double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Runs the default main loop until it has had nothing to do for quiet_ms;
 * returns the time (bench_now_ms()) it last had something to do. */
double
bench_run_until_idle (double quiet_ms)
{
  double last_busy = bench_now_ms ();

  while (bench_now_ms () - last_busy < quiet_ms)
    {
      if (g_main_context_iteration (NULL, FALSE))
        last_busy = bench_now_ms ();
      else
        g_usleep (500);
    }
  return last_busy;
}
