/* convene-statistics-view.h: the record's patterns, for the dataset overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_STATISTICS_VIEW (convene_statistics_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneStatisticsView, convene_statistics_view, CONVENE, STATISTICS_VIEW, GtkWidget)

GtkWidget      *convene_statistics_view_new         (void);
ConveneDataset *convene_statistics_view_get_dataset (ConveneStatisticsView *self);
void            convene_statistics_view_set_dataset (ConveneStatisticsView *self,
                                                     ConveneDataset        *dataset);
gboolean        convene_statistics_view_get_shown   (ConveneStatisticsView *self);

G_END_DECLS
