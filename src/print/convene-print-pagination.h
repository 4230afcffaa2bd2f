/* convene-print-pagination.h: a layout paginated in steps of bounded time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PRINT_PAGINATION (convene_print_pagination_get_type ())
G_DECLARE_FINAL_TYPE (ConvenePrintPagination, convene_print_pagination, CONVENE, PRINT_PAGINATION, GObject)

ConvenePrintPagination *convene_print_pagination_new         (ConvenePrintLayout        *layout,
                                                              const ConvenePageGeometry *geometry);
gboolean                convene_print_pagination_step        (ConvenePrintPagination    *self,
                                                              gint64                     budget_us);
void                    convene_print_pagination_cancel      (ConvenePrintPagination    *self);
gboolean                convene_print_pagination_is_done     (ConvenePrintPagination    *self);
gboolean                convene_print_pagination_is_cancelled (ConvenePrintPagination   *self);
guint                   convene_print_pagination_get_n_pages (ConvenePrintPagination    *self);
guint                   convene_print_pagination_get_n_steps (ConvenePrintPagination    *self);

G_END_DECLS
