/* convene-matrix-drawing.h: the attendance grid's colours and drawing
 *
 * Private to ConveneMatrixGrid (not a GObject). The grid works out where
 * things are and what is in view, once a frame, into a ConveneMatrixFrame;
 * each drawn region (the cells, the participant column, the header rows,
 * the corner, the rules between them) is one function of that frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-matrix-grid.h"

G_BEGIN_DECLS

#define CONVENE_MATRIX_CELL_PADDING 6

/* The grid's colours, from the style (style.css names the roles' colours;
 * they follow the dark style) */
typedef struct
{
  GdkRGBA fg;
  GdkRGBA dim;        /* secondary text */
  GdkRGBA faint;      /* absent, not recorded */
  GdkRGBA line;
  GdkRGBA band;       /* every other row */
  GdkRGBA frozen;     /* the participant column and the header rows */
  GdkRGBA unknown;    /* columns whose attendance is not recorded */
  GdkRGBA accent;
  GdkRGBA cross;      /* the focus cell's row and column */
  GdkRGBA roles[CONVENE_ROLE_NOT_RECORDED + 1];
} ConveneMatrixPalette;

/* One frame: the geometry (from the grid's metrics and allocation), the
 * cells in view, the focus cell, and the colours and layouts to draw with */
typedef struct
{
  GtkSnapshot *snapshot;
  ConveneMatrix *matrix;
  ConveneMatrixPalette palette;

  int width, height;      /* the widget's */
  int name_width;         /* the participant column, row totals included */
  int totals_width;       /* the row totals, at the right of the names */
  int column_width;
  int row_height;
  int header_height;      /* the meeting headers */
  int totals_height;      /* the column totals, under them */
  int top;                /* both header rows */
  double sx, sy;          /* scrolled */
  int c0, c1, r0, r1;     /* the columns and rows in view: [c0, c1), [r0, r1) */

  int focus_row;          /* -1: none; or CONVENE_MATRIX_GRID_HEADER_ROW… */
  int focus_column;
  gboolean focused;       /* the widget has the keyboard focus */

  PangoLayout *roles[CONVENE_ROLE_NOT_RECORDED + 1];
  PangoLayout *text;
  PangoLayout *small;
  guint recorded;         /* meetings shown with recorded attendance */
} ConveneMatrixFrame;

void           convene_matrix_palette_init   (ConveneMatrixPalette *palette,
                                              GtkWidget            *widget);
PangoAttrList *convene_matrix_small_attrs    (void);

void           convene_matrix_frame_prepare  (ConveneMatrixFrame   *frame,
                                              GtkWidget            *widget);
void           convene_matrix_frame_clear    (ConveneMatrixFrame   *frame);
void           convene_matrix_draw_cells     (ConveneMatrixFrame   *frame);
void           convene_matrix_draw_names     (ConveneMatrixFrame   *frame);
void           convene_matrix_draw_headers   (ConveneMatrixFrame   *frame);
void           convene_matrix_draw_corner    (ConveneMatrixFrame   *frame);
void           convene_matrix_draw_rules     (ConveneMatrixFrame   *frame);

G_END_DECLS
