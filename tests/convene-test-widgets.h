/* convene-test-widgets.h: finding widgets and waiting for frames, for the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*ConveneTestMatch) (GtkWidget *widget, gconstpointer data);

GtkWidget *convene_test_find_widget     (GtkWidget        *root,
                                         ConveneTestMatch  match,
                                         gconstpointer     data);
GtkWidget *convene_test_find_of_type    (GtkWidget        *root,
                                         GType             type);
GtkWidget *convene_test_find_by_tooltip (GtkWidget        *root,
                                         const char       *tooltip);
GtkWidget *convene_test_find_row        (GtkWidget        *root,
                                         const char       *title);
GtkWidget *convene_test_find_unnamed    (GtkWidget        *root);
GtkWidget *convene_test_find_named_twice (GtkWidget       *root);
GtkWidget *convene_test_find_unnamed_list_item (GtkWidget  *root);
void       convene_test_save_shot       (GtkWidget        *widget,
                                         const char       *name);
GtkWidget *convene_test_find_by_action  (GtkWidget        *root,
                                         const char       *action_name);
void       convene_test_flush_events    (void);
void       convene_test_wait_blocks_shown (GtkWidget      *list_view);
void       convene_test_wait_frames     (GtkWidget        *widget,
                                         guint             n_frames);
char      *convene_test_generated_file  (guint             n_meetings);
char      *convene_test_answer_save_dialog (GFile          *folder);

G_END_DECLS
