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
 * The list is a GtkListView of a GListStore holding, in order, each kind's
 * heading (a GtkStringObject, not selectable) and its participants: the
 * view makes rows only for those on screen, so opening the page costs the
 * same at 250 participants or 5,000 (docs/performance.md). A search puts in
 * the store only the participants that match, each kind's heading before
 * them. (A GTK 4.8 list view makes a row for each of up to 200 items around
 * what is on screen, shown or not: the store gets a screenful at once, and
 * the rest a batch at a time when the main loop is idle.) Edits to the dataset (a participant added, renamed
 * or removed; attendance changed) make the list and the participant shown
 * again, once idle and while the page is shown.
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
  N_GROUPS
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
  GtkListView *list;
  GListStore *listed;               /* of GObject: what the list shows, headings and participants */
  GtkSingleSelection *selection;
  GtkStringObject *headings[N_GROUPS];
  gboolean updating;                /* the list is being changed: its selection is not a choice */
  GPtrArray *pending;               /* (nullable): what the list is still to show, when idle */
  guint n_added;                    /* of them, added to the list */
  guint pending_source;
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

/* How many rows the list shows at once: a row is at least LIST_ROW_HEIGHT pixels high (and
 * a line of the participant ROW_HEIGHT) */
#define LIST_ROW_HEIGHT 30
#define ROW_HEIGHT 24
/* and how many are added at a time when idle */
#define LIST_BATCH 40

static guint
first_rows (ConveneParticipantsView *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return height > 0 ? height / LIST_ROW_HEIGHT + 4 : 40;
}

/* Adds the list's items still to add, up to @end */
static void
add_pending (ConveneParticipantsView *self,
             guint                    end)
{
  guint n;

  if (self->pending == NULL || end <= self->n_added)
    return;
  n = MIN (end, self->pending->len) - self->n_added;
  self->updating = TRUE;
  g_list_store_splice (self->listed, self->n_added, 0, self->pending->pdata + self->n_added, n);
  self->updating = FALSE;
  self->n_added += n;
  if (self->n_added == self->pending->len)
    {
      g_clear_pointer (&self->pending, g_ptr_array_unref);
      g_clear_handle_id (&self->pending_source, g_source_remove);
    }
}

static gboolean
add_pending_cb (gpointer data)
{
  ConveneParticipantsView *self = data;

  add_pending (self, self->n_added + LIST_BATCH);
  if (self->pending != NULL)
    return G_SOURCE_CONTINUE;
  self->pending_source = 0;
  return G_SOURCE_REMOVE;
}

/* What the list shows: the entries that match the search, each kind's heading first; the
 * participant shown stays selected if it is listed. The first screenful (and the
 * selection) is shown at once, the rest added when idle. */
static void
update_listed (ConveneParticipantsView *self)
{
  GPtrArray *items = g_ptr_array_new_full (self->entries->len + N_GROUPS, g_object_unref);
  int last_group = -1;
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n_first;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (!convene_search_query_matches_participant (self->query, entry->participant))
        continue;
      if ((int) entry->group != last_group)
        {
          g_ptr_array_add (items, g_object_ref (self->headings[entry->group]));
          last_group = entry->group;
        }
      if (entry->participant == self->participant)
        selected = items->len;
      g_ptr_array_add (items, g_object_ref (entry->participant));
    }

  /* in one change, the first screenful in place of what was listed */
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->pending = items;
  n_first = MIN (items->len, MAX (first_rows (self), selected != GTK_INVALID_LIST_POSITION ? selected + 1 : 0));
  self->updating = TRUE;
  g_list_store_splice (self->listed, 0, g_list_model_get_n_items (G_LIST_MODEL (self->listed)),
                       items->pdata, n_first);
  self->updating = FALSE;
  self->n_added = n_first;
  if (n_first == items->len)
    {
      g_clear_pointer (&self->pending, g_ptr_array_unref);
      g_clear_handle_id (&self->pending_source, g_source_remove);
    }
  else if (self->pending_source == 0)
    self->pending_source = g_idle_add_full (G_PRIORITY_LOW, add_pending_cb, self, NULL);
  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, selected);
  self->updating = FALSE;
}

static void
fill_list (ConveneParticipantsView *self)
{
  GListModel *participants;
  guint n;

  g_array_set_size (self->entries, 0);
  if (self->dataset != NULL)
    {
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
    }
  update_listed (self);
}

/* A row is one label: a kind's heading, or a participant's name and, on a second line,
 * smaller and dimmer, its code (one label is styled and measured in half the time of two
 * labels in a box) */
static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* (A GTK 4.8 list view binds its rows again whenever their selection changes, every row
 * between the one unselected and the one selected: a row that shows its text already is
 * left as it is, or its label would be laid out again) */
static void
show_heading (GtkListItem *item,
              GtkLabel    *label,
              const char  *heading)
{
  if (!gtk_widget_has_css_class (GTK_WIDGET (label), "heading") ||
      strcmp (gtk_label_get_text (label), heading) != 0)
    {
      gtk_label_set_text (label, heading);
      gtk_label_set_attributes (label, NULL);
    }
  gtk_widget_add_css_class (GTK_WIDGET (label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (label), gtk_list_item_get_position (item) > 0 ? 18 : 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (label), 6);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
show_participant_row (GtkListItem        *item,
                      GtkLabel           *label,
                      ConveneParticipant *participant)
{
  const char *name = convene_participant_get_display_name (participant);
  g_autofree char *text = g_strdup_printf ("%s\n%s", name, convene_participant_get_id (participant));
  PangoAttrList *attrs;
  PangoAttribute *attr;

  gtk_list_item_set_selectable (item, TRUE);
  gtk_list_item_set_activatable (item, TRUE);
  if (!gtk_widget_has_css_class (GTK_WIDGET (label), "heading") &&
      strcmp (gtk_label_get_text (label), text) == 0)
    return;
  attrs = pango_attr_list_new ();
  attr = pango_attr_scale_new (0.82);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_foreground_alpha_new (0x9000);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  gtk_label_set_text (label, text);
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
  gtk_widget_remove_css_class (GTK_WIDGET (label), "heading");
  gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (label), 3);
  gtk_widget_set_margin_bottom (GTK_WIDGET (label), 3);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  if (GTK_IS_STRING_OBJECT (object))
    show_heading (item, label, gtk_string_object_get_string (GTK_STRING_OBJECT (object)));
  else
    show_participant_row (item, label, CONVENE_PARTICIPANT (object));
}

static void
on_search_changed_cb (ConveneParticipantsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->query, convene_search_query_free);
  self->query = convene_search_query_new (text);
  update_listed (self);
}

/* The position of @participant in the list, which shows it from now on;
 * GTK_INVALID_LIST_POSITION: not listed */
static guint
listed_position (ConveneParticipantsView *self,
                 ConveneParticipant      *participant)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->listed));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->listed), i);

      if (item == (GObject *) participant)
        return i;
    }
  for (guint i = 0; self->pending != NULL && i < self->pending->len; i++)
    if (self->pending->pdata[i] == (gpointer) participant)
      {
        add_pending (self, i + 1);
        return i;
      }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_position (ConveneParticipantsView *self,
                 guint                    position)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list));

  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  /* scrolled to, unless surely on screen at the top already (GTK 4.8 would bring it to the
   * top: the kinds' first heading would go) */
  if (gtk_adjustment_get_value (adjustment) > 0 ||
      (position + 1) * 2 * LIST_ROW_HEIGHT > gtk_adjustment_get_page_size (adjustment))
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

/* Activating the search (Enter) chooses the first participant listed (which is among
 * the first rows) */
static void
on_search_activate_cb (ConveneParticipantsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->listed));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->listed), i);

      if (CONVENE_IS_PARTICIPANT (item))
        {
          select_position (self, i);
          return;
        }
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
on_selected_cb (ConveneParticipantsView *self)
{
  GObject *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->updating || !CONVENE_IS_PARTICIPANT (item) || (ConveneParticipant *) item == self->participant)
    return;
  show_participant (self, CONVENE_PARTICIPANT (item), FALSE);
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
  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (self->dataset != NULL)
    {
      g_signal_handlers_disconnect_by_data (convene_dataset_get_meetings (self->dataset), self);
      g_signal_handlers_disconnect_by_data (convene_dataset_get_participants (self->dataset), self);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PARTICIPANTS_VIEW);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->query, convene_search_query_free);
  if (self->blocks != NULL)
    convene_detail_blocks_show (self->blocks, NULL, NULL, 0);
  g_clear_object (&self->blocks);
  g_clear_object (&self->timeline);
  g_clear_object (&self->show_all);
  g_clear_object (&self->selection);
  g_clear_object (&self->listed);
  for (guint i = 0; i < N_GROUPS; i++)
    g_clear_object (&self->headings[i]);
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
  for (guint i = 0; i < N_GROUPS; i++)
    self->headings[i] = gtk_string_object_new (group_heading (i));
  self->listed = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->listed)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selected_cb), self);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
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
  if (listed_position (self, participant) == GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  select_position (self, listed_position (self, participant));
}
