/* convene-meeting-edit.c: an edit to one field of a meeting
 *
 * The edit holds the field's other value: the new one before it is
 * applied, the old one after. Applying and reverting are the same swap
 * (_convene_dataset_swap_meeting_field()), so neither copies anything, and
 * redoing gives back the very value that was undone. A list (attendance,
 * outcomes, notes, sources) is one field: an edit to one outcome holds the
 * whole list as it is to be, which costs the list, not the dataset.
 *
 * Typing into a field makes one edit a keystroke; a mergeable edit to the
 * same field of the same meeting, in a burst (convene-history.c), is folded
 * into the one before: that one still holds the value from before the
 * burst, which is all undoing needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-meeting-edit-private.h"

struct _ConveneMeetingEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  ConveneMeeting *meeting;
  ConveneMeetingField field;
  ConveneMeetingValue value;   /* the value the meeting does not hold now */
  gboolean mergeable;
};

G_DEFINE_FINAL_TYPE (ConveneMeetingEdit, convene_meeting_edit, CONVENE_TYPE_EDIT)

static void
convene_meeting_edit_swap (ConveneEdit *edit)
{
  ConveneMeetingEdit *self = CONVENE_MEETING_EDIT (edit);

  _convene_dataset_swap_meeting_field (self->dataset, self->meeting, self->field, &self->value);
}

static gboolean
convene_meeting_edit_merge (ConveneEdit *edit,
                            ConveneEdit *next_edit)
{
  ConveneMeetingEdit *self = CONVENE_MEETING_EDIT (edit);
  ConveneMeetingEdit *next = CONVENE_MEETING_EDIT (next_edit);

  /* self keeps the value from before both */
  return self->mergeable && next->mergeable && self->meeting == next->meeting &&
         self->field == next->field;
}

static void
convene_meeting_edit_finalize (GObject *object)
{
  ConveneMeetingEdit *self = CONVENE_MEETING_EDIT (object);

  _convene_meeting_value_clear (&self->value);
  g_object_unref (self->meeting);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_meeting_edit_parent_class)->finalize (object);
}

static void
convene_meeting_edit_class_init (ConveneMeetingEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_meeting_edit_finalize;
  edit_class->apply = convene_meeting_edit_swap;
  edit_class->revert = convene_meeting_edit_swap;
  edit_class->merge = convene_meeting_edit_merge;
}

static void
convene_meeting_edit_init (ConveneMeetingEdit *self)
{
}

/**
 * _convene_meeting_edit_new:
 * @value: (transfer full): the field's new value; emptied
 * @mergeable: whether a burst of such edits (typing) is one step
 *
 * Returns: (transfer full): the edit, not yet applied
 */
ConveneEdit *
_convene_meeting_edit_new (ConveneDataset      *dataset,
                           ConveneMeeting      *meeting,
                           ConveneMeetingField  field,
                           ConveneMeetingValue *value,
                           gboolean             mergeable)
{
  ConveneMeetingEdit *self = g_object_new (CONVENE_TYPE_MEETING_EDIT, NULL);

  self->dataset = g_object_ref (dataset);
  self->meeting = g_object_ref (meeting);
  self->field = field;
  self->value = *value;
  memset (value, 0, sizeof *value);
  self->mergeable = mergeable;
  return CONVENE_EDIT (self);
}

ConveneMeetingField
convene_meeting_edit_get_field (ConveneMeetingEdit *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_EDIT (self), 0);
  return self->field;
}

/* Returns: (transfer none): the meeting it changes */
ConveneMeeting *
convene_meeting_edit_get_meeting (ConveneMeetingEdit *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_EDIT (self), NULL);
  return self->meeting;
}
