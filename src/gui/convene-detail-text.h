/* convene-detail-text.h: a paragraph of the detail pane, laid out once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CONVENE_TYPE_DETAIL_TEXT (convene_detail_text_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDetailText, convene_detail_text, CONVENE, DETAIL_TEXT, GtkWidget)

GtkWidget  *convene_detail_text_new          (void);
void        convene_detail_text_set_text     (ConveneDetailText *self,
                                              const char        *text);
const char *convene_detail_text_get_text     (ConveneDetailText *self);
void        convene_detail_text_set_attributes (ConveneDetailText *self,
                                                PangoAttrList     *attributes);
void        convene_detail_text_set_one_line (ConveneDetailText *self,
                                              gboolean           one_line);
void        convene_detail_text_set_natural_unwrapped (ConveneDetailText *self,
                                                       gboolean           natural_unwrapped);
PangoLayout *convene_detail_text_get_layout  (ConveneDetailText *self);

G_END_DECLS
