/* convene-participants-view.c
 *
 * The Participants page: beside the list of every participant (a
 * ConveneParticipantList: grouped by kind, searched as you type), the
 * participant chosen: its names, code, kind and memberships with their
 * sources; its figures from the dataset's statistics (which follow edits);
 * its timeline; the meetings it attended, each opening its meeting. Edits
 * to the dataset (a participant added, renamed or removed; attendance
 * changed) make the list and the participant shown again, once idle and
 * while the page is shown.
 *
 * A participant's page reads its figures and the meetings it attended from
 * ConveneStatistics, and draws its timeline from one ConveneChart: no more
 * than the participant's own meetings are walked. The page is a list of
 * blocks (ConveneDetailBlock) in a GtkListView, as the detail pane is: the
 * view makes, binds and measures rows only for the blocks on screen and
 * reuses them from participant to participant, so showing one that attended
 * a thousand meetings costs what showing one that attended ten does
 * (docs/performance.md, "Participants and patterns"). Each meeting attended
 * is a line that opens it; "Show All in Meetings" lists them on the Meetings
 * page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-participants-view"

#include <glib/gi18n.h>

#include "convene-chart-view.h"
#include "convene-detail-block.h"
#include "convene-detail-row.h"
#include "convene-participant-list.h"
#include "convene-participants-view.h"
#include "convene-report-layout.h"
#include "convene-statistics.h"
#include "convene-widgets.h"

struct _ConveneParticipantsView
{
  GtkWidget parent_instance;

  AdwLeaflet *leaflet;
  ConveneParticipantList *sidebar;
  GtkStack *content_stack;
  GtkScrolledWindow *detail_scroller;
  GtkListView *detail_list;
  GListStore *blocks;               /* of ConveneDetailBlock: the participant shown */
  GtkWidget *timeline;              /* its timeline and "Show as Text" (a block's widget) */
  int timeline_height;              /* about */
  GtkWidget *show_all;              /* "Show All in Meetings" (a block's widget) */

  ConveneDataset *dataset;
  ConveneStatistics *statistics;    /* the participant shown's (the dataset's when shown: an
                                     * edit may replace them) */
  guint refresh_source;             /* the dataset changed: the page is made again when idle */
  gboolean stale;                   /* ... and shown */
  ConveneParticipant *participant;  /* shown */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (ConveneParticipantsView, convene_participants_view, GTK_TYPE_WIDGET)

enum {
  MEETING_ACTIVATED,
  PARTICIPANT_ACTIVATED,
  PRINT_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How many blocks of the participant the view shows at once: a line is at least ROW_HEIGHT
 * pixels high */
#define ROW_HEIGHT 24

static void
on_detail_activated_cb (ConveneParticipantsView *self,
                        guint                    position)
{
  g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (G_LIST_MODEL (self->blocks), position);
  const char *extra = block != NULL ? convene_detail_block_get_extra (block) : NULL;

  if (extra == NULL)
    return;
  if (convene_detail_block_get_style (block) == CONVENE_DETAIL_MEETING)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, extra);
  else if (convene_detail_block_get_style (block) == CONVENE_DETAIL_SOURCE)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), extra, GDK_CURRENT_TIME);
}

static void
on_chart_item_activated_cb (ConveneChartView        *view,
                            guint                    item,
                            ConveneParticipantsView *self)
{
  ConveneMeeting *meeting = convene_chart_get_item_meeting (convene_chart_view_get_chart (view), item);

  if (meeting != NULL)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_meeting_get_id (meeting));
}

static void
on_show_all_clicked_cb (ConveneParticipantsView *self)
{
  if (self->participant != NULL)
    g_signal_emit (self, signals[PARTICIPANT_ACTIVATED], 0, self->participant);
}

/* "Label: value", a line of the participant's figures */
static void
add_figure (GPtrArray  *blocks,
            const char *label,
            const char *value)
{
  /* TRANSLATORS: a figure's name, then its value, as in "Attended: 19 of 32 meetings" */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), label, value);

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_PARAGRAPH, text, NULL);
}

/* A line that opens @meeting */
static void
add_meeting (GPtrArray      *blocks,
             const char     *text,
             ConveneMeeting *meeting)
{
  g_ptr_array_add (blocks, convene_detail_block_new (CONVENE_DETAIL_MEETING, text, -1,
                                                     convene_meeting_get_id (meeting), FALSE));
}

static void
add_identity (GPtrArray          *blocks,
              ConveneParticipant *participant)
{
  g_autofree char *identity = convene_participant_dup_identity (participant);

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_TITLE, convene_participant_get_display_name (participant), NULL);
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM, identity, NULL);
}

static void
add_figures (ConveneParticipantsView *self,
             GPtrArray               *blocks,
             ConveneParticipant      *participant)
{
  const ConveneParticipantFigures *f = convene_statistics_get_figures (self->statistics, participant, NULL);
  g_autofree char *attended = convene_participant_figures_dup_attended (f);
  g_autofree char *roles = convene_participant_figures_dup_roles (f);

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, _("Attendance"), NULL);
  add_figure (blocks, _("Attended"), attended);
  add_figure (blocks, _("By role"), roles);
  if (f->first != NULL)
    {
      g_autofree char *first = convene_meeting_dup_kind_and_date (f->first);
      g_autofree char *last = convene_meeting_dup_kind_and_date (f->last);
      g_autofree char *run = convene_participant_figures_dup_run (f);
      g_autofree char *first_line = g_strdup_printf (_("%s: %s"), _("First attended"), first);
      g_autofree char *last_line = g_strdup_printf (_("%s: %s"), _("Last attended"), last);

      add_meeting (blocks, first_line, f->first);
      add_meeting (blocks, last_line, f->last);
      add_figure (blocks, _("Longest run"), run);
    }
}

/* Its figures at each kind of meeting it could have attended */
static void
add_kinds (ConveneParticipantsView *self,
           GPtrArray               *blocks,
           ConveneParticipant      *participant)
{
  gsize before = blocks->len;

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, _("By Kind of Meeting"), NULL);
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM,
                             _("Meetings whose attendance is not recorded count neither way, and do not break a run."),
                             NULL);
  for (guint k = 0; k < convene_statistics_get_n_kinds (self->statistics); k++)
    {
      const char *kind = convene_statistics_get_kind (self->statistics, k);
      const ConveneParticipantFigures *kf = convene_statistics_get_figures (self->statistics,
                                                                            participant, kind);
      g_autofree char *figures = NULL;

      if (kf->recorded == 0)
        continue;
      figures = convene_participant_figures_dup_summary (kf);
      add_figure (blocks, convene_meeting_kind_get_label (convene_statistics_get_meeting_kind (self->statistics, k)),
                  figures);
    }
  if (blocks->len == before + 2)
    g_ptr_array_set_size (blocks, before);
}

/* The timeline: a chart view made for each participant (its texture is the chart's) */
static void
add_timeline (ConveneParticipantsView *self,
              GPtrArray               *blocks,
              ConveneParticipant      *participant)
{
  g_autoptr(ConveneChart) chart = convene_chart_new_timeline (self->statistics, participant);
  ConveneChartView *view = NULL;

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, _("Timeline"), NULL);
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM,
                             _("Each meeting on its kind’s line, marked by role. Click a mark, or move to it with the arrow keys and press Enter, to open its meeting."),
                             NULL);
  g_clear_object (&self->timeline);
  self->timeline = g_object_ref_sink (convene_chart_view_new_with_text (chart, &view));
  {
    PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

    self->timeline_height = (int) convene_chart_get_natural_height (
                              chart, convene_chart_get_em (context, pango_context_get_font_description (context)))
                            + 2 * ROW_HEIGHT;
  }
  g_signal_connect (view, "item-activated", G_CALLBACK (on_chart_item_activated_cb), self);
  g_ptr_array_add (blocks, convene_detail_block_new_for_widget (self->timeline));
}

/* Every meeting attended, a line each: the list view makes rows only for those on screen */
static void
add_attended (ConveneParticipantsView *self,
              GPtrArray               *blocks,
              ConveneParticipant      *participant)
{
  guint n;
  const ConveneAttended *attended = convene_statistics_get_attended (self->statistics, participant, &n);

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, _("Meetings Attended"), NULL);
  if (n == 0)
    {
      convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM, _("None recorded"), NULL);
      return;
    }
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (blocks, convene_detail_block_new_for_meeting (attended[i].meeting, attended[i].role));
  g_ptr_array_add (blocks, convene_detail_block_new_for_widget (self->show_all));
}

static void
add_memberships (GPtrArray          *blocks,
                 ConveneParticipant *participant)
{
  GPtrArray *memberships = convene_participant_get_memberships (participant);

  if (memberships == NULL || memberships->len == 0)
    return;
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, _("Memberships"), NULL);
  for (guint i = 0; i < memberships->len; i++)
    {
      ConveneMembership *m = g_ptr_array_index (memberships, i);
      g_autofree char *description = convene_membership_dup_description (m);

      convene_detail_blocks_add (blocks, CONVENE_DETAIL_SUBHEADING, description, NULL);
      for (guint n = 0; n < m->notes->len; n++)
        convene_detail_blocks_add (blocks, CONVENE_DETAIL_PARAGRAPH,
                                   ((ConveneNote *) m->notes->pdata[n])->text, NULL);
      for (guint s = 0; s < m->sources->len; s++)
        {
          ConveneSource *source = g_ptr_array_index (m->sources, s);

          convene_detail_blocks_add (blocks, CONVENE_DETAIL_SOURCE, source->title, source->url);
        }
    }
}

/* About as many blocks as the page shows: a line of text is at least ROW_HEIGHT pixels high,
 * the timeline its chart's height (and "Show as Text"): the list view lays out every row it
 * is given, on screen or not, and the blocks below the timeline wait for the next frames */

static guint
first_blocks (ConveneParticipantsView *self,
              GPtrArray               *blocks)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int filled = 0;
  guint n = 0;

  if (height <= 0)
    return 40;
  for (; n < blocks->len && filled < height; n++)
    filled += convene_detail_block_get_widget (blocks->pdata[n]) == self->timeline
              ? self->timeline_height : ROW_HEIGHT;
  return n + 2;
}

/* The dataset's statistics, computed when first asked for (and again after an edit) */
static ConveneStatistics *
get_statistics (ConveneParticipantsView *self)
{
  if (self->dataset == NULL)
    return NULL;
  g_set_object (&self->statistics, convene_statistics_get_for_dataset (self->dataset));
  return self->statistics;
}

/* Shows @participant (NULL: none); @again: it was shown, and the dataset changed */
static void
show_participant (ConveneParticipantsView *self,
                  ConveneParticipant      *participant,
                  gboolean                 again)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);

  self->participant = participant;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.print-participant", participant != NULL);
  if (participant != NULL)
    {
      get_statistics (self);
      add_identity (blocks, participant);
      add_figures (self, blocks, participant);
      add_timeline (self, blocks, participant);
      add_kinds (self, blocks, participant);
      add_attended (self, blocks, participant);
      add_memberships (blocks, participant);
    }
  /* one change: the view rebinds the rows on screen; what is below them is added when the
   * main loop is idle */
  convene_detail_blocks_show (self->blocks, GTK_WIDGET (self->detail_list), blocks,
                              first_blocks (self, blocks));
  if (participant == NULL)
    {
      g_clear_object (&self->timeline);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  if (again)
    return;
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
  gtk_stack_set_visible_child_name (self->content_stack, "participant");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* A participant chosen in the list */
static void
on_participant_chosen_cb (ConveneParticipantsView *self,
                          ConveneParticipant      *participant)
{
  if (participant != self->participant)
    show_participant (self, participant, FALSE);
}

/* The list shows the dataset's participants */
static void
fill_list (ConveneParticipantsView *self)
{
  convene_participant_list_set_participants (self->sidebar, self->dataset != NULL
                                             ? convene_dataset_get_participants (self->dataset)
                                             : NULL);
}

/* Following edits */

/* The list and the participant shown made again: a participant added, renamed or removed,
 * attendance changed (the statistics are then computed again) */
static void
refresh (ConveneParticipantsView *self)
{
  ConveneParticipant *participant = self->participant;

  self->stale = FALSE;
  if (participant != NULL &&
      convene_dataset_lookup_participant (self->dataset, convene_participant_get_id (participant)) != participant)
    participant = NULL;   /* removed */
  if (participant == NULL)
    show_participant (self, NULL, FALSE);
  fill_list (self);
  if (participant != NULL)
    show_participant (self, participant, TRUE);
}

static gboolean
refresh_cb (gpointer data)
{
  ConveneParticipantsView *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The dataset changed: the page follows once idle if it is shown, or else when next shown */
static void
on_dataset_changed_cb (ConveneParticipantsView *self)
{
  self->stale = TRUE;
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_cb, self, NULL);
}

static void
convene_participants_view_map (GtkWidget *widget)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (widget);

  GTK_WIDGET_CLASS (convene_participants_view_parent_class)->map (widget);
  if (self->stale)
    refresh (self);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_toast (ConveneParticipantsView *self,
            const char              *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_warning ("%s", text);
}

static void
on_export_response_cb (ConveneParticipantsView *self,
                       int                      response,
                       GtkFileChooserNative    *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  /* a few hundred lines: written at once */
  if (file != NULL && self->dataset != NULL &&
      !convene_statistics_save_csv (get_statistics (self), file, NULL, &error))
    show_toast (self, error->message);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (widget);

  if (self->chooser != NULL || self->dataset == NULL)
    return;

  self->chooser = convene_save_chooser_new (widget, _("Export Participants"), "participants.csv",
                                            _("CSV files"), "text/csv", "csv");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* "participant" or "statistics": the window prints it */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (widget);
  gboolean participant = g_str_equal (action_name, "participants.print-participant");

  if (self->dataset == NULL || (participant && self->participant == NULL))
    return;
  g_signal_emit (self, signals[PRINT_REQUESTED], 0, participant ? self->participant : NULL);
}

/* GObject */

static void
convene_participants_view_dispose (GObject *object)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_data (convene_dataset_get_meetings (self->dataset), self);
      g_signal_handlers_disconnect_by_data (convene_dataset_get_participants (self->dataset), self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PARTICIPANTS_VIEW);
  if (self->blocks != NULL)
    convene_detail_blocks_show (self->blocks, NULL, NULL, 0);
  g_clear_object (&self->blocks);
  g_clear_object (&self->timeline);
  g_clear_object (&self->show_all);
  g_clear_object (&self->statistics);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (convene_participants_view_parent_class)->dispose (object);
}

static void
convene_participants_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, CONVENE_PARTICIPANTS_VIEW (object)->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_participants_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATASET:
      convene_participants_view_set_dataset (CONVENE_PARTICIPANTS_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_participants_view_class_init (ConveneParticipantsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_participants_view_dispose;
  object_class->get_property = convene_participants_view_get_property;
  object_class->set_property = convene_participants_view_set_property;
  widget_class->map = convene_participants_view_map;

  /* the dataset shown (the window's, bound) */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConveneParticipantsView::meeting-activated:
   * @id: the meeting's id
   */
  signals[MEETING_ACTIVATED] = g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * ConveneParticipantsView::participant-activated:
   *
   * "Show All in Meetings": list the meetings the participant attended.
   */
  signals[PARTICIPANT_ACTIVATED] = g_signal_new ("participant-activated", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                 G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);
  /**
   * ConveneParticipantsView::print-requested:
   * @participant: (nullable): the participant's report; NULL: the record's statistics
   */
  signals[PRINT_REQUESTED] = g_signal_new ("print-requested", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);

  g_type_ensure (CONVENE_TYPE_PARTICIPANT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-participants-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, detail_list);
  gtk_widget_class_bind_template_callback (widget_class, on_participant_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_activated_cb);

  gtk_widget_class_install_action (widget_class, "participants.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "participants.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "participants.print-participant", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "participants.print-statistics", NULL, print_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
convene_participants_view_init (ConveneParticipantsView *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.print-participant", FALSE);

  self->blocks = g_list_store_new (CONVENE_TYPE_DETAIL_BLOCK);
  factory = convene_detail_row_factory_new (G_LIST_MODEL (self->blocks));
  gtk_list_view_set_factory (self->detail_list, factory);
  g_object_unref (factory);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->blocks))));
  gtk_list_view_set_model (self->detail_list, selection);
  g_object_unref (selection);

  self->show_all = g_object_ref_sink (gtk_button_new_with_mnemonic (_("_Show All in Meetings")));
  gtk_widget_set_halign (self->show_all, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->show_all, "pill");
  g_signal_connect_swapped (self->show_all, "clicked", G_CALLBACK (on_show_all_clicked_cb), self);
}

ConveneDataset *
convene_participants_view_get_dataset (ConveneParticipantsView *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self), NULL);
  return self->dataset;
}

/* Shows the dataset's participants; its statistics are computed when a
 * participant is first shown, if no one asked for them before. */
void
convene_participants_view_set_dataset (ConveneParticipantsView *self,
                                       ConveneDataset          *dataset)
{
  g_return_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self));

  if (self->dataset == dataset)
    return;
  show_participant (self, NULL, FALSE);
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_data (convene_dataset_get_meetings (self->dataset), self);
      g_signal_handlers_disconnect_by_data (convene_dataset_get_participants (self->dataset), self);
    }
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->stale = FALSE;
  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->statistics);
  if (dataset != NULL)
    {
      g_signal_connect_swapped (convene_dataset_get_meetings (dataset), "items-changed",
                                G_CALLBACK (on_dataset_changed_cb), self);
      g_signal_connect_swapped (convene_dataset_get_participants (dataset), "items-changed",
                                G_CALLBACK (on_dataset_changed_cb), self);
    }
  fill_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/* Returns: (transfer full) (nullable): the participant's report, or with
 * NULL the record's statistics; NULL without a dataset */
ConvenePrintLayout *
convene_participants_view_create_print_layout (ConveneParticipantsView *self,
                                               ConveneParticipant      *participant)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self), NULL);

  if (self->dataset == NULL)
    return NULL;
  if (participant != NULL)
    return CONVENE_PRINT_LAYOUT (convene_report_layout_new_for_participant (get_statistics (self), participant));
  return CONVENE_PRINT_LAYOUT (convene_report_layout_new_for_statistics (get_statistics (self)));
}

ConveneParticipant *
convene_participants_view_get_participant (ConveneParticipantsView *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self), NULL);
  return self->participant;
}

/* Selects the participant in the list (clearing a search that hides it) and shows it */
void
convene_participants_view_show_participant (ConveneParticipantsView *self,
                                            ConveneParticipant      *participant)
{
  g_return_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (self->stale)
    refresh (self);
  convene_participant_list_select (self->sidebar, participant);
}
