/* convene-matrix-view.h: the Attendance page: the matrix with its filters,
 * sort order and legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-dataset.h"
#include "convene-matrix.h"
#include "convene-matrix-grid.h"
#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MATRIX_VIEW (convene_matrix_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMatrixView, convene_matrix_view, CONVENE, MATRIX_VIEW, GtkWidget)

void               convene_matrix_view_set_dataset (ConveneMatrixView *self,
                                                    ConveneDataset    *dataset);
ConveneDataset    *convene_matrix_view_get_dataset (ConveneMatrixView *self);
ConveneMatrix     *convene_matrix_view_get_matrix  (ConveneMatrixView *self);
ConveneMatrixGrid *convene_matrix_view_get_grid    (ConveneMatrixView *self);
ConvenePrintLayout *convene_matrix_view_create_print_layout (ConveneMatrixView *self);
GtkWidget         *convene_matrix_view_get_search_entry (ConveneMatrixView *self);
void               convene_matrix_view_set_key_capture_widget (ConveneMatrixView *self,
                                                               GtkWidget         *widget);

G_END_DECLS
