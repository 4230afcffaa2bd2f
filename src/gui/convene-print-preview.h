/* convene-print-preview.h: Convene's own print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PRINT_PREVIEW (convene_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (ConvenePrintPreview, convene_print_preview, CONVENE, PRINT_PREVIEW, AdwWindow)

ConvenePrintPreview *convene_print_preview_new          (ConvenePrintLayout  *layout);
guint                convene_print_preview_get_page     (ConvenePrintPreview *self);
void                 convene_print_preview_set_page     (ConvenePrintPreview *self,
                                                         guint                page);
gboolean             convene_print_preview_get_fit      (ConvenePrintPreview *self);
double               convene_print_preview_get_scale    (ConvenePrintPreview *self);

G_END_DECLS
