/* convene-matrix-grid-private.h: what the grid's files share
 *
 * ConveneMatrixGrid is one type in four files: convene-matrix-grid.c (the
 * widget: geometry, scrolling, pointer, tooltips, the matrix),
 * convene-matrix-grid-focus.c (the focus cell, the keys that move it, what a
 * screen reader says), convene-matrix-grid-editing.c (edit mode: cells set
 * through the document) and convene-matrix-drawing.c (its palette and its
 * drawing, region by region).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-matrix-drawing.h"
#include "convene-matrix-grid.h"

G_BEGIN_DECLS

#define NO_ROW (-1)
/* Focus rows in the order the keys move through them: the header rows
 * first (0 and 1), then the matrix's rows */
#define N_HEADER_ROWS 2
#define TO_VISUAL_ROW(row) ((row) >= 0 ? (row) + N_HEADER_ROWS : (row) - CONVENE_MATRIX_GRID_HEADER_ROW)
#define FROM_VISUAL_ROW(v) ((v) >= N_HEADER_ROWS ? (v) - N_HEADER_ROWS : (v) + CONVENE_MATRIX_GRID_HEADER_ROW)

#define MIN_NAME_WIDTH 110
#define MAX_NAME_WIDTH 260

struct _ConveneMatrixGrid
{
  GtkWidget parent_instance;

  ConveneMatrix *matrix;
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  GtkScrollablePolicy hscroll_policy;
  GtkScrollablePolicy vscroll_policy;

  /* geometry, from the font and the matrix; see update_metrics() */
  gboolean metrics_valid;
  int row_height;
  int column_width;
  int header_height;    /* the meeting headers */
  int totals_height;    /* the column totals, under them */
  int totals_width;     /* the row totals, at the right of the names */
  int name_width;       /* the whole participant column; from the allocation */

  /* the focus cell; row NO_ROW when there is none */
  int focus_row;
  int focus_column;
  char *focus_participant;  /* ids, to find the cell again in a new matrix */
  char *focus_meeting;

  /* edit mode: roles set through the document (NULL: not editing) */
  ConveneDocument *document;
};

/* convene-matrix-grid.c */
gboolean _convene_matrix_grid_has_cells               (ConveneMatrixGrid *self);
void     _convene_matrix_grid_ensure_metrics          (ConveneMatrixGrid *self);
void     _convene_matrix_grid_activate_cell           (ConveneMatrixGrid *self,
                                                       int                row,
                                                       int                column);

/* convene-matrix-grid-focus.c */
void     _convene_matrix_grid_set_focus               (ConveneMatrixGrid *self,
                                                       int                row,
                                                       int                column);
void     _convene_matrix_grid_refind_focus            (ConveneMatrixGrid *self);
void     _convene_matrix_grid_update_accessible_label (ConveneMatrixGrid *self);
void     _convene_matrix_grid_class_keys_init         (GtkWidgetClass    *widget_class);

/* convene-matrix-grid-editing.c */
gboolean _convene_matrix_grid_edit_click              (ConveneMatrixGrid *self,
                                                       int                row,
                                                       int                column);
void     _convene_matrix_grid_class_editing_init      (GtkWidgetClass    *widget_class);

G_END_DECLS
