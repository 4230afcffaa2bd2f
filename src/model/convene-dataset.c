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
  g_object_unref (self->participants);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_dataset_init (ConveneDataset *self)
{
  self->sources = convene_source_array_new ();
  self->meetings = g_list_store_new (CONVENE_TYPE_MEETING);
  self->participants = g_list_store_new (CONVENE_TYPE_PARTICIPANT);
  self->meeting_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->participant_ids = g_hash_table_new (g_str_hash, g_str_equal);
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

guint
convene_dataset_get_n_meetings (ConveneDataset *self)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
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
