/* convene-test-print.h: what the print tests share (test-print.c,
 * test-command-print.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-print-layout-private.h"

G_BEGIN_DECLS

typedef char *(*ConveneTestNormalise) (const char *text);

int                 convene_test_round_points       (double                points);
GDateTime          *convene_test_fixed_date         (void);
ConvenePrintLayout *convene_test_summaries_new      (ConveneDataset       *dataset);
char               *convene_test_fold               (const char           *text);
char               *convene_test_fold_pdf           (const char           *text);
void                convene_test_assert_contains    (const char           *haystack,
                                                     const char           *needle);
void                convene_test_assert_outcomes_in_full (ConveneDataset       *dataset,
                                                          const char           *text,
                                                          ConveneTestNormalise  normalise);
void                convene_test_assert_outcomes_in_pdf  (ConveneDataset       *dataset,
                                                          const char           *text);
void                convene_test_pdf_info           (const char           *pdf,
                                                     guint                *pages,
                                                     double               *width,
                                                     double               *height);
void                convene_test_assert_pdf_size    (const char           *pdf,
                                                     double                width,
                                                     double                height);
char               *convene_test_pdf_text           (const char           *pdf,
                                                     double                top,
                                                     double                bottom,
                                                     double                width);
void                convene_test_get_body_band      (ConvenePrintLayout   *layout,
                                                     double               *top,
                                                     double               *bottom);
void                convene_test_remove_dir         (const char           *path);
guint               convene_test_count_files        (const char           *path);
void                convene_test_add_pdf_test       (const char           *path,
                                                     GTestFunc             func);

G_END_DECLS
