/* convene-date-row.c
 *
 * A row for one date of a meeting: the date as the window says it, and a
 * calendar popover to change it with the precision the source gives (the
 * day, only the month, or only the year: "April 2009" is never made into
 * "1 April 2009"). The change is told once, by ::changed, when the popover
 * closes, so a date picked in several clicks is one undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-date-row"

#include <glib/gi18n.h>

#include "convene-date-row.h"
#include "convene-widgets.h"

struct _ConveneDateRow
{
  AdwActionRow parent_instance;

  GtkMenuButton *button;
  GtkToggleButton *day_button;
  GtkToggleButton *month_button;
  GtkToggleButton *year_button;
  GtkCalendar *calendar;

  ConveneDate date;      /* as set, or as the popover last left it */
  ConveneDate editing;   /* what the popover shows */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (ConveneDateRow, convene_date_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_date (ConveneDateRow    *self,
           const ConveneDate *date)
{
  g_autofree char *label = NULL;

  if (date->year == 0)
    label = g_strdup (_("None"));
  else
    label = convene_date_format (date);
  gtk_menu_button_set_label (self->button, label);
  /* The menu button is named by the row's title (its activatable widget is
   * labelled by it: a label of its own would be read after it) and
   * described by the date; the button inside it, which takes the focus, is
   * named by the date and described by the title */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->button))),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);
}

/* The popover's date from the calendar and the precision buttons */
static void
read_popover (ConveneDateRow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  int year = g_date_time_get_year (picked);

  self->editing.year = (guint16) CLAMP (year, 1900, 2999);
  self->editing.month = 0;
  self->editing.day = 0;
  if (!gtk_toggle_button_get_active (self->year_button))
    self->editing.month = (guint8) g_date_time_get_month (picked);
  if (gtk_toggle_button_get_active (self->day_button))
    self->editing.day = (guint8) g_date_time_get_day_of_month (picked);
  show_date (self, &self->editing);
}

static void
on_day_selected_cb (ConveneDateRow *self)
{
  if (!self->updating)
    read_popover (self);
}

static void
on_precision_toggled_cb (ConveneDateRow  *self,
                         GtkToggleButton *button)
{
  if (!self->updating && gtk_toggle_button_get_active (button))
    read_popover (self);
}

static void
on_popover_closed_cb (ConveneDateRow *self)
{
  if (self->editing.year != 0 && convene_date_compare (&self->editing, &self->date) != 0)
    {
      self->date = self->editing;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
on_calendar_notify_cb (ConveneDateRow *self)
{
  /* paging through months or years picks them (for a date known to the month) */
  if (!self->updating)
    read_popover (self);
}

static void
convene_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONVENE_TYPE_DATE_ROW);
  G_OBJECT_CLASS (convene_date_row_parent_class)->dispose (object);
}

static void
convene_date_row_class_init (ConveneDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_date_row_dispose;

  /**
   * ConveneDateRow::changed:
   *
   * The popover closed on a date other than the one set.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, ConveneDateRow, day_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneDateRow, month_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneDateRow, year_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneDateRow, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_precision_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_closed_cb);
}

static void
convene_date_row_init (ConveneDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the precision buttons: "_Day" */
  convene_name_mnemonic_buttons_once (GTK_WIDGET (self));
  g_signal_connect_swapped (self->calendar, "notify::month",
                            G_CALLBACK (on_calendar_notify_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::year",
                            G_CALLBACK (on_calendar_notify_cb), self);
  show_date (self, &self->date);
}

GtkWidget *
convene_date_row_new (void)
{
  return g_object_new (CONVENE_TYPE_DATE_ROW, NULL);
}

/**
 * convene_date_row_get_date:
 *
 * The date shown (year 0 when none was set).
 */
void
convene_date_row_get_date (ConveneDateRow *self,
                           ConveneDate    *date)
{
  g_return_if_fail (CONVENE_IS_DATE_ROW (self));
  g_return_if_fail (date != NULL);

  *date = self->date;
}

void
convene_date_row_set_date (ConveneDateRow    *self,
                           const ConveneDate *date)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (CONVENE_IS_DATE_ROW (self));
  g_return_if_fail (date != NULL);

  self->date = *date;
  self->editing = *date;
  self->updating = TRUE;
  if (date->year != 0)
    {
      day = g_date_time_new_local (date->year, MAX (date->month, 1), MAX (date->day, 1), 12, 0, 0);
      gtk_calendar_select_day (self->calendar, day);
    }
  if (date->year != 0 && date->month == 0)
    gtk_toggle_button_set_active (self->year_button, TRUE);
  else if (date->year != 0 && date->day == 0)
    gtk_toggle_button_set_active (self->month_button, TRUE);
  else
    gtk_toggle_button_set_active (self->day_button, TRUE);
  self->updating = FALSE;
  show_date (self, date);
}
