/* convene-matrix-drawing.c
 *
 * The attendance grid's palette and its drawing, region by region, from
 * one ConveneMatrixFrame (convene-matrix-drawing.h). Only the cells in view
 * are drawn, from one PangoLayout per role made once a frame. Each role has
 * a symbol (convene_role_get_symbol(): ● participant, ○ observer, ★ co-chair,
 * – absent, ? not recorded) as well as a colour, so the grid reads without
 * colour.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-grid"

#include <math.h>

#include <glib/gi18n.h>

#include "convene-matrix-drawing.h"

/* The named colour of each role (style.css), and one for a style without it */
static const struct {
  const char *name;
  GdkRGBA fallback;
} role_colors[] = {
  [CONVENE_ROLE_NONE] = { NULL, { 0 } },
  [CONVENE_ROLE_PARTICIPANT] = { "convene_matrix_participant_color", { 0.15, 0.64, 0.41, 1 } },
  [CONVENE_ROLE_OBSERVER] = { "convene_matrix_observer_color", { 0.21, 0.52, 0.89, 1 } },
  [CONVENE_ROLE_CO_CHAIR] = { "convene_matrix_co_chair_color", { 0.80, 0.45, 0.00, 1 } },
  [CONVENE_ROLE_NOT_RECORDED] = { NULL, { 0 } },
};

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

void
convene_matrix_palette_init (ConveneMatrixPalette *palette,
                             GtkWidget            *widget)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  gtk_style_context_get_color (context, &palette->fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &palette->accent))
    gdk_rgba_parse (&palette->accent, "#1c71d8");
  for (guint i = 0; i < G_N_ELEMENTS (role_colors); i++)
    if (role_colors[i].name == NULL ||
        !gtk_style_context_lookup_color (context, role_colors[i].name, &palette->roles[i]))
      palette->roles[i] = role_colors[i].fallback;
  G_GNUC_END_IGNORE_DEPRECATIONS

  palette->dim = with_alpha (&palette->fg, 0.65);
  palette->faint = with_alpha (&palette->fg, 0.4);
  palette->line = with_alpha (&palette->fg, 0.12);
  palette->band = with_alpha (&palette->fg, 0.03);
  palette->frozen = with_alpha (&palette->fg, 0.05);
  palette->unknown = with_alpha (&palette->fg, 0.06);
  palette->cross = with_alpha (&palette->accent, 0.12);
  palette->roles[CONVENE_ROLE_NONE] = palette->faint;
  palette->roles[CONVENE_ROLE_NOT_RECORDED] = palette->faint;
}

/* Returns: (transfer full): the small type of the headers and totals */
PangoAttrList *
convene_matrix_small_attrs (void)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  return attrs;
}

/* The layouts of a frame: one per role's symbol, the names, the small type */
void
convene_matrix_frame_prepare (ConveneMatrixFrame *f,
                              GtkWidget          *widget)
{
  PangoAttrList *attrs;

  convene_matrix_palette_init (&f->palette, widget);
  f->recorded = convene_matrix_get_n_recorded (f->matrix);

  /* the attended roles bold, so that the hollow circle is not a hairline */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  for (guint i = 0; i < G_N_ELEMENTS (f->roles); i++)
    {
      f->roles[i] = gtk_widget_create_pango_layout (widget, convene_role_get_symbol (i));
      if (convene_role_attended (i))
        pango_layout_set_attributes (f->roles[i], attrs);
    }
  pango_attr_list_unref (attrs);

  f->text = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_ellipsize (f->text, PANGO_ELLIPSIZE_END);
  f->small = gtk_widget_create_pango_layout (widget, NULL);
  attrs = convene_matrix_small_attrs ();
  pango_layout_set_attributes (f->small, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_ellipsize (f->small, PANGO_ELLIPSIZE_END);
}

void
convene_matrix_frame_clear (ConveneMatrixFrame *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->roles); i++)
    g_clear_object (&f->roles[i]);
  g_clear_object (&f->text);
  g_clear_object (&f->small);
}

/* Primitives */

static void
fill (ConveneMatrixFrame *f,
      const GdkRGBA      *color,
      double              x,
      double              y,
      double              width,
      double              height)
{
  gtk_snapshot_append_color (f->snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* Draws layout centred in the box, or from its left (align < 0) or its right
 * (align > 0) edge with the padding. */
static void
draw_layout (ConveneMatrixFrame *f,
             PangoLayout        *layout,
             const GdkRGBA      *color,
             double              x,
             double              y,
             double              width,
             double              height,
             int                 align)
{
  int w, h;
  double tx;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (align < 0)
    tx = x + CONVENE_MATRIX_CELL_PADDING;
  else if (align > 0)
    tx = x + width - CONVENE_MATRIX_CELL_PADDING - w;
  else
    tx = x + (width - w) / 2;

  gtk_snapshot_save (f->snapshot);
  gtk_snapshot_translate (f->snapshot, &GRAPHENE_POINT_INIT (floor (tx), floor (y + (height - h) / 2)));
  gtk_snapshot_append_layout (f->snapshot, layout, color);
  gtk_snapshot_restore (f->snapshot);
}

static void
draw_text (ConveneMatrixFrame *f,
           PangoLayout        *layout,
           const char         *text,
           const GdkRGBA      *color,
           double              x,
           double              y,
           double              width,
           double              height,
           int                 align)
{
  pango_layout_set_text (layout, text, -1);
  draw_layout (f, layout, color, x, y, width, height, align);
}

/* The focus cell's outline, inside the box */
static void
draw_focus_outline (ConveneMatrixFrame *f,
                    double              x,
                    double              y,
                    double              width,
                    double              height)
{
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];

  for (guint i = 0; i < 4; i++)
    colors[i] = f->focused ? f->palette.accent : with_alpha (&f->palette.fg, 0.35);
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x + 1, y + 1, width - 2, height - 2), 4);
  gtk_snapshot_append_border (f->snapshot, &outline, widths, colors);
}

/* Where column c and row r are drawn */
static double
column_x (ConveneMatrixFrame *f,
          int                 c)
{
  return f->name_width + (double) c * f->column_width - f->sx;
}

static double
row_y (ConveneMatrixFrame *f,
       int                 r)
{
  return f->top + (double) r * f->row_height - f->sy;
}

static gboolean
focus_in_header_rows (ConveneMatrixFrame *f)
{
  return f->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW || f->focus_row == CONVENE_MATRIX_GRID_TOTALS_ROW;
}

/* The focus cell of the header rows: its top and its height */
static void
header_focus_box (ConveneMatrixFrame *f,
                  double             *y,
                  double             *height)
{
  gboolean header = f->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW;

  *y = header ? 0 : f->header_height;
  *height = header ? f->header_height : f->totals_height;
}

/* Regions */

/* The cells: banded rows, columns of unrecorded attendance shaded, the focus
 * cell's row and column crossed, a role's symbol in each */
void
convene_matrix_draw_cells (ConveneMatrixFrame *f)
{
  const ConveneMatrixPalette *p = &f->palette;
  double cells_width = MAX (f->width - f->name_width, 0);

  gtk_snapshot_push_clip (f->snapshot, &GRAPHENE_RECT_INIT (f->name_width, f->top, cells_width,
                                                            MAX (f->height - f->top, 0)));
  for (int r = f->r0; r < f->r1; r++)
    if (r % 2 == 1)
      fill (f, &p->band, f->name_width, row_y (f, r), f->width - f->name_width, f->row_height);
  for (int c = f->c0; c < f->c1; c++)
    {
      double x = column_x (f, c);

      if (!convene_matrix_column_is_recorded (f->matrix, c))
        fill (f, &p->unknown, x, f->top, f->column_width, f->height - f->top);
      fill (f, &p->line, x + f->column_width - 1, f->top, 1, f->height - f->top);
    }
  if (f->focus_row >= 0)
    {
      fill (f, &p->cross, f->name_width, row_y (f, f->focus_row), f->width - f->name_width, f->row_height);
      if (f->focus_column >= 0)
        fill (f, &p->cross, column_x (f, f->focus_column), f->top, f->column_width, f->height - f->top);
    }
  for (int c = f->c0; c < f->c1; c++)
    for (int r = f->r0; r < f->r1; r++)
      {
        ConveneRole role = convene_matrix_get_role (f->matrix, r, c);

        draw_layout (f, f->roles[role], &p->roles[role], column_x (f, c), row_y (f, r),
                     f->column_width, f->row_height, 0);
      }
  if (f->focus_row >= 0 && f->focus_column >= 0)
    draw_focus_outline (f, column_x (f, f->focus_column), row_y (f, f->focus_row),
                        f->column_width, f->row_height);
  gtk_snapshot_pop (f->snapshot);
}

/* The participant column, which stays at the left: names and row totals */
void
convene_matrix_draw_names (ConveneMatrixFrame *f)
{
  const ConveneMatrixPalette *p = &f->palette;

  gtk_snapshot_push_clip (f->snapshot, &GRAPHENE_RECT_INIT (0, f->top, f->name_width,
                                                            MAX (f->height - f->top, 0)));
  fill (f, &p->frozen, 0, f->top, f->name_width, f->height - f->top);
  pango_layout_set_width (f->text, (f->name_width - f->totals_width - CONVENE_MATRIX_CELL_PADDING) * PANGO_SCALE);
  pango_layout_set_width (f->small, -1);
  for (int r = f->r0; r < f->r1; r++)
    {
      ConveneParticipant *participant = convene_matrix_get_participant (f->matrix, r);
      g_autofree char *totals = g_strdup_printf ("%u/%u", convene_matrix_get_row_attended (f->matrix, r),
                                                 f->recorded);
      double y = row_y (f, r);

      if (r % 2 == 1)
        fill (f, &p->band, 0, y, f->name_width, f->row_height);
      if (r == f->focus_row)
        fill (f, &p->cross, 0, y, f->name_width, f->row_height);
      /* the short name where there is one ("UNHCR"): the tooltip gives the name in full */
      draw_text (f, f->text, convene_participant_get_label (participant), &p->fg,
                 0, y, f->name_width, f->row_height, -1);
      draw_text (f, f->small, totals, &p->dim, 0, y, f->name_width, f->row_height, 1);
    }
  if (f->focus_row >= 0 && f->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    draw_focus_outline (f, 0, row_y (f, f->focus_row), f->name_width - 1, f->row_height);
  gtk_snapshot_pop (f->snapshot);
}

/* Above the number ("14th · 2019", "Mar 2010"): the kind, or when the matrix shows one kind only, the
 * city (the place in the tooltip gives the rest). */
static const char *
header_first_line (ConveneMatrix  *matrix,
                   ConveneMeeting *meeting)
{
  if (convene_matrix_get_kind (matrix) == NULL)
    return convene_meeting_kind_get_short_label (convene_meeting_get_meeting_kind (meeting));
  if (convene_meeting_get_city (meeting) != NULL)
    return convene_meeting_get_city (meeting);
  if (convene_meeting_get_mode (meeting) == CONVENE_MEETING_MODE_VIRTUAL)
    return _("Online");
  return "";
}

/* The header rows, which stay at the top: the meetings, then how many of
 * the participants shown attended each */
void
convene_matrix_draw_headers (ConveneMatrixFrame *f)
{
  const ConveneMatrixPalette *p = &f->palette;
  double line_height = (f->header_height - 2 * CONVENE_MATRIX_CELL_PADDING) / 2.0;

  gtk_snapshot_push_clip (f->snapshot, &GRAPHENE_RECT_INIT (f->name_width, 0,
                                                            MAX (f->width - f->name_width, 0), f->top));
  fill (f, &p->frozen, f->name_width, 0, f->width - f->name_width, f->top);
  pango_layout_set_width (f->small, (f->column_width - 4) * PANGO_SCALE);
  for (int c = f->c0; c < f->c1; c++)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (f->matrix, c);
      g_autofree char *number = convene_meeting_dup_number_label (meeting);
      double x = column_x (f, c);

      if (c == f->focus_column)
        fill (f, &p->cross, x, 0, f->column_width, f->top);
      if (!convene_matrix_column_is_recorded (f->matrix, c))
        fill (f, &p->unknown, x, f->header_height, f->column_width, f->totals_height);
      fill (f, &p->line, x + f->column_width - 1, 0, 1, f->top);

      draw_text (f, f->small, header_first_line (f->matrix, meeting), &p->dim,
                 x, CONVENE_MATRIX_CELL_PADDING, f->column_width, line_height, 0);
      draw_text (f, f->small, number, &p->fg,
                 x, CONVENE_MATRIX_CELL_PADDING + line_height, f->column_width, line_height, 0);

      if (convene_matrix_column_is_recorded (f->matrix, c))
        {
          g_autofree char *total = g_strdup_printf ("%u", convene_matrix_get_column_attended (f->matrix, c));

          draw_text (f, f->small, total, &p->fg, x, f->header_height, f->column_width, f->totals_height, 0);
        }
      else
        draw_layout (f, f->roles[CONVENE_ROLE_NOT_RECORDED], &p->faint, x, f->header_height,
                     f->column_width, f->totals_height, 0);
    }
  if (focus_in_header_rows (f) && f->focus_column >= 0)
    {
      double y, height;

      header_focus_box (f, &y, &height);
      draw_focus_outline (f, column_x (f, f->focus_column), y, f->column_width, height);
    }
  gtk_snapshot_pop (f->snapshot);
}

/* Where the header rows meet the participant column: what each part is */
void
convene_matrix_draw_corner (ConveneMatrixFrame *f)
{
  const ConveneMatrixPalette *p = &f->palette;
  int half = f->header_height / 2;

  fill (f, &p->frozen, 0, 0, f->name_width, f->top);
  pango_layout_set_width (f->small, (f->name_width - f->totals_width - CONVENE_MATRIX_CELL_PADDING) * PANGO_SCALE);
  draw_text (f, f->small, _("Participant"), &p->dim, 0, half, f->name_width, half, -1);
  pango_layout_set_width (f->small, -1);
  draw_text (f, f->small, _("Attended"), &p->dim, 0, half, f->name_width, half, 1);
  pango_layout_set_width (f->small, (f->name_width - 2 * CONVENE_MATRIX_CELL_PADDING) * PANGO_SCALE);
  draw_text (f, f->small, _("Participants attending"), &p->dim,
             0, f->header_height, f->name_width, f->totals_height, -1);

  if (focus_in_header_rows (f) && f->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    {
      double y, height;

      header_focus_box (f, &y, &height);
      draw_focus_outline (f, 0, y, f->name_width - 1, height);
    }
}

/* Rules between the frozen parts and the cells */
void
convene_matrix_draw_rules (ConveneMatrixFrame *f)
{
  fill (f, &f->palette.line, 0, f->header_height - 1, f->width, 1);
  fill (f, &f->palette.line, 0, f->top - 1, f->width, 1);
  fill (f, &f->palette.line, f->name_width - 1, 0, 1, f->height);
}
