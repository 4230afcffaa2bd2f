/* convene-changes-view.h: what changed since the previous meeting of the same kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_CHANGES_VIEW (convene_changes_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneChangesView, convene_changes_view, CONVENE, CHANGES_VIEW, GtkWidget)

GtkWidget *convene_changes_view_new         (void);
void       convene_changes_view_set_meeting (ConveneChangesView *self,
                                             ConveneDataset     *dataset,
                                             ConveneMeeting     *meeting);

G_END_DECLS
