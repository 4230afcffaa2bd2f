/* convene-chart-view.h: a ConveneChart on screen, with keyboard focus and click-through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-chart.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_CHART_VIEW (convene_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneChartView, convene_chart_view, CONVENE, CHART_VIEW, GtkWidget)

GtkWidget    *convene_chart_view_new       (void);
GtkWidget    *convene_chart_view_new_with_text (ConveneChart      *chart,
                                                ConveneChartView **view);
ConveneChart *convene_chart_view_get_chart (ConveneChartView *self);
void          convene_chart_view_set_chart (ConveneChartView *self,
                                            ConveneChart     *chart);
int           convene_chart_view_get_focus_item (ConveneChartView *self);
void          convene_chart_view_set_focus_item (ConveneChartView *self,
                                                 int               item);

G_END_DECLS
