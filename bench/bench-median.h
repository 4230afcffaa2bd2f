/* bench-median.h: the median of a benchmark's runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

double bench_median (GArray *values);
