/* convene-test-gui.h: a window with a dataset, and what it shows, for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-window.h"

G_BEGIN_DECLS

ConveneWindow *convene_test_window_with    (const char *name);
ConveneWindow *convene_test_window_sized   (const char *name,
                                            int         width,
                                            int         height);
void           convene_test_wait_for_dataset (ConveneWindow *window);
char          *convene_test_menu_labels    (GMenuModel *menu);
gboolean       convene_test_shows_text     (GtkWidget  *widget,
                                            const char *text);
char          *convene_test_dup_shown_text (GtkWidget  *widget);
gboolean       convene_test_press_key      (GtkWidget       *widget,
                                            guint            keyval,
                                            GdkModifierType  modifiers);

G_END_DECLS
