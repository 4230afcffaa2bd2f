/* convene-matrix-layout.c
 *
 * The attendance matrix on as many pages as it needs: a participant column
 * (name and how many meetings each attended), then as many meeting columns
 * as fit across the page. Meeting headers are turned a quarter so columns
 * can be narrow. When the meetings do not fit across one page they are
 * shared out evenly between page-wide slices, and each slice runs down as
 * many pages as the participants need; every page repeats the participant
 * column, the header row and the legend of the role symbols.
 *
 * Rows never split; a long name wraps within the participant column (cut
 * short with "…" beyond NAME_CHARS characters, a few lines).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n-lib.h>

#include "convene-matrix-layout.h"
#include "convene-print-layout-private.h"
#include "convene-text.h"

/* Sizes in points */
#define NAME_SIZE       8.0
#define SYMBOL_SIZE     8.5
#define HEADER_SIZE     7.0
#define TOTAL_SIZE      7.0
#define LEGEND_SIZE     7.5
#define CELL_PAD        2.5
#define NAME_PAD        4.0
#define HEADER_PAD      4.0
#define LEGEND_GAP      10.0
#define RULE_HEIGHT     0.75
#define MAX_NAME_SHARE  0.22
#define NAME_CHARS      160

#define PARTICIPANT_RGB 0x26a269
#define OBSERVER_RGB    0x1c71d8
#define CO_CHAIR_RGB    0xc64600

struct _ConveneMatrixLayout
{
  ConvenePrintLayout parent_instance;

  ConveneMatrix *matrix;
};

G_DEFINE_FINAL_TYPE (ConveneMatrixLayout, convene_matrix_layout, CONVENE_TYPE_PRINT_LAYOUT)

/* Each role's colour on paper; its symbol, which reads without colour, and
 * the legend's order are the model's (convene_role_get_symbol(),
 * convene_role_get_legend_order()), as in the window's grid. */
static const struct {
  guint32 rgb;
} role_looks[] = {
  [CONVENE_ROLE_NONE] = { CONVENE_PRINT_RULE },
  [CONVENE_ROLE_PARTICIPANT] = { PARTICIPANT_RGB },
  [CONVENE_ROLE_OBSERVER] = { OBSERVER_RGB },
  [CONVENE_ROLE_CO_CHAIR] = { CO_CHAIR_RGB },
  [CONVENE_ROLE_NOT_RECORDED] = { CONVENE_PRINT_INK_DIM },
};

typedef struct
{
  ConvenePrintLayout *layout;
  ConveneMatrix *matrix;

  double x, y, width, height;    /* the body */
  double name_width;             /* the participant column, names only */
  double total_width;            /* the column of totals beside the names */
  double column_width;
  double label_height;           /* the turned meeting headers */
  double totals_height;          /* the row of column totals under them */
  double header_height;          /* all of the header, rule included */
  double legend_height;

  PangoLayout *symbols[G_N_ELEMENTS (role_looks)];
  PangoLayout *legend;
  GPtrArray *names;              /* of PangoLayout, one per row */
  GPtrArray *labels;             /* of PangoLayout, one per column */
  double *row_heights;
} Grid;

static void
grid_clear (Grid *grid)
{
  for (guint i = 0; i < G_N_ELEMENTS (grid->symbols); i++)
    g_clear_object (&grid->symbols[i]);
  g_clear_object (&grid->legend);
  g_clear_pointer (&grid->names, g_ptr_array_unref);
  g_clear_pointer (&grid->labels, g_ptr_array_unref);
  g_clear_pointer (&grid->row_heights, g_free);
}

static PangoLayout *
create_text (Grid        *grid,
             const char  *text,
             double       size,
             PangoWeight  weight,
             double       width)
{
  return convene_print_layout_create_text (grid->layout, text, size, weight,
                                           PANGO_STYLE_NORMAL, width);
}

static char *
dup_row_total (Grid  *grid,
               guint  row)
{
  /* TRANSLATORS: meetings a participant attended, of those with recorded
   * attendance, as in "11/17" */
  return g_strdup_printf (_("%u/%u"), convene_matrix_get_row_attended (grid->matrix, row),
                          convene_matrix_get_n_recorded (grid->matrix));
}

static char *
dup_column_total (Grid  *grid,
                  guint  column)
{
  if (!convene_matrix_column_is_recorded (grid->matrix, column))
    return g_strdup (convene_role_get_symbol (CONVENE_ROLE_NOT_RECORDED));
  return g_strdup_printf ("%u", convene_matrix_get_column_attended (grid->matrix, column));
}

static PangoLayout *
create_legend (Grid   *grid,
               double  width)
{
  guint n_roles;
  const ConveneRole *order = convene_role_get_legend_order (&n_roles);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) symbol_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  PangoLayout *legend;
  guint start = 0;

  for (guint i = 0; i < n_roles; i++)
    {
      guint end;

      if (i > 0)
        g_string_append (text, "     ");
      start = text->len;
      g_string_append (text, convene_role_get_symbol (order[i]));
      end = text->len;
      g_array_append_val (symbol_ends, start);
      g_array_append_val (symbol_ends, end);
      g_string_append_c (text, ' ');
      g_string_append (text, convene_role_get_label (order[i]));
    }
  g_string_append (text, "     ");
  /* TRANSLATORS: the legend of the printed attendance matrix, for the
   * column of totals beside the names, as in "11/17" */
  g_string_append (text, _("n/m: meetings attended, of those whose attendance is recorded"));

  legend = create_text (grid, text->str, LEGEND_SIZE, PANGO_WEIGHT_NORMAL, width);
  for (guint i = 0; i < n_roles; i++)
    {
      guint s = g_array_index (symbol_ends, guint, 2 * i);
      guint e = g_array_index (symbol_ends, guint, 2 * i + 1);

      convene_print_text_set_colour (legend, s, e, role_looks[order[i]].rgb);
      convene_print_text_set_size (legend, s, e, SYMBOL_SIZE);
    }
  return legend;
}

/* Measures everything; FALSE when there is no cell to draw. */
static gboolean
grid_measure (Grid *grid)
{
  guint n_rows = convene_matrix_get_n_rows (grid->matrix);
  guint n_columns = convene_matrix_get_n_columns (grid->matrix);
  g_autoptr(PangoLayout) probe = NULL;
  g_autofree char *widest_total = NULL;
  double symbol_width = 0.0, symbol_height = 0.0, natural_name = 0.0;

  grid->legend = create_legend (grid, grid->width);
  grid->legend_height = convene_print_text_get_height (grid->legend) + LEGEND_GAP;

  if (n_rows == 0 || n_columns == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (role_looks); i++)
    {
      grid->symbols[i] = create_text (grid, convene_role_get_symbol (i), SYMBOL_SIZE,
                                      PANGO_WEIGHT_NORMAL, -1);
      pango_layout_set_alignment (grid->symbols[i], PANGO_ALIGN_CENTER);
      symbol_width = MAX (symbol_width, convene_print_text_get_width (grid->symbols[i]));
      symbol_height = MAX (symbol_height, convene_print_text_get_height (grid->symbols[i]));
    }

  /* the totals column is as wide as the widest total */
  widest_total = g_strdup_printf (_("%u/%u"), convene_matrix_get_n_recorded (grid->matrix),
                                  convene_matrix_get_n_recorded (grid->matrix));
  probe = create_text (grid, widest_total, TOTAL_SIZE, PANGO_WEIGHT_NORMAL, -1);
  grid->total_width = convene_print_text_get_width (probe) + 2 * NAME_PAD;

  /* the names: as wide as the longest, within a share of the page */
  grid->names = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint row = 0; row < n_rows; row++)
    {
      ConveneParticipant *participant = convene_matrix_get_participant (grid->matrix, row);
      g_autofree char *capped = convene_text_dup_capped (
        convene_participant_get_display_name (participant), NAME_CHARS);
      PangoLayout *name = create_text (grid, capped, NAME_SIZE, PANGO_WEIGHT_NORMAL, -1);

      natural_name = MAX (natural_name, convene_print_text_get_width (name));
      g_ptr_array_add (grid->names, name);
    }
  grid->name_width = MIN (natural_name, grid->width * MAX_NAME_SHARE) + NAME_PAD;

  grid->row_heights = g_new0 (double, n_rows);
  for (guint row = 0; row < n_rows; row++)
    {
      PangoLayout *name = g_ptr_array_index (grid->names, row);

      pango_layout_set_width (name, pango_units_from_double (grid->name_width - NAME_PAD));
      grid->row_heights[row] = MAX (convene_print_text_get_height (name), symbol_height)
                               + 2 * CELL_PAD;
    }

  /* the meeting headers, turned: a column is as wide as a line of them */
  grid->labels = g_ptr_array_new_with_free_func (g_object_unref);
  grid->column_width = symbol_width;
  grid->label_height = 0.0;
  for (guint column = 0; column < n_columns; column++)
    {
      g_autofree char *text = convene_meeting_dup_short_label (convene_matrix_get_meeting (grid->matrix, column));
      g_autofree char *total = dup_column_total (grid, column);
      g_autoptr(PangoLayout) total_layout = create_text (grid, total, TOTAL_SIZE,
                                                         PANGO_WEIGHT_NORMAL, -1);
      PangoLayout *label = create_text (grid, text, HEADER_SIZE, PANGO_WEIGHT_NORMAL, -1);

      pango_layout_set_single_paragraph_mode (label, TRUE);
      grid->column_width = MAX (grid->column_width, convene_print_text_get_height (label));
      grid->column_width = MAX (grid->column_width, convene_print_text_get_width (total_layout));
      grid->label_height = MAX (grid->label_height, convene_print_text_get_width (label));
      grid->totals_height = MAX (grid->totals_height, convene_print_text_get_height (total_layout));
      g_ptr_array_add (grid->labels, label);
    }
  grid->column_width += 2 * CELL_PAD;
  grid->totals_height += 2 * CELL_PAD;
  /* a header taller than half the page is cut short in the middle, so that
   * its ordinal and its year stay */
  grid->label_height = MIN (grid->label_height, grid->height / 2.0);
  for (guint column = 0; column < n_columns; column++)
    {
      PangoLayout *label = g_ptr_array_index (grid->labels, column);

      if (convene_print_text_get_width (label) > grid->label_height)
        {
          pango_layout_set_width (label, pango_units_from_double (grid->label_height));
          pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_MIDDLE);
        }
    }
  grid->header_height = HEADER_PAD + grid->label_height + HEADER_PAD + grid->totals_height
                        + RULE_HEIGHT + 1.0;
  return TRUE;
}

/* Puts a layout's single line centred in a cell. */
static void
add_centred (Grid             *grid,
             ConvenePrintRole  role,
             PangoLayout      *layout,
             double            x,
             double            y,
             double            width,
             double            height,
             guint32           rgb)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  convene_print_layout_add_text (grid->layout, role, layout,
                                 x + (width - pango_units_to_double (logical.width)) / 2.0
                                   - pango_units_to_double (logical.x),
                                 y + (height - pango_units_to_double (logical.height)) / 2.0,
                                 rgb);
}

static double
grid_add_header (Grid  *grid,
                 guint  first_column,
                 guint  n_columns)
{
  double x = grid->x;
  double y = grid->y;
  double label_bottom = y + HEADER_PAD + grid->label_height;
  double totals_top = label_bottom + HEADER_PAD;
  double cells_x = x + grid->name_width + grid->total_width;
  double table_width = grid->name_width + grid->total_width + n_columns * grid->column_width;
  g_autoptr(PangoLayout) participant = NULL;
  g_autoptr(PangoLayout) attended = NULL;

  /* TRANSLATORS: the heading of the names in the printed attendance matrix */
  participant = create_text (grid, C_("matrix", "Participant"), HEADER_SIZE, PANGO_WEIGHT_BOLD,
                             grid->name_width - NAME_PAD);
  convene_print_layout_add_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, participant, x,
                                 totals_top + CELL_PAD, CONVENE_PRINT_INK);

  /* TRANSLATORS: the heading of the totals column of the printed attendance matrix */
  attended = create_text (grid, C_("matrix", "Attended"), HEADER_SIZE, PANGO_WEIGHT_BOLD, -1);
  pango_layout_set_single_paragraph_mode (attended, TRUE);
  if (convene_print_text_get_width (attended) > grid->label_height)
    {
      pango_layout_set_width (attended, pango_units_from_double (grid->label_height));
      pango_layout_set_ellipsize (attended, PANGO_ELLIPSIZE_END);
    }
  convene_print_layout_add_rotated_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, attended,
                                         x + grid->name_width + grid->total_width
                                           - NAME_PAD - convene_print_text_get_height (attended),
                                         label_bottom, CONVENE_PRINT_INK);

  for (guint i = 0; i < n_columns; i++)
    {
      guint column = first_column + i;
      PangoLayout *label = g_ptr_array_index (grid->labels, column);
      g_autofree char *total = dup_column_total (grid, column);
      g_autoptr(PangoLayout) total_layout = create_text (grid, total, TOTAL_SIZE,
                                                         PANGO_WEIGHT_NORMAL, -1);
      double cx = cells_x + i * grid->column_width;

      convene_print_layout_add_rotated_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, label,
                                             cx + (grid->column_width
                                                   - convene_print_text_get_height (label)) / 2.0,
                                             label_bottom, CONVENE_PRINT_INK);
      add_centred (grid, CONVENE_PRINT_ROLE_TEXT, total_layout, cx, totals_top,
                   grid->column_width, grid->totals_height, CONVENE_PRINT_INK_DIM);
    }

  convene_print_layout_add_rect (grid->layout, CONVENE_PRINT_ROLE_DECORATION,
                                 x, totals_top + grid->totals_height, table_width, RULE_HEIGHT,
                                 CONVENE_PRINT_RULE);
  return y + grid->header_height;
}

static void
grid_add_row (Grid   *grid,
              guint   row,
              guint   first_column,
              guint   n_columns,
              double  y)
{
  double x = grid->x;
  double height = grid->row_heights[row];
  double cells_x = x + grid->name_width + grid->total_width;
  PangoLayout *name = g_ptr_array_index (grid->names, row);
  g_autofree char *total = dup_row_total (grid, row);
  g_autoptr(PangoLayout) total_layout = create_text (grid, total, TOTAL_SIZE,
                                                     PANGO_WEIGHT_NORMAL, -1);

  if (row % 2 == 1)
    convene_print_layout_add_rect (grid->layout, CONVENE_PRINT_ROLE_BACKGROUND, x, y,
                                   grid->name_width + grid->total_width
                                     + n_columns * grid->column_width,
                                   height, CONVENE_PRINT_SHADE);

  convene_print_layout_add_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, name, x,
                                 y + (height - convene_print_text_get_height (name)) / 2.0,
                                 CONVENE_PRINT_INK);
  convene_print_layout_add_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, total_layout,
                                 cells_x - NAME_PAD - convene_print_text_get_width (total_layout),
                                 y + (height - convene_print_text_get_height (total_layout)) / 2.0,
                                 CONVENE_PRINT_INK_DIM);

  for (guint i = 0; i < n_columns; i++)
    {
      ConveneRole role = convene_matrix_get_role (grid->matrix, row, first_column + i);

      if (role >= G_N_ELEMENTS (role_looks))
        role = CONVENE_ROLE_NOT_RECORDED;
      add_centred (grid, CONVENE_PRINT_ROLE_TEXT, grid->symbols[role],
                   cells_x + i * grid->column_width, y, grid->column_width, height,
                   role_looks[role].rgb);
    }
}

static void
grid_add_legend (Grid *grid)
{
  double top = grid->y + grid->height - convene_print_text_get_height (grid->legend);

  convene_print_layout_add_text (grid->layout, CONVENE_PRINT_ROLE_TEXT, grid->legend,
                                 grid->x, top, CONVENE_PRINT_INK_DIM);
}

static char *
dup_page_label (guint first_column,
                guint n_columns,
                guint total_columns)
{
  if (n_columns == total_columns)
    return g_strdup (_("Attendance matrix"));
  /* TRANSLATORS: the running header of a page of the printed attendance
   * matrix that shows some of the meetings, as in "Attendance matrix ·
   * meetings 1–16 of 32" */
  return g_strdup_printf (_("Attendance matrix · meetings %u–%u of %u"),
                          first_column + 1, first_column + n_columns, total_columns);
}

/* How many pages the rows take when each page holds at most limit points of
 * rows. */
static guint
count_pages (Grid   *grid,
             guint   n_rows,
             double  limit)
{
  guint pages = 1;
  double used = 0.0;

  for (guint row = 0; row < n_rows; row++)
    {
      if (used > 0.0 && used + grid->row_heights[row] > limit)
        {
          pages++;
          used = 0.0;
        }
      used += grid->row_heights[row];
    }
  return pages;
}

/* The least height of rows per page that takes no more pages than filling
 * every page does, so the last page is not left with a row or two. */
static double
get_balanced_limit (Grid   *grid,
                    guint   n_rows,
                    double  room)
{
  guint pages = count_pages (grid, n_rows, room);
  double low = 0.0, high = room;

  for (guint i = 0; i < 32; i++)
    {
      double mid = (low + high) / 2.0;

      if (count_pages (grid, n_rows, mid) <= pages)
        high = mid;
      else
        low = mid;
    }
  return high;
}

static void
convene_matrix_layout_paginate (ConvenePrintLayout *layout,
                                double              x,
                                double              y,
                                double              width,
                                double              height)
{
  ConveneMatrixLayout *self = CONVENE_MATRIX_LAYOUT (layout);
  Grid grid = { 0, };
  guint n_rows, n_columns, fit, n_slices, per_slice;
  double cells_top, cells_bottom, limit;

  grid.layout = layout;
  grid.matrix = self->matrix;
  grid.x = x;
  grid.y = y;
  grid.width = width;
  grid.height = height;

  n_rows = convene_matrix_get_n_rows (self->matrix);
  n_columns = convene_matrix_get_n_columns (self->matrix);

  if (!grid_measure (&grid))
    {
      g_autoptr(PangoLayout) empty = NULL;

      empty = create_text (&grid, _("There is nothing to show: no participant or no meeting."),
                           NAME_SIZE + 2.0, PANGO_WEIGHT_NORMAL, width);
      convene_print_layout_add_page (layout, _("Attendance matrix"));
      convene_print_layout_add_text (layout, CONVENE_PRINT_ROLE_TEXT, empty, x, y,
                                     CONVENE_PRINT_INK_DIM);
      grid_add_legend (&grid);
      grid_clear (&grid);
      return;
    }

  /* share the meetings out evenly between as few page-wide slices as hold them */
  fit = (guint) MAX ((width - grid.name_width - grid.total_width) / grid.column_width, 1.0);
  n_slices = (n_columns + fit - 1) / fit;
  per_slice = (n_columns + n_slices - 1) / n_slices;
  cells_top = y + grid.header_height;
  cells_bottom = y + height - grid.legend_height;
  limit = get_balanced_limit (&grid, n_rows, cells_bottom - cells_top);

  for (guint first_column = 0;
       first_column < n_columns && !convene_print_layout_is_cancelled (layout);
       first_column += per_slice)
    {
      guint slice_columns = MIN (per_slice, n_columns - first_column);
      g_autofree char *label = dup_page_label (first_column, slice_columns, n_columns);
      double cursor = cells_bottom;
      gboolean page_empty = TRUE;

      for (guint row = 0; row < n_rows && !convene_print_layout_is_cancelled (layout); row++)
        {
          if (cursor + grid.row_heights[row] > cells_top + limit && !page_empty)
            cursor = cells_bottom; /* full: next page */

          if (cursor >= cells_bottom)
            {
              convene_print_layout_add_page (layout, label);
              cursor = grid_add_header (&grid, first_column, slice_columns);
              grid_add_legend (&grid);
              page_empty = TRUE;
            }

          grid_add_row (&grid, row, first_column, slice_columns, cursor);
          cursor += grid.row_heights[row];
          page_empty = FALSE;
        }
    }

  grid_clear (&grid);
}

/* GObject */

static void
convene_matrix_layout_dispose (GObject *object)
{
  ConveneMatrixLayout *self = CONVENE_MATRIX_LAYOUT (object);

  g_clear_object (&self->matrix);

  G_OBJECT_CLASS (convene_matrix_layout_parent_class)->dispose (object);
}

static void
convene_matrix_layout_class_init (ConveneMatrixLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ConvenePrintLayoutClass *layout_class = CONVENE_PRINT_LAYOUT_CLASS (klass);

  object_class->dispose = convene_matrix_layout_dispose;
  layout_class->paginate = convene_matrix_layout_paginate;
}

static void
convene_matrix_layout_init (ConveneMatrixLayout *self)
{
  convene_print_layout_set_orientation (CONVENE_PRINT_LAYOUT (self), CONVENE_PAGE_LANDSCAPE);
}

/**
 * convene_matrix_layout_new:
 * @matrix: the matrix to print, with its rows filtered and sorted as wanted
 *
 * Returns: (transfer full): a layout of the matrix, made for landscape pages
 */
ConveneMatrixLayout *
convene_matrix_layout_new (ConveneMatrix *matrix)
{
  ConveneMatrixLayout *self;

  g_return_val_if_fail (CONVENE_IS_MATRIX (matrix), NULL);

  self = g_object_new (CONVENE_TYPE_MATRIX_LAYOUT, NULL);
  self->matrix = g_object_ref (matrix);
  convene_print_layout_set_title (CONVENE_PRINT_LAYOUT (self),
                                  convene_dataset_get_title (convene_matrix_get_dataset (matrix)));
  return self;
}
