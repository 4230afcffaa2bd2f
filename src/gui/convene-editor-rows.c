/* convene-editor-rows.c: the rows the meeting editor's parts share
 *
 * The meeting editor (convene-meeting-editor.c) and its lists
 * (convene-outcome-list.c) make their rows with these: an entry row whose
 * own undo is off (the document's Undo answers Ctrl+Z), a named icon
 * button, the index of the list entry a row edits, and text set without
 * moving the cursor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-editor-rows.h"

/* Which entry of its list a row (or its button) edits */
guint
convene_editor_row_index (gpointer row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "convene-index"));
}

void
convene_editor_set_row_index (gpointer row,
                              guint    index)
{
  g_object_set_data (G_OBJECT (row), "convene-index", GUINT_TO_POINTER (index));
}

/* Sets an editable's text only when it differs, so the cursor stays */
void
convene_editor_set_text (gpointer    editable,
                         const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

/* The text of an editable, NULL when it holds only white space (an
 * optional field left empty is absent from the file) */
char *
convene_editor_dup_optional_text (gpointer editable)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (editable));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return *stripped != '\0' ? g_strdup (text) : NULL;
}

/* An entry row for a field: Ctrl+Z goes on to the window, which undoes
 * edits of the document (an entry's own undo would only make more edits) */
GtkWidget *
convene_editor_entry_row_new (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  return row;
}

/* A flat button showing an icon, named by @label for a screen reader */
GtkWidget *
convene_editor_icon_button_new (const char *icon_name,
                                const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}


/* Removes @rows (made for a list) from @group, and empties @rows */
void
convene_editor_clear_rows (gpointer   group,
                           GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* Shows @row in the error style, described by @message for a screen
 * reader, when @message is not NULL (a rule it breaks); else as it is */
void
convene_editor_mark_row (GtkWidget  *row,
                         const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
    }
}
