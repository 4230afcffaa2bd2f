/* convene-page-geometry.h: a page's size and margins, in points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CONVENE_PAPER_A4,
  CONVENE_PAPER_LETTER,
} ConvenePaper;

typedef enum
{
  CONVENE_PAGE_PORTRAIT,
  CONVENE_PAGE_LANDSCAPE,
} ConvenePageOrientation;

/* Everything is in points (1/72 inch), from the top left corner of the
 * sheet. The margins enclose everything a layout draws, running header and
 * footer included. */
typedef struct
{
  double width;
  double height;
  double margin_top;
  double margin_right;
  double margin_bottom;
  double margin_left;
} ConvenePageGeometry;

/* The margins Convene uses unless the user chose others, in millimetres. */
#define CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM    15.0
#define CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM 15.0
#define CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM   20.0

void     convene_page_geometry_init         (ConvenePageGeometry       *geometry,
                                             ConvenePaper               paper,
                                             ConvenePageOrientation     orientation);
void     convene_page_geometry_init_custom  (ConvenePageGeometry       *geometry,
                                             double                     width,
                                             double                     height,
                                             double                     margin_top,
                                             double                     margin_right,
                                             double                     margin_bottom,
                                             double                     margin_left);
gboolean convene_page_geometry_is_usable    (const ConvenePageGeometry *geometry);
void     convene_page_geometry_get_content  (const ConvenePageGeometry *geometry,
                                             double                    *x,
                                             double                    *y,
                                             double                    *width,
                                             double                    *height);
gboolean convene_paper_from_string          (const char                *name,
                                             ConvenePaper              *paper);

G_END_DECLS
