/* convene-chart.h: a chart of the record, described once, drawn on any cairo_t
 *
 * A chart is made from the dataset's statistics and drawn with cairo into a
 * rectangle: on screen through gtk_snapshot_append_cairo(), on paper by the
 * print layouts. Each mark or bar is an item with a description in words
 * (the text alternative: the same figures as the drawing) and the meeting or
 * year it counts, for clicking through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "convene-statistics.h"

G_BEGIN_DECLS

typedef enum
{
  CONVENE_CHART_TIMELINE,          /* a participant's meetings, one mark each, by role */
  CONVENE_CHART_MEETINGS_PER_YEAR, /* a bar a year, stacked by kind */
  CONVENE_CHART_DELEGATIONS,       /* a bar a recorded meeting, stacked by role */
} ConveneChartType;

#define CONVENE_CHART_N_SERIES 6

/* Colours, as cairo takes them (red, green, blue, alpha, 0 to 1) */
typedef struct
{
  double ink[4];
  double dim[4];
  double grid[4];
  double focus[4];
  double roles[CONVENE_ROLE_NOT_RECORDED + 1][4];
  double series[CONVENE_CHART_N_SERIES][4];
} ConveneChartPalette;

#define CONVENE_TYPE_CHART (convene_chart_get_type ())
G_DECLARE_FINAL_TYPE (ConveneChart, convene_chart, CONVENE, CHART, GObject)

ConveneChart     *convene_chart_new_timeline          (ConveneStatistics  *statistics,
                                                       ConveneParticipant *participant);
ConveneChart     *convene_chart_new_meetings_per_year (ConveneStatistics  *statistics);
ConveneChart     *convene_chart_new_delegations       (ConveneStatistics  *statistics);

ConveneChartType  convene_chart_get_chart_type        (ConveneChart       *self);
char             *convene_chart_dup_title             (ConveneChart       *self);
guint             convene_chart_get_n_items           (ConveneChart       *self);
char             *convene_chart_dup_item_description  (ConveneChart       *self,
                                                       guint               item);
ConveneMeeting   *convene_chart_get_item_meeting      (ConveneChart       *self,
                                                       guint               item);
guint             convene_chart_get_item_year         (ConveneChart       *self,
                                                       guint               item);
guint             convene_chart_get_n_series          (ConveneChart       *self);
char             *convene_chart_dup_series_label      (ConveneChart       *self,
                                                       guint               series);
char             *convene_chart_dup_table             (ConveneChart       *self);

double            convene_chart_get_em                (PangoContext               *context,
                                                       const PangoFontDescription *font);
double            convene_chart_get_natural_height    (ConveneChart       *self,
                                                       double              font_size);
void              convene_chart_draw                  (ConveneChart              *self,
                                                       cairo_t                   *cr,
                                                       PangoContext              *context,
                                                       const PangoFontDescription *font,
                                                       double                     width,
                                                       double                     height,
                                                       const ConveneChartPalette *palette,
                                                       int                        focus);
gboolean          convene_chart_get_item_area         (ConveneChart       *self,
                                                       guint               item,
                                                       double              width,
                                                       double              height,
                                                       double              font_size,
                                                       double             *x,
                                                       double             *y,
                                                       double             *w,
                                                       double             *h);
int               convene_chart_hit                   (ConveneChart       *self,
                                                       double              width,
                                                       double              height,
                                                       double              font_size,
                                                       double              x,
                                                       double              y);

const ConveneChartPalette *convene_chart_palette_for_paper (void);

G_END_DECLS
