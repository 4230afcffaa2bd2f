/* convene-statistics-view.c
 *
 * The record's patterns, for the dataset overview the detail pane shows when
 * no meeting is selected: the record in figures, how much of it has
 * attendance recorded (by kind), meetings per year by kind, delegations per
 * meeting, and the most regular participants. Each chart has its figures as
 * text beside it ("Show as Text") and clicks through: a year's bar emits
 * "year-activated" and activates win.show-year, a meeting's "meeting-activated" and
 * win.show-meeting, a participant's row "participant-activated" and win.show-participant:
 * the window shows what they count.
 *
 * The figures are worked out a step at a time when the main loop is idle
 * and the view is on screen (convene_statistics_try_for_dataset()), each
 * step a few milliseconds, with a progress bar if they take longer than one
 * step (about 50 ms at 10,000 meetings in all); a change to the dataset
 * takes the figures away and works them out anew, so none is shown out of
 * date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-statistics-view"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "convene-chart-view.h"
#include "convene-statistics-view.h"
#include "convene-widgets.h"

#define MAX_REGULAR 10

/* A step of the work: meetings counted at a time, until STEP_US have passed */
#define STEP_MEETINGS 128
#define STEP_US 4000

struct _ConveneStatisticsView
{
  GtkWidget parent_instance;

  GtkBox *box;
  GtkProgressBar *progress;  /* while the figures are worked out, if not at once */
  ConveneDataset *dataset;
  gboolean shown;            /* the figures shown are those of the dataset as it is */
  guint work_idle;
  ConveneStatistics *stats;  /* the figures' parts are added a frame at a time from these */
  guint next_part;
  guint parts_tick;
};

G_DEFINE_FINAL_TYPE (ConveneStatisticsView, convene_statistics_view, GTK_TYPE_WIDGET)

enum {
  MEETING_ACTIVATED,
  YEAR_ACTIVATED,
  PARTICIPANT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_chart_item_activated_cb (ConveneChartView      *view,
                            guint                  item,
                            ConveneStatisticsView *self)
{
  ConveneChart *chart = convene_chart_view_get_chart (view);
  ConveneMeeting *meeting = convene_chart_get_item_meeting (chart, item);

  if (meeting != NULL)
    {
      g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_meeting_get_id (meeting));
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-meeting", "s",
                                  convene_meeting_get_id (meeting));
    }
  else
    {
      g_signal_emit (self, signals[YEAR_ACTIVATED], 0, convene_chart_get_item_year (chart, item));
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-year", "u",
                                  convene_chart_get_item_year (chart, item));
    }
}

static void
on_regular_activated_cb (AdwActionRow          *row,
                         ConveneStatisticsView *self)
{
  ConveneParticipant *participant = g_object_get_data (G_OBJECT (row), "convene-participant");

  g_signal_emit (self, signals[PARTICIPANT_ACTIVATED], 0, participant);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-participant", "s",
                              convene_participant_get_id (participant));
}

static void
add_chart (ConveneStatisticsView *self,
           const char            *description,
           ConveneChart          *chart)
{
  g_autofree char *title = convene_chart_dup_title (chart);
  GtkWidget *group = convene_group_append (self->box, title, description);
  ConveneChartView *view = NULL;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             convene_chart_view_new_with_text (chart, &view));
  g_signal_connect (view, "item-activated", G_CALLBACK (on_chart_item_activated_cb), self);
}

/* Takes away what the view shows */
static void
clear (ConveneStatisticsView *self)
{
  GtkWidget *child;

  if (self->parts_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->parts_tick);
  self->parts_tick = 0;
  g_clear_object (&self->stats);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  self->progress = NULL;
  self->shown = FALSE;
}

/* Says how far the work has got: a heading, and a bar */
static void
show_progress (ConveneStatisticsView *self,
               double                 fraction)
{
  if (self->progress == NULL)
    {
      GtkWidget *label = gtk_label_new (_("Counting the Record’s Figures…"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->box, label);
      self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->progress),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      gtk_box_append (self->box, GTK_WIDGET (self->progress));
    }
  gtk_progress_bar_set_fraction (self->progress, fraction);
}

/* The figures, a part at a time (show_figures()) */
static void
add_summary (ConveneStatisticsView *self,
             ConveneStatistics     *stats)
{
  g_autofree char *summary = convene_statistics_dup_summary (stats);
  GtkWidget *label = gtk_label_new (_("The Record in Figures"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (self->box, label);
  gtk_box_append (self->box, convene_wrapping_label_new (summary, NULL));
}

static void
add_kinds (ConveneStatisticsView *self,
           ConveneStatistics     *stats)
{
  GtkWidget *group = convene_group_append (self->box, _("Kinds of Meeting"), NULL);

  for (guint k = 0; k < convene_statistics_get_n_kinds (stats); k++)
    {
      const char *kind = convene_statistics_get_kind (stats, k);
      g_autofree char *text = convene_statistics_dup_kind_summary (stats, kind);

      convene_group_add_row (group, convene_meeting_kind_get_label (convene_statistics_get_meeting_kind (stats, k)),
                             text);
    }
}

static void
add_per_year (ConveneStatisticsView *self,
              ConveneStatistics     *stats)
{
  g_autoptr(ConveneChart) per_year = convene_chart_new_meetings_per_year (stats);

  add_chart (self, _("Click a year to list its meetings."), per_year);
}

static void
add_delegations (ConveneStatisticsView *self,
                 ConveneStatistics     *stats)
{
  g_autoptr(ConveneChart) delegations = convene_chart_new_delegations (stats);

  add_chart (self, _("Participants, observers and co-chairs stacked. Click a bar to open its meeting."),
             delegations);
}

static void
add_regular (ConveneStatisticsView *self,
             ConveneStatistics     *stats)
{
  g_autoptr(GPtrArray) regular = convene_statistics_dup_most_regular (stats, NULL, MAX_REGULAR);
  GtkWidget *group = convene_group_append (self->box, _("Most Regular Participants"), NULL);

  for (guint i = 0; i < regular->len; i++)
    {
      ConveneParticipant *p = g_ptr_array_index (regular, i);
      g_autofree char *text = convene_participant_figures_dup_attended (
                                convene_statistics_get_figures (stats, p, NULL));
      GtkWidget *row = convene_group_add_row (group, convene_participant_get_display_name (p), text);

      g_object_set_data_full (G_OBJECT (row), "convene-participant", g_object_ref (p), g_object_unref);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect (row, "activated", G_CALLBACK (on_regular_activated_cb), self);
    }
}

static void (* const parts[]) (ConveneStatisticsView *self, ConveneStatistics *stats) = {
  add_summary, add_kinds, add_per_year, add_delegations, add_regular,
};

/* A part a frame, before the frame lays it out: built and laid out at
 * once, the figures of 10,000 meetings held the main loop 60-70 ms */
static gboolean
add_part_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  ConveneStatisticsView *self = CONVENE_STATISTICS_VIEW (widget);

  parts[self->next_part++] (self, self->stats);
  if (self->next_part < G_N_ELEMENTS (parts))
    return G_SOURCE_CONTINUE;
  self->parts_tick = 0;
  g_clear_object (&self->stats);
  self->shown = TRUE;
  return G_SOURCE_REMOVE;
}

static void
show_figures (ConveneStatisticsView *self,
              ConveneStatistics     *stats)
{
  clear (self);
  self->stats = g_object_ref (stats);
  self->next_part = 0;
  self->parts_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), add_part_cb, NULL, NULL);
}

/* Steps of the work while the view is on screen, each at most about
 * STEP_US long, until the figures are shown */
static gboolean
work_cb (gpointer data)
{
  ConveneStatisticsView *self = data;
  gint64 start = g_get_monotonic_time ();
  ConveneStatistics *stats;
  double fraction;

  if (self->dataset == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->work_idle = 0;
      return G_SOURCE_REMOVE;
    }
  while ((stats = convene_statistics_try_for_dataset (self->dataset, STEP_MEETINGS, &fraction)) == NULL)
    {
      if (g_get_monotonic_time () - start >= STEP_US)
        {
          show_progress (self, fraction);
          return G_SOURCE_CONTINUE;
        }
    }
  self->work_idle = 0;
  show_figures (self, stats);

  return G_SOURCE_REMOVE;
}

static void
start_work (ConveneStatisticsView *self)
{
  if (self->dataset != NULL && !self->shown && self->work_idle == 0 && self->parts_tick == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->work_idle = g_idle_add_full (G_PRIORITY_LOW, work_cb, self, NULL);
}

/* The dataset changed: its figures are out of date (the statistics
 * forget them by themselves) */
static void
on_dataset_changed_cb (ConveneStatisticsView *self)
{
  clear (self);
  start_work (self);
}

static void
convene_statistics_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (convene_statistics_view_parent_class)->map (widget);
  start_work (CONVENE_STATISTICS_VIEW (widget));
}

static void
set_dataset (ConveneStatisticsView *self,
             ConveneDataset        *dataset)
{
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_data (convene_dataset_get_meetings (self->dataset), self);
      g_signal_handlers_disconnect_by_data (convene_dataset_get_participants (self->dataset), self);
    }
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    {
      g_signal_connect_swapped (convene_dataset_get_meetings (dataset), "items-changed",
                                G_CALLBACK (on_dataset_changed_cb), self);
      g_signal_connect_swapped (convene_dataset_get_participants (dataset), "items-changed",
                                G_CALLBACK (on_dataset_changed_cb), self);
    }
}

static void
convene_statistics_view_dispose (GObject *object)
{
  ConveneStatisticsView *self = CONVENE_STATISTICS_VIEW (object);

  g_clear_handle_id (&self->work_idle, g_source_remove);
  set_dataset (self, NULL);
  if (self->parts_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->parts_tick);
  self->parts_tick = 0;
  g_clear_object (&self->stats);

  if (self->box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->box));
  self->box = NULL;
  G_OBJECT_CLASS (convene_statistics_view_parent_class)->dispose (object);
}

static void
convene_statistics_view_class_init (ConveneStatisticsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_statistics_view_dispose;
  widget_class->map = convene_statistics_view_map;

  /**
   * ConveneStatisticsView::meeting-activated:
   * @id: the meeting's id
   */
  signals[MEETING_ACTIVATED] = g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * ConveneStatisticsView::year-activated:
   * @year: list the meetings of this year
   */
  signals[YEAR_ACTIVATED] = g_signal_new ("year-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);
  /**
   * ConveneStatisticsView::participant-activated:
   */
  signals[PARTICIPANT_ACTIVATED] = g_signal_new ("participant-activated", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
convene_statistics_view_init (ConveneStatisticsView *self)
{
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
}

GtkWidget *
convene_statistics_view_new (void)
{
  return g_object_new (CONVENE_TYPE_STATISTICS_VIEW, NULL);
}

ConveneDataset *
convene_statistics_view_get_dataset (ConveneStatisticsView *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS_VIEW (self), NULL);
  return self->dataset;
}

/* Shows the dataset's patterns, once worked out (its statistics are
 * computed once, here or wherever they are asked for first) */
void
convene_statistics_view_set_dataset (ConveneStatisticsView *self,
                                     ConveneDataset        *dataset)
{
  g_return_if_fail (CONVENE_IS_STATISTICS_VIEW (self));

  if (self->dataset == dataset)
    return;
  g_clear_handle_id (&self->work_idle, g_source_remove);
  set_dataset (self, dataset);
  clear (self);
  start_work (self);
}

/* Whether the figures shown are the dataset's as it is, all of them (for tests) */
gboolean
convene_statistics_view_get_shown (ConveneStatisticsView *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS_VIEW (self), FALSE);
  return self->shown;
}
