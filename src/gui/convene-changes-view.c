/* convene-changes-view.c
 *
 * For a meeting's detail: against the previous meeting of the same kind,
 * who joined, who did not come back and whose role changed, a line each
 * under a heading per kind of change. When either meeting's attendance is
 * not recorded the view says that what changed is unknown, and lists
 * nothing (convene_meeting_changes_new(): the dataset's statistics are
 * neither needed nor waited for). The heading's "previous meeting" opens
 * it ("meeting-activated").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-changes-view"

#include <glib/gi18n.h>

#include "convene-changes-view.h"
#include "convene-statistics.h"
#include "convene-widgets.h"

struct _ConveneChangesView
{
  GtkWidget parent_instance;

  GtkBox *box;
};

G_DEFINE_FINAL_TYPE (ConveneChangesView, convene_changes_view, GTK_TYPE_WIDGET)

static const char *
change_heading (ConveneChangeKind kind)
{
  switch (kind)
    {
    case CONVENE_CHANGE_JOINED:
      return _("Joined");
    case CONVENE_CHANGE_LEFT:
      return _("Did Not Come Back");
    case CONVENE_CHANGE_ROLE:
    default:
      return _("Role Changed");
    }
}

static void
convene_changes_view_dispose (GObject *object)
{
  ConveneChangesView *self = CONVENE_CHANGES_VIEW (object);

  if (self->box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->box));
  self->box = NULL;
  G_OBJECT_CLASS (convene_changes_view_parent_class)->dispose (object);
}

static void
convene_changes_view_class_init (ConveneChangesViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = convene_changes_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
convene_changes_view_init (ConveneChangesView *self)
{
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What Changed"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
}

GtkWidget *
convene_changes_view_new (void)
{
  return g_object_new (CONVENE_TYPE_CHANGES_VIEW, NULL);
}

/* Shows what changed at @meeting (NULL: nothing) */
void
convene_changes_view_set_meeting (ConveneChangesView *self,
                                  ConveneDataset     *dataset,
                                  ConveneMeeting     *meeting)
{
  g_autoptr(ConveneMeetingChanges) changes = NULL;
  g_autofree char *status = NULL;
  GtkWidget *child, *heading;
  int last_kind = -1;

  g_return_if_fail (CONVENE_IS_CHANGES_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  if (dataset == NULL || meeting == NULL)
    return;

  changes = convene_meeting_changes_new (dataset, meeting);
  heading = convene_wrapping_label_new (_("What Changed"), "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (self->box, heading);
  status = convene_meeting_changes_dup_status (changes);
  gtk_box_append (self->box, convene_wrapping_label_new (status, changes->known ? NULL : "dim-label"));

  for (guint i = 0; i < changes->changes->len; i++)
    {
      const ConveneChange *change = &g_array_index (changes->changes, ConveneChange, i);
      g_autofree char *text = convene_change_dup_description (change);
      g_autofree char *line = NULL;

      if ((int) change->kind != last_kind)
        {
          GtkWidget *label = convene_wrapping_label_new (change_heading (change->kind), "caption-heading");

          gtk_widget_set_margin_top (label, 6);
          gtk_box_append (self->box, label);
          last_kind = change->kind;
        }
      /* TRANSLATORS: a bullet before a line of a list */
      line = g_strdup_printf (_("• %s"), text);
      gtk_box_append (self->box, convene_wrapping_label_new (line, NULL));
    }
}
