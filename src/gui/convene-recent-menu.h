/* convene-recent-menu.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CONVENE_RECENT_GROUP "convene-dataset"
#define CONVENE_RECENT_MAX_ITEMS 10

#define CONVENE_TYPE_RECENT_MENU (convene_recent_menu_get_type ())
G_DECLARE_FINAL_TYPE (ConveneRecentMenu, convene_recent_menu, CONVENE, RECENT_MENU, GObject)

ConveneRecentMenu *convene_recent_menu_new         (GtkRecentManager *manager,
                                                    GMenu            *menu);
void               convene_recent_menu_add_dataset (GtkRecentManager *manager,
                                                    GFile            *file);

G_END_DECLS
