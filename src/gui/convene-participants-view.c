/* convene-participants-view.c
 *
 * The Participants page: beside a list of every participant (as GNOME
 * Contacts lists people: names in the user's language, sorted by the
 * locale, grouped by kind, searched as you type by name, short name, alias
 * or ISO code), the participant chosen: its names, code, kind and
 * memberships with their sources; its figures from the dataset's
 * statistics (computed once per dataset); its timeline; the meetings it
 * attended, each opening its meeting.
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
#include "convene-participants-view.h"
#include "convene-report-layout.h"
#include "convene-search.h"
#include "convene-statistics.h"
#include "convene-widgets.h"

typedef enum
{
  GROUP_STATES,
  GROUP_ORGANISATIONS,
  GROUP_BODIES,
} Group;

typedef struct
{
  ConveneParticipant *participant;  /* borrowed from the dataset */
  Group group;
  char *key;                        /* collation key of the shown name */
} Entry;

struct _ConveneParticipantsView
{
  GtkWidget parent_instance;

  AdwLeaflet *leaflet;
  GtkSearchEntry *search_entry;
  GtkListBox *list;
  GtkStack *content_stack;
  GtkScrolledWindow *detail_scroller;
  GtkListView *detail_list;
  GListStore *blocks;               /* of ConveneDetailBlock: the participant shown */
  GtkWidget *timeline;              /* its timeline and "Show as Text" (a block's widget) */
  GtkWidget *show_all;              /* "Show All in Meetings" (a block's widget) */

  ConveneDataset *dataset;
  ConveneStatistics *statistics;    /* the dataset's (a reference: an edit may replace them) */
  ConveneParticipant *participant;  /* shown */
  GArray *entries;                  /* of Entry, in the list's order */
  ConveneSearchQuery *query;        /* the search; NULL: none */
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

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
}

static Group
group_of (ConveneParticipant *participant)
{
  switch (convene_participant_get_kind (participant))
    {
    case CONVENE_PARTICIPANT_KIND_ORGANISATION:
      return GROUP_ORGANISATIONS;
    case CONVENE_PARTICIPANT_KIND_BODY:
      return GROUP_BODIES;
    case CONVENE_PARTICIPANT_KIND_COUNTRY:
    case CONVENE_PARTICIPANT_KIND_TERRITORY:
    default:
      return GROUP_STATES;
    }
}

static const char *
group_heading (Group group)
{
  switch (group)
    {
    case GROUP_ORGANISATIONS:
      return _("Organisations");
    case GROUP_BODIES:
      return _("Bodies");
    case GROUP_STATES:
    default:
      return _("Countries and Territories");
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->group != eb->group)
    return ea->group < eb->group ? -1 : 1;
  return strcmp (ea->key, eb->key);
}

/* The list */

static Entry *
entry_of_row (ConveneParticipantsView *self,
              GtkListBoxRow           *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || (guint) index >= self->entries->len)
    return NULL;
  return &g_array_index (self->entries, Entry, index);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  ConveneParticipantsView *self = data;
  Entry *entry = entry_of_row (self, row);

  return entry == NULL || convene_search_query_matches_participant (self->query,
                                                                   entry->participant);
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  ConveneParticipantsView *self = data;
  Entry *entry = entry_of_row (self, row);
  Entry *previous = before != NULL ? entry_of_row (self, before) : NULL;
  GtkWidget *header;

  if (entry == NULL || (previous != NULL && previous->group == entry->group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (group_heading (entry->group));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_list_box_row_set_header (row, header);
}

/* A row is one label of two lines, the name and, smaller and dimmer, the code: 250 rows of
 * one label each are styled and measured in half the time of two labels in a box */
static GtkWidget *
make_row (Entry *entry)
{
  ConveneParticipant *participant = entry->participant;
  const char *name = convene_participant_get_display_name (participant);
  g_autofree char *text = g_strdup_printf ("%s\n%s", name, convene_participant_get_id (participant));
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *attr;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  attr = pango_attr_scale_new (0.82);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_foreground_alpha_new (0x9000);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

static void
fill_list (ConveneParticipantsView *self)
{
  GtkWidget *child;
  GListModel *participants;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->entries, 0);
  if (self->dataset == NULL)
    return;

  participants = convene_dataset_get_participants (self->dataset);
  n = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);
      Entry entry = { participant, group_of (participant), NULL };

      entry.key = g_strdup (convene_participant_get_sort_key (participant));
      g_array_append_val (self->entries, entry);
    }
  g_array_sort (self->entries, compare_entries);
  for (guint i = 0; i < self->entries->len; i++)
    gtk_list_box_append (self->list, make_row (&g_array_index (self->entries, Entry, i)));
}

static void
on_search_changed_cb (ConveneParticipantsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->query, convene_search_query_free);
  self->query = convene_search_query_new (text);
  gtk_list_box_invalidate_filter (self->list);
}

/* Activating the search (Enter) chooses the first participant listed */
static void
on_search_activate_cb (ConveneParticipantsView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      {
        gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
        return;
      }
}

/* The participant */

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

/* About as many blocks as the page shows: a line of text is at least ROW_HEIGHT pixels high */
#define ROW_HEIGHT 24

static guint
first_blocks (ConveneParticipantsView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return height > 0 ? height / ROW_HEIGHT + 2 : 40;
}

static void
show_participant (ConveneParticipantsView *self,
                  ConveneParticipant      *participant)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);

  self->participant = participant;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.print-participant", participant != NULL);
  if (participant != NULL)
    {
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
                              first_blocks (self));
  if (participant == NULL)
    {
      g_clear_object (&self->timeline);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
  gtk_stack_set_visible_child_name (self->content_stack, "participant");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_row_selected_cb (ConveneParticipantsView *self,
                    GtkListBoxRow           *row)
{
  Entry *entry = row != NULL ? entry_of_row (self, row) : NULL;

  show_participant (self, entry != NULL ? entry->participant : NULL);
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
  if (file != NULL && self->statistics != NULL &&
      !convene_statistics_save_csv (self->statistics, file, NULL, &error))
    show_toast (self, error->message);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ConveneParticipantsView *self = CONVENE_PARTICIPANTS_VIEW (widget);

  if (self->chooser != NULL || self->statistics == NULL)
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
  /* the list unselects its rows as it goes */
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PARTICIPANTS_VIEW);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->query, convene_search_query_free);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-participants-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, list);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, detail_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
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

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
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

/* Shows the dataset's participants; its statistics are computed now if no
 * one asked for them before. */
void
convene_participants_view_set_dataset (ConveneParticipantsView *self,
                                       ConveneDataset          *dataset)
{
  g_return_if_fail (CONVENE_IS_PARTICIPANTS_VIEW (self));

  if (self->dataset == dataset)
    return;
  show_participant (self, NULL);
  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->statistics);
  if (dataset != NULL)
    self->statistics = g_object_ref (convene_statistics_get_for_dataset (dataset));
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

  if (self->statistics == NULL)
    return NULL;
  if (participant != NULL)
    return CONVENE_PRINT_LAYOUT (convene_report_layout_new_for_participant (self->statistics, participant));
  return CONVENE_PRINT_LAYOUT (convene_report_layout_new_for_statistics (self->statistics));
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

  for (guint i = 0; i < self->entries->len; i++)
    if (g_array_index (self->entries, Entry, i).participant == participant)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
        gtk_list_box_select_row (self->list, row);
        return;
      }
}
