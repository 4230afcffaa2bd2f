/* convene-print-layout-private.h: what a print layout's subclasses use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "convene-print-layout.h"

G_BEGIN_DECLS

/* Colours, as 0xRRGGBB */
#define CONVENE_PRINT_INK        0x1b1b1f
#define CONVENE_PRINT_INK_DIM    0x5e5c64
#define CONVENE_PRINT_ACCENT     0x1a5fb4
#define CONVENE_PRINT_WARNING    0xc64600
#define CONVENE_PRINT_RULE       0xb8b6b2
#define CONVENE_PRINT_SHADE      0xf0efed

/* The vertical slot of one line of a PangoLayout, in points from the top of
 * the layout, and the horizontal extent of its ink, from the layout's left
 * edge (0, 0 for a line without ink). */
typedef struct
{
  double top;
  double bottom;
  double ink_left;
  double ink_right;
} ConvenePrintLine;

/* One piece of a paragraph (convene_print_layout_create_paragraph()):
 * lines 0 to lines->len - 1 of its layout. The layout may hold more text
 * (a line that the next piece begins with), never drawn. */
typedef struct
{
  PangoLayout *layout;
  GArray *lines;      /* of ConvenePrintLine */
  double baseline;    /* of the first line, from the layout's top */
} ConvenePrintPiece;

/* Draws something (a chart) in a box whose top left corner is cr's origin */
typedef void (*ConvenePrintDrawFunc) (cairo_t      *cr,
                                      GObject      *object,
                                      PangoContext *context,
                                      double        width,
                                      double        height);

/* Called as a pagination goes; FALSE stops it */
typedef gboolean (*ConvenePrintCheckpointFunc) (gpointer data);

void     convene_print_layout_set_checkpoint (ConvenePrintLayout         *self,
                                              ConvenePrintCheckpointFunc  func,
                                              gpointer                    data);
gboolean convene_print_layout_is_cancelled   (ConvenePrintLayout         *self);

void convene_print_layout_set_orientation (ConvenePrintLayout     *self,
                                           ConvenePageOrientation  orientation);

void          convene_print_layout_set_title          (ConvenePrintLayout *self,
                                                       const char         *title);
PangoContext *convene_print_layout_get_pango_context  (ConvenePrintLayout *self);
PangoLayout  *convene_print_layout_create_text        (ConvenePrintLayout *self,
                                                       const char         *text,
                                                       double              size,
                                                       PangoWeight         weight,
                                                       PangoStyle          style,
                                                       double              width);
void          convene_print_text_set_colour           (PangoLayout        *layout,
                                                       guint               start,
                                                       guint               end,
                                                       guint32             rgb);
PangoAttribute *convene_print_attr_colour_new         (guint32             rgb);
void          convene_print_attrs_insert              (PangoAttrList      *attrs,
                                                       PangoAttribute     *attr,
                                                       guint               start,
                                                       guint               end);
void          convene_print_text_set_weight           (PangoLayout        *layout,
                                                       guint               start,
                                                       guint               end,
                                                       PangoWeight         weight);
void          convene_print_text_set_size             (PangoLayout        *layout,
                                                       guint               start,
                                                       guint               end,
                                                       double              size);
GPtrArray    *convene_print_layout_create_paragraph   (ConvenePrintLayout *self,
                                                       const char         *text,
                                                       double              size,
                                                       PangoWeight         weight,
                                                       PangoStyle          style,
                                                       double              width,
                                                       double              line_spacing,
                                                       PangoAttrList      *attrs);
void          convene_print_piece_free                (gpointer            piece);
double        convene_print_piece_get_height          (const ConvenePrintPiece *piece);
gsize         convene_print_text_get_longest          (gboolean            reset);
GArray       *convene_print_text_measure_lines        (PangoLayout        *layout);
double        convene_print_text_get_width            (PangoLayout        *layout);
double        convene_print_text_get_height           (PangoLayout        *layout);
double        convene_print_text_get_baseline         (PangoLayout        *layout);

guint         convene_print_layout_add_page           (ConvenePrintLayout *self,
                                                       const char         *label);
void          convene_print_layout_add_lines          (ConvenePrintLayout *self,
                                                       ConvenePrintRole    role,
                                                       PangoLayout        *layout,
                                                       guint               first_line,
                                                       guint               n_lines,
                                                       double              x,
                                                       double              y,
                                                       guint32             rgb);
void          convene_print_layout_add_piece          (ConvenePrintLayout *self,
                                                       ConvenePrintRole    role,
                                                       const ConvenePrintPiece *piece,
                                                       guint               first_line,
                                                       guint               n_lines,
                                                       double              x,
                                                       double              y,
                                                       guint32             rgb);
void          convene_print_layout_add_text           (ConvenePrintLayout *self,
                                                       ConvenePrintRole    role,
                                                       PangoLayout        *layout,
                                                       double              x,
                                                       double              y,
                                                       guint32             rgb);
void          convene_print_layout_add_rotated_text   (ConvenePrintLayout *self,
                                                       ConvenePrintRole    role,
                                                       PangoLayout        *layout,
                                                       double              x,
                                                       double              y,
                                                       guint32             rgb);
void          convene_print_layout_add_rect           (ConvenePrintLayout *self,
                                                       ConvenePrintRole    role,
                                                       double              x,
                                                       double              y,
                                                       double              width,
                                                       double              height,
                                                       guint32             rgb);

void          convene_print_layout_add_drawing        (ConvenePrintLayout  *self,
                                                       ConvenePrintRole     role,
                                                       double               x,
                                                       double               y,
                                                       double               width,
                                                       double               height,
                                                       ConvenePrintDrawFunc draw,
                                                       GObject             *object);

G_END_DECLS
