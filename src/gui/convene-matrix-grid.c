/* convene-matrix-grid.c
 *
 * Draws a ConveneMatrix with GtkSnapshot: no widget per cell, and only the
 * cells in view are drawn, so 250 participants by 10,000 meetings cost what
 * a screenful does. The grid is a GtkScrollable inside a GtkScrolledWindow;
 * the adjustments scroll the cells only. The participant column (names and
 * row totals) stays at the left and the header rows (meeting headers and
 * column totals) at the top, drawn at fixed positions over the cells.
 *
 * The drawing, region by region, and the palette are in
 * convene-matrix-drawing.c; the focus cell and the keys that move it in
 * convene-matrix-grid-focus.c (convene-matrix-grid-private.h: the struct
 * they share). GTK 4.8 has no accessible objects for drawn cells, so the
 * widget's accessible label is the focus cell's description ("Canada:
 * observer, 10th Ad Hoc Group Senior Officials’ Meeting, Bangkok, Thailand,
 * 2 February 2016"), updated as the focus moves; screen readers announce
 * the change of name of the focused widget. Its accessible description
 * gives the size ("9 participants × 32 meetings"), and its row and column
 * counts include the header rows and the participant column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-grid"

#include <glib/gi18n.h>

#include "convene-matrix-drawing.h"
#include "convene-matrix-grid-private.h"

static void convene_matrix_grid_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ConveneMatrixGrid, convene_matrix_grid, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      convene_matrix_grid_scrollable_init))

enum {
  PROP_0,
  PROP_MATRIX,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  MEETING_ACTIVATED,
  PARTICIPANT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What the participant column shows for a row: the short name where there
 * is one ("UNHCR", where the name is cut off); the tooltip and the
 * accessible label give the name in full. */
const char *
convene_matrix_grid_get_row_name (ConveneMatrixGrid *self,
                                  guint              row)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_GRID (self), NULL);
  g_return_val_if_fail (self->matrix != NULL && row < convene_matrix_get_n_rows (self->matrix), NULL);

  return convene_participant_get_label (convene_matrix_get_participant (self->matrix, row));
}

/* Geometry */

gboolean
_convene_matrix_grid_has_cells (ConveneMatrixGrid *self)
{
  return self->matrix != NULL &&
         convene_matrix_get_n_rows (self->matrix) > 0 &&
         convene_matrix_get_n_columns (self->matrix) > 0;
}

static void
measure_text (ConveneMatrixGrid *self,
              const char        *text,
              gboolean           small,
              int               *width,
              int               *height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (small)
    {
      PangoAttrList *attrs = convene_matrix_small_attrs ();

      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_get_pixel_size (layout, width, height);
}

static void
update_metrics (ConveneMatrixGrid *self)
{
  guint max_number = 88, max_recorded = 88;
  g_autofree char *ordinal = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *totals_text = NULL;
  int width, height, small_height, symbol_width;

  if (self->matrix != NULL)
    {
      for (guint c = 0; c < convene_matrix_get_n_columns (self->matrix); c++)
        max_number = MAX (max_number, convene_meeting_get_number (convene_matrix_get_meeting (self->matrix, c)));
      max_recorded = MAX (max_recorded, convene_matrix_get_n_recorded (self->matrix));
    }

  /* the widest header has the most digits; 8 is as wide as any digit */
  ordinal = convene_format_ordinal (max_number);
  for (char *p = ordinal; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      *p = '8';
  /* TRANSLATORS: see "%s · %u" above */
  number_text = g_strdup_printf (_("%s · %u"), ordinal, 2888);
  measure_text (self, number_text, TRUE, &width, &small_height);
  measure_text (self, "●★", FALSE, &symbol_width, &height);

  self->column_width = MAX (width, symbol_width) + 2 * CONVENE_MATRIX_CELL_PADDING + 4;
  self->row_height = MAX (height + 10, 28);
  self->header_height = 2 * small_height + 2 * CONVENE_MATRIX_CELL_PADDING;
  self->totals_height = self->row_height;

  totals_text = g_strdup_printf ("%u/%u", max_recorded, max_recorded);
  measure_text (self, totals_text, TRUE, &width, NULL);
  self->totals_width = width + 2 * CONVENE_MATRIX_CELL_PADDING;

  self->metrics_valid = TRUE;
}

void
_convene_matrix_grid_ensure_metrics (ConveneMatrixGrid *self)
{
  if (!self->metrics_valid)
    update_metrics (self);
}

static int
top_height (ConveneMatrixGrid *self)
{
  return self->header_height + self->totals_height;
}

static void
configure_adjustments (ConveneMatrixGrid *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  guint n_rows = self->matrix != NULL ? convene_matrix_get_n_rows (self->matrix) : 0;
  guint n_columns = self->matrix != NULL ? convene_matrix_get_n_columns (self->matrix) : 0;
  double page_width, page_height, upper;

  _convene_matrix_grid_ensure_metrics (self);
  self->name_width = CLAMP (width * 2 / 5, MIN_NAME_WIDTH, MAX_NAME_WIDTH);
  self->name_width = MAX (self->name_width, self->totals_width + 40);

  page_width = MAX (width - self->name_width, 0);
  upper = (double) n_columns * self->column_width;
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (upper - page_width, 0)),
                              0, upper, self->column_width, MAX (page_width * 0.9, 1), page_width);

  page_height = MAX (height - top_height (self), 0);
  upper = (double) n_rows * self->row_height;
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (upper - page_height, 0)),
                              0, upper, self->row_height, MAX (page_height * 0.9, 1), page_height);
}

static double
scroll_x (ConveneMatrixGrid *self)
{
  return self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (ConveneMatrixGrid *self)
{
  return self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* What is at (x, y): a row (-1: the header rows) and a column (-1: the
 * participant column); FALSE outside the matrix. */
static gboolean
hit_test (ConveneMatrixGrid *self,
          double             x,
          double             y,
          int               *row,
          int               *column)
{
  double cx, cy;

  if (!_convene_matrix_grid_has_cells (self))
    return FALSE;
  _convene_matrix_grid_ensure_metrics (self);

  if (x < self->name_width)
    *column = CONVENE_MATRIX_GRID_NAME_COLUMN;
  else
    {
      cx = x - self->name_width + scroll_x (self);
      *column = (int) (cx / self->column_width);
      if (*column >= (int) convene_matrix_get_n_columns (self->matrix))
        return FALSE;
    }

  if (y < top_height (self))
    *row = -1;
  else
    {
      cy = y - top_height (self) + scroll_y (self);
      *row = (int) (cy / self->row_height);
      if (*row >= (int) convene_matrix_get_n_rows (self->matrix))
        return FALSE;
    }
  return TRUE;
}

/* Pointer */

/* A meeting's cell or header, or a participant's name: says which */
void
_convene_matrix_grid_activate_cell (ConveneMatrixGrid *self,
                                    int                row,
                                    int                column)
{
  if (!_convene_matrix_grid_has_cells (self))
    return;

  if (column >= 0)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_matrix_get_meeting (self->matrix, column));
  else if (row >= 0)
    g_signal_emit (self, signals[PARTICIPANT_ACTIVATED], 0, convene_matrix_get_participant (self->matrix, row));
}


static void
on_pressed_cb (GtkGestureClick   *gesture,
               int                n_press,
               double             x,
               double             y,
               ConveneMatrixGrid *self)
{
  int row, column;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!hit_test (self, x, y, &row, &column))
    return;

  if (row >= 0)
    _convene_matrix_grid_set_focus (self, row, column);
  /* in edit mode each click cycles the cell's role, and opens nothing */
  if (_convene_matrix_grid_edit_click (self, row, column))
    return;
  if (n_press == 2)
    _convene_matrix_grid_activate_cell (self, row, column);
}

static void
on_focus_enter_cb (ConveneMatrixGrid *self)
{
  if (self->focus_row == NO_ROW && _convene_matrix_grid_has_cells (self))
    {
      int row = (int) (scroll_y (self) / MAX (self->row_height, 1));
      int column = (int) (scroll_x (self) / MAX (self->column_width, 1));

      _convene_matrix_grid_set_focus (self, row, column);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
convene_matrix_grid_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  g_autofree char *text = NULL;
  int row, column;
  GdkRectangle area;

  if (keyboard_tooltip)
    {
      if (self->focus_row == NO_ROW)
        return FALSE;
      row = self->focus_row;
      column = self->focus_column;
    }
  else if (!hit_test (self, x, y, &row, &column))
    return FALSE;

  if (column >= 0)
    {
      area.x = self->name_width + column * self->column_width - (int) scroll_x (self);
      area.width = self->column_width;
    }
  else
    {
      area.x = 0;
      area.width = self->name_width;
    }
  if (row >= 0)
    {
      area.y = top_height (self) + row * self->row_height - (int) scroll_y (self);
      area.height = self->row_height;
    }
  else
    {
      area.y = y < self->header_height ? 0 : self->header_height;
      area.height = y < self->header_height ? self->header_height : self->totals_height;
    }

  if (row >= 0 && column >= 0)
    text = convene_matrix_describe_cell (self->matrix, row, column);
  else if (row >= 0)
    text = convene_matrix_describe_row (self->matrix, row);
  else if (column >= 0)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (self->matrix, column);
      g_autofree char *date = convene_meeting_dup_date_label (meeting);
      g_autofree char *place = convene_meeting_dup_place_label (meeting);
      g_autofree char *total = convene_matrix_describe_column_total (self->matrix, column);
      GString *s = g_string_new (convene_meeting_get_title (meeting));

      g_string_append_printf (s, "\n%s", date);
      if (place != NULL)
        g_string_append_printf (s, "\n%s", place);
      g_string_append_printf (s, "\n%s", total);
      text = g_string_free (s, FALSE);
    }
  else
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* Drawing: convene-matrix-drawing.c, one function a region */

/* The colour the grid draws a role's symbol in, for the legend. */
void
convene_matrix_grid_get_role_color (ConveneMatrixGrid *self,
                                    ConveneRole        role,
                                    GdkRGBA           *color)
{
  ConveneMatrixPalette palette;

  g_return_if_fail (CONVENE_IS_MATRIX_GRID (self));
  g_return_if_fail (role <= CONVENE_ROLE_NOT_RECORDED);

  convene_matrix_palette_init (&palette, GTK_WIDGET (self));
  *color = palette.roles[role];
}

static void
convene_matrix_grid_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  ConveneMatrixFrame f = { 0 };

  if (!_convene_matrix_grid_has_cells (self))
    return;
  _convene_matrix_grid_ensure_metrics (self);

  f.snapshot = snapshot;
  f.matrix = self->matrix;
  f.width = gtk_widget_get_width (widget);
  f.height = gtk_widget_get_height (widget);
  f.name_width = self->name_width;
  f.totals_width = self->totals_width;
  f.column_width = self->column_width;
  f.row_height = self->row_height;
  f.header_height = self->header_height;
  f.totals_height = self->totals_height;
  f.top = top_height (self);
  f.sx = scroll_x (self);
  f.sy = scroll_y (self);
  f.focus_row = self->focus_row;
  f.focus_column = self->focus_column;
  f.focused = gtk_widget_has_focus (widget);

  /* the cells in view, and no others */
  f.c0 = (int) (f.sx / f.column_width);
  f.c1 = MIN ((int) convene_matrix_get_n_columns (self->matrix),
              (int) ((f.sx + MAX (f.width - f.name_width, 0)) / f.column_width) + 1);
  f.r0 = (int) (f.sy / f.row_height);
  f.r1 = MIN ((int) convene_matrix_get_n_rows (self->matrix),
              (int) ((f.sy + MAX (f.height - f.top, 0)) / f.row_height) + 1);

  convene_matrix_frame_prepare (&f, widget);
  convene_matrix_draw_cells (&f);
  convene_matrix_draw_names (&f);
  convene_matrix_draw_headers (&f);
  convene_matrix_draw_corner (&f);
  convene_matrix_draw_rules (&f);
  convene_matrix_frame_clear (&f);
}

/* GtkWidget */

static void
convene_matrix_grid_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  guint n;

  _convene_matrix_grid_ensure_metrics (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      n = self->matrix != NULL ? convene_matrix_get_n_columns (self->matrix) : 0;
      *minimum = MIN_NAME_WIDTH + self->column_width;
      *natural = MAX (*minimum, MAX_NAME_WIDTH + (int) MIN (n, 12u) * self->column_width);
    }
  else
    {
      n = self->matrix != NULL ? convene_matrix_get_n_rows (self->matrix) : 0;
      *minimum = top_height (self) + self->row_height;
      /* at least one row's height, even with no matrix or no rows */
      *natural = top_height (self) + (int) CLAMP (n, 1u, 20u) * self->row_height;
    }
}

static void
convene_matrix_grid_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  configure_adjustments (CONVENE_MATRIX_GRID (widget));
}

static void
convene_matrix_grid_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);

  GTK_WIDGET_CLASS (convene_matrix_grid_parent_class)->css_changed (widget, change);

  /* the font may have changed: measure again */
  self->metrics_valid = FALSE;
  gtk_widget_queue_resize (widget);
}

static void
convene_matrix_grid_system_setting_changed (GtkWidget        *widget,
                                            GtkSystemSetting  setting)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);

  GTK_WIDGET_CLASS (convene_matrix_grid_parent_class)->system_setting_changed (widget, setting);

  self->metrics_valid = FALSE;
  gtk_widget_queue_resize (widget);
}

/* GtkScrollable */

static gboolean
convene_matrix_grid_get_border (GtkScrollable *scrollable,
                                GtkBorder     *border)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (scrollable);

  _convene_matrix_grid_ensure_metrics (self);
  border->top = top_height (self);
  border->left = self->name_width;
  return TRUE;
}

static void
convene_matrix_grid_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = convene_matrix_grid_get_border;
}

static void
set_adjustment (ConveneMatrixGrid  *self,
                GtkAdjustment     **slot,
                GtkAdjustment      *adjustment,
                const char         *property)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_data (*slot, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
  configure_adjustments (self);
  g_object_notify (G_OBJECT (self), property);
}

/* The matrix */

/* The grid's size, for screen readers: "9 participants × 32 meetings" in
 * the description; the row and column counts include the header rows and
 * the participant column. */
static void
update_accessible_size (ConveneMatrixGrid *self)
{
  g_autofree char *size = convene_matrix_dup_size_label (self->matrix);
  g_autofree char *description = NULL;
  guint n_rows = self->matrix != NULL ? convene_matrix_get_n_rows (self->matrix) : 0;
  guint n_columns = self->matrix != NULL ? convene_matrix_get_n_columns (self->matrix) : 0;

  /* TRANSLATORS: the attendance matrix's description for screen readers:
   * its size ("81 participants × 32 meetings"), then how to move in it */
  description = g_strdup_printf (_("%s. %s"), size,
                                 _("Arrow keys move between cells; Enter opens the meeting, "
                                   "or on a name, the meetings the participant attended"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int) n_rows + N_HEADER_ROWS,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int) n_columns + 1,
                                  -1);
}

/* A new order, or rows left out or shown again, or cells an edit changed */
static void
on_rows_notify_cb (ConveneMatrixGrid *self)
{
  update_accessible_size (self);
  configure_adjustments (self);
  _convene_matrix_grid_refind_focus (self);
  _convene_matrix_grid_update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

ConveneMatrix *
convene_matrix_grid_get_matrix (ConveneMatrixGrid *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_GRID (self), NULL);
  return self->matrix;
}

void
convene_matrix_grid_set_matrix (ConveneMatrixGrid *self,
                                ConveneMatrix     *matrix)
{
  g_return_if_fail (CONVENE_IS_MATRIX_GRID (self));
  g_return_if_fail (matrix == NULL || CONVENE_IS_MATRIX (matrix));

  if (self->matrix == matrix)
    return;

  if (self->matrix != NULL)
    g_signal_handlers_disconnect_by_data (self->matrix, self);
  g_set_object (&self->matrix, matrix);
  if (matrix != NULL)
    {
      g_signal_connect_object (matrix, "notify::sort", G_CALLBACK (on_rows_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (matrix, "notify::query", G_CALLBACK (on_rows_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (matrix, "notify::hide-absent", G_CALLBACK (on_rows_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (matrix, "notify::revision", G_CALLBACK (on_rows_notify_cb), self,
                               G_CONNECT_SWAPPED);
    }

  self->metrics_valid = FALSE;
  update_accessible_size (self);
  configure_adjustments (self);
  _convene_matrix_grid_refind_focus (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
}

/* GObject */

static void
convene_matrix_grid_dispose (GObject *object)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (object);

  if (self->matrix != NULL)
    g_signal_handlers_disconnect_by_data (self->matrix, self);
  g_clear_object (&self->matrix);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (convene_matrix_grid_parent_class)->dispose (object);
}

static void
convene_matrix_grid_finalize (GObject *object)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (object);

  g_free (self->focus_participant);
  g_free (self->focus_meeting);

  G_OBJECT_CLASS (convene_matrix_grid_parent_class)->finalize (object);
}

static void
convene_matrix_grid_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      g_value_set_object (value, self->matrix);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_grid_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      convene_matrix_grid_set_matrix (self, g_value_get_object (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), "hadjustment");
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), "vadjustment");
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (GtkScrollablePolicy) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_grid_class_init (ConveneMatrixGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_matrix_grid_dispose;
  object_class->finalize = convene_matrix_grid_finalize;
  object_class->get_property = convene_matrix_grid_get_property;
  object_class->set_property = convene_matrix_grid_set_property;

  widget_class->measure = convene_matrix_grid_measure;
  widget_class->size_allocate = convene_matrix_grid_size_allocate;
  widget_class->snapshot = convene_matrix_grid_snapshot;
  widget_class->query_tooltip = convene_matrix_grid_query_tooltip;
  widget_class->css_changed = convene_matrix_grid_css_changed;
  widget_class->system_setting_changed = convene_matrix_grid_system_setting_changed;

  properties[PROP_MATRIX] =
    g_param_spec_object ("matrix", NULL, NULL, CONVENE_TYPE_MATRIX,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* A meeting's cell or header was activated. */
  signals[MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, CONVENE_TYPE_MEETING);
  /* A participant's name was activated. */
  signals[PARTICIPANT_ACTIVATED] =
    g_signal_new ("participant-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);

  _convene_matrix_grid_class_keys_init (widget_class);
  _convene_matrix_grid_class_editing_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "matrixgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
convene_matrix_grid_init (ConveneMatrixGrid *self)
{
  GtkGesture *click;
  GtkEventController *focus;

  self->focus_row = NO_ROW;
  self->focus_column = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.set-role", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.toggle-recorded", FALSE);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_enter_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  _convene_matrix_grid_update_accessible_label (self);
  update_accessible_size (self);
}

GtkWidget *
convene_matrix_grid_new (void)
{
  return g_object_new (CONVENE_TYPE_MATRIX_GRID, NULL);
}
