/* convene-dataset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-private.h"

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

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
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

static void
build_search_index_thread (GTask        *task,
                           gpointer      source_object,
                           gpointer      task_data,
                           GCancellable *cancellable)
{
  ConveneDataset *self = source_object;
  ConveneSearchIndex *index;

  index = convene_search_index_new ((ConveneMeeting * const *) self->meeting_array->pdata,
                                    self->meeting_array->len);
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

  g_return_if_fail (CONVENE_IS_DATASET (self));

  if (self->search_index != NULL || self->building_index)
    return;
  self->building_index = TRUE;
  task = g_task_new (self, NULL, on_search_index_built_cb, NULL);
  g_task_set_source_tag (task, convene_dataset_build_search_index);
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
