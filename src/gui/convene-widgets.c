/* convene-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-widgets.h"

/* A label that wraps (between characters if a word is too long), left aligned, of plain text:
 * never markup. Its least width is 10 characters (HACKING.md, "Conventions"). */
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
