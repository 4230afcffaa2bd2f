/* convene-matrix-grid.c
 *
 * Draws a ConveneMatrix with GtkSnapshot: no widget per cell, and only the
 * cells in view are drawn, so 250 participants by 10,000 meetings cost what
 * a screenful does. The grid is a GtkScrollable inside a GtkScrolledWindow;
 * the adjustments scroll the cells only. The participant column (names and
 * row totals) stays at the left and the header rows (meeting headers and
 * column totals) at the top, drawn at fixed positions over the cells.
 *
 * Each role has a symbol as well as a colour (● participant, ○ observer,
 * ★ co-chair, – absent, ? not recorded), so the grid reads without colour;
 * the colours are named in style.css and follow the dark style.
 *
 * Keyboard: the arrow keys, Page Up/Down, Home/End and Ctrl+Home/End move a
 * focus cell; Enter or Space activates it. The participant column (names
 * and their totals) is column -1; above the rows, the meeting headers
 * (CONVENE_MATRIX_GRID_HEADER_ROW) and the column totals
 * (CONVENE_MATRIX_GRID_TOTALS_ROW) take the focus too. GTK 4.8 has no
 * accessible objects for drawn cells, so the widget's accessible label is
 * the focus cell's description ("Canada: observer, 10th Ad Hoc Group Senior
 * Officials’ Meeting, Bangkok, Thailand, 2 February 2016"), updated as the
 * focus moves; screen readers announce the change of name of the focused
 * widget. Its accessible description gives the size ("9 participants × 32
 * meetings"), and its row and column counts include the header rows and
 * the participant column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-grid"

#include <glib/gi18n.h>

#include "convene-matrix-grid.h"
#include "convene-meeting-row.h"
#include "convene-text.h"

#define NO_ROW (-1)
/* Focus rows in the order the keys move through them: the header rows
 * first (0 and 1), then the matrix's rows */
#define N_HEADER_ROWS 2
#define TO_VISUAL_ROW(row) ((row) >= 0 ? (row) + N_HEADER_ROWS : (row) - CONVENE_MATRIX_GRID_HEADER_ROW)
#define FROM_VISUAL_ROW(v) ((v) >= N_HEADER_ROWS ? (v) - N_HEADER_ROWS : (v) + CONVENE_MATRIX_GRID_HEADER_ROW)

#define CELL_PADDING 6
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
};

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

/* What each role looks like: the symbol, and the named colour (style.css). */
static const struct {
  const char *symbol;
  const char *color;
  GdkRGBA fallback;
} role_looks[] = {
  [CONVENE_ROLE_NONE] = { "–", NULL, { 0 } },
  [CONVENE_ROLE_PARTICIPANT] = { "●", "convene_matrix_participant_color", { 0.15, 0.64, 0.41, 1 } },
  [CONVENE_ROLE_OBSERVER] = { "○", "convene_matrix_observer_color", { 0.21, 0.52, 0.89, 1 } },
  [CONVENE_ROLE_CO_CHAIR] = { "★", "convene_matrix_co_chair_color", { 0.80, 0.45, 0.00, 1 } },
  [CONVENE_ROLE_NOT_RECORDED] = { "?", NULL, { 0 } },
};

/* What a screen reader says for a cell: "Canada: observer, 10th Ad Hoc Group
 * Senior Officials’ Meeting, Bangkok, Thailand, 2 February 2016". */
char *
convene_matrix_describe_cell (ConveneMatrix *matrix,
                              guint          row,
                              guint          column)
{
  ConveneParticipant *participant = convene_matrix_get_participant (matrix, row);
  ConveneMeeting *meeting = convene_matrix_get_meeting (matrix, column);
  g_autofree char *described = convene_meeting_describe (meeting);
  g_autofree char *name = convene_text_isolate (convene_participant_get_display_name (participant));

  /* TRANSLATORS: a cell of the attendance matrix: a participant, its role
   * and a meeting, as in "Canada: observer, 10th Ad Hoc Group Senior
   * Officials’ Meeting, Bangkok, Thailand, 2 February 2016" */
  return g_strdup_printf (_("%s: %s, %s"), name,
                          convene_role_get_label (convene_matrix_get_role (matrix, row, column)), described);
}

static char *
describe_participant (ConveneMatrix *matrix,
                      guint          row)
{
  ConveneParticipant *participant = convene_matrix_get_participant (matrix, row);
  guint attended = convene_matrix_get_row_attended (matrix, row);
  guint recorded = convene_matrix_get_n_recorded (matrix);
  g_autofree char *name = convene_text_isolate (convene_participant_get_display_name (participant));

  /* TRANSLATORS: a participant and how many of the meetings shown with recorded
   * attendance it attended, as in "Canada: attended 11 of 17 meetings with
   * recorded attendance" */
  return g_strdup_printf (ngettext ("%s: attended %u of %u meeting with recorded attendance",
                                    "%s: attended %u of %u meetings with recorded attendance",
                                    recorded),
                          name, attended, recorded);
}

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

/* "81 participants × 32 meetings" */
char *
convene_matrix_dup_size_label (ConveneMatrix *matrix)
{
  guint n_rows = matrix != NULL ? convene_matrix_get_n_rows (matrix) : 0;
  guint n_columns = matrix != NULL ? convene_matrix_get_n_columns (matrix) : 0;
  g_autofree char *rows = g_strdup_printf (ngettext ("%u participant", "%u participants", n_rows), n_rows);
  g_autofree char *columns = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_columns), n_columns);

  /* TRANSLATORS: the size of the matrix, as in "81 participants × 32 meetings" */
  return g_strdup_printf (_("%s × %s"), rows, columns);
}

/* How many of the participants shown attended a meeting, or that its
 * attendance is not recorded */
static char *
describe_column_total (ConveneMatrix *matrix,
                       guint          column)
{
  guint attended = convene_matrix_get_column_attended (matrix, column);

  if (!convene_matrix_column_is_recorded (matrix, column))
    return g_strdup (_("Attendance not recorded"));
  return g_strdup_printf (ngettext ("%u participant shown attended",
                                    "%u participants shown attended", attended),
                          attended);
}

/* What a screen reader says for a cell of the header rows */
static char *
describe_header (ConveneMatrix *matrix,
                 int            row,
                 int            column)
{
  g_autofree char *described = NULL;
  g_autofree char *total = NULL;

  if (column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    return g_strdup (row == CONVENE_MATRIX_GRID_HEADER_ROW ? _("Participant") : _("Participants attending"));

  described = convene_meeting_describe (convene_matrix_get_meeting (matrix, column));
  if (row == CONVENE_MATRIX_GRID_HEADER_ROW)
    return g_steal_pointer (&described);
  total = describe_column_total (matrix, column);
  return g_strdup_printf (_("%s · %s"), described, total);
}

/* Geometry */

static gboolean
has_cells (ConveneMatrixGrid *self)
{
  return self->matrix != NULL &&
         convene_matrix_get_n_rows (self->matrix) > 0 &&
         convene_matrix_get_n_columns (self->matrix) > 0;
}

static PangoAttrList *
small_attrs (void)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  return attrs;
}

/* The text of a meeting's header: "AHG SOM" above "14th · 2019". */
static char *
dup_header_number (ConveneMeeting *meeting)
{
  g_autofree char *ordinal = NULL;

  if (convene_meeting_get_number (meeting) == 0)
    return g_strdup_printf ("%u", convene_meeting_get_year (meeting));
  ordinal = convene_format_ordinal (convene_meeting_get_number (meeting));
  /* TRANSLATORS: a compact meeting header: an ordinal and a year, as in "14th · 2019" */
  return g_strdup_printf (_("%s · %u"), ordinal, convene_meeting_get_year (meeting));
}

/* Above the number: the kind, or when the matrix shows one kind only, the
 * city (the place in the tooltip gives the rest). */
static const char *
header_first_line (ConveneMatrixGrid *self,
                   ConveneMeeting    *meeting)
{
  if (convene_matrix_get_kind (self->matrix) == NULL)
    return convene_meeting_kind_get_short_label (convene_meeting_get_meeting_kind (meeting));
  if (convene_meeting_get_city (meeting) != NULL)
    return convene_meeting_get_city (meeting);
  if (convene_meeting_get_mode (meeting) == CONVENE_MEETING_MODE_VIRTUAL)
    return _("Online");
  return "";
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
      PangoAttrList *attrs = small_attrs ();

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

  self->column_width = MAX (width, symbol_width) + 2 * CELL_PADDING + 4;
  self->row_height = MAX (height + 10, 28);
  self->header_height = 2 * small_height + 2 * CELL_PADDING;
  self->totals_height = self->row_height;

  totals_text = g_strdup_printf ("%u/%u", max_recorded, max_recorded);
  measure_text (self, totals_text, TRUE, &width, NULL);
  self->totals_width = width + 2 * CELL_PADDING;

  self->metrics_valid = TRUE;
}

static void
ensure_metrics (ConveneMatrixGrid *self)
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

  ensure_metrics (self);
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

  if (!has_cells (self))
    return FALSE;
  ensure_metrics (self);

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

/* The focus cell */

static void
update_accessible_label (ConveneMatrixGrid *self)
{
  g_autofree char *label = NULL;

  if (self->focus_row == NO_ROW || !has_cells (self))
    label = g_strdup (_("Attendance matrix"));
  else if (self->focus_row < 0)
    label = describe_header (self->matrix, self->focus_row, self->focus_column);
  else if (self->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    label = describe_participant (self->matrix, self->focus_row);
  else
    label = convene_matrix_describe_cell (self->matrix, self->focus_row, self->focus_column);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
scroll_to_focus (ConveneMatrixGrid *self)
{
  double value, page;
  double start, end;

  if (self->focus_row == NO_ROW)
    return;
  ensure_metrics (self);

  if (self->vadjustment != NULL && self->focus_row >= 0)
    {
      value = gtk_adjustment_get_value (self->vadjustment);
      page = gtk_adjustment_get_page_size (self->vadjustment);
      start = (double) self->focus_row * self->row_height;
      end = start + self->row_height;
      if (start < value)
        gtk_adjustment_set_value (self->vadjustment, start);
      else if (end > value + page)
        gtk_adjustment_set_value (self->vadjustment, end - page);
    }

  if (self->hadjustment != NULL && self->focus_column >= 0)
    {
      value = gtk_adjustment_get_value (self->hadjustment);
      page = gtk_adjustment_get_page_size (self->hadjustment);
      start = (double) self->focus_column * self->column_width;
      end = start + self->column_width;
      if (start < value)
        gtk_adjustment_set_value (self->hadjustment, start);
      else if (end > value + page)
        gtk_adjustment_set_value (self->hadjustment, end - page);
    }
}

static void
set_focus_cell (ConveneMatrixGrid *self,
                int                row,
                int                column)
{
  ConveneParticipant *participant;

  if (!has_cells (self))
    return;

  row = CLAMP (row, CONVENE_MATRIX_GRID_HEADER_ROW, (int) convene_matrix_get_n_rows (self->matrix) - 1);
  if (row == NO_ROW)
    row = 0;
  column = CLAMP (column, CONVENE_MATRIX_GRID_NAME_COLUMN,
                  (int) convene_matrix_get_n_columns (self->matrix) - 1);

  if (row != self->focus_row || column != self->focus_column)
    {
      self->focus_row = row;
      self->focus_column = column;
      participant = row >= 0 ? convene_matrix_get_participant (self->matrix, row) : NULL;
      g_free (self->focus_participant);
      self->focus_participant = participant != NULL ? g_strdup (convene_participant_get_id (participant)) : NULL;
      g_free (self->focus_meeting);
      self->focus_meeting = column >= 0
        ? g_strdup (convene_meeting_get_id (convene_matrix_get_meeting (self->matrix, column)))
        : NULL;
      update_accessible_label (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  scroll_to_focus (self);
}

gboolean
convene_matrix_grid_get_focus_cell (ConveneMatrixGrid *self,
                                    guint             *row,
                                    int               *column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_GRID (self), FALSE);

  if (self->focus_row < 0)
    return FALSE;
  if (row != NULL)
    *row = self->focus_row;
  if (column != NULL)
    *column = self->focus_column;
  return TRUE;
}

/* Where the focus cell is, header rows included: FALSE when there is none */
gboolean
convene_matrix_grid_get_focus (ConveneMatrixGrid *self,
                               int               *row,
                               int               *column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX_GRID (self), FALSE);

  if (self->focus_row == NO_ROW)
    return FALSE;
  if (row != NULL)
    *row = self->focus_row;
  if (column != NULL)
    *column = self->focus_column;
  return TRUE;
}

/* column: a column of the matrix, or CONVENE_MATRIX_GRID_NAME_COLUMN */
void
convene_matrix_grid_set_focus_cell (ConveneMatrixGrid *self,
                                    guint              row,
                                    int                column)
{
  g_return_if_fail (CONVENE_IS_MATRIX_GRID (self));
  g_return_if_fail (self->matrix != NULL);
  g_return_if_fail (row < convene_matrix_get_n_rows (self->matrix));
  g_return_if_fail (column >= CONVENE_MATRIX_GRID_NAME_COLUMN &&
                    column < (int) convene_matrix_get_n_columns (self->matrix));

  set_focus_cell (self, row, column);
}

/* After a new matrix or a new order: the same participant and meeting if
 * they are still there, else the nearest cell. */
static void
refind_focus (ConveneMatrixGrid *self)
{
  ConveneDataset *dataset;
  ConveneParticipant *participant;
  guint found_row, column;
  int row, old_row = self->focus_row, old_column = self->focus_column;

  if (self->focus_row == NO_ROW)
    return;
  self->focus_row = NO_ROW;
  if (!has_cells (self))
    {
      update_accessible_label (self);
      return;
    }

  dataset = convene_matrix_get_dataset (self->matrix);
  participant = convene_dataset_lookup_participant (dataset, self->focus_participant);
  if (old_row < 0 || participant == NULL || !convene_matrix_find_row (self->matrix, participant, &found_row))
    row = old_row;
  else
    row = (int) found_row;
  if (old_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    column = old_column;
  else if (!convene_matrix_find_column (self->matrix, self->focus_meeting, &column))
    column = old_column;
  set_focus_cell (self, row, column);
}

static void
activate_cell (ConveneMatrixGrid *self,
               int                row,
               int                column)
{
  if (!has_cells (self))
    return;

  if (column >= 0)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_matrix_get_meeting (self->matrix, column));
  else if (row >= 0)
    g_signal_emit (self, signals[PARTICIPANT_ACTIVATED], 0, convene_matrix_get_participant (self->matrix, row));
}

static void
activate_cell_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);

  if (self->focus_row != NO_ROW)
    activate_cell (self, self->focus_row, self->focus_column);
}

/* Keys: (dx, dy) in cells; 2 is a page, 3 is to the end. */
static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  int dx, dy, row, column, page_rows, page_columns;

  if (!has_cells (self))
    return FALSE;
  ensure_metrics (self);
  g_variant_get (args, "(ii)", &dx, &dy);

  row = self->focus_row != NO_ROW ? TO_VISUAL_ROW (self->focus_row) : N_HEADER_ROWS;
  column = self->focus_row != NO_ROW ? self->focus_column : 0;
  page_rows = self->vadjustment != NULL
    ? MAX ((int) (gtk_adjustment_get_page_size (self->vadjustment) / self->row_height) - 1, 1)
    : 10;
  page_columns = self->hadjustment != NULL
    ? MAX ((int) (gtk_adjustment_get_page_size (self->hadjustment) / self->column_width) - 1, 1)
    : 5;

  if (ABS (dx) == 3)
    column = dx < 0 ? CONVENE_MATRIX_GRID_NAME_COLUMN : G_MAXINT / 2;
  else if (ABS (dx) == 2)
    column = MAX (column, 0) + dx / 2 * page_columns;
  else
    column += dx;
  /* in rows counted from the meeting headers (0) */
  if (ABS (dy) == 3)
    row = dy < 0 ? 0 : G_MAXINT / 2;
  else if (ABS (dy) == 2)
    row += dy / 2 * page_rows;
  else
    row += dy;
  row = CLAMP (row, 0, (int) convene_matrix_get_n_rows (self->matrix) + N_HEADER_ROWS - 1);

  set_focus_cell (self, FROM_VISUAL_ROW (row), column);
  return TRUE;
}

/* Pointer */

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
    set_focus_cell (self, row, column);
  if (n_press == 2)
    activate_cell (self, row, column);
}

static void
on_focus_enter_cb (ConveneMatrixGrid *self)
{
  if (self->focus_row == NO_ROW && has_cells (self))
    {
      int row = (int) (scroll_y (self) / MAX (self->row_height, 1));
      int column = (int) (scroll_x (self) / MAX (self->column_width, 1));

      set_focus_cell (self, row, column);
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
    text = describe_participant (self->matrix, row);
  else if (column >= 0)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (self->matrix, column);
      g_autofree char *date = convene_meeting_dup_date_label (meeting);
      g_autofree char *place = convene_meeting_dup_place_label (meeting);
      g_autofree char *total = describe_column_total (self->matrix, column);
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

/* Drawing */

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
} Palette;

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

static void
get_palette (ConveneMatrixGrid *self,
             Palette           *palette)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &palette->fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &palette->accent))
    gdk_rgba_parse (&palette->accent, "#1c71d8");
  for (guint i = 0; i < G_N_ELEMENTS (role_looks); i++)
    if (role_looks[i].color == NULL ||
        !gtk_style_context_lookup_color (context, role_looks[i].color, &palette->roles[i]))
      palette->roles[i] = role_looks[i].fallback;
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

/* The colour the grid draws a role's symbol in, for the legend. */
void
convene_matrix_grid_get_role_color (ConveneMatrixGrid *self,
                                    ConveneRole        role,
                                    GdkRGBA           *color)
{
  Palette palette;

  g_return_if_fail (CONVENE_IS_MATRIX_GRID (self));
  g_return_if_fail (role < G_N_ELEMENTS (role_looks));

  get_palette (self, &palette);
  *color = palette.roles[role];
}

const char *
convene_matrix_grid_get_role_symbol (ConveneRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_looks), NULL);
  return role_looks[role].symbol;
}

static void
fill (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* Draws layout centred in the box, or from its left (align < 0) or its right
 * (align > 0) edge with the padding. */
static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height,
             int            align)
{
  int w, h;
  double tx;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (align < 0)
    tx = x + CELL_PADDING;
  else if (align > 0)
    tx = x + width - CELL_PADDING - w;
  else
    tx = x + (width - w) / 2;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor (tx), floor (y + (height - h) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The focus cell's outline, inside the box */
static void
draw_focus_outline (GtkSnapshot   *snapshot,
                    const Palette *p,
                    gboolean       focused,
                    double         x,
                    double         y,
                    double         width,
                    double         height)
{
  GskRoundedRect outline;
  float widths[4] = { 2, 2, 2, 2 };
  GdkRGBA colors[4];

  for (guint i = 0; i < 4; i++)
    colors[i] = focused ? p->accent : with_alpha (&p->fg, 0.35);
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x + 1, y + 1, width - 2, height - 2), 4);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
convene_matrix_grid_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean focused = gtk_widget_has_focus (widget);
  PangoLayout *roles[CONVENE_ROLE_NOT_RECORDED + 1];
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoLayout) small = NULL;
  PangoAttrList *attrs;
  Palette p;
  guint n_rows, n_columns, recorded;
  int top, c0, c1, r0, r1;
  double sx, sy, x, y;

  if (!has_cells (self))
    return;
  ensure_metrics (self);

  n_rows = convene_matrix_get_n_rows (self->matrix);
  n_columns = convene_matrix_get_n_columns (self->matrix);
  recorded = convene_matrix_get_n_recorded (self->matrix);
  top = top_height (self);
  sx = scroll_x (self);
  sy = scroll_y (self);
  get_palette (self, &p);

  /* the cells in view, and no others */
  c0 = (int) (sx / self->column_width);
  c1 = MIN ((int) n_columns, (int) ((sx + MAX (width - self->name_width, 0)) / self->column_width) + 1);
  r0 = (int) (sy / self->row_height);
  r1 = MIN ((int) n_rows, (int) ((sy + MAX (height - top, 0)) / self->row_height) + 1);

  /* the attended roles bold, so that the hollow circle is not a hairline */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      roles[i] = gtk_widget_create_pango_layout (widget, role_looks[i].symbol);
      if (convene_role_attended (i))
        pango_layout_set_attributes (roles[i], attrs);
    }
  pango_attr_list_unref (attrs);
  text = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  small = gtk_widget_create_pango_layout (widget, NULL);
  attrs = small_attrs ();
  pango_layout_set_attributes (small, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_ellipsize (small, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (small, (self->column_width - 4) * PANGO_SCALE);

  /* The cells */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->name_width, top,
                                                         MAX (width - self->name_width, 0),
                                                         MAX (height - top, 0)));
  for (int r = r0; r < r1; r++)
    if (r % 2 == 1)
      fill (snapshot, &p.band, self->name_width, top + r * self->row_height - sy,
            width - self->name_width, self->row_height);
  for (int c = c0; c < c1; c++)
    {
      x = self->name_width + (double) c * self->column_width - sx;
      if (!convene_matrix_column_is_recorded (self->matrix, c))
        fill (snapshot, &p.unknown, x, top, self->column_width, height - top);
      fill (snapshot, &p.line, x + self->column_width - 1, top, 1, height - top);
    }
  if (self->focus_row >= 0)
    {
      fill (snapshot, &p.cross, self->name_width, top + self->focus_row * self->row_height - sy,
            width - self->name_width, self->row_height);
      if (self->focus_column >= 0)
        fill (snapshot, &p.cross, self->name_width + (double) self->focus_column * self->column_width - sx,
              top, self->column_width, height - top);
    }
  for (int c = c0; c < c1; c++)
    {
      x = self->name_width + (double) c * self->column_width - sx;
      for (int r = r0; r < r1; r++)
        {
          ConveneRole role = convene_matrix_get_role (self->matrix, r, c);

          y = top + (double) r * self->row_height - sy;
          draw_layout (snapshot, roles[role], &p.roles[role], x, y, self->column_width, self->row_height, 0);
        }
    }
  if (self->focus_row >= 0 && self->focus_column >= 0)
    draw_focus_outline (snapshot, &p, focused,
                        self->name_width + self->focus_column * self->column_width - sx,
                        top + self->focus_row * self->row_height - sy,
                        self->column_width, self->row_height);
  gtk_snapshot_pop (snapshot);

  /* The participant column: names and row totals */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, top, self->name_width, MAX (height - top, 0)));
  fill (snapshot, &p.frozen, 0, top, self->name_width, height - top);
  pango_layout_set_width (text, (self->name_width - self->totals_width - CELL_PADDING) * PANGO_SCALE);
  pango_layout_set_width (small, -1);
  for (int r = r0; r < r1; r++)
    {
      g_autofree char *totals = g_strdup_printf ("%u/%u", convene_matrix_get_row_attended (self->matrix, r),
                                                 recorded);

      y = top + (double) r * self->row_height - sy;
      if (r % 2 == 1)
        fill (snapshot, &p.band, 0, y, self->name_width, self->row_height);
      if (r == self->focus_row)
        fill (snapshot, &p.cross, 0, y, self->name_width, self->row_height);
      pango_layout_set_text (text, convene_matrix_grid_get_row_name (self, r), -1);
      draw_layout (snapshot, text, &p.fg, 0, y, self->name_width, self->row_height, -1);
      pango_layout_set_text (small, totals, -1);
      draw_layout (snapshot, small, &p.dim, 0, y, self->name_width, self->row_height, 1);
    }
  if (self->focus_row >= 0 && self->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    draw_focus_outline (snapshot, &p, focused, 0, top + self->focus_row * self->row_height - sy,
                        self->name_width - 1, self->row_height);
  gtk_snapshot_pop (snapshot);

  /* The header rows: meetings, then column totals */
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (self->name_width, 0, MAX (width - self->name_width, 0), top));
  fill (snapshot, &p.frozen, self->name_width, 0, width - self->name_width, top);
  pango_layout_set_width (small, (self->column_width - 4) * PANGO_SCALE);
  for (int c = c0; c < c1; c++)
    {
      ConveneMeeting *meeting = convene_matrix_get_meeting (self->matrix, c);
      g_autofree char *number = dup_header_number (meeting);
      g_autofree char *total = NULL;
      double line_height = (self->header_height - 2 * CELL_PADDING) / 2.0;

      x = self->name_width + (double) c * self->column_width - sx;
      if (c == self->focus_column)
        fill (snapshot, &p.cross, x, 0, self->column_width, top);
      if (!convene_matrix_column_is_recorded (self->matrix, c))
        fill (snapshot, &p.unknown, x, self->header_height, self->column_width, self->totals_height);
      fill (snapshot, &p.line, x + self->column_width - 1, 0, 1, top);

      pango_layout_set_text (small, header_first_line (self, meeting), -1);
      draw_layout (snapshot, small, &p.dim, x, CELL_PADDING, self->column_width, line_height, 0);
      pango_layout_set_text (small, number, -1);
      draw_layout (snapshot, small, &p.fg, x, CELL_PADDING + line_height, self->column_width, line_height, 0);

      if (convene_matrix_column_is_recorded (self->matrix, c))
        {
          total = g_strdup_printf ("%u", convene_matrix_get_column_attended (self->matrix, c));
          pango_layout_set_text (small, total, -1);
          draw_layout (snapshot, small, &p.fg, x, self->header_height, self->column_width, self->totals_height, 0);
        }
      else
        draw_layout (snapshot, roles[CONVENE_ROLE_NOT_RECORDED], &p.faint, x, self->header_height,
                     self->column_width, self->totals_height, 0);
    }
  if ((self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW || self->focus_row == CONVENE_MATRIX_GRID_TOTALS_ROW) &&
      self->focus_column >= 0)
    draw_focus_outline (snapshot, &p, focused, self->name_width + self->focus_column * self->column_width - sx,
                        self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW ? 0 : self->header_height,
                        self->column_width,
                        self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW ? self->header_height : self->totals_height);
  gtk_snapshot_pop (snapshot);

  /* The corner */
  fill (snapshot, &p.frozen, 0, 0, self->name_width, top);
  pango_layout_set_width (small, (self->name_width - self->totals_width - CELL_PADDING) * PANGO_SCALE);
  pango_layout_set_text (small, _("Participant"), -1);
  draw_layout (snapshot, small, &p.dim, 0, self->header_height / 2, self->name_width, self->header_height / 2, -1);
  pango_layout_set_width (small, -1);
  pango_layout_set_text (small, _("Attended"), -1);
  draw_layout (snapshot, small, &p.dim, 0, self->header_height / 2, self->name_width, self->header_height / 2, 1);
  pango_layout_set_width (small, (self->name_width - 2 * CELL_PADDING) * PANGO_SCALE);
  pango_layout_set_text (small, _("Participants attending"), -1);
  draw_layout (snapshot, small, &p.dim, 0, self->header_height, self->name_width, self->totals_height, -1);

  if ((self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW || self->focus_row == CONVENE_MATRIX_GRID_TOTALS_ROW) &&
      self->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    draw_focus_outline (snapshot, &p, focused, 0,
                        self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW ? 0 : self->header_height,
                        self->name_width - 1,
                        self->focus_row == CONVENE_MATRIX_GRID_HEADER_ROW ? self->header_height : self->totals_height);

  /* Rules between the frozen parts and the cells */
  fill (snapshot, &p.line, 0, self->header_height - 1, width, 1);
  fill (snapshot, &p.line, 0, top - 1, width, 1);
  fill (snapshot, &p.line, self->name_width - 1, 0, 1, height);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    g_object_unref (roles[i]);
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

  ensure_metrics (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      n = self->matrix != NULL ? convene_matrix_get_n_columns (self->matrix) : 0;
      *minimum = MIN_NAME_WIDTH + self->column_width;
      *natural = MAX (*minimum, MAX_NAME_WIDTH + MIN (n, 12) * self->column_width);
    }
  else
    {
      n = self->matrix != NULL ? convene_matrix_get_n_rows (self->matrix) : 0;
      *minimum = top_height (self) + self->row_height;
      /* at least one row's height, even with no matrix or no rows */
      *natural = top_height (self) + CLAMP (n, 1, 20) * self->row_height;
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

  ensure_metrics (self);
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

/* A new order, or rows left out or shown again */
static void
on_rows_notify_cb (ConveneMatrixGrid *self)
{
  update_accessible_size (self);
  configure_adjustments (self);
  refind_focus (self);
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
    }

  self->metrics_valid = FALSE;
  update_accessible_size (self);
  configure_adjustments (self);
  refind_focus (self);
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
add_move_binding (GtkWidgetClass  *widget_class,
                  guint            keyval,
                  guint            kp_keyval,
                  GdkModifierType  modifiers,
                  int              dx,
                  int              dy)
{
  gtk_widget_class_add_binding (widget_class, keyval, modifiers, move_focus_cb, "(ii)", dx, dy);
  gtk_widget_class_add_binding (widget_class, kp_keyval, modifiers, move_focus_cb, "(ii)", dx, dy);
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

  gtk_widget_class_install_action (widget_class, "grid.activate-cell", NULL, activate_cell_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "grid.activate-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "grid.activate-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "grid.activate-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "grid.activate-cell", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "grid.activate-cell", NULL);

  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 0, -1, 0);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, 0, 1, 0);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, 0, -1);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, 0, 1);
  add_move_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, 0, 0, -2);
  add_move_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, 0, 0, 2);
  add_move_binding (widget_class, GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, GDK_SHIFT_MASK, -2, 0);
  add_move_binding (widget_class, GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_SHIFT_MASK, 2, 0);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, 0, -3, 0);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, 0, 3, 0);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, GDK_CONTROL_MASK, 0, -3);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, GDK_CONTROL_MASK, 0, 3);

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

  update_accessible_label (self);
  update_accessible_size (self);
}

GtkWidget *
convene_matrix_grid_new (void)
{
  return g_object_new (CONVENE_TYPE_MATRIX_GRID, NULL);
}
