/* convene-test-widgets.c: finding widgets and waiting for frames, for the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "convene-detail-block.h"
#include "convene-test-data.h"
#include "convene-test-widgets.h"

/* The first widget under root, root included, in tree order, that matches */
GtkWidget *
convene_test_find_widget (GtkWidget        *root,
                          ConveneTestMatch  match,
                          gconstpointer     data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = convene_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* A control a screen reader moves to, or a list or row it lands on, that
 * has no name (it would read out the widget's type) */
static gboolean
is_unnamed_control (GtkWidget     *widget,
                    gconstpointer  data)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return FALSE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return FALSE;
  /* GTK's own parts of a spin button or a calendar, named by theirs */
  if ((gtk_widget_get_ancestor (widget, GTK_TYPE_SPIN_BUTTON) != NULL && !GTK_IS_SPIN_BUTTON (widget)) ||
      gtk_widget_get_ancestor (widget, GTK_TYPE_CALENDAR) != NULL)
    return FALSE;
  if (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent))
    return !has_name (parent);
  if (GTK_IS_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_SPIN_BUTTON (widget))
    return !has_name (widget);
  /* lists and their rows, when the focus can land on them */
  if ((GTK_IS_LIST_BOX (widget) || GTK_IS_LIST_VIEW (widget) || GTK_IS_LIST_BOX_ROW (widget)) &&
      gtk_widget_get_focusable (widget) &&
      !(GTK_IS_LIST_BOX_ROW (widget) && !gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
        !gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (widget))))
    return !has_name (widget);
  return FALSE;
}

/* The first control under root that a screen reader would read by its
 * widget type: a button, switch or spin button, a list or a row of one */
GtkWidget *
convene_test_find_unnamed (GtkWidget *root)
{
  return convene_test_find_widget (root, is_unnamed_control, NULL);
}

/* A list item a screen reader lands on (GTK's own, in a GtkListView) that
 * has no name: it reads nothing at all */
static gboolean
is_unnamed_list_item (GtkWidget     *widget,
                      gconstpointer  data)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_focusable (widget) &&
         gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM &&
         !has_name (widget);
}

GtkWidget *
convene_test_find_unnamed_list_item (GtkWidget *root)
{
  return convene_test_find_widget (root, is_unnamed_list_item, NULL);
}

/* Named twice: GTK 4.8 reads a widget's label and then the widgets it is
 * labelled by, one after the other: "Number Number" for a spin button
 * given a label in an AdwActionRow (whose activatable widget is labelled by
 * the row's title), "_Day Day" for a button with a mnemonic (its label as
 * written, then the label that names it). A button of an icon is labelled
 * by its image, which says nothing. */
static gboolean
is_named_twice (GtkWidget     *widget,
                gconstpointer  data)
{
  if (!gtk_widget_get_visible (widget) ||
      (GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)))))
    return FALSE;
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
         gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* The first widget under root that a screen reader would name twice */
GtkWidget *
convene_test_find_named_twice (GtkWidget *root)
{
  return convene_test_find_widget (root, is_named_twice, NULL);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

GtkWidget *
convene_test_find_of_type (GtkWidget *root,
                           GType      type)
{
  return convene_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

GtkWidget *
convene_test_find_by_tooltip (GtkWidget  *root,
                              const char *tooltip)
{
  return convene_test_find_widget (root, has_tooltip, tooltip);
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The first libadwaita row titled title */
GtkWidget *
convene_test_find_row (GtkWidget  *root,
                       const char *title)
{
  return convene_test_find_widget (root, is_row_titled, title);
}

static gboolean
activates (GtkWidget     *widget,
           gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

/* The first button that activates action_name */
GtkWidget *
convene_test_find_by_action (GtkWidget  *root,
                             const char *action_name)
{
  return convene_test_find_widget (root, activates, action_name);
}

void
convene_test_flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for n_frames frames of widget's window: layout and
 * scrolling happen as a frame is made. */
void
convene_test_wait_frames (GtkWidget *widget,
                          guint      n_frames)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_tick_cb, &ticks, NULL);

  while (ticks < n_frames)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
  convene_test_flush_events ();
}

/* Runs the main loop until list_view (of ConveneDetailBlocks) shows the
 * whole page last shown: the blocks below the first screenful are added a
 * batch a frame. */
void
convene_test_wait_blocks_shown (GtkWidget *list_view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));

  if (GTK_IS_NO_SELECTION (model))
    model = gtk_no_selection_get_model (GTK_NO_SELECTION (model));
  while (convene_detail_blocks_get_filling (G_LIST_STORE (model)))
    g_main_context_iteration (NULL, TRUE);
  convene_test_flush_events ();
}

/* A generated dataset of n_meetings (and 250 participants) in a temporary
 * file; returns its path. */
char *
convene_test_generated_file (guint n_meetings)
{
  g_autoptr(GBytes) json = convene_test_generate (n_meetings, 250);
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("convene-large-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error));
  g_assert_no_error (error);
  return path;
}

/* Answers the save dialog an action opened: saves in folder under the name
 * it suggests, which is returned. (Without a portal, GtkFileChooserNative
 * shows a GtkFileChooserDialog.) */
char *
convene_test_answer_save_dialog (GFile *folder)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  GtkWidget *dialog = NULL;
  char *name;

  convene_test_flush_events ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  for (guint i = 0; dialog == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel))
        dialog = toplevel;
    }
  g_assert_nonnull (dialog);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL));
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return name;
}

/* With CONVENE_SHOT_DIR set, saves what @widget shows there as @name
 * (PNG), to look at (tests/screenshots.sh) */
void
convene_test_save_shot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("CONVENE_SHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  graphene_rect_t bounds;

  if (dir == NULL)
    return;
  /* the application's style sheet, which AdwApplication loads (a test's window has no
   * application): the shots look as the app does */
  if (g_object_get_data (G_OBJECT (gtk_widget_get_display (widget)), "convene-style") == NULL)
    {
      GtkCssProvider *css = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (css, "/io/github/convene/Convene/style.css");
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_object_set_data_full (G_OBJECT (gtk_widget_get_display (widget)), "convene-style", css, g_object_unref);
    }
  /* a frame or two, so the widget has drawn */
  for (gint64 end = g_get_monotonic_time () + 400000; g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, FALSE);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}
