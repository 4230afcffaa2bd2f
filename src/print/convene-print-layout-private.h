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
 * the layout. */
typedef struct
{
  double top;
  double bottom;
} ConvenePrintLine;

/* Draws something (a chart) in a box whose top left corner is cr's origin */
typedef void (*ConvenePrintDrawFunc) (cairo_t      *cr,
                                      GObject      *object,
                                      PangoContext *context,
                                      double        width,
                                      double        height);

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
void          convene_print_text_set_weight           (PangoLayout        *layout,
                                                       guint               start,
                                                       guint               end,
                                                       PangoWeight         weight);
void          convene_print_text_set_size             (PangoLayout        *layout,
                                                       guint               start,
                                                       guint               end,
                                                       double              size);
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
