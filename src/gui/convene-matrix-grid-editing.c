/* convene-matrix-grid-editing.c: the attendance matrix in edit mode
 *
 * Part of ConveneMatrixGrid (see convene-matrix-grid-private.h). A
 * secretary filling in an attendance sheet: a click cycles a cell
 * participant → observer → co-chair → absent; P, O, C and A set a role,
 * Delete clears it (absent); N marks the column's attendance as not
 * recorded, or recorded again. Each is one edit of the document, undone
 * alone; the matrix follows it (its "revision", convene-matrix.c) and the
 * grid draws and says the cell anew. Out of edit mode the actions are off,
 * so the letters go on to the search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-matrix-grid"

#include "convene-matrix-grid-private.h"

static ConveneRole
next_role (ConveneRole role)
{
  switch (role)
    {
    case CONVENE_ROLE_PARTICIPANT:
      return CONVENE_ROLE_OBSERVER;
    case CONVENE_ROLE_OBSERVER:
      return CONVENE_ROLE_CO_CHAIR;
    case CONVENE_ROLE_CO_CHAIR:
      return CONVENE_ROLE_NONE;
    case CONVENE_ROLE_NONE:
    case CONVENE_ROLE_NOT_RECORDED:
    default:
      return CONVENE_ROLE_PARTICIPANT;
    }
}

static void
set_role (ConveneMatrixGrid *self,
          int                row,
          int                column,
          ConveneRole        role)
{
  if (self->document == NULL || row < 0 || column < 0 || !_convene_matrix_grid_has_cells (self))
    return;
  convene_document_set_role (self->document, convene_matrix_get_meeting (self->matrix, (guint) column),
                             convene_matrix_get_participant (self->matrix, (guint) row), role);
}

/* A click on a cell in edit mode: its next role. Returns whether it was
 * one (and is edited). */
gboolean
_convene_matrix_grid_edit_click (ConveneMatrixGrid *self,
                                 int                row,
                                 int                column)
{
  if (self->document == NULL || row < 0 || column < 0)
    return FALSE;
  set_role (self, row, column,
            next_role (convene_matrix_get_role (self->matrix, (guint) row, (guint) column)));
  return TRUE;
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);

  if (self->focus_row != NO_ROW)
    set_role (self, self->focus_row, self->focus_column, (ConveneRole) g_variant_get_int32 (parameter));
}

static void
toggle_recorded_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ConveneMatrixGrid *self = CONVENE_MATRIX_GRID (widget);
  ConveneMeeting *meeting;

  if (self->document == NULL || self->focus_row == NO_ROW || self->focus_column < 0 ||
      !_convene_matrix_grid_has_cells (self))
    return;
  meeting = convene_matrix_get_meeting (self->matrix, (guint) self->focus_column);
  convene_document_set_attendance_recorded (self->document, meeting,
                                            !convene_meeting_get_attendance_recorded (meeting));
}

void
_convene_matrix_grid_class_editing_init (GtkWidgetClass *widget_class)
{
  const struct { guint keyval; ConveneRole role; } role_keys[] = {
    { GDK_KEY_p, CONVENE_ROLE_PARTICIPANT }, { GDK_KEY_P, CONVENE_ROLE_PARTICIPANT },
    { GDK_KEY_o, CONVENE_ROLE_OBSERVER }, { GDK_KEY_O, CONVENE_ROLE_OBSERVER },
    { GDK_KEY_c, CONVENE_ROLE_CO_CHAIR }, { GDK_KEY_C, CONVENE_ROLE_CO_CHAIR },
    { GDK_KEY_a, CONVENE_ROLE_NONE }, { GDK_KEY_A, CONVENE_ROLE_NONE },
    { GDK_KEY_Delete, CONVENE_ROLE_NONE }, { GDK_KEY_KP_Delete, CONVENE_ROLE_NONE },
    { GDK_KEY_BackSpace, CONVENE_ROLE_NONE },
  };

  gtk_widget_class_install_action (widget_class, "grid.set-role", "i", set_role_action);
  gtk_widget_class_install_action (widget_class, "grid.toggle-recorded", NULL, toggle_recorded_action);
  for (guint i = 0; i < G_N_ELEMENTS (role_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, role_keys[i].keyval, 0, "grid.set-role", "i",
                                         (gint32) role_keys[i].role);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "grid.toggle-recorded", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, 0, "grid.toggle-recorded", NULL);
}

/**
 * convene_matrix_grid_set_document:
 * @document: (nullable): the document of the matrix's dataset, to edit
 *   cells through; NULL leaves edit mode
 */
void
convene_matrix_grid_set_document (ConveneMatrixGrid *self,
                                  ConveneDocument   *document)
{
  g_return_if_fail (CONVENE_IS_MATRIX_GRID (self));
  g_return_if_fail (document == NULL || CONVENE_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.set-role", document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "grid.toggle-recorded", document != NULL);
}
