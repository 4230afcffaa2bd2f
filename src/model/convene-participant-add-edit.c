/* convene-participant-add-edit.c: an edit that adds a participant, or removes one
 *
 * Only a participant that no meeting refers to is removed: ConveneDocument
 * first removes its attendance and its place as a host, in the same step.
 * Undoing puts it back at the place it had in the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-private.h"
#include "convene-participant-add-edit.h"

struct _ConveneParticipantAddEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  ConveneParticipant *participant;
  guint index;
  gboolean remove;
};

G_DEFINE_FINAL_TYPE (ConveneParticipantAddEdit, convene_participant_add_edit, CONVENE_TYPE_EDIT)

static void
set_present (ConveneParticipantAddEdit *self,
             gboolean                   present)
{
  if (present)
    _convene_dataset_insert_participant (self->dataset, self->participant, self->index);
  else
    _convene_dataset_remove_participant (self->dataset, self->participant);
}

static void
convene_participant_add_edit_apply (ConveneEdit *edit)
{
  ConveneParticipantAddEdit *self = CONVENE_PARTICIPANT_ADD_EDIT (edit);

  set_present (self, !self->remove);
}

static void
convene_participant_add_edit_revert (ConveneEdit *edit)
{
  ConveneParticipantAddEdit *self = CONVENE_PARTICIPANT_ADD_EDIT (edit);

  set_present (self, self->remove);
}

static void
convene_participant_add_edit_finalize (GObject *object)
{
  ConveneParticipantAddEdit *self = CONVENE_PARTICIPANT_ADD_EDIT (object);

  g_object_unref (self->participant);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_participant_add_edit_parent_class)->finalize (object);
}

static void
convene_participant_add_edit_class_init (ConveneParticipantAddEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_participant_add_edit_finalize;
  edit_class->apply = convene_participant_add_edit_apply;
  edit_class->revert = convene_participant_add_edit_revert;
}

static void
convene_participant_add_edit_init (ConveneParticipantAddEdit *self)
{
}

/**
 * convene_participant_add_edit_new:
 * @index: where to add it in the list; ignored when removing
 *
 * Returns: (transfer full): the edit, not yet applied
 */
ConveneEdit *
convene_participant_add_edit_new (ConveneDataset     *dataset,
                                  ConveneParticipant *participant,
                                  guint               index,
                                  gboolean            remove)
{
  ConveneParticipantAddEdit *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (CONVENE_TYPE_PARTICIPANT_ADD_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->participant = g_object_ref (participant);
  self->remove = remove;
  self->index = remove ? participant->index : index;
  return CONVENE_EDIT (self);
}
