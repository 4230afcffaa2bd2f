/* convene-participant-edit.c: an edit to one field of a participant
 *
 * Like a meeting's (convene-meeting-edit.c): the edit holds the value the
 * participant does not hold, and applying and reverting swap them. Typing
 * a name in a burst is one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-private.h"
#include "convene-participant-edit.h"

struct _ConveneParticipantEdit
{
  ConveneEdit parent_instance;

  ConveneDataset *dataset;
  ConveneParticipant *participant;
  ConveneParticipantField field;
  ConveneParticipantValue value;
};

G_DEFINE_FINAL_TYPE (ConveneParticipantEdit, convene_participant_edit, CONVENE_TYPE_EDIT)

static void
convene_participant_edit_swap (ConveneEdit *edit)
{
  ConveneParticipantEdit *self = CONVENE_PARTICIPANT_EDIT (edit);

  _convene_dataset_swap_participant_field (self->dataset, self->participant, self->field, &self->value);
}

static gboolean
convene_participant_edit_merge (ConveneEdit *edit,
                                ConveneEdit *next_edit)
{
  ConveneParticipantEdit *self = CONVENE_PARTICIPANT_EDIT (edit);
  ConveneParticipantEdit *next = CONVENE_PARTICIPANT_EDIT (next_edit);

  return self->participant == next->participant && self->field == next->field &&
         (self->field == CONVENE_PARTICIPANT_FIELD_NAME || self->field == CONVENE_PARTICIPANT_FIELD_SHORT_NAME);
}

static void
convene_participant_edit_finalize (GObject *object)
{
  ConveneParticipantEdit *self = CONVENE_PARTICIPANT_EDIT (object);

  _convene_participant_value_clear (&self->value);
  g_object_unref (self->participant);
  g_object_unref (self->dataset);
  G_OBJECT_CLASS (convene_participant_edit_parent_class)->finalize (object);
}

static void
convene_participant_edit_class_init (ConveneParticipantEditClass *klass)
{
  ConveneEditClass *edit_class = CONVENE_EDIT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = convene_participant_edit_finalize;
  edit_class->apply = convene_participant_edit_swap;
  edit_class->revert = convene_participant_edit_swap;
  edit_class->merge = convene_participant_edit_merge;
}

static void
convene_participant_edit_init (ConveneParticipantEdit *self)
{
}

static ConveneParticipantEdit *
edit_new (ConveneDataset          *dataset,
          ConveneParticipant      *participant,
          ConveneParticipantField  field)
{
  ConveneParticipantEdit *self = g_object_new (CONVENE_TYPE_PARTICIPANT_EDIT, NULL);

  self->dataset = g_object_ref (dataset);
  self->participant = g_object_ref (participant);
  self->field = field;
  return self;
}

/* The name or the short name (NULL or empty: none) */
ConveneEdit *
convene_participant_edit_new_text (ConveneDataset          *dataset,
                                   ConveneParticipant      *participant,
                                   ConveneParticipantField  field,
                                   const char              *text)
{
  ConveneParticipantEdit *self;

  g_return_val_if_fail (field == CONVENE_PARTICIPANT_FIELD_NAME ||
                        field == CONVENE_PARTICIPANT_FIELD_SHORT_NAME, NULL);

  self = edit_new (dataset, participant, field);
  if (field == CONVENE_PARTICIPANT_FIELD_NAME)
    self->value.text = g_strdup (text != NULL ? text : "");
  else
    self->value.text = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  return CONVENE_EDIT (self);
}

ConveneEdit *
convene_participant_edit_new_kind (ConveneDataset         *dataset,
                                   ConveneParticipant     *participant,
                                   ConveneParticipantKind  kind)
{
  ConveneParticipantEdit *self = edit_new (dataset, participant, CONVENE_PARTICIPANT_FIELD_KIND);

  self->value.kind = kind;
  return CONVENE_EDIT (self);
}

ConveneEdit *
convene_participant_edit_new_aliases (ConveneDataset     *dataset,
                                      ConveneParticipant *participant,
                                      const char * const *aliases)
{
  ConveneParticipantEdit *self = edit_new (dataset, participant, CONVENE_PARTICIPANT_FIELD_ALIASES);

  self->value.strv = aliases != NULL ? g_strdupv ((char **) aliases) : g_new0 (char *, 1);
  return CONVENE_EDIT (self);
}
