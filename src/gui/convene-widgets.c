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

/* libadwaita 1.2 leaves parts of its rows unnamed for a screen reader,
 * which then reads out their widget type ("GtkListView"): a combo row's
 * list that shows the chosen item, an expander row itself and its lists,
 * an entry row's Apply button. Names them by the row's title (again when
 * the title changes). */
void
convene_name_row_parts (GtkWidget *row)
{
  const char *title;

  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  if (ADW_IS_EXPANDER_ROW (row))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  name_parts (row, title);
}
