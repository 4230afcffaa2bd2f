/* convene-dataset.c
 *
 * ConveneDataset: the record (title, description, sources), its meetings
 * in date order and participants by id, its kinds, its search index (built
 * on a thread), and the bookkeeping every edit goes through
 * (_convene_dataset_swap_meeting_field() and the like: positions, ids,
 * kinds, one "changed" signal per step). It is filled by the loader
 * (convene-dataset-loader.c) and changed only by ConveneDocument's edits.
 *
 * Why it is over 800 lines: the edits' bookkeeping (the second half) keeps
 * the invariants the getters rely on (order, positions, kinds), and is read
 * best beside them; the search index and the loader are elsewhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-intern.h"
#include "convene-search.h"

G_DEFINE_FINAL_TYPE (ConveneDataset, convene_dataset, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_MEETINGS,
  PROP_PARTICIPANTS,
  PROP_FILE,
  PROP_HAS_SEARCH_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
convene_dataset_finalize (GObject *object)
{
  ConveneDataset *self = CONVENE_DATASET (object);

  g_free (self->title);
  g_free (self->description);
  g_ptr_array_unref (self->sources);
  g_hash_table_unref (self->meeting_ids);
  g_hash_table_unref (self->participant_ids);
  g_object_unref (self->meetings);
  g_ptr_array_unref (self->meeting_array);
  convene_search_index_free (self->search_index);
  g_object_unref (self->participants);
  g_object_unref (self->kinds);
  g_ptr_array_unref (self->declared_kinds);
  g_hash_table_unref (self->kind_ids);
  g_clear_object (&self->file);
  g_clear_pointer (&self->index_meetings, g_ptr_array_unref);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_hash_table_unref (self->dirty);

  G_OBJECT_CLASS (convene_dataset_parent_class)->finalize (object);
}

static void
convene_dataset_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConveneDataset *self = CONVENE_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_HAS_SEARCH_INDEX:
      g_value_set_boolean (value, convene_dataset_has_search_index (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_dataset_class_init (ConveneDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = convene_dataset_finalize;
  object_class->get_property = convene_dataset_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HAS_SEARCH_INDEX] =
    g_param_spec_boolean ("has-search-index", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_dataset_init (ConveneDataset *self)
{
  self->sources = convene_source_array_new ();
  self->meetings = g_list_store_new (CONVENE_TYPE_MEETING);
  self->meeting_array = g_ptr_array_new_with_free_func (g_object_unref);
  self->participants = g_list_store_new (CONVENE_TYPE_PARTICIPANT);
  self->meeting_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->participant_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->kinds = g_list_store_new (CONVENE_TYPE_MEETING_KIND);
  self->declared_kinds = g_ptr_array_new_with_free_func (g_object_unref);
  self->kind_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->dirty = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->changed_first = G_MAXUINT;
}

ConveneDataset *
_convene_dataset_new (void)
{
  return g_object_new (CONVENE_TYPE_DATASET, NULL);
}

const char *
convene_dataset_get_title (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return self->title;
}

const char *
convene_dataset_get_description (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return self->description;
}

GPtrArray *
convene_dataset_get_sources (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return self->sources;
}

/* Returns: (transfer none): the meetings, oldest first */
GListModel *
convene_dataset_get_meetings (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->meetings);
}

/* Returns: (transfer none): the participants, in the file's order */
GListModel *
convene_dataset_get_participants (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->participants);
}

/**
 * convene_dataset_get_kinds:
 *
 * The kinds of the dataset's meetings, in the order menus offer them: those
 * the dataset declares ("kinds"), in the file's order, then the others in
 * the order of their first meeting. A declared kind that no meeting has is
 * left out (convene_dataset_lookup_kind() finds it).
 *
 * Returns: (transfer none): a list of ConveneMeetingKind
 */
GListModel *
convene_dataset_get_kinds (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return G_LIST_MODEL (self->kinds);
}

/**
 * convene_dataset_get_declared_kinds:
 *
 * Returns: (transfer none) (element-type ConveneMeetingKind): the kinds the
 *   dataset declares ("kinds"), in the file's order, whether or not a
 *   meeting has them
 */
GPtrArray *
convene_dataset_get_declared_kinds (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return self->declared_kinds;
}

/* Returns: (transfer none) (nullable): the kind of this id, declared or
 * had by a meeting */
ConveneMeetingKind *
convene_dataset_lookup_kind (ConveneDataset *self,
                             const char     *id)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->kind_ids, id) : NULL;
}

guint
convene_dataset_get_n_meetings (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
}

/* The search index: built once, on a thread */

/* Returns: (transfer none) (nullable): the index of the meetings' words, or
 * NULL until convene_dataset_build_search_index() has built it */
ConveneSearchIndex *
convene_dataset_get_search_index (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return g_atomic_pointer_get (&self->search_index);
}

/* The meetings' texts as they were when the build began: an edit replaces a
 * meeting's text (a GRefString) meanwhile, never changes it. */
typedef struct
{
  char **texts;
  gsize *lengths;
  guint n;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  for (guint i = 0; i < snapshot->n; i++)
    g_clear_pointer (&snapshot->texts[i], g_ref_string_release);
  g_free (snapshot->texts);
  g_free (snapshot->lengths);
  g_free (snapshot);
}

static void
build_search_index_thread (GTask        *task,
                           gpointer      source_object,
                           gpointer      task_data,
                           GCancellable *cancellable)
{
  Snapshot *snapshot = task_data;
  ConveneSearchIndex *index;

  index = convene_search_index_new_for_texts ((const char * const *) snapshot->texts,
                                              snapshot->lengths, snapshot->n);
  g_task_return_pointer (task, index, (GDestroyNotify) convene_search_index_free);
}

static void
on_search_index_built_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  ConveneDataset *self = CONVENE_DATASET (object);

  g_atomic_pointer_set (&self->search_index, g_task_propagate_pointer (G_TASK (result), NULL));
  self->building_index = FALSE;
  g_object_notify_by_pspec (object, properties[PROP_HAS_SEARCH_INDEX]);
}

/**
 * convene_dataset_build_search_index:
 *
 * Starts building the index of the meetings' words on a thread, unless it
 * is built or being built; "has-search-index" changes when it is done, in
 * the thread-default main context of this call. Searches meanwhile read the
 * meetings' texts, with the same results.
 */
void
convene_dataset_build_search_index (ConveneDataset *self)
{
  g_autoptr(GTask) task = NULL;
  Snapshot *snapshot;

  g_return_if_fail (CONVENE_IS_DATASET (self));

  if (self->search_index != NULL || self->building_index)
    return;
  self->building_index = TRUE;

  /* edits from now on are told apart from what the index holds */
  snapshot = g_new0 (Snapshot, 1);
  snapshot->n = self->meeting_array->len;
  snapshot->texts = g_new (char *, MAX (snapshot->n, 1));
  snapshot->lengths = g_new (gsize, MAX (snapshot->n, 1));
  for (guint i = 0; i < snapshot->n; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->meeting_array, i);

      snapshot->texts[i] = meeting->search_text != NULL ? g_ref_string_acquire (meeting->search_text) : NULL;
      snapshot->lengths[i] = meeting->search_text != NULL ? meeting->search_len : 0;
    }
  g_clear_pointer (&self->index_meetings, g_ptr_array_unref);
  self->index_meetings = g_ptr_array_new_full (self->meeting_array->len, g_object_unref);
  for (guint i = 0; i < self->meeting_array->len; i++)
    g_ptr_array_add (self->index_meetings, g_object_ref (g_ptr_array_index (self->meeting_array, i)));
  g_hash_table_remove_all (self->dirty);
  self->index_changed = FALSE;

  task = g_task_new (self, NULL, on_search_index_built_cb, NULL);
  g_task_set_source_tag (task, convene_dataset_build_search_index);
  g_task_set_task_data (task, snapshot, (GDestroyNotify) snapshot_free);
  g_task_run_in_thread (task, build_search_index_thread);
}

gboolean
convene_dataset_has_search_index (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), FALSE);
  return g_atomic_pointer_get (&self->search_index) != NULL;
}

guint
convene_dataset_get_n_participants (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->participants));
}

ConveneMeeting *
convene_dataset_lookup_meeting (ConveneDataset *self,
                                const char     *id)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->meeting_ids, id) : NULL;
}

ConveneParticipant *
convene_dataset_lookup_participant (ConveneDataset *self,
                                    const char     *id)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->participant_ids, id) : NULL;
}

/* Returns: (nullable) (transfer none): the file it came from */
GFile *
convene_dataset_get_file (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), NULL);
  return self->file;
}

gboolean
convene_dataset_is_bundled (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), FALSE);
  return self->file != NULL && g_file_has_uri_scheme (self->file, "resource");
}

/* Whether the meeting is one of the dataset's now. */
static inline gboolean
holds_meeting (ConveneDataset *self,
               ConveneMeeting *meeting)
{
  return meeting->position < self->meeting_array->len &&
         g_ptr_array_index (self->meeting_array, meeting->position) == meeting;
}

/**
 * _convene_dataset_select:
 * @selected: (out caller-allocates): CONVENE_MEETING_SET_BLOCKS() blocks
 *   for the dataset's meetings now
 *
 * The meetings whose text has every term of @query, from the search index:
 * when edits changed the meetings since the index was made, the index's
 * meetings are found at their places now and the meetings edited since are
 * read (a cost in the meetings matched and the meetings edited, never in
 * all of them).
 *
 * Returns: FALSE, selecting nothing, when there is no index yet
 */
gboolean
_convene_dataset_select (ConveneDataset     *self,
                         ConveneSearchQuery *query,
                         guint64            *selected)
{
  ConveneSearchIndex *index = convene_dataset_get_search_index (self);
  g_autofree guint64 *found = NULL;
  gsize n_blocks = CONVENE_MEETING_SET_BLOCKS (self->meeting_array->len);
  gsize n_index_blocks;
  GHashTableIter iter;
  gpointer key;

  if (index == NULL)
    return FALSE;
  if (!self->index_changed && g_hash_table_size (self->dirty) == 0)
    {
      convene_search_index_select (index, query, selected);
      return TRUE;
    }

  n_index_blocks = CONVENE_MEETING_SET_BLOCKS (self->index_meetings->len);
  found = g_new (guint64, MAX (n_index_blocks, 1));
  convene_search_index_select (index, query, found);
  memset (selected, 0, n_blocks * sizeof (guint64));
  for (gsize b = 0; b < n_index_blocks; b++)
    for (guint64 bits = found[b]; bits != 0; bits &= bits - 1)
      {
        ConveneMeeting *meeting = g_ptr_array_index (self->index_meetings, b * 64 + __builtin_ctzll (bits));

        if (holds_meeting (self, meeting) && !g_hash_table_contains (self->dirty, meeting))
          convene_meeting_set_add (selected, meeting->position);
      }

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      ConveneMeeting *meeting = key;

      if (holds_meeting (self, meeting) && convene_search_query_matches (query, meeting))
        convene_meeting_set_add (selected, meeting->position);
    }
  return TRUE;
}

/* Editing */

/**
 * convene_dataset_new_empty:
 * @title: the dataset's title
 *
 * Returns: (transfer full): a dataset with no participants and no meetings,
 *   in no file (New Dataset)
 */
ConveneDataset *
convene_dataset_new_empty (const char *title)
{
  ConveneDataset *self = _convene_dataset_new ();

  self->title = g_strdup (title != NULL ? title : "");
  return self;
}

/* Where the dataset is kept from now on: after Save As. */
void
convene_dataset_set_file (ConveneDataset *self,
                          GFile          *file)
{
  g_return_if_fail (CONVENE_IS_DATASET (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* The meeting's position in convene_dataset_get_meetings(), or G_MAXUINT
 * when it is not one of the dataset's meetings (removed by an edit). */
guint
convene_dataset_find_meeting (ConveneDataset *self,
                              ConveneMeeting *meeting)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), G_MAXUINT);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), G_MAXUINT);

  return holds_meeting (self, meeting) ? meeting->position : G_MAXUINT;
}

static void flush_changed (ConveneDataset *self);

static void
mark_dirty (ConveneDataset *self,
            ConveneMeeting *meeting)
{
  if (self->index_meetings != NULL && !g_hash_table_contains (self->dirty, meeting))
    g_hash_table_add (self->dirty, g_object_ref (meeting));
}

/* The kind of this id, made (not declared) when no meeting had it before. */
ConveneMeetingKind *
_convene_dataset_ensure_kind (ConveneDataset *self,
                              const char     *id)
{
  ConveneMeetingKind *kind = g_hash_table_lookup (self->kind_ids, id);

  if (kind == NULL)
    {
      kind = convene_meeting_kind_new (id, NULL);
      g_hash_table_insert (self->kind_ids, (gpointer) convene_meeting_kind_get_id (kind), kind);
    }
  return kind;
}

/* The kinds of the meetings, as the loader lists them (declared first, then
 * the others in the order of their first meeting), told only when they
 * changed: one pass over the meetings, after an edit to a kind or to the
 * meetings' list. */
static void
update_kinds (ConveneDataset *self)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  GListModel *list = G_LIST_MODEL (self->kinds);
  guint n_before = g_list_model_get_n_items (list);
  ConveneMeetingKind *last = NULL;
  gboolean same;

  for (guint i = 0; i < self->meeting_array->len; i++)
    {
      ConveneMeetingKind *kind = ((ConveneMeeting *) g_ptr_array_index (self->meeting_array, i))->meeting_kind;

      if (kind != last && kind != NULL)
        g_hash_table_add (used, kind);
      last = kind;
    }
  for (guint i = 0; i < self->declared_kinds->len; i++)
    if (g_hash_table_contains (used, g_ptr_array_index (self->declared_kinds, i)))
      {
        g_ptr_array_add (kinds, g_ptr_array_index (self->declared_kinds, i));
        g_hash_table_remove (used, g_ptr_array_index (self->declared_kinds, i));
      }
  for (guint i = 0; i < self->meeting_array->len && g_hash_table_size (used) > 0; i++)
    {
      ConveneMeetingKind *kind = ((ConveneMeeting *) g_ptr_array_index (self->meeting_array, i))->meeting_kind;

      if (g_hash_table_remove (used, kind))
        g_ptr_array_add (kinds, kind);
    }

  same = kinds->len == n_before;
  for (guint i = 0; same && i < n_before; i++)
    {
      g_autoptr(GObject) kind = g_list_model_get_item (list, i);

      same = kind == g_ptr_array_index (kinds, i);
    }
  if (!same)
    g_list_store_splice (self->kinds, 0, n_before, kinds->pdata, kinds->len);
}

/* Sets positions from @first on to the meetings' places in meeting_array. */
static void
renumber_meetings (ConveneDataset *self,
                   guint           first,
                   guint           end)
{
  for (guint i = first; i < end && i < self->meeting_array->len; i++)
    ((ConveneMeeting *) g_ptr_array_index (self->meeting_array, i))->position = i;
}

/* Where the meeting goes in date order, among the others. */
static guint
find_place (ConveneDataset *self,
            ConveneMeeting *meeting)
{
  guint low = 0, high = self->meeting_array->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (convene_meeting_compare (g_ptr_array_index (self->meeting_array, mid), meeting) < 0)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static void
take_meeting_out (ConveneDataset *self,
                  ConveneMeeting *meeting)
{
  guint position = meeting->position;
  ConveneMeeting *held;

  flush_changed (self);
  held = g_ptr_array_steal_index (self->meeting_array, position);

  renumber_meetings (self, position, self->meeting_array->len);
  meeting->position = G_MAXUINT;
  self->index_changed = TRUE;
  g_list_store_remove (self->meetings, position);
  g_object_unref (held);
}

static void
put_meeting_in (ConveneDataset *self,
                ConveneMeeting *meeting)
{
  guint position = find_place (self, meeting);

  flush_changed (self);
  g_ptr_array_insert (self->meeting_array, position, g_object_ref (meeting));
  renumber_meetings (self, position, self->meeting_array->len);
  self->index_changed = TRUE;
  mark_dirty (self, meeting);
  g_list_store_insert (self->meetings, position, meeting);
}

/* Whether the field decides the meeting's place in date order */
static gboolean
field_orders (ConveneMeetingField field)
{
  return field == CONVENE_MEETING_FIELD_ID || field == CONVENE_MEETING_FIELD_KIND ||
         field == CONVENE_MEETING_FIELD_NUMBER || field == CONVENE_MEETING_FIELD_DATES;
}

/* Whether the field is in the meeting's search text */
static gboolean
field_searched (ConveneMeetingField field)
{
  switch (field)
    {
    case CONVENE_MEETING_FIELD_TITLE:
    case CONVENE_MEETING_FIELD_CITY:
    case CONVENE_MEETING_FIELD_COUNTRY:
    case CONVENE_MEETING_FIELD_VENUE:
    case CONVENE_MEETING_FIELD_CO_CHAIRS:
    case CONVENE_MEETING_FIELD_ATTENDANCE:
    case CONVENE_MEETING_FIELD_PURPOSE:
    case CONVENE_MEETING_FIELD_OUTCOMES:
    case CONVENE_MEETING_FIELD_NOTES:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Tells the meetings changed in place and not yet told. */
static void
flush_changed (ConveneDataset *self)
{
  guint first = self->changed_first;

  if (first == G_MAXUINT)
    return;
  self->changed_first = G_MAXUINT;
  /* the store holds the same meetings: it is only said */
  g_list_model_items_changed (G_LIST_MODEL (self->meetings), first, self->changed_last - first + 1,
                              self->changed_last - first + 1);
}

/* Says that the meetings from first to last (positions) changed in place:
 * at once, or at the end of the changes begun. */
static void
tell_changed (ConveneDataset *self,
              guint           first,
              guint           last)
{
  if (self->changed_first == G_MAXUINT)
    {
      self->changed_first = first;
      self->changed_last = last;
    }
  else
    {
      self->changed_first = MIN (self->changed_first, first);
      self->changed_last = MAX (self->changed_last, last);
    }
  if (self->changes_depth == 0)
    flush_changed (self);
}

/**
 * _convene_dataset_begin_changes:
 *
 * Until the matching _convene_dataset_end_changes(), the meetings changed
 * in place are told together, in one "items-changed" from the first to the
 * last of them, at the end: a step that changes a thousand meetings (Delete
 * Participant takes it out of each one's attendance) is followed by views
 * once, not a thousand times. A meeting added, removed or moved is told at
 * once, after those changed before it.
 */
void
_convene_dataset_begin_changes (ConveneDataset *self)
{
  self->changes_depth++;
}

void
_convene_dataset_end_changes (ConveneDataset *self)
{
  g_return_if_fail (self->changes_depth > 0);

  if (--self->changes_depth == 0)
    flush_changed (self);
}

/**
 * _convene_dataset_swap_meeting_field:
 *
 * Swaps one field of a meeting of the dataset with @value (see
 * _convene_meeting_swap()): the meeting moves to its place in date order
 * when the field decides it ("items-changed" for its removal, then for its
 * insertion), or else is said to have changed in place (one
 * "items-changed" of one item for one); the meeting then notifies its
 * properties.
 */
void
_convene_dataset_swap_meeting_field (ConveneDataset      *self,
                                     ConveneMeeting      *meeting,
                                     ConveneMeetingField  field,
                                     ConveneMeetingValue *value)
{
  gboolean held = holds_meeting (self, meeting);

  if (field == CONVENE_MEETING_FIELD_ID && held &&
      g_hash_table_lookup (self->meeting_ids, meeting->id) == meeting)
    g_hash_table_remove (self->meeting_ids, meeting->id);

  _convene_meeting_swap (meeting, field, value);

  if (field == CONVENE_MEETING_FIELD_ID && held && meeting->id != NULL &&
      !g_hash_table_contains (self->meeting_ids, meeting->id))
    g_hash_table_insert (self->meeting_ids, meeting->id, meeting);
  if (field == CONVENE_MEETING_FIELD_ID && held && value->text != NULL &&
      !g_hash_table_contains (self->meeting_ids, value->text))
    {
      /* another meeting with the old id (a duplicate) takes it back */
      for (guint i = 0; i < self->meeting_array->len; i++)
        {
          ConveneMeeting *other = g_ptr_array_index (self->meeting_array, i);

          if (g_strcmp0 (other->id, value->text) == 0)
            {
              g_hash_table_insert (self->meeting_ids, other->id, other);
              break;
            }
        }
    }

  if (held)
    {
      guint position = meeting->position;
      gboolean in_place = TRUE;

      if (field_searched (field))
        mark_dirty (self, meeting);
      if (field_orders (field))
        {
          gboolean after_previous = position == 0 ||
            convene_meeting_compare (g_ptr_array_index (self->meeting_array, position - 1), meeting) <= 0;
          gboolean before_next = position + 1 == self->meeting_array->len ||
            convene_meeting_compare (meeting, g_ptr_array_index (self->meeting_array, position + 1)) <= 0;

          in_place = after_previous && before_next;
        }
      if (in_place)
        tell_changed (self, position, position);
      else
        {
          g_object_ref (meeting);
          take_meeting_out (self, meeting);
          put_meeting_in (self, meeting);
          g_object_unref (meeting);
        }
      if (field == CONVENE_MEETING_FIELD_KIND)
        update_kinds (self);
    }
  _convene_meeting_notify (meeting, field);
}

/* Adds a meeting, at its place in date order. */
void
_convene_dataset_add_meeting (ConveneDataset *self,
                              ConveneMeeting *meeting)
{
  g_return_if_fail (!holds_meeting (self, meeting));

  if (meeting->id != NULL && !g_hash_table_contains (self->meeting_ids, meeting->id))
    g_hash_table_insert (self->meeting_ids, meeting->id, meeting);
  put_meeting_in (self, meeting);
  update_kinds (self);
}

void
_convene_dataset_remove_meeting (ConveneDataset *self,
                                 ConveneMeeting *meeting)
{
  g_return_if_fail (holds_meeting (self, meeting));

  g_object_ref (meeting);
  take_meeting_out (self, meeting);
  if (meeting->id != NULL && g_hash_table_lookup (self->meeting_ids, meeting->id) == meeting)
    {
      g_hash_table_remove (self->meeting_ids, meeting->id);
      for (guint i = 0; i < self->meeting_array->len; i++)
        {
          ConveneMeeting *other = g_ptr_array_index (self->meeting_array, i);

          if (g_strcmp0 (other->id, meeting->id) == 0)
            {
              g_hash_table_insert (self->meeting_ids, other->id, other);
              break;
            }
        }
    }
  update_kinds (self);
  g_object_unref (meeting);
}

static gboolean
refers_to (ConveneMeeting     *meeting,
           ConveneParticipant *participant)
{
  if (meeting->country == participant)
    return TRUE;
  if (meeting->attendance == NULL || !_convene_meeting_may_attend (meeting, participant))
    return FALSE;
  for (guint i = 0; i < meeting->attendance->len; i++)
    if (((ConveneAttendance *) g_ptr_array_index (meeting->attendance, i))->participant == participant)
      return TRUE;
  return FALSE;
}

static void
renumber_participants (ConveneDataset *self,
                       guint           first)
{
  GListModel *list = G_LIST_MODEL (self->participants);
  guint n = g_list_model_get_n_items (list);

  for (guint i = first; i < n; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (list, i);

      participant->index = i;
    }
}

/**
 * _convene_dataset_swap_participant_field:
 *
 * Swaps one field of a participant; the meetings that name it (attendance
 * or host country) have their search texts made anew and are said to have
 * changed, in one "items-changed" from the first to the last of them.
 */
void
_convene_dataset_swap_participant_field (ConveneDataset          *self,
                                         ConveneParticipant      *participant,
                                         ConveneParticipantField  field,
                                         ConveneParticipantValue *value)
{
  guint first = G_MAXUINT, last = 0;

  _convene_participant_swap (participant, field, value);
  for (guint i = 0; i < self->meeting_array->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->meeting_array, i);

      if (!refers_to (meeting, participant))
        continue;
      _convene_meeting_refold_people (meeting);
      mark_dirty (self, meeting);
      first = MIN (first, i);
      last = i;
    }
  if (first != G_MAXUINT)
    tell_changed (self, first, last);
  /* the list holds the same participant: it is only said */
  if (participant->index < g_list_model_get_n_items (G_LIST_MODEL (self->participants)))
    g_list_model_items_changed (G_LIST_MODEL (self->participants), participant->index, 1, 1);
}

/* Puts a participant (not referred to by any meeting) at @index of the list. */
void
_convene_dataset_insert_participant (ConveneDataset     *self,
                                     ConveneParticipant *participant,
                                     guint               index)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));

  index = MIN (index, n);
  if (!g_hash_table_contains (self->participant_ids, participant->id))
    g_hash_table_insert (self->participant_ids, (gpointer) participant->id, participant);
  participant->index = index;
  g_list_store_insert (self->participants, index, participant);
  renumber_participants (self, index + 1);
}

/* Takes a participant that no meeting refers to out of the list. */
void
_convene_dataset_remove_participant (ConveneDataset     *self,
                                     ConveneParticipant *participant)
{
  guint index = participant->index;

  g_object_ref (participant);
  if (g_hash_table_lookup (self->participant_ids, participant->id) == participant)
    g_hash_table_remove (self->participant_ids, participant->id);
  g_list_store_remove (self->participants, index);
  renumber_participants (self, index);
  participant->index = G_MAXUINT;
  g_object_unref (participant);
}

void
_convene_dataset_swap_text (ConveneDataset       *self,
                            ConveneDatasetField   field,
                            char                **text)
{
  char **slot = field == CONVENE_DATASET_FIELD_TITLE ? &self->title : &self->description;
  char *held = *slot;

  *slot = *text;
  *text = held;
  g_object_notify_by_pspec (G_OBJECT (self),
                            properties[field == CONVENE_DATASET_FIELD_TITLE ? PROP_TITLE : PROP_DESCRIPTION]);
}

void
_convene_dataset_swap_sources (ConveneDataset  *self,
                               GPtrArray      **sources)
{
  GPtrArray *held = self->sources;

  self->sources = *sources;
  *sources = held;
  if (self->sources == NULL)
    self->sources = convene_source_array_new ();
}
