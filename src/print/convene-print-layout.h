/* convene-print-layout.h: pages laid out with Pango, drawn on any cairo_t
 *
 * A print layout turns part of a dataset into pages. paginate() lays
 * everything out for a page geometry and returns the number of pages;
 * draw_page() then draws one page on a cairo context whose user units are
 * points and whose origin is the top left corner of the sheet (a PDF
 * surface, or a GtkPrintContext's cairo context with GTK_UNIT_POINTS).
 * The same layout object serves the print dialog and the PDF export, so both
 * come out the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "convene-page-geometry.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PRINT_LAYOUT (convene_print_layout_get_type ())
G_DECLARE_DERIVABLE_TYPE (ConvenePrintLayout, convene_print_layout, CONVENE, PRINT_LAYOUT, GObject)

/* What a box on a page holds; for tests and for anyone checking a layout. */
typedef enum
{
  CONVENE_PRINT_ROLE_HEADER,     /* the running header */
  CONVENE_PRINT_ROLE_FOOTER,     /* the running footer */
  CONVENE_PRINT_ROLE_HEADING,    /* a heading: never the last thing on a page */
  CONVENE_PRINT_ROLE_TEXT,       /* body text */
  CONVENE_PRINT_ROLE_DECORATION, /* a rule or a bar: never over text */
  CONVENE_PRINT_ROLE_BACKGROUND, /* a fill or grid line that text sits on */
} ConvenePrintRole;

/* Where something is drawn on a page, in points from the sheet's top left. */
typedef struct
{
  ConvenePrintRole role;
  double x;
  double y;
  double width;
  double height;
} ConvenePrintBox;

struct _ConvenePrintLayoutClass
{
  GObjectClass parent_class;

  /* Lays the content out in the body rectangle (inside the margins, below
   * the running header and above the footer), starting pages with
   * convene_print_layout_add_page() (see convene-print-layout-private.h). */
  void (*paginate) (ConvenePrintLayout *self,
                    double              x,
                    double              y,
                    double              width,
                    double              height);

  gpointer padding[8];
};

guint convene_print_layout_paginate    (ConvenePrintLayout        *self,
                                       const ConvenePageGeometry *geometry);
guint convene_print_layout_get_n_pages (ConvenePrintLayout        *self);
void  convene_print_layout_draw_page   (ConvenePrintLayout        *self,
                                       cairo_t                   *cr,
                                       guint                      page_nr);

const ConvenePageGeometry *convene_print_layout_get_geometry    (ConvenePrintLayout *self);
ConvenePageOrientation     convene_print_layout_get_orientation (ConvenePrintLayout *self);
const char                *convene_print_layout_get_title       (ConvenePrintLayout *self);
GDateTime                 *convene_print_layout_get_print_date  (ConvenePrintLayout *self);
void                       convene_print_layout_set_print_date  (ConvenePrintLayout *self,
                                                                 GDateTime          *date);

/* For tests and checks */
GArray *convene_print_layout_get_page_boxes       (ConvenePrintLayout *self,
                                                   guint               page_nr);
char   *convene_print_layout_dup_page_text        (ConvenePrintLayout *self,
                                                   guint               page_nr);
guint   convene_print_layout_count_unknown_glyphs (ConvenePrintLayout *self);

char *convene_print_text_dup_printable (const char *text);

G_END_DECLS
