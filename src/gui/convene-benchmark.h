/* convene-benchmark.h: timing the start-up (see bench/convene-bench.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void convene_benchmark_first_frame (GtkWidget *window);

G_END_DECLS
