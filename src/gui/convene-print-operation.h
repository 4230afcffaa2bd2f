/* convene-print-operation.h: printing a print layout through GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PRINT_OPERATION (convene_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (ConvenePrintOperation, convene_print_operation,
                      CONVENE, PRINT_OPERATION, GtkPrintOperation)

ConvenePrintOperation *convene_print_operation_new        (ConvenePrintLayout    *layout);
ConvenePrintLayout    *convene_print_operation_get_layout (ConvenePrintOperation *self);
void                   convene_print_operation_save       (ConvenePrintOperation *self);
void                   convene_print_operation_set_parent (ConvenePrintOperation *self,
                                                           GtkWindow             *parent);

/* For tests */
void                   convene_print_operation_set_progress_delay (ConvenePrintOperation *self,
                                                                   gint64                 delay_us);
GtkWindow             *convene_print_operation_get_progress       (ConvenePrintOperation *self);

G_END_DECLS
