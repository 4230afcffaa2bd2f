/* convene-meeting-add-edit.c: an edit that adds a meeting, or removes one
 *
 * The edit holds the meeting itself: undoing a removal puts back the very
 * object, so that a view holding it (the selection) finds it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-private.h"
#include "convene-meeting-add-edit.h"

struct _ConveneMeetingAddEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  ConveneMeeting *meeting;
  gboolean remove;
};

G_DEFINE_FINAL_TYPE (ConveneMeetingAddEdit, convene_meeting_add_edit, CONVENE_TYPE_EDIT)

static void
set_present (ConveneMeetingAddEdit *self,
             gboolean               present)
{
  if (present)
    _convene_dataset_add_meeting (self->dataset, self->meeting);
  else
    _convene_dataset_remove_meeting (self->dataset, self->meeting);
}

static void
convene_meeting_add_edit_apply (ConveneEdit *edit)
{
  ConveneMeetingAddEdit *self = CONVENE_MEETING_ADD_EDIT (edit);

  set_present (self, !self->remove);
}

static void
convene_meeting_add_edit_revert (ConveneEdit *edit)
{
  ConveneMeetingAddEdit *self = CONVENE_MEETING_ADD_EDIT (edit);

  set_present (self, self->remove);
}

static void
convene_meeting_add_edit_finalize (GObject *object)
{
  ConveneMeetingAddEdit *self = CONVENE_MEETING_ADD_EDIT (object);

  g_object_unref (self->meeting);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_meeting_add_edit_parent_class)->finalize (object);
}

static void
convene_meeting_add_edit_class_init (ConveneMeetingAddEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_meeting_add_edit_finalize;
  edit_class->apply = convene_meeting_add_edit_apply;
  edit_class->revert = convene_meeting_add_edit_revert;
}

static void
convene_meeting_add_edit_init (ConveneMeetingAddEdit *self)
{
}

/**
 * convene_meeting_add_edit_new:
 * @meeting: a meeting not in the dataset (to add), or one of its meetings
 *   (to remove)
 * @remove: whether the edit removes the meeting
 *
 * Returns: (transfer full): the edit, not yet applied
 */
ConveneEdit *
convene_meeting_add_edit_new (ConveneDataset *dataset,
                              ConveneMeeting *meeting,
                              gboolean        remove)
{
  ConveneMeetingAddEdit *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  self = g_object_new (CONVENE_TYPE_MEETING_ADD_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->meeting = g_object_ref (meeting);
  self->remove = remove;
  return CONVENE_EDIT (self);
}

/* Returns: (transfer none): the meeting added or removed */
ConveneMeeting *
convene_meeting_add_edit_get_meeting (ConveneMeetingAddEdit *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_ADD_EDIT (self), NULL);
  return self->meeting;
}

gboolean
convene_meeting_add_edit_get_remove (ConveneMeetingAddEdit *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_ADD_EDIT (self), FALSE);
  return self->remove;
}
