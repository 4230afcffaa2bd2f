/* convene-attendance-remove-edit.c: one participant taken out of the attendance of many meetings
 *
 * Delete Participant's first part, as one edit however many meetings name
 * the participant (a thousand, at 10,000 meetings). Each meeting's list
 * loses its entry in place: the edit keeps the entry and its index, and
 * undoing puts the very entry back where it was, so neither way copies a
 * list. Each meeting is then told changed through the dataset (its digest,
 * its search text, its serial for the matrix), swapping the list with
 * itself; the document holds the dataset's changes meanwhile, so views
 * learn of the whole step once.
 *
 * Every other edit replaces a list, never changes it: statistics keep the
 * lists they counted to compare them with the new ones
 * (convene-statistics-following.c). A list changed in place is safe here
 * only because the one participant it loses is the participant deleted
 * (undone, the participant comes back, and statistics find its meetings
 * afresh); test-incremental's random edits check it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-attendance-remove-edit.h"
#include "convene-dataset-private.h"
#include "convene-meeting-private.h"
#include "convene-record.h"

typedef struct
{
  ConveneMeeting *meeting;
  guint index;                 /* of the entry in the meeting's attendance */
  ConveneAttendance *entry;    /* owned while the edit is applied */
} Removal;

struct _ConveneAttendanceRemoveEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  GArray *removals;            /* of Removal, in the dataset's meeting order */
};

G_DEFINE_FINAL_TYPE (ConveneAttendanceRemoveEdit, convene_attendance_remove_edit, CONVENE_TYPE_EDIT)

/* The meeting's attendance changed in place: the dataset says so. */
static void
tell_changed (ConveneAttendanceRemoveEdit *self,
              ConveneMeeting              *meeting)
{
  ConveneMeetingValue value = { 0 };

  value.array = meeting->attendance;
  _convene_dataset_swap_meeting_field (self->dataset, meeting, CONVENE_MEETING_FIELD_ATTENDANCE, &value);
  g_assert (value.array == meeting->attendance);
}

static void
convene_attendance_remove_edit_apply (ConveneEdit *edit)
{
  ConveneAttendanceRemoveEdit *self = CONVENE_ATTENDANCE_REMOVE_EDIT (edit);

  _convene_dataset_begin_changes (self->dataset);
  for (guint i = 0; i < self->removals->len; i++)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i);

      removal->entry = g_ptr_array_steal_index (removal->meeting->attendance, removal->index);
      tell_changed (self, removal->meeting);
    }
  _convene_dataset_end_changes (self->dataset);
}

static void
convene_attendance_remove_edit_revert (ConveneEdit *edit)
{
  ConveneAttendanceRemoveEdit *self = CONVENE_ATTENDANCE_REMOVE_EDIT (edit);

  _convene_dataset_begin_changes (self->dataset);
  for (guint i = self->removals->len; i-- > 0;)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i);

      g_ptr_array_insert (removal->meeting->attendance, removal->index, g_steal_pointer (&removal->entry));
      tell_changed (self, removal->meeting);
    }
  _convene_dataset_end_changes (self->dataset);
}

static void
convene_attendance_remove_edit_finalize (GObject *object)
{
  ConveneAttendanceRemoveEdit *self = CONVENE_ATTENDANCE_REMOVE_EDIT (object);

  for (guint i = 0; i < self->removals->len; i++)
    {
      Removal *removal = &g_array_index (self->removals, Removal, i);

      g_clear_pointer (&removal->entry, convene_attendance_free);
      g_object_unref (removal->meeting);
    }
  g_array_unref (self->removals);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_attendance_remove_edit_parent_class)->finalize (object);
}

static void
convene_attendance_remove_edit_class_init (ConveneAttendanceRemoveEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_attendance_remove_edit_finalize;
  edit_class->apply = convene_attendance_remove_edit_apply;
  edit_class->revert = convene_attendance_remove_edit_revert;
}

static void
convene_attendance_remove_edit_init (ConveneAttendanceRemoveEdit *self)
{
}

/**
 * convene_attendance_remove_edit_new:
 *
 * Returns: (transfer full) (nullable): the edit, not yet applied, that
 *   takes @participant out of the attendance of every meeting that lists
 *   it; NULL when none does
 */
ConveneEdit *
convene_attendance_remove_edit_new (ConveneDataset     *dataset,
                                    ConveneParticipant *participant)
{
  ConveneAttendanceRemoveEdit *self;
  GArray *removals;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);

  removals = g_array_new (FALSE, FALSE, sizeof (Removal));
  for (guint i = 0; i < dataset->meeting_array->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (dataset->meeting_array, i);

      if (meeting->attendance == NULL || !_convene_meeting_may_attend (meeting, participant))
        continue;
      for (guint j = 0; j < meeting->attendance->len; j++)
        if (((ConveneAttendance *) g_ptr_array_index (meeting->attendance, j))->participant == participant)
          {
            Removal removal = { g_object_ref (meeting), j, NULL };

            g_array_append_val (removals, removal);
            break;
          }
    }
  if (removals->len == 0)
    {
      g_array_unref (removals);
      return NULL;
    }

  self = g_object_new (CONVENE_TYPE_ATTENDANCE_REMOVE_EDIT, NULL);
  self->dataset = g_object_ref (dataset);
  self->removals = removals;
  return CONVENE_EDIT (self);
}
