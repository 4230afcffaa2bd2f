/* bench-median.h: the median of a benchmark's runs, and its clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

double bench_median         (GArray *values);
double bench_now_ms         (void);
double bench_run_until_idle (double  quiet_ms);
