/* convene-page-geometry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "convene-page-geometry.h"

#define POINTS_PER_MM (72.0 / 25.4)

/* ISO 216 A4 is 210 × 297 mm; US Letter 8.5 × 11 in. */
static const struct {
  const char *name;
  double width;
  double height;
} papers[] = {
  [CONVENE_PAPER_A4] = { "a4", 210.0 * POINTS_PER_MM, 297.0 * POINTS_PER_MM },
  [CONVENE_PAPER_LETTER] = { "letter", 8.5 * 72.0, 11.0 * 72.0 },
};

/* The paper in the orientation asked for, with Convene's default margins.
 * In landscape the long edge runs across and the margins stay as they are
 * (the top margin is still at the top of what is printed). */
void
convene_page_geometry_init (ConvenePageGeometry    *geometry,
                            ConvenePaper            paper,
                            ConvenePageOrientation  orientation)
{
  double width, height;

  g_return_if_fail (geometry != NULL);
  g_return_if_fail (paper <= CONVENE_PAPER_LETTER);

  width = papers[paper].width;
  height = papers[paper].height;
  if (orientation == CONVENE_PAGE_LANDSCAPE)
    {
      double tmp = width;

      width = height;
      height = tmp;
    }

  convene_page_geometry_init_custom (geometry, width, height,
                                     CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM * POINTS_PER_MM,
                                     CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM * POINTS_PER_MM,
                                     CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM * POINTS_PER_MM,
                                     CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM * POINTS_PER_MM);
}

/* Any size and margins, as a print dialog's page setup gives them. */
void
convene_page_geometry_init_custom (ConvenePageGeometry *geometry,
                                   double               width,
                                   double               height,
                                   double               margin_top,
                                   double               margin_right,
                                   double               margin_bottom,
                                   double               margin_left)
{
  g_return_if_fail (geometry != NULL);

  geometry->width = width;
  geometry->height = height;
  geometry->margin_top = MAX (margin_top, 0.0);
  geometry->margin_right = MAX (margin_right, 0.0);
  geometry->margin_bottom = MAX (margin_bottom, 0.0);
  geometry->margin_left = MAX (margin_left, 0.0);
}

/* Whether something can be laid out in what the margins leave: at least
 * 1.5 × 1.5 inches. */
gboolean
convene_page_geometry_is_usable (const ConvenePageGeometry *geometry)
{
  double x, y, width, height;

  g_return_val_if_fail (geometry != NULL, FALSE);

  convene_page_geometry_get_content (geometry, &x, &y, &width, &height);
  return width >= 108.0 && height >= 108.0;
}

/* The rectangle inside the margins. */
void
convene_page_geometry_get_content (const ConvenePageGeometry *geometry,
                                   double                    *x,
                                   double                    *y,
                                   double                    *width,
                                   double                    *height)
{
  g_return_if_fail (geometry != NULL);

  if (x != NULL)
    *x = geometry->margin_left;
  if (y != NULL)
    *y = geometry->margin_top;
  if (width != NULL)
    *width = geometry->width - geometry->margin_left - geometry->margin_right;
  if (height != NULL)
    *height = geometry->height - geometry->margin_top - geometry->margin_bottom;
}

/* "a4" or "letter", in any case. */
gboolean
convene_paper_from_string (const char   *name,
                           ConvenePaper *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        if (paper != NULL)
          *paper = i;
        return TRUE;
      }
  return FALSE;
}
