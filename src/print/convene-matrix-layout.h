/* convene-matrix-layout.h: the attendance matrix across landscape pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-matrix.h"
#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MATRIX_LAYOUT (convene_matrix_layout_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMatrixLayout, convene_matrix_layout,
                      CONVENE, MATRIX_LAYOUT, ConvenePrintLayout)

ConveneMatrixLayout *convene_matrix_layout_new (ConveneMatrix *matrix);

G_END_DECLS
