/* convene-participant-list.c
 *
 * The Participants page's list of every participant (as GNOME Contacts
 * lists people: names in the user's language, sorted by the locale, grouped
 * by kind, searched as you type by name, short name, alias or ISO code).
 * Choosing one (a click, the keys, Enter in the search) says
 * "participant-chosen"; the page shows it (convene-participants-view.c).
 *
 * The list is a GtkListView of a GListStore holding, in order, each kind's
 * heading (a GtkStringObject, not selectable) and its participants: the
 * view makes rows only for those on screen, so opening the page costs the
 * same at 250 participants or 5,000 (docs/performance.md). A search puts in
 * the store only the participants that match, each kind's heading before
 * them. (A GTK 4.8 list view makes a row for each of up to 200 items around
 * what is on screen, shown or not: the store gets a screenful at once, and
 * the rest a batch at a time when the main loop is idle.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-participant-list"

#include <string.h>

#include <glib/gi18n.h>

#include "convene-detail-text.h"
#include "convene-participant-list.h"
#include "convene-search.h"

typedef enum
{
  GROUP_STATES,
  GROUP_ORGANISATIONS,
  GROUP_BODIES,
  N_GROUPS
} Group;

typedef struct
{
  ConveneParticipant *participant;  /* a reference */
  Group group;
  char *key;                        /* collation key of the shown name */
} Entry;

struct _ConveneParticipantList
{
  GtkWidget parent_instance;

  GtkSearchEntry *search_entry;
  GtkWidget *scroller;              /* bound so that disposing the template takes it away */
  GtkListView *list;
  GListStore *listed;               /* of GObject: what the list shows, headings and participants */
  GtkSingleSelection *selection;
  GtkStringObject *headings[N_GROUPS];
  gboolean updating;                /* the list is being changed: its selection is not a choice */
  GPtrArray *pending;               /* (nullable): what the list is still to show, when idle */
  guint n_added;                    /* of them, added to the list */
  guint pending_source;
  guint scroll_tick;                /* the row selected is scrolled to after a frame */
  gint64 scroll_after;              /* once the frame clock is past this frame */

  ConveneParticipant *participant;  /* chosen */
  GArray *entries;                  /* of Entry, in the list's order */
  ConveneSearchQuery *query;        /* the search; NULL: none */
};

G_DEFINE_FINAL_TYPE (ConveneParticipantList, convene_participant_list, GTK_TYPE_WIDGET)

enum {
  PARTICIPANT_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->participant);
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


/* How many rows the list shows at once: a row is at least LIST_ROW_HEIGHT pixels high */
#define LIST_ROW_HEIGHT 30
/* and how many are added at a time when idle */
#define LIST_BATCH 40

static guint
first_rows (ConveneParticipantList *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return height > 0 ? height / LIST_ROW_HEIGHT + 4 : 40;
}

/* Adds the list's items still to add, up to @end */
static void
add_pending (ConveneParticipantList  *self,
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
  ConveneParticipantList  *self = data;

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
update_listed (ConveneParticipantList *self)
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
fill_list (ConveneParticipantList *self,
           GListModel             *participants)
{
  guint n = participants != NULL ? g_list_model_get_n_items (participants) : 0;
  gboolean chosen_listed = FALSE;

  g_array_set_size (self->entries, 0);
  for (guint i = 0; i < n; i++)
    {
      ConveneParticipant *participant = g_list_model_get_item (participants, i);
      Entry entry = { participant, group_of (participant), NULL };

      entry.key = g_strdup (convene_participant_get_sort_key (participant));
      g_array_append_val (self->entries, entry);
      chosen_listed = chosen_listed || participant == self->participant;
    }
  g_array_sort (self->entries, compare_entries);
  if (!chosen_listed)
    g_clear_object (&self->participant);
  update_listed (self);
}

/* A row is one text: a kind's heading, or a participant's name and, on a second line,
 * smaller and dimmer, its code (one text is styled and measured in half the time of two in a
 * box). A ConveneDetailText, not a GtkLabel: it keeps its layout and its extents, where a
 * label lays its text out again at each size it is measured at (three times a row, and as
 * many again whenever the page is measured) */
static void
on_setup_row_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *text = convene_detail_text_new ();

  convene_detail_text_set_one_line (CONVENE_DETAIL_TEXT (text), TRUE);
  gtk_list_item_set_child (item, text);
}

/* (A GTK 4.8 list view binds its rows again whenever their selection changes, every row
 * between the one unselected and the one selected: a row that shows its text already is
 * left as it is, or it would be laid out again) */
static void
show_heading (GtkListItem       *item,
              ConveneDetailText *text,
              const char        *heading)
{
  if (!gtk_widget_has_css_class (GTK_WIDGET (text), "heading") ||
      g_strcmp0 (convene_detail_text_get_text (text), heading) != 0)
    {
      convene_detail_text_set_attributes (text, NULL);
      convene_detail_text_set_text (text, heading);
    }
  gtk_widget_add_css_class (GTK_WIDGET (text), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (text), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (text), gtk_list_item_get_position (item) > 0 ? 18 : 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (text), 6);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
show_participant_row (GtkListItem        *item,
                      ConveneDetailText  *row_text,
                      ConveneParticipant *participant)
{
  const char *name = convene_participant_get_display_name (participant);
  g_autofree char *text = g_strdup_printf ("%s\n%s", name, convene_participant_get_id (participant));
  PangoAttrList *attrs;
  PangoAttribute *attr;

  gtk_list_item_set_selectable (item, TRUE);
  gtk_list_item_set_activatable (item, TRUE);
  if (!gtk_widget_has_css_class (GTK_WIDGET (row_text), "heading") &&
      g_strcmp0 (convene_detail_text_get_text (row_text), text) == 0)
    return;
  attrs = pango_attr_list_new ();
  attr = pango_attr_scale_new (0.82);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_foreground_alpha_new (0x9000);
  attr->start_index = strlen (name) + 1;
  pango_attr_list_insert (attrs, attr);
  convene_detail_text_set_attributes (row_text, attrs);
  convene_detail_text_set_text (row_text, text);
  pango_attr_list_unref (attrs);
  gtk_widget_remove_css_class (GTK_WIDGET (row_text), "heading");
  gtk_widget_remove_css_class (GTK_WIDGET (row_text), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (row_text), 3);
  gtk_widget_set_margin_bottom (GTK_WIDGET (row_text), 3);
}

static void
on_bind_row_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GObject *object = gtk_list_item_get_item (item);
  ConveneDetailText *text = CONVENE_DETAIL_TEXT (gtk_list_item_get_child (item));

  if (GTK_IS_STRING_OBJECT (object))
    show_heading (item, text, gtk_string_object_get_string (GTK_STRING_OBJECT (object)));
  else
    show_participant_row (item, text, CONVENE_PARTICIPANT (object));
}

static void
on_search_changed_cb (ConveneParticipantList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->query, convene_search_query_free);
  self->query = convene_search_query_new (text);
  update_listed (self);
}

/* The position of @participant in the list, which shows it from now on;
 * GTK_INVALID_LIST_POSITION: not listed */
static guint
listed_position (ConveneParticipantList  *self,
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

/* Scrolls to the row at @position, unless surely on screen at the top already (GTK 4.8
 * would bring it to the top: the kinds' first heading would go) */
static void
scroll_to (ConveneParticipantList *self,
           guint                   position)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->listed)))
    return;
  if (gtk_adjustment_get_value (adjustment) > 0 ||
      (position + 1) * 2 * LIST_ROW_HEIGHT > gtk_adjustment_get_page_size (adjustment))
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
}

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  ConveneParticipantList *self = CONVENE_PARTICIPANT_LIST (widget);

  /* the frame that shows the participant chosen is painted first */
  if (gdk_frame_clock_get_frame_counter (clock) <= self->scroll_after)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  scroll_to (self, gtk_single_selection_get_selected (self->selection));
  return G_SOURCE_REMOVE;
}

/* Selects the row at @position, and scrolls to it in the frame after the next: the next
 * frame shows the participant chosen, and a list scrolled far makes and measures a
 * screenful of rows. (Selecting in two steps, GTK 4.8's list view binds again only the
 * two rows whose selection changed, not every row between them.) */
static void
select_position (ConveneParticipantList *self,
                 guint                   position)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (self->selection, position);
  if (position == GTK_INVALID_LIST_POSITION || self->scroll_tick != 0)
    return;
  if (clock == NULL)
    {
      scroll_to (self, position);
      return;
    }
  self->scroll_after = gdk_frame_clock_get_frame_counter (clock) + 1;
  self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick, NULL, NULL);
}

/* Activating the search (Enter) chooses the first participant listed (which is among
 * the first rows) */
static void
on_search_activate_cb (ConveneParticipantList *self)
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


/* A participant chosen in the list */
static void
on_selected_cb (ConveneParticipantList *self)
{
  GObject *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->updating || !CONVENE_IS_PARTICIPANT (item) || (ConveneParticipant *) item == self->participant)
    return;
  g_set_object (&self->participant, CONVENE_PARTICIPANT (item));
  g_signal_emit (self, signals[PARTICIPANT_CHOSEN], 0, item);
}

static void
convene_participant_list_dispose (GObject *object)
{
  ConveneParticipantList *self = CONVENE_PARTICIPANT_LIST (object);

  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PARTICIPANT_LIST);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->query, convene_search_query_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->listed);
  for (guint i = 0; i < N_GROUPS; i++)
    g_clear_object (&self->headings[i]);
  g_clear_object (&self->participant);
  G_OBJECT_CLASS (convene_participant_list_parent_class)->dispose (object);
}

static void
convene_participant_list_class_init (ConveneParticipantListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_participant_list_dispose;

  /**
   * ConveneParticipantList::participant-chosen:
   * @participant: the participant chosen in the list
   */
  signals[PARTICIPANT_CHOSEN] = g_signal_new ("participant-chosen", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 1, CONVENE_TYPE_PARTICIPANT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-participant-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantList, scroller);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantList, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
convene_participant_list_init (ConveneParticipantList *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

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
}

/* Lists @participants (NULL: none), the one chosen still selected if it is
 * among them (or else none) */
void
convene_participant_list_set_participants (ConveneParticipantList *self,
                                           GListModel             *participants)
{
  g_return_if_fail (CONVENE_IS_PARTICIPANT_LIST (self));
  g_return_if_fail (participants == NULL || G_IS_LIST_MODEL (participants));

  fill_list (self, participants);
}

/* Returns: (transfer none) (nullable): the participant chosen */
ConveneParticipant *
convene_participant_list_get_selected (ConveneParticipantList *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT_LIST (self), NULL);
  return self->participant;
}

/* Selects the participant (clearing a search that hides it) and scrolls to
 * it: "participant-chosen" when it was not chosen already */
void
convene_participant_list_select (ConveneParticipantList *self,
                                 ConveneParticipant     *participant)
{
  g_return_if_fail (CONVENE_IS_PARTICIPANT_LIST (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (listed_position (self, participant) == GTK_INVALID_LIST_POSITION)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  select_position (self, listed_position (self, participant));
}
