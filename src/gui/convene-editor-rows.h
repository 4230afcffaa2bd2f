/* convene-editor-rows.h: the rows the meeting editor's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

guint      convene_editor_row_index          (gpointer    row);
void       convene_editor_set_row_index      (gpointer    row,
                                              guint       index);
void       convene_editor_set_text           (gpointer    editable,
                                              const char *text);
char      *convene_editor_dup_optional_text  (gpointer    editable);
GtkWidget *convene_editor_entry_row_new      (const char *title);
GtkWidget *convene_editor_icon_button_new    (const char *icon_name,
                                              const char *label);
void       convene_editor_clear_rows         (gpointer    group,
                                              GPtrArray  *rows);
void       convene_editor_mark_row           (GtkWidget  *row,
                                              const char *message);

G_END_DECLS
