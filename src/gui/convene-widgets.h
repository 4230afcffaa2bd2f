/* convene-widgets.h: small widgets and dialogs the pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *convene_wrapping_label_new (const char *text,
                                       const char *css_class);
GtkWidget *convene_group_append       (GtkBox     *box,
                                       const char *title,
                                       const char *description);
GtkWidget *convene_group_add_row      (GtkWidget  *group,
                                       const char *title,
                                       const char *subtitle);

GtkWidget *convene_plain_list_new     (const char *accessible_label);
GtkWidget *convene_plain_list_append  (GtkWidget  *list,
                                       const char *text);

void       convene_name_row_parts     (GtkWidget  *row);
void       convene_name_mnemonic_buttons_once (GtkWidget *root);

GtkFileChooserNative *convene_save_chooser_new (GtkWidget  *widget,
                                                const char *title,
                                                const char *current_name,
                                                const char *filter_name,
                                                const char *mime_type,
                                                const char *suffix);

G_END_DECLS
