/* bench-first-frame.h: timing the start-up (see bench/convene-bench.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bench_first_frame_watch      (GtkWidget *window);
void bench_first_frame_watch_next (GtkWidget *window);

G_END_DECLS
