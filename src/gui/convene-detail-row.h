/* convene-detail-row.h: the widget that shows one block of the detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-detail-block.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_DETAIL_ROW (convene_detail_row_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDetailRow, convene_detail_row, CONVENE, DETAIL_ROW, GtkWidget)

GtkWidget *convene_detail_row_new      (void);
void       convene_detail_row_show     (ConveneDetailRow   *self,
                                        ConveneDetailBlock *block);

void       convene_detail_row_release  (ConveneDetailRow   *self);
void       convene_detail_row_set_edges (ConveneDetailRow *self,
                                         gboolean          first,
                                         gboolean          last);

GtkListItemFactory *convene_detail_row_factory_new (GListModel *blocks);

G_END_DECLS
