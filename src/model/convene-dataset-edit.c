/* convene-dataset-edit.c: an edit to the dataset's title, description or sources
 *
 * The edit holds the value the dataset does not hold; applying and
 * reverting swap them. Typing the title in a burst is one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-edit.h"
#include "convene-dataset-private.h"

struct _ConveneDatasetEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  gboolean is_sources;
  ConveneDatasetField field;
  char *text;
  GPtrArray *sources;
};

G_DEFINE_FINAL_TYPE (ConveneDatasetEdit, convene_dataset_edit, CONVENE_TYPE_EDIT)

static void
convene_dataset_edit_swap (ConveneEdit *edit)
{
  ConveneDatasetEdit *self = CONVENE_DATASET_EDIT (edit);

  if (self->is_sources)
    _convene_dataset_swap_sources (self->dataset, &self->sources);
  else
    _convene_dataset_swap_text (self->dataset, self->field, &self->text);
}

static gboolean
convene_dataset_edit_merge (ConveneEdit *edit,
                            ConveneEdit *next_edit)
{
  ConveneDatasetEdit *self = CONVENE_DATASET_EDIT (edit);
  ConveneDatasetEdit *next = CONVENE_DATASET_EDIT (next_edit);

  return !self->is_sources && !next->is_sources && self->dataset == next->dataset &&
         self->field == next->field;
}

static void
convene_dataset_edit_finalize (GObject *object)
{
  ConveneDatasetEdit *self = CONVENE_DATASET_EDIT (object);

  g_free (self->text);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_dataset_edit_parent_class)->finalize (object);
}

static void
convene_dataset_edit_class_init (ConveneDatasetEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_dataset_edit_finalize;
  edit_class->apply = convene_dataset_edit_swap;
  edit_class->revert = convene_dataset_edit_swap;
  edit_class->merge = convene_dataset_edit_merge;
}

static void
convene_dataset_edit_init (ConveneDatasetEdit *self)
{
}

/* The title (never NULL) or the description (NULL or empty: none) */
ConveneEdit *
convene_dataset_edit_new_text (ConveneDataset      *dataset,
                               ConveneDatasetField  field,
                               const char          *text)
{
  ConveneDatasetEdit *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->field = field;
  if (field == CONVENE_DATASET_FIELD_TITLE)
    self->text = g_strdup (text != NULL ? text : "");
  else
    self->text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  return CONVENE_EDIT (self);
}

/* @sources: (transfer full): the dataset's sources as they are to be */
ConveneEdit *
convene_dataset_edit_new_sources (ConveneDataset *dataset,
                                  GPtrArray      *sources)
{
  ConveneDatasetEdit *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_DATASET_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->is_sources = TRUE;
  self->sources = sources;
  return CONVENE_EDIT (self);
}
