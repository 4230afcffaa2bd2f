/* convene-matrix-grid.h: the attendance matrix, drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-document.h"
#include "convene-matrix.h"

G_BEGIN_DECLS

/* The column of participant names (with their totals), for focus cells */
#define CONVENE_MATRIX_GRID_NAME_COLUMN (-1)
/* The two header rows, for focus cells: the meetings, then their totals */
#define CONVENE_MATRIX_GRID_HEADER_ROW (-3)
#define CONVENE_MATRIX_GRID_TOTALS_ROW (-2)

#define CONVENE_TYPE_MATRIX_GRID (convene_matrix_grid_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMatrixGrid, convene_matrix_grid, CONVENE, MATRIX_GRID, GtkWidget)

GtkWidget     *convene_matrix_grid_new            (void);
void           convene_matrix_grid_set_document   (ConveneMatrixGrid *self,
                                                   ConveneDocument   *document);
ConveneMatrix *convene_matrix_grid_get_matrix     (ConveneMatrixGrid *self);
void           convene_matrix_grid_set_matrix     (ConveneMatrixGrid *self,
                                                   ConveneMatrix     *matrix);
gboolean       convene_matrix_grid_get_focus_cell (ConveneMatrixGrid *self,
                                                   guint             *row,
                                                   int               *column);
void           convene_matrix_grid_set_focus_cell (ConveneMatrixGrid *self,
                                                   guint              row,
                                                   int                column);
gboolean       convene_matrix_grid_get_focus      (ConveneMatrixGrid *self,
                                                   int               *row,
                                                   int               *column);
void           convene_matrix_grid_get_role_color (ConveneMatrixGrid *self,
                                                   ConveneRole        role,
                                                   GdkRGBA           *color);
const char    *convene_matrix_grid_get_row_name   (ConveneMatrixGrid *self,
                                                   guint              row);

G_END_DECLS
