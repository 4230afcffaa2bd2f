/* convene-summary-layout.h: meeting summaries, one or more pages each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_SUMMARY_LAYOUT (convene_summary_layout_get_type ())
G_DECLARE_FINAL_TYPE (ConveneSummaryLayout, convene_summary_layout,
                      CONVENE, SUMMARY_LAYOUT, ConvenePrintLayout)

ConveneSummaryLayout *convene_summary_layout_new             (ConveneDataset *dataset,
                                                              GPtrArray      *meetings);
ConveneSummaryLayout *convene_summary_layout_new_for_meeting (ConveneDataset *dataset,
                                                              ConveneMeeting *meeting);

G_END_DECLS
