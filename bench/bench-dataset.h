/* bench-dataset.h: the benchmarks' dataset, loaded as the window loads it, and
 * the edits the editing benchmarks time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-document.h"

G_BEGIN_DECLS

/* One edit through the document; @run makes its text differ from run to run */
typedef void (*BenchEdit) (ConveneDocument *document, guint run);

typedef struct
{
  const char *name;
  BenchEdit edit;
} BenchEditCase;

extern const BenchEditCase bench_edit_cases[];
extern const guint bench_n_edit_cases;

void            bench_edit_title   (ConveneDocument *document,
                                    guint            run);
ConveneDataset *bench_load_dataset (const char      *path);

G_END_DECLS
