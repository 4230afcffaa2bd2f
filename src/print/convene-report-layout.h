/* convene-report-layout.h: a participant's report, or the record's statistics, on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-print-layout.h"
#include "convene-statistics.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_REPORT_LAYOUT (convene_report_layout_get_type ())
G_DECLARE_FINAL_TYPE (ConveneReportLayout, convene_report_layout, CONVENE, REPORT_LAYOUT,
                      ConvenePrintLayout)

ConveneReportLayout *convene_report_layout_new_for_participant (ConveneStatistics  *statistics,
                                                                ConveneParticipant *participant);
ConveneReportLayout *convene_report_layout_new_for_statistics  (ConveneStatistics  *statistics);

G_END_DECLS
