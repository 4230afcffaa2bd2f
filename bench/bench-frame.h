/* bench-frame.h: from a change to the first frame painted after it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

typedef struct {
  double to_paint;   /* from the change to the end of the first frame painted after it */
  double cpu;        /* the main thread's processor time until then */
  double to_idle;    /* from the change to the main loop's last work */
  double stall;      /* the longest the main loop was busy at a time after the frame
                      * (processor time of one iteration): how long a click could wait */
} BenchFrameTiming;

double           bench_thread_cpu_ms (void);
BenchFrameTiming bench_time_change   (GtkWidget *widget,
                                      void     (*change) (gpointer data),
                                      gpointer   data,
                                      double     quiet_ms);
