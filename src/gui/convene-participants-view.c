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
 * than the participant's own meetings are walked. Of those, the page lists
 * the first MAX_LISTED; "Show All in Meetings" lists all of them on the
 * Meetings page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-participants-view"

#include <glib/gi18n.h>

#include "convene-chart-view.h"
#include "convene-participants-view.h"
#include "convene-report-layout.h"
#include "convene-search.h"
#include "convene-statistics.h"
#include "convene-widgets.h"

#define MAX_LISTED 30u

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
  GtkBox *detail_box;

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
on_meeting_row_activated_cb (AdwActionRow            *row,
                             ConveneParticipantsView *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "convene-meeting-id");

  if (id != NULL)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, id);
}

/* A row that opens a meeting */
static GtkWidget *
add_meeting_row (ConveneParticipantsView *self,
                 GtkWidget               *group,
                 const char              *title,
                 const char              *subtitle,
                 ConveneMeeting          *meeting)
{
  GtkWidget *row = convene_group_add_row (group, title, subtitle);

  g_object_set_data_full (G_OBJECT (row), "convene-meeting-id",
                          g_strdup (convene_meeting_get_id (meeting)), g_free);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect (row, "activated", G_CALLBACK (on_meeting_row_activated_cb), self);
  return row;
}

static void
on_attended_row_activated_cb (GtkListBox              *list,
                              GtkListBoxRow           *row,
                              ConveneParticipantsView *self)
{
  ConveneMeeting *meeting = g_object_get_data (G_OBJECT (row), "convene-meeting");

  if (meeting != NULL)
    g_signal_emit (self, signals[MEETING_ACTIVATED], 0, convene_meeting_get_id (meeting));
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

static void
add_identity (ConveneParticipantsView *self,
              ConveneParticipant      *participant)
{
  g_autofree char *identity = convene_participant_dup_identity (participant);
  GtkWidget *title = convene_wrapping_label_new (convene_participant_get_display_name (participant), "title-1");

  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (self->detail_box, title);
  gtk_box_append (self->detail_box, convene_wrapping_label_new (identity, "dim-label"));
}

static void
add_figures (ConveneParticipantsView *self,
             ConveneParticipant      *participant)
{
  const ConveneParticipantFigures *f = convene_statistics_get_figures (self->statistics, participant, NULL);
  GtkWidget *group = convene_group_append (self->detail_box, _("Attendance"), NULL);
  GtkWidget *list;
  g_autofree char *attended = convene_participant_figures_dup_attended (f);
  g_autofree char *roles = convene_participant_figures_dup_roles (f);

  convene_group_add_row (group, _("Attended"), attended);
  convene_group_add_row (group, _("By role"), roles);
  if (f->first != NULL)
    {
      g_autofree char *first = convene_meeting_dup_kind_and_date (f->first);
      g_autofree char *last = convene_meeting_dup_kind_and_date (f->last);
      g_autofree char *run = convene_participant_figures_dup_run (f);

      add_meeting_row (self, group, _("First attended"), first, f->first);
      add_meeting_row (self, group, _("Last attended"), last, f->last);
      convene_group_add_row (group, _("Longest run"), run);
    }

  /* each kind of meeting it could have attended */
  group = convene_group_append (self->detail_box, _("By Kind of Meeting"),
                      _("Meetings whose attendance is not recorded count neither way, and do not break a run."));
  list = convene_plain_list_new (_("By Kind of Meeting"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  for (guint k = 0; k < convene_statistics_get_n_kinds (self->statistics); k++)
    {
      const char *kind = convene_statistics_get_kind (self->statistics, k);
      const ConveneParticipantFigures *kf = convene_statistics_get_figures (self->statistics,
                                                                            participant, kind);
      g_autofree char *figures = NULL;
      g_autofree char *text = NULL;

      if (kf->recorded == 0)
        continue;
      figures = convene_participant_figures_dup_summary (kf);
      /* TRANSLATORS: a kind of meeting, then the participant's figures at those meetings */
      text = g_strdup_printf (_("%s: %s"),
                              convene_meeting_kind_get_label (convene_statistics_get_meeting_kind (self->statistics, k)),
                              figures);
      convene_plain_list_append (list, text);
    }
}

static void
add_timeline (ConveneParticipantsView *self,
              ConveneParticipant      *participant)
{
  g_autoptr(ConveneChart) chart = convene_chart_new_timeline (self->statistics, participant);
  GtkWidget *group = convene_group_append (self->detail_box, _("Timeline"),
                                 _("Each meeting on its kind’s line, marked by role. Click a mark, or move to it with the arrow keys and press Enter, to open its meeting."));
  ConveneChartView *view = NULL;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             convene_chart_view_new_with_text (chart, &view));
  g_signal_connect (view, "item-activated", G_CALLBACK (on_chart_item_activated_cb), self);
}

static void
add_memberships (ConveneParticipantsView *self,
                 ConveneParticipant      *participant)
{
  GPtrArray *memberships = convene_participant_get_memberships (participant);
  GtkWidget *group;

  if (memberships == NULL || memberships->len == 0)
    return;
  group = convene_group_append (self->detail_box, _("Memberships"), NULL);
  for (guint i = 0; i < memberships->len; i++)
    {
      ConveneMembership *m = g_ptr_array_index (memberships, i);
      g_autofree char *title = convene_membership_dup_description (m);
      GtkWidget *row = gtk_expander_new (NULL);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_expander_set_label_widget (GTK_EXPANDER (row), convene_wrapping_label_new (title, NULL));
      for (guint n = 0; n < m->notes->len; n++)
        gtk_box_append (GTK_BOX (box), convene_wrapping_label_new (((ConveneNote *) m->notes->pdata[n])->text, NULL));
      for (guint s = 0; s < m->sources->len; s++)
        {
          ConveneSource *source = g_ptr_array_index (m->sources, s);
          GtkWidget *link;

          if (source->url != NULL)
            {
              link = gtk_link_button_new_with_label (source->url, source->title);
              gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), TRUE);
              gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (link))), 0);
              gtk_widget_set_halign (link, GTK_ALIGN_START);
            }
          else
            link = convene_wrapping_label_new (source->title, "caption");
          gtk_box_append (GTK_BOX (box), link);
        }
      gtk_widget_set_margin_start (box, 18);
      gtk_expander_set_child (GTK_EXPANDER (row), box);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
add_attended (ConveneParticipantsView *self,
              ConveneParticipant      *participant)
{
  guint n;
  const ConveneAttended *attended = convene_statistics_get_attended (self->statistics, participant, &n);
  g_autofree char *description = NULL;
  GtkWidget *group;

  if (n > MAX_LISTED)
    description = g_strdup_printf (g_dngettext (NULL, "The first %u of %u, in date order.",
                                                "The first %u of %u, in date order.", n),
                                   MAX_LISTED, n);
  group = convene_group_append (self->detail_box, _("Meetings Attended"), description);
  if (n == 0)
    convene_group_add_row (group, _("None recorded"), NULL);
  else
    {
      /* plain rows (a label each): a page may list many, and each AdwActionRow costs several
       * widgets to style and measure (docs/performance.md) */
      GtkWidget *list = convene_plain_list_new (_("Meetings Attended"));

      g_signal_connect (list, "row-activated", G_CALLBACK (on_attended_row_activated_cb), self);
      for (guint i = 0; i < MIN (n, MAX_LISTED); i++)
        {
          g_autofree char *title = convene_meeting_dup_kind_and_date (attended[i].meeting);
          /* TRANSLATORS: a meeting, then the participant's role there */
          g_autofree char *text = g_strdup_printf (_("%s: %s"), title,
                                                   convene_role_get_label (attended[i].role));
          GtkWidget *row = convene_plain_list_append (list, text);

          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data (G_OBJECT (row), "convene-meeting", attended[i].meeting);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
    }
  if (n > 0)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Show All in Meetings"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 12);
      gtk_widget_add_css_class (button, "pill");
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_show_all_clicked_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
    }
}

static void
show_participant (ConveneParticipantsView *self,
                  ConveneParticipant      *participant)
{
  GtkWidget *child;

  self->participant = participant;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_box))) != NULL)
    gtk_box_remove (self->detail_box, child);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.print-participant", participant != NULL);
  if (participant == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  add_identity (self, participant);
  add_figures (self, participant);
  add_timeline (self, participant);
  add_attended (self, participant);
  add_memberships (self, participant);

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
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantsView, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "participants.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "participants.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "participants.print-participant", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "participants.print-statistics", NULL, print_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
convene_participants_view_init (ConveneParticipantsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.print-participant", FALSE);
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
