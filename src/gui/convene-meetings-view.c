/* convene-meetings-view.c
 *
 * The list is a ConveneMeetingList (src/model): the dataset's meetings that
 * a ConveneMeetingFilter leaves, which the search entry and the filter
 * popover only set.
 *
 * Why it is over 800 lines: the page is the list, its search bar, the
 * filter popover (kinds, years, participant) and the leaflet with the
 * detail pane, whose states (search mode, Back, the selection kept across
 * filters) are read best together; the detail pane, rows and filter model
 * are in files of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-meetings-view"

#include <glib/gi18n.h>

#include "convene-dataset-loader.h"
#include "convene-meeting-detail.h"
#include "convene-meeting-list.h"
#include "convene-meeting-row.h"
#include "convene-meetings-view.h"
#include "convene-summary-layout.h"
#include "convene-widgets.h"
#include "convene-text.h"

struct _ConveneMeetingsView
{
  GtkWidget parent_instance;

  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *content;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *file_label;
  GtkLabel *count_label;
  GtkMenuButton *filter_button;
  GtkFlowBox *filter_chips;
  GtkDropDown *kind_dropdown;
  GtkDropDown *participant_dropdown;
  GtkSpinButton *first_year_spin;
  GtkSpinButton *last_year_spin;
  GtkStack *list_stack;
  GtkListView *list_view;
  AdwStatusPage *empty_page;

  ConveneDataset *dataset;
  ConveneMeetingFilter *filter;
  ConveneMeetingList *list;
  GtkSingleSelection *selection;
  ConveneMeeting *shown;     /* in the detail pane; may be out of the list */
  GPtrArray *kinds;          /* dropdown position → interned kind; [0] NULL */
  GPtrArray *participants;   /* dropdown position → ConveneParticipant; [0] NULL */
  guint first_year;
  guint last_year;
  gboolean updating_controls;
  guint scroll_tick;         /* scrolls to the selected meeting once the list has a size */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingsView, convene_meetings_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SEARCH_MODE,
  PROP_NEWEST_FIRST,
  PROP_FOLDED,
  PROP_CAN_GO_BACK,
  PROP_SELECTED_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Setup and bind of the list's rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, g_object_new (CONVENE_TYPE_MEETING_ROW, NULL));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  convene_meeting_row_set_meeting (CONVENE_MEETING_ROW (gtk_list_item_get_child (item)),
                                   gtk_list_item_get_item (item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  convene_meeting_row_set_meeting (CONVENE_MEETING_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The count, and the empty page when nothing matches */

static void
update_count (ConveneMeetingsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint total = self->dataset != NULL ? convene_dataset_get_n_meetings (self->dataset) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", total), total);
  else
    /* TRANSLATORS: how many meetings match a search, as in "3 of 31 meetings" */
    text = g_strdup_printf (ngettext ("%u of %u meeting", "%u of %u meetings", total), shown, total);
  gtk_label_set_text (self->count_label, text);

  if (shown == 0 && total > 0)
    {
      const char *query = convene_meeting_filter_get_query (self->filter);
      g_autofree char *description = NULL;

      if (query != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (query, -1);

          /* TRANSLATORS: the description is markup; %s is the search text, already escaped */
          description = g_strdup_printf (_("No meeting matches “%s” with the filters set."), escaped);
          if (!convene_meeting_filter_has_filters (self->filter))
            {
              g_free (description);
              description = g_strdup_printf (_("No meeting matches “%s”."), escaped);
            }
        }
      else
        description = g_strdup (_("No meeting matches the filters set."));
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");

  if (convene_meeting_filter_has_filters (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void update_chips (ConveneMeetingsView *self);

static void
on_filter_changed_cb (ConveneMeetingsView  *self,
                      ConveneFilterChange   change,
                      ConveneMeetingFilter *filter)
{
  /* the list, connected first, has followed the change */
  update_count (self);
  update_chips (self);
}

static void
on_search_changed_cb (ConveneMeetingsView *self,
                      GtkSearchEntry      *entry)
{
  convene_meeting_filter_set_query (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* The filter popover's controls */

static void
on_kind_selected_cb (ConveneMeetingsView *self)
{
  guint pos = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating_controls || self->kinds == NULL || pos >= self->kinds->len)
    return;
  convene_meeting_filter_set_kind (self->filter, g_ptr_array_index (self->kinds, pos));
}

static void
on_participant_selected_cb (ConveneMeetingsView *self)
{
  guint pos = gtk_drop_down_get_selected (self->participant_dropdown);

  if (self->updating_controls || self->participants == NULL || pos >= self->participants->len)
    return;
  convene_meeting_filter_set_participant (self->filter, g_ptr_array_index (self->participants, pos));
}

/* From never passes To: moving one past the other takes the other along. */
static void
on_years_changed_cb (ConveneMeetingsView *self,
                     GtkSpinButton       *spin)
{
  guint first = (guint) gtk_spin_button_get_value_as_int (self->first_year_spin);
  guint last = (guint) gtk_spin_button_get_value_as_int (self->last_year_spin);

  if (self->updating_controls)
    return;
  if (first > last)
    {
      self->updating_controls = TRUE;
      if (spin == self->first_year_spin)
        gtk_spin_button_set_value (self->last_year_spin, last = first);
      else
        gtk_spin_button_set_value (self->first_year_spin, first = last);
      self->updating_controls = FALSE;
    }
  /* the whole span is no filter at all */
  convene_meeting_filter_set_years (self->filter,
                                    first > self->first_year ? first : 0,
                                    last < self->last_year ? last : 0);
}

/* Puts the popover's controls in line with the filter, after it was set
 * from elsewhere (the matrix, a reset). */
static void
sync_controls (ConveneMeetingsView *self)
{
  ConveneParticipant *participant = convene_meeting_filter_get_participant (self->filter);
  const char *kind = convene_meeting_filter_get_kind (self->filter);
  guint first, last, pos;

  if (self->kinds == NULL)
    return;

  self->updating_controls = TRUE;
  if (!g_ptr_array_find (self->kinds, kind, &pos))
    pos = 0;
  gtk_drop_down_set_selected (self->kind_dropdown, pos);
  if (!g_ptr_array_find (self->participants, participant, &pos))
    pos = 0;
  gtk_drop_down_set_selected (self->participant_dropdown, pos);
  convene_meeting_filter_get_years (self->filter, &first, &last);
  gtk_spin_button_set_value (self->first_year_spin, first != 0 ? first : self->first_year);
  gtk_spin_button_set_value (self->last_year_spin, last != 0 ? last : self->last_year);
  self->updating_controls = FALSE;
}

static void
on_reset_clicked_cb (ConveneMeetingsView *self)
{
  convene_meeting_filter_reset (self->filter);
  sync_controls (self);
}

/* The empty page's way back: no search, no filter. */
static void
reset_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConveneMeetingsView *self = CONVENE_MEETINGS_VIEW (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  convene_meeting_filter_set_query (self->filter, NULL);
  on_reset_clicked_cb (self);
}

/* The active filters, named in the list's header: a chip each, whose button
 * removes it. */
typedef enum
{
  CHIP_KIND,
  CHIP_PARTICIPANT,
  CHIP_YEARS,
} ChipFilter;

static void
on_chip_clicked_cb (GtkButton           *button,
                    ConveneMeetingsView *self)
{
  switch ((ChipFilter) GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "filter")))
    {
    case CHIP_KIND:
      convene_meeting_filter_set_kind (self->filter, NULL);
      break;
    case CHIP_PARTICIPANT:
      convene_meeting_filter_set_participant (self->filter, NULL);
      break;
    case CHIP_YEARS:
      convene_meeting_filter_set_years (self->filter, 0, 0);
      break;
    }
  /* the focus was on the chip, gone now */
  gtk_widget_grab_focus (GTK_WIDGET (self->filter_button));
}

static void
add_chip (ConveneMeetingsView *self,
          ChipFilter           filter,
          const char          *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("window-close-symbolic");
  g_autofree char *isolated = convene_text_isolate (text);
  /* TRANSLATORS: a screen reader's name for the button that removes a
   * filter; %s is the filter as shown, as in "Canada" or "2010–2016" */
  g_autofree char *name = g_strdup_printf (_("Remove Filter “%s”"), isolated);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "filter-chip");
  gtk_widget_set_tooltip_text (button, _("Remove Filter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "filter", GINT_TO_POINTER (filter));
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked_cb), self);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_flow_box_append (self->filter_chips, button);
  /* one stop for Tab: the button, not its place in the box as well */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
}

static void
update_chips (ConveneMeetingsView *self)
{
  const char *kind = convene_meeting_filter_get_kind (self->filter);
  ConveneParticipant *participant = convene_meeting_filter_get_participant (self->filter);
  guint first, last;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_chips))) != NULL)
    gtk_flow_box_remove (self->filter_chips, child);

  if (kind != NULL)
    {
      ConveneMeetingKind *named = self->dataset != NULL ? convene_dataset_lookup_kind (self->dataset, kind) : NULL;

      if (named != NULL)
        add_chip (self, CHIP_KIND, convene_meeting_kind_get_label (named));
    }
  if (participant != NULL)
    add_chip (self, CHIP_PARTICIPANT, convene_participant_get_display_name (participant));
  convene_meeting_filter_get_years (self->filter, &first, &last);
  if (first != 0 || last != 0)
    {
      g_autofree char *years = NULL;

      if (first == last)
        years = g_strdup_printf ("%u", first);
      else if (last == 0)
        /* TRANSLATORS: a filter on the years of meetings, as in "From 2010" */
        years = g_strdup_printf (_("From %u"), first);
      else if (first == 0)
        /* TRANSLATORS: a filter on the years of meetings, as in "Until 2016" */
        years = g_strdup_printf (_("Until %u"), last);
      else
        /* TRANSLATORS: a filter on the years of meetings, as in "2010–2016" */
        years = g_strdup_printf (_("%u–%u"), first, last);
      add_chip (self, CHIP_YEARS, years);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->filter_chips),
                          gtk_widget_get_first_child (GTK_WIDGET (self->filter_chips)) != NULL);
}

static void
unref_participant (gpointer participant)
{
  /* position 0, "Anyone", holds NULL */
  if (participant != NULL)
    g_object_unref (participant);
}

/* Fills the dropdowns and year bounds from the dataset. */
static void
fill_controls (ConveneMeetingsView *self)
{
  GListModel *meetings = convene_dataset_get_meetings (self->dataset);
  GListModel *kinds = convene_dataset_get_kinds (self->dataset);
  GListModel *participants = convene_dataset_get_participants (self->dataset);
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) participant_labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (meetings);

  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  self->kinds = g_ptr_array_new ();
  self->participants = g_ptr_array_new_with_free_func (unref_participant);
  self->first_year = self->last_year = 0;

  g_ptr_array_add (self->kinds, NULL);
  gtk_string_list_append (kind_labels, _("All kinds"));
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (kinds, i);

      /* interned: the same pointer as the filter's and the meetings' */
      g_ptr_array_add (self->kinds, (gpointer) convene_meeting_kind_get_id (kind));
      gtk_string_list_append (kind_labels, convene_meeting_kind_get_label (kind));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      guint year = convene_meeting_get_year (meeting);

      self->first_year = self->first_year == 0 ? year : MIN (self->first_year, year);
      self->last_year = MAX (self->last_year, year);
    }

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    g_ptr_array_add (self->participants, g_list_model_get_item (participants, i));
  g_ptr_array_sort (self->participants, convene_participant_compare_names);
  g_ptr_array_insert (self->participants, 0, NULL);
  gtk_string_list_append (participant_labels, _("Anyone"));
  for (guint i = 1; i < self->participants->len; i++)
    gtk_string_list_append (participant_labels,
                            convene_participant_get_display_name (g_ptr_array_index (self->participants, i)));

  self->updating_controls = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kind_labels));
  gtk_drop_down_set_model (self->participant_dropdown, G_LIST_MODEL (participant_labels));
  gtk_spin_button_set_range (self->first_year_spin, self->first_year, MAX (self->last_year, self->first_year));
  gtk_spin_button_set_range (self->last_year_spin, self->first_year, MAX (self->last_year, self->first_year));
  self->updating_controls = FALSE;
  sync_controls (self);
}

/* Selection and navigation */

/* The meeting the detail pane shows is the one the user picked last: it
 * stays while a search or a filter hides its row, and its row is selected
 * again when it comes back. Only picking another meeting, or another
 * dataset, changes it. */
static void
set_shown_meeting (ConveneMeetingsView *self,
                   ConveneMeeting      *meeting)
{
  if (!g_set_object (&self->shown, meeting))
    return;
  convene_meeting_detail_set_meeting (CONVENE_MEETING_DETAIL (self->content), meeting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MEETING]);
}

static void
on_selection_changed_cb (ConveneMeetingsView *self)
{
  ConveneMeeting *meeting = gtk_single_selection_get_selected_item (self->selection);

  /* nothing selected: the row went out of the list, the meeting stays */
  if (meeting != NULL)
    set_shown_meeting (self, meeting);
}

/* After the selection has followed the list's change */
static void
on_list_items_changed_cb (ConveneMeetingsView *self)
{
  guint position;

  if (self->shown != NULL &&
      gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      convene_meeting_list_find (self->list, self->shown, &position))
    gtk_single_selection_set_selected (self->selection, position);
}

/* Shows the detail pane (on its own, in a narrow window) and gives it the
 * focus, so that the keyboard goes on from there. */
static void
open_content (ConveneMeetingsView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  gtk_widget_grab_focus (self->content);
}

static void
on_row_activated_cb (ConveneMeetingsView *self,
                     guint                position)
{
  gtk_single_selection_set_selected (self->selection, position);
  open_content (self);
}

/* On a narrow window, a click on a row opens the meeting at once. */
static void
on_list_clicked_cb (GtkGestureClick     *gesture,
                    int                  n_press,
                    double               x,
                    double               y,
                    ConveneMeetingsView *self)
{
  if (adw_leaflet_get_folded (self->leaflet) &&
      gtk_single_selection_get_selected_item (self->selection) != NULL)
    open_content (self);
}

static void
on_leaflet_notify_cb (ConveneMeetingsView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static gboolean
can_go_back (ConveneMeetingsView *self)
{
  return adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) == self->content;
}

void
convene_meetings_view_show_list (ConveneMeetingsView *self)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
set_newest_first (ConveneMeetingsView *self,
                  gboolean             newest_first)
{
  if (convene_meeting_list_get_newest_first (self->list) == newest_first)
    return;
  convene_meeting_list_set_newest_first (self->list, newest_first);
  /* the list would keep the rows it showed, now at the other end: show the
   * top, the newest meetings when they come first */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEWEST_FIRST]);
}

/* Which file the meetings come from; its whole path in the tooltip. */
static void
update_file_label (ConveneMeetingsView *self)
{
  GFile *file = convene_dataset_get_file (self->dataset);
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (convene_dataset_is_bundled (self->dataset) || file == NULL)
    name = g_strdup (_("Bundled record"));
  else
    {
      name = convene_dataset_file_display_name (file);
      path = g_file_get_parse_name (file);
    }
  gtk_label_set_text (self->file_label, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), path);
}

/* Public API */

void
convene_meetings_view_set_dataset (ConveneMeetingsView *self,
                                   ConveneDataset      *dataset)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));
  g_return_if_fail (CONVENE_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  update_file_label (self);
  /* filters that name another dataset's participants mean nothing here */
  convene_meeting_filter_reset (self->filter);
  fill_controls (self);
  convene_meeting_detail_set_dataset (CONVENE_MEETING_DETAIL (self->content), dataset);
  set_shown_meeting (self, NULL);
  convene_meeting_list_set_dataset (self->list, dataset);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_count (self);
  convene_meetings_view_show_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

ConveneMeetingFilter *
convene_meetings_view_get_filter (ConveneMeetingsView *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);
  return self->filter;
}

/* Returns: (transfer none): the meetings listed, in the order shown */
GListModel *
convene_meetings_view_get_visible_meetings (ConveneMeetingsView *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);
  return G_LIST_MODEL (self->list);
}

ConveneMeeting *
convene_meetings_view_get_selected_meeting (ConveneMeetingsView *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);
  return self->shown;
}

/* Ends the search and clears the filters, before one is set alone. */
static void
clear_filters (ConveneMeetingsView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  convene_meeting_filter_set_query (self->filter, NULL);
  convene_meeting_filter_reset (self->filter);
}

/* Lists the meetings the participant attended, and nothing else. */
void
convene_meetings_view_show_participant (ConveneMeetingsView *self,
                                        ConveneParticipant  *participant)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  clear_filters (self);
  convene_meeting_filter_set_participant (self->filter, participant);
  convene_meetings_view_show_list (self);
}

/* Lists the meetings of the year, and nothing else. */
void
convene_meetings_view_show_year (ConveneMeetingsView *self,
                                 guint                year)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));

  clear_filters (self);
  convene_meeting_filter_set_years (self->filter, year, year);
  convene_meetings_view_show_list (self);
}

/* Returns: (transfer full): the meetings that what names, in the order
 * listed: the one selected (none or one), those the search and filters
 * leave, or (SHOWN) the one selected if there is one, else those listed. */
GPtrArray *
convene_meetings_view_dup_meetings (ConveneMeetingsView *self,
                                    ConveneMeetingsScope what)
{
  GPtrArray *meetings = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), meetings);

  if (what == CONVENE_MEETINGS_SELECTED || (what == CONVENE_MEETINGS_SHOWN && self->shown != NULL))
    {
      if (self->shown != NULL)
        g_ptr_array_add (meetings, g_object_ref (self->shown));
      return meetings;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    g_ptr_array_add (meetings, g_list_model_get_item (G_LIST_MODEL (self->list), i));
  return meetings;
}

/* Returns: (transfer full) (nullable): the summary of the meetings what
 * names (a meeting's own when it is the one selected), or NULL when there
 * are none. */
ConvenePrintLayout *
convene_meetings_view_create_print_layout (ConveneMeetingsView  *self,
                                           ConveneMeetingsScope  what)
{
  g_autoptr(GPtrArray) meetings = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);

  meetings = convene_meetings_view_dup_meetings (self, what);
  if (self->dataset == NULL || meetings->len == 0)
    return NULL;
  if (what == CONVENE_MEETINGS_SELECTED || (what == CONVENE_MEETINGS_SHOWN && self->shown != NULL))
    return CONVENE_PRINT_LAYOUT (convene_summary_layout_new_for_meeting (self->dataset, meetings->pdata[0]));
  return CONVENE_PRINT_LAYOUT (convene_summary_layout_new (self->dataset, meetings));
}

/* Once the list has a size: GTK 4.8 scrolls to an item only within a size
 * it knows, so a meeting selected before the list's first frame (the one
 * remembered from last time, at start-up) or just after a new dataset
 * filled it stayed out of view. */
static gboolean
scroll_when_sized_cb (GtkWidget     *list_view,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  ConveneMeetingsView *self = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  guint position;

  if (gtk_adjustment_get_page_size (adjustment) <= 0)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
  return G_SOURCE_REMOVE;
}

/* Scrolls the list to the selected meeting, now and again in the list's
 * next frame with a size (its rows then measured) */
static void
scroll_to_selected (ConveneMeetingsView *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                      scroll_when_sized_cb, self, NULL);
}

/* Selects the meeting if it is listed; returns whether it is. */
gboolean
convene_meetings_view_select_meeting (ConveneMeetingsView *self,
                                      const char          *id)
{
  ConveneMeeting *meeting;
  guint position;

  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), FALSE);

  if (id == NULL || self->dataset == NULL ||
      (meeting = convene_dataset_lookup_meeting (self->dataset, id)) == NULL ||
      !convene_meeting_list_find (self->list, meeting, &position))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  scroll_to_selected (self);
  return TRUE;
}

/* Selects and opens the meeting, clearing a search or filter that hides it. */
void
convene_meetings_view_show_meeting (ConveneMeetingsView *self,
                                    const char          *id)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));

  if (!convene_meetings_view_select_meeting (self, id))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      convene_meeting_filter_set_query (self->filter, NULL);
      on_reset_clicked_cb (self);
      if (!convene_meetings_view_select_meeting (self, id))
        return;
    }
  open_content (self);
}

GtkWidget *
convene_meetings_view_get_search_entry (ConveneMeetingsView *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

/* Typing in this widget (the window) starts a search. */
void
convene_meetings_view_set_key_capture_widget (ConveneMeetingsView *self,
                                              GtkWidget           *widget)
{
  g_return_if_fail (CONVENE_IS_MEETINGS_VIEW (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/* GObject */

static void
convene_meetings_view_dispose (GObject *object)
{
  ConveneMeetingsView *self = CONVENE_MEETINGS_VIEW (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick);
  self->scroll_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MEETINGS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->list);
  g_clear_object (&self->dataset);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);

  G_OBJECT_CLASS (convene_meetings_view_parent_class)->dispose (object);
}

static void
convene_meetings_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ConveneMeetingsView *self = CONVENE_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    case PROP_NEWEST_FIRST:
      g_value_set_boolean (value, convene_meeting_list_get_newest_first (self->list));
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, adw_leaflet_get_folded (self->leaflet));
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, can_go_back (self));
      break;
    case PROP_SELECTED_MEETING:
      g_value_set_object (value, convene_meetings_view_get_selected_meeting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meetings_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ConveneMeetingsView *self = CONVENE_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      /* a binding's first value may be NULL: there is no dataset to show yet */
      if (g_value_get_object (value) != NULL)
        convene_meetings_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    case PROP_NEWEST_FIRST:
      set_newest_first (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
on_search_mode_notify_cb (ConveneMeetingsView *self)
{
  /* leaving search forgets the query, as GNOME apps do */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      /* at once, not after the entry's pause for typing */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      convene_meeting_filter_set_query (self->filter, NULL);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
convene_meetings_view_class_init (ConveneMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = convene_meetings_view_dispose;
  object_class->get_property = convene_meetings_view_get_property;
  object_class->set_property = convene_meetings_view_set_property;

  /* the dataset shown (the window's, bound) */
  properties[PROP_DATASET] = g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, rw);
  properties[PROP_SEARCH_MODE] = g_param_spec_boolean ("search-mode", NULL, NULL, FALSE, rw);
  properties[PROP_NEWEST_FIRST] = g_param_spec_boolean ("newest-first", NULL, NULL, FALSE, rw);
  properties[PROP_FOLDED] = g_param_spec_boolean ("folded", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_GO_BACK] = g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE, ro);
  properties[PROP_SELECTED_MEETING] =
    g_param_spec_object ("selected-meeting", NULL, NULL, CONVENE_TYPE_MEETING, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CONVENE_TYPE_MEETING_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/convene-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, content);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, file_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, filter_chips);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, participant_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, first_year_spin);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, last_year_spin);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingsView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_participant_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_years_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_row_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_row_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_property_action (widget_class, "view.newest-first", "newest-first");
  gtk_widget_class_install_action (widget_class, "view.reset-all", NULL, reset_all_action);
}

static void
convene_meetings_view_init (ConveneMeetingsView *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Reset Filters, in the filter popover and when nothing is found */
  convene_name_mnemonic_buttons_once (GTK_WIDGET (self));

  self->filter = convene_meeting_filter_new ();
  /* before the view's own handlers: they read what the list then holds */
  self->list = convene_meeting_list_new (self->filter);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* the popover follows a filter set from elsewhere (the attendance matrix) */
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (sync_controls), self,
                           G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "items-changed",
                           G_CALLBACK (on_list_items_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect_after (click, "released", G_CALLBACK (on_list_clicked_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
}

/* Returns: (transfer none): the detail pane, which the window gives the
 * document to edit and switches to edit mode */
ConveneMeetingDetail *
convene_meetings_view_get_detail (ConveneMeetingsView *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETINGS_VIEW (self), NULL);
  return CONVENE_MEETING_DETAIL (self->content);
}
