/* convene-meeting-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-meeting-row"

#include <glib/gi18n.h>

#include "convene-meeting-row.h"
#include "convene-text.h"

struct _ConveneMeetingRow
{
  GtkWidget parent_instance;

  GtkLabel *kind_label;
  GtkLabel *year_label;
  GtkLabel *title_label;
  GtkLabel *when_label;
  GtkImage *disagree_icon;

  ConveneMeeting *meeting;
};

G_DEFINE_FINAL_TYPE (ConveneMeetingRow, convene_meeting_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The icon's tooltip is given the first time the icon is shown, not in the
 * template: setting a tooltip makes GTK ask the display server where the
 * pointer is, a round trip for each row the list makes at start-up. */
static void
show_disagreement (ConveneMeetingRow *self,
                   gboolean           disagree)
{
  GtkWidget *icon = GTK_WIDGET (self->disagree_icon);

  if (disagree && gtk_widget_get_tooltip_text (icon) == NULL)
    gtk_widget_set_tooltip_text (icon, _("The sources disagree about this meeting"));
  gtk_widget_set_visible (icon, disagree);
}

/* In a list, the list item holding the row is what a screen reader reads
 * and moves between: it gets the row's name. */
static GtkAccessible *
accessible_target (ConveneMeetingRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (parent)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    return GTK_ACCESSIBLE (parent);
  return GTK_ACCESSIBLE (self);
}

static void
update (ConveneMeetingRow *self)
{
  g_autofree char *kind = NULL;
  g_autofree char *year = NULL;
  g_autofree char *when = NULL;
  g_autofree char *description = NULL;

  if (self->meeting == NULL)
    return;

  kind = convene_meeting_dup_kind_label (self->meeting, TRUE);
  year = g_strdup_printf ("%u", convene_meeting_get_year (self->meeting));
  when = convene_meeting_dup_date_place_label (self->meeting);

  gtk_label_set_text (self->kind_label, kind);
  gtk_label_set_text (self->year_label, year);
  gtk_label_set_text (self->title_label, convene_meeting_get_title (self->meeting));
  gtk_label_set_text (self->when_label, when);
  show_disagreement (self, convene_meeting_has_contradiction (self->meeting));

  description = convene_meeting_describe (self->meeting);
  if (convene_meeting_has_contradiction (self->meeting))
    {
      /* TRANSLATORS: a meeting's row as a screen reader says it: %s is the
       * meeting, as in "14th Ad Hoc Group Senior Officials’ Meeting, Da Nang,
       * Viet Nam, 23–24 July 2019" */
      g_autofree char *marked = g_strdup_printf (_("%s, the sources disagree"), description);

      g_free (description);
      description = g_steal_pointer (&marked);
    }
  gtk_accessible_update_property (accessible_target (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  convene_meeting_get_title (self->meeting),
                                  -1);
}

ConveneMeeting *
convene_meeting_row_get_meeting (ConveneMeetingRow *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_ROW (self), NULL);
  return self->meeting;
}

void
convene_meeting_row_set_meeting (ConveneMeetingRow *self,
                                 ConveneMeeting    *meeting)
{
  g_return_if_fail (CONVENE_IS_MEETING_ROW (self));

  if (!g_set_object (&self->meeting, meeting))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

static void
convene_meeting_row_dispose (GObject *object)
{
  ConveneMeetingRow *self = CONVENE_MEETING_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MEETING_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (convene_meeting_row_parent_class)->dispose (object);
}

static void
convene_meeting_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConveneMeetingRow *self = CONVENE_MEETING_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ConveneMeetingRow *self = CONVENE_MEETING_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      convene_meeting_row_set_meeting (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_row_class_init (ConveneMeetingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_meeting_row_dispose;
  object_class->get_property = convene_meeting_row_get_property;
  object_class->set_property = convene_meeting_row_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, CONVENE_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/convene-meeting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingRow, year_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingRow, disagree_icon);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
convene_meeting_row_init (ConveneMeetingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
