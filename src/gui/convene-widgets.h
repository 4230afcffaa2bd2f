/* convene-widgets.h: small widgets the Participants page and the record's patterns share
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

G_END_DECLS
