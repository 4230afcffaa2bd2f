/* convene-meeting-list.c
 *
 * The meetings listed are kept as their positions in the dataset's date
 * order, ascending; newest first reads them backwards. A change of the filter
 * selects the meetings anew as a bit set: from the dataset's search index
 * when it is built (no meeting's text is read, and only the meetings the
 * words leave are visited for the other filters), otherwise by asking the
 * filter about each meeting that can have changed.
 *
 * An edit to the dataset ("items-changed" of its meetings) is followed in
 * the span it names: the positions after it shift, the meetings it removed
 * leave, and those it added (or changed in place) are asked of the filter
 * one by one; one "items-changed" tells the list's own span, and a meeting
 * changed in place and still listed is said to have changed (1 for 1), so
 * that its row shows it anew.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-meeting-list.h"
#include "convene-meeting-private.h"

struct _ConveneMeetingList
{
  GObject parent_instance;

  ConveneMeetingFilter *filter;
  ConveneDataset *dataset;      /* nullable */
  guint32 *shown;               /* positions in the dataset, ascending */
  guint n_shown;
  guint64 *selected;            /* a bit set of the dataset's meetings, to work in */
  gboolean newest_first;
};

static void convene_meeting_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ConveneMeetingList, convene_meeting_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      convene_meeting_list_model_init))

enum {
  PROP_0,
  PROP_NEWEST_FIRST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GPtrArray *
all_meetings (ConveneMeetingList *self)
{
  return self->dataset->meeting_array;
}

/* GListModel */

static GType
convene_meeting_list_get_item_type (GListModel *model)
{
  return CONVENE_TYPE_MEETING;
}

static guint
convene_meeting_list_get_n_items (GListModel *model)
{
  return CONVENE_MEETING_LIST (model)->n_shown;
}

static gpointer
convene_meeting_list_get_item (GListModel *model,
                               guint       position)
{
  ConveneMeetingList *self = CONVENE_MEETING_LIST (model);

  if (position >= self->n_shown)
    return NULL;
  if (self->newest_first)
    position = self->n_shown - 1 - position;
  return g_object_ref (g_ptr_array_index (all_meetings (self), self->shown[position]));
}

static void
convene_meeting_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = convene_meeting_list_get_item_type;
  iface->get_n_items = convene_meeting_list_get_n_items;
  iface->get_item = convene_meeting_list_get_item;
}

/* Selecting */

/* Clears the bits of the meetings the filters other than the search leave out. */
static void
apply_filters (ConveneMeetingList *self,
               guint64            *set)
{
  GPtrArray *meetings = all_meetings (self);
  gsize n_blocks = CONVENE_MEETING_SET_BLOCKS (meetings->len);

  for (gsize b = 0; b < n_blocks; b++)
    for (guint64 bits = set[b]; bits != 0; bits &= bits - 1)
      {
        guint i = b * 64 + __builtin_ctzll (bits);

        if (!convene_meeting_filter_matches_filters (self->filter, g_ptr_array_index (meetings, i)))
          convene_meeting_set_remove (set, i);
      }
}

/* Asks the filter about the meetings that can have changed: narrowing
 * re-checks only those listed, widening only the others. */
static void
ask_filter (ConveneMeetingList  *self,
            ConveneFilterChange  change,
            guint64             *set)
{
  GPtrArray *meetings = all_meetings (self);
  gsize n_blocks = CONVENE_MEETING_SET_BLOCKS (meetings->len);

  memset (set, 0, n_blocks * sizeof (guint64));
  if (change == CONVENE_FILTER_CHANGE_MORE_STRICT)
    {
      for (guint k = 0; k < self->n_shown; k++)
        if (convene_meeting_filter_matches (self->filter, g_ptr_array_index (meetings, self->shown[k])))
          convene_meeting_set_add (set, self->shown[k]);
      return;
    }

  if (change == CONVENE_FILTER_CHANGE_LESS_STRICT)
    for (guint k = 0; k < self->n_shown; k++)
      convene_meeting_set_add (set, self->shown[k]);
  for (guint i = 0; i < meetings->len; i++)
    if (!convene_meeting_set_contains (set, i) &&
        convene_meeting_filter_matches (self->filter, g_ptr_array_index (meetings, i)))
      convene_meeting_set_add (set, i);
}

static void
select_meetings (ConveneMeetingList  *self,
                 ConveneFilterChange  change,
                 guint64             *set)
{
  if (!convene_meeting_filter_is_active (self->filter))
    convene_meeting_set_fill (set, all_meetings (self)->len);
  else if (_convene_dataset_select (self->dataset, convene_meeting_filter_get_search_query (self->filter), set))
    {
      if (convene_meeting_filter_has_filters (self->filter))
        apply_filters (self, set);
    }
  else
    ask_filter (self, change, set);
}

/* Lists the meetings selected. */
static void
list_selected (ConveneMeetingList *self,
               const guint64      *set,
               gsize               n_blocks)
{
  guint n = 0;

  for (gsize b = 0; b < n_blocks; b++)
    n += __builtin_popcountll (set[b]);
  g_free (self->shown);
  self->shown = g_new (guint32, MAX (n, 1));
  self->n_shown = n;
  n = 0;
  for (gsize b = 0; b < n_blocks; b++)
    for (guint64 bits = set[b]; bits != 0; bits &= bits - 1)
      self->shown[n++] = b * 64 + __builtin_ctzll (bits);
}

/* Tells the span between the first and the last meeting added or removed. */
static void
tell_changes (ConveneMeetingList *self,
              const guint32      *before,
              guint               n_before)
{
  guint prefix = 0, suffix = 0, common = MIN (n_before, self->n_shown);

  while (prefix < common && before[prefix] == self->shown[prefix])
    prefix++;
  while (suffix < common - prefix &&
         before[n_before - 1 - suffix] == self->shown[self->n_shown - 1 - suffix])
    suffix++;
  if (prefix + suffix == n_before && n_before == self->n_shown)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), self->newest_first ? suffix : prefix,
                              n_before - prefix - suffix, self->n_shown - prefix - suffix);
}

static void
update (ConveneMeetingList  *self,
        ConveneFilterChange  change)
{
  g_autofree guint32 *before = NULL;
  guint n_before;
  gsize n_blocks;

  if (self->dataset == NULL)
    return;
  n_blocks = CONVENE_MEETING_SET_BLOCKS (all_meetings (self)->len);
  select_meetings (self, change, self->selected);
  before = g_steal_pointer (&self->shown);
  n_before = self->n_shown;
  list_selected (self, self->selected, n_blocks);
  tell_changes (self, before, n_before);
}

/* The dataset's meetings changed: from position, removed gave way to added. */
static void
on_meetings_changed_cb (ConveneMeetingList *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *meetings)
{
  GPtrArray *all = all_meetings (self);
  g_autofree guint32 *before = g_steal_pointer (&self->shown);
  guint n_before = self->n_shown, prefix = 0, suffix = 0, n = 0;
  gsize n_blocks = CONVENE_MEETING_SET_BLOCKS (all->len);

  g_free (self->selected);
  self->selected = g_new (guint64, MAX (n_blocks, 1));
  self->shown = g_new (guint32, n_before + added + 1);

  while (prefix < n_before && before[prefix] < position)
    self->shown[n++] = before[prefix++];
  for (guint i = position; i < position + added; i++)
    if (convene_meeting_filter_matches (self->filter, g_ptr_array_index (all, i)))
      self->shown[n++] = i;
  for (guint k = prefix; k < n_before; k++)
    if (before[k] >= position + removed)
      {
        self->shown[n++] = before[k] + added - removed;
        suffix++;
      }
  self->n_shown = n;

  if (n_before - prefix - suffix > 0 || n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), self->newest_first ? suffix : prefix,
                                n_before - prefix - suffix, n - prefix - suffix);
}

static void
on_filter_changed_cb (ConveneMeetingList   *self,
                      ConveneFilterChange   change,
                      ConveneMeetingFilter *filter)
{
  update (self, change);
}

/* GObject */

static void
convene_meeting_list_dispose (GObject *object)
{
  ConveneMeetingList *self = CONVENE_MEETING_LIST (object);

  g_clear_object (&self->filter);
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset->meetings, on_meetings_changed_cb, self);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (convene_meeting_list_parent_class)->dispose (object);
}

static void
convene_meeting_list_finalize (GObject *object)
{
  ConveneMeetingList *self = CONVENE_MEETING_LIST (object);

  g_free (self->shown);
  g_free (self->selected);

  G_OBJECT_CLASS (convene_meeting_list_parent_class)->finalize (object);
}

static void
convene_meeting_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConveneMeetingList *self = CONVENE_MEETING_LIST (object);

  switch (prop_id)
    {
    case PROP_NEWEST_FIRST:
      g_value_set_boolean (value, self->newest_first);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ConveneMeetingList *self = CONVENE_MEETING_LIST (object);

  switch (prop_id)
    {
    case PROP_NEWEST_FIRST:
      convene_meeting_list_set_newest_first (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_list_class_init (ConveneMeetingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = convene_meeting_list_dispose;
  object_class->finalize = convene_meeting_list_finalize;
  object_class->get_property = convene_meeting_list_get_property;
  object_class->set_property = convene_meeting_list_set_property;

  properties[PROP_NEWEST_FIRST] =
    g_param_spec_boolean ("newest-first", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_meeting_list_init (ConveneMeetingList *self)
{
}

/* Public API */

ConveneMeetingList *
convene_meeting_list_new (ConveneMeetingFilter *filter)
{
  ConveneMeetingList *self;

  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (filter), NULL);

  self = g_object_new (CONVENE_TYPE_MEETING_LIST, NULL);
  self->filter = g_object_ref (filter);
  g_signal_connect_object (filter, "changed", G_CALLBACK (on_filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

ConveneMeetingFilter *
convene_meeting_list_get_filter (ConveneMeetingList *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_LIST (self), NULL);
  return self->filter;
}

ConveneDataset *
convene_meeting_list_get_dataset (ConveneMeetingList *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_LIST (self), NULL);
  return self->dataset;
}

/* Lists the dataset's meetings the filter leaves, and starts building the
 * dataset's search index, which later searches use once it is there. */
void
convene_meeting_list_set_dataset (ConveneMeetingList *self,
                                  ConveneDataset     *dataset)
{
  guint n_before;

  g_return_if_fail (CONVENE_IS_MEETING_LIST (self));
  g_return_if_fail (dataset == NULL || CONVENE_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_func (self->dataset->meetings, on_meetings_changed_cb, self);
  g_set_object (&self->dataset, dataset);
  if (dataset != NULL)
    g_signal_connect_object (dataset->meetings, "items-changed",
                             G_CALLBACK (on_meetings_changed_cb), self, G_CONNECT_SWAPPED);

  n_before = self->n_shown;
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->selected, g_free);
  self->n_shown = 0;
  if (dataset != NULL)
    {
      gsize n_blocks = CONVENE_MEETING_SET_BLOCKS (all_meetings (self)->len);

      convene_dataset_build_search_index (dataset);
      self->selected = g_new (guint64, MAX (n_blocks, 1));
      select_meetings (self, CONVENE_FILTER_CHANGE_DIFFERENT, self->selected);
      list_selected (self, self->selected, n_blocks);
    }
  if (n_before > 0 || self->n_shown > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->n_shown);
}

gboolean
convene_meeting_list_get_newest_first (ConveneMeetingList *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_LIST (self), FALSE);
  return self->newest_first;
}

void
convene_meeting_list_set_newest_first (ConveneMeetingList *self,
                                       gboolean            newest_first)
{
  g_return_if_fail (CONVENE_IS_MEETING_LIST (self));

  newest_first = !!newest_first;
  if (self->newest_first == newest_first)
    return;
  self->newest_first = newest_first;
  if (self->n_shown > 1)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->n_shown, self->n_shown);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEWEST_FIRST]);
}

/**
 * convene_meeting_list_find:
 * @position: (out) (optional): where the meeting is listed
 *
 * Returns: whether the meeting is listed
 */
gboolean
convene_meeting_list_find (ConveneMeetingList *self,
                           ConveneMeeting     *meeting,
                           guint              *position)
{
  guint low = 0, high;

  g_return_val_if_fail (CONVENE_IS_MEETING_LIST (self), FALSE);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), FALSE);

  if (self->dataset == NULL || meeting->position >= all_meetings (self)->len ||
      g_ptr_array_index (all_meetings (self), meeting->position) != meeting)
    return FALSE;

  high = self->n_shown;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (self->shown[mid] < meeting->position)
        low = mid + 1;
      else
        high = mid;
    }
  if (low == self->n_shown || self->shown[low] != meeting->position)
    return FALSE;
  if (position != NULL)
    *position = self->newest_first ? self->n_shown - 1 - low : low;
  return TRUE;
}
