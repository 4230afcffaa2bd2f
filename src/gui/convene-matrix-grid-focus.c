/* convene-matrix-grid-focus.c: the grid's focus cell and its keys
 *
 * The arrow keys, Page Up/Down (with Shift: a page of columns), Home/End and
 * Ctrl+Home/End move a focus cell; Enter or Space activates it. The
 * participant column is column CONVENE_MATRIX_GRID_NAME_COLUMN; above the
 * rows, the meeting headers (CONVENE_MATRIX_GRID_HEADER_ROW) and the column
 * totals (CONVENE_MATRIX_GRID_TOTALS_ROW) take the focus too. The widget's
 * accessible label is the focus cell's description, said by the model
 * (convene_matrix_describe_cell() and the like).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-grid"

#include <glib/gi18n.h>

#include "convene-matrix-grid-private.h"

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
  total = convene_matrix_describe_column_total (matrix, column);
  return g_strdup_printf (_("%s · %s"), described, total);
}

/* The widget's accessible label: what the focus cell is */
void
_convene_matrix_grid_update_accessible_label (ConveneMatrixGrid *self)
{
  g_autofree char *label = NULL;

  if (self->focus_row == NO_ROW || !_convene_matrix_grid_has_cells (self))
    label = g_strdup (_("Attendance matrix"));
  else if (self->focus_row < 0)
    label = describe_header (self->matrix, self->focus_row, self->focus_column);
  else if (self->focus_column == CONVENE_MATRIX_GRID_NAME_COLUMN)
    label = convene_matrix_describe_row (self->matrix, self->focus_row);
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
  _convene_matrix_grid_ensure_metrics (self);

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

/* Moves the focus cell to (row, column), within the grid, and scrolls to it */
void
_convene_matrix_grid_set_focus (ConveneMatrixGrid *self,
                                int                row,
                                int                column)
{
  ConveneParticipant *participant;

  if (!_convene_matrix_grid_has_cells (self))
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
      _convene_matrix_grid_update_accessible_label (self);
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

  _convene_matrix_grid_set_focus (self, row, column);
}

/* After a new matrix or a new order: the same participant and meeting if
 * they are still there, else the nearest cell. */
void
_convene_matrix_grid_refind_focus (ConveneMatrixGrid *self)
{
  ConveneDataset *dataset;
  ConveneParticipant *participant;
  guint found_row, column;
  int row, old_row = self->focus_row, old_column = self->focus_column;

  if (self->focus_row == NO_ROW)
    return;
  self->focus_row = NO_ROW;
  if (!_convene_matrix_grid_has_cells (self))
    {
      _convene_matrix_grid_update_accessible_label (self);
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
  _convene_matrix_grid_set_focus (self, row, column);
}

static void
activate_cell_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);

  if (self->focus_row != NO_ROW)
    _convene_matrix_grid_activate_cell (self, self->focus_row, self->focus_column);
}

/* Keys: (dx, dy) in cells; 2 is a page, 3 is to the end. */
static gboolean
move_focus_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  int dx, dy, row, column, page_rows, page_columns;

  if (!_convene_matrix_grid_has_cells (self))
    return FALSE;
  _convene_matrix_grid_ensure_metrics (self);
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

  _convene_matrix_grid_set_focus (self, FROM_VISUAL_ROW (row), column);
  return TRUE;
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

void
_convene_matrix_grid_class_keys_init (GtkWidgetClass *widget_class)
{
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
}
