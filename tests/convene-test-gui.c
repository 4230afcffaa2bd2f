/* convene-test-gui.c: a window under the virtual display, for widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-test-gui.h"
#include "convene-test-widgets.h"

/* A window showing tests/data/NAME (or the bundled record for NULL), loaded */
ConveneWindow *
convene_test_window_with (const char *name)
{
  return convene_test_window_sized (name, 1100, 760);
}

/* The same, width × height pixels large */
ConveneWindow *
convene_test_window_sized (const char *name,
                           int         width,
                           int         height)
{
  ConveneWindow *window = convene_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  if (name != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", name, NULL));

      convene_window_open_file (window, file);
    }
  convene_test_wait_for_dataset (window);
  convene_test_flush_events ();
  return window;
}

/* Runs the main loop until the window shows the dataset it was loading (or
 * the bundled record it loads as it starts) */
void
convene_test_wait_for_dataset (ConveneWindow *window)
{
  gboolean loading = TRUE;

  while (loading || convene_window_get_dataset (window) == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_object_get (window, "loading", &loading, NULL);
    }
}

static void
append_menu_labels (GString    *labels,
                    GMenuModel *menu)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_string_append_printf (labels, "%s%s", labels->len > 0 ? "|" : "", label);
      if (section != NULL)
        append_menu_labels (labels, section);
    }
}

/* The labels of a menu's items, sections included, joined by "|" */
char *
convene_test_menu_labels (GMenuModel *menu)
{
  GString *labels = g_string_new (NULL);

  append_menu_labels (labels, menu);
  return g_string_free (labels, FALSE);
}

static void
append_shown_text (GString   *text,
                   GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (text, "%s\n", gtk_button_get_label (GTK_BUTTON (widget)));
  else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    g_string_append_printf (text, "%s\n", gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_shown_text (text, child);
}

/* Every label and button label shown under widget, one a line */
char *
convene_test_dup_shown_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  append_shown_text (text, widget);
  return g_string_free (text, FALSE);
}

/* Whether a label or button under widget shows exactly text */
gboolean
convene_test_shows_text (GtkWidget  *widget,
                         const char *text)
{
  g_autofree char *shown = convene_test_dup_shown_text (widget);
  g_autofree char *lines = g_strconcat ("\n", shown, NULL);
  g_autofree char *line = g_strdup_printf ("\n%s\n", text);

  return strstr (lines, line) != NULL;
}

/* Does what pressing keyval with modifiers does to widget through its
 * shortcuts (the key bindings of its class among them); FALSE when no
 * shortcut of widget takes it. */
gboolean
convene_test_press_key (GtkWidget       *widget,
                        guint            keyval,
                        GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}
