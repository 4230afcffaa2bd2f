/* convene-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-widgets.h"

/* A label that wraps (between characters if a word is too long), left aligned, of plain text:
 * never markup. Its least width is 10 characters: without one, GTK 4.8 measures a word-char
 * wrapping label's minimum width one character a line, which was most of the text shaping
 * before the first frame (docs/performance.md, "Start-up to first frame"). */
GtkWidget *
convene_wrapping_label_new (const char *text,
                            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A titled group of rows at the end of box */
GtkWidget *
convene_group_append (GtkBox     *box,
                      const char *title,
                      const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return group;
}

/* A row of plain text (names come from the dataset: never markup) */
GtkWidget *
convene_group_add_row (GtkWidget  *group,
                       const char *title,
                       const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* A boxed list of plain rows, a label each: far fewer widgets to style and measure than
 * AdwActionRows when a page lists many (docs/performance.md) */
GtkWidget *
convene_plain_list_new (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return list;
}

GtkWidget *
convene_plain_list_append (GtkWidget  *list,
                           const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = convene_wrapping_label_new (text, NULL);

  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

/* Returns: (transfer full): a modal Save dialog for widget's window, whose
 * one filter is the files of mime_type or suffix, proposing current_name;
 * the caller connects "response" and shows it. */
GtkFileChooserNative *
convene_save_chooser_new (GtkWidget  *widget,
                          const char *title,
                          const char *current_name,
                          const char *filter_name,
                          const char *mime_type,
                          const char *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
name_parts (GtkWidget  *widget,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* a row within has a title of its own */
      if (ADW_IS_PREFERENCES_ROW (child))
        continue;
      if (GTK_IS_LIST_VIEW (child) || GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      else if (GTK_IS_BUTTON (child) &&
               g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "adw-entry-apply-symbolic") == 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Apply"), -1);
          gtk_widget_set_tooltip_text (child, _("Apply"));
        }
      name_parts (child, title);
    }
}

/* A combo row's choices, in its popover and the one shown in the row: each
 * a label (in the popover with a check mark beside the one chosen, as
 * libadwaita draws them), and the list item a screen reader lands on named
 * by the choice (libadwaita 1.2 leaves it nameless) */

static void
on_choice_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  /* the list item says it is selected */
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

static void
show_chosen (GtkListItem *item)
{
  AdwComboRow *row = g_object_get_data (G_OBJECT (item), "convene-chooser");
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_visible (check, gtk_widget_get_ancestor (check, GTK_TYPE_POPOVER) != NULL);
  gtk_widget_set_opacity (check, adw_combo_row_get_selected (row) == gtk_list_item_get_position (item) ? 1.0 : 0.0);
}

static void
on_choice_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *parent = gtk_widget_get_parent (box);
  const char *text = gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_list_item_get_item (item)));
  gulong handler;

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), text);
  /* in the row, the choice is cut short as libadwaita's is; in the popover, whole */
  gtk_label_set_max_width_chars (GTK_LABEL (gtk_widget_get_first_child (box)),
                                 gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL ? -1 : 20);
  if (parent != NULL &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (parent)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data (G_OBJECT (item), "convene-chooser", row);
  handler = g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (show_chosen), item);
  g_object_set_data (G_OBJECT (item), "convene-chooser-handler", GSIZE_TO_POINTER (handler));
  show_chosen (item);
}

static void
on_choice_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     AdwComboRow              *row)
{
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "convene-chooser-handler"));

  g_clear_signal_handler (&handler, row);
  g_object_set_data (G_OBJECT (item), "convene-chooser-handler", NULL);
}

/* @row: an AdwComboRow of a GtkStringList */
static void
name_choices (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_choice_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_choice_unbind_cb), row);
  adw_combo_row_set_factory (row, factory);
}

/* libadwaita 1.2 leaves parts of its rows unnamed for a screen reader,
 * which then reads out their widget type ("GtkListView"): a combo row's
 * list that shows the chosen item, an expander row itself and its lists,
 * an entry row's Apply button, a combo row's choices. Names them by the
 * row's title (again when the title changes), the choices by their text. */
void
convene_name_row_parts (GtkWidget *row)
{
  const char *title;

  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  if (ADW_IS_EXPANDER_ROW (row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (ADW_IS_COMBO_ROW (row))
    name_choices (ADW_COMBO_ROW (row));
  name_parts (row, title);
}

/* GTK 4.8 names a button with a mnemonic by its label as written
 * ("_Reset Filters") and then by the label that names it ("Reset
 * Filters"): a screen reader reads both. The label's name is enough; this
 * takes the other away from every such button under @root (popovers
 * included). */
void
convene_name_mnemonic_buttons_once (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
      gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    convene_name_mnemonic_buttons_once (child);
}
