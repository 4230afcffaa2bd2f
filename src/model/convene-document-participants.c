/* convene-document-participants.c: the commands on participants
 *
 * New Participant (an id of its own, or refused), its names, kind and
 * aliases (each an edit through the document, convene-document.c), and
 * Delete Participant: its attendance and its place as a host taken out of
 * every meeting that names it, then the participant, as one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "convene-attendance-remove-edit.h"
#include "convene-document-private.h"
#include "convene-participant-add-edit.h"
#include "convene-participant-edit.h"

/* Participants */

/**
 * convene_document_add_participant:
 * @id: its id: for a country or territory, its ISO 3166 code
 *
 * Returns: (transfer none) (nullable): the participant, last of the list;
 *   NULL with @error set when the id is empty or taken
 */
ConveneParticipant *
convene_document_add_participant (ConveneDocument         *self,
                                  const char              *id,
                                  const char              *name,
                                  ConveneParticipantKind   kind,
                                  GError                 **error)
{
  g_autoptr(ConveneParticipant) participant = NULL;
  guint n;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A participant needs an ID"));
      return NULL;
    }
  if (convene_dataset_lookup_participant (self->dataset, id) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Another participant has the ID “%s”"), id);
      return NULL;
    }

  participant = _convene_participant_new (id);
  participant->name = g_strdup (name != NULL ? name : "");
  participant->kind = kind;
  participant->aliases = g_new0 (char *, 1);
  n = convene_dataset_get_n_participants (self->dataset);
  _convene_document_push_labelled (self, convene_participant_add_edit_new (self->dataset, participant, n, FALSE),
                 _("New Participant"));
  return participant;
}

/* @field: NAME or SHORT_NAME */
void
convene_document_set_participant_text (ConveneDocument         *self,
                                       ConveneParticipant      *participant,
                                       ConveneParticipantField  field,
                                       const char              *text)
{
  const char *now;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  now = field == CONVENE_PARTICIPANT_FIELD_NAME ? participant->name : participant->short_name;
  if (field == CONVENE_PARTICIPANT_FIELD_SHORT_NAME && text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (now, field == CONVENE_PARTICIPANT_FIELD_NAME && text == NULL ? "" : text) == 0)
    return;
  _convene_document_push_labelled (self, convene_participant_edit_new_text (self->dataset, participant, field, text),
                 field == CONVENE_PARTICIPANT_FIELD_NAME ? _("Rename Participant") : _("Edit Short Name"));
}

void
convene_document_set_participant_kind (ConveneDocument        *self,
                                       ConveneParticipant     *participant,
                                       ConveneParticipantKind  kind)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (participant->kind == kind)
    return;
  _convene_document_push_labelled (self, convene_participant_edit_new_kind (self->dataset, participant, kind),
                 _("Edit Participant Kind"));
}

void
convene_document_set_participant_aliases (ConveneDocument    *self,
                                          ConveneParticipant *participant,
                                          const char * const *aliases)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (g_strv_equal (aliases != NULL ? aliases : none, (const char * const *) participant->aliases))
    return;
  _convene_document_push_labelled (self, convene_participant_edit_new_aliases (self->dataset, participant, aliases),
                 _("Edit Aliases"));
}

static gboolean
meeting_refers_to (ConveneMeeting     *meeting,
                   ConveneParticipant *participant)
{
  if (meeting->country == participant)
    return TRUE;
  return meeting->attendance != NULL && convene_meeting_get_role (meeting, participant) != CONVENE_ROLE_NONE;
}

/* How many meetings name the participant (attendance or host): what
 * Delete Participant would take it out of, for the window to say. */
guint
convene_document_count_participant_uses (ConveneDocument    *self,
                                         ConveneParticipant *participant)
{
  GListModel *meetings;
  guint n, count = 0;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), 0);

  meetings = convene_dataset_get_meetings (self->dataset);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    if (meeting_refers_to (g_ptr_array_index (self->dataset->meeting_array, i), participant))
      count++;
  return count;
}

/**
 * convene_document_remove_participant:
 *
 * Delete Participant: takes it out of the attendance of every meeting and
 * out of every meeting it hosted, then out of the list, as one step.
 */
void
convene_document_remove_participant (ConveneDocument    *self,
                                     ConveneParticipant *participant)
{
  g_autoptr(GPtrArray) hosted = g_ptr_array_new_with_free_func (g_object_unref);
  ConveneEdit *attendance;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));
  g_return_if_fail (convene_dataset_lookup_participant (self->dataset, participant->id) == participant);

  for (guint i = 0; i < self->dataset->meeting_array->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->dataset->meeting_array, i);

      if (meeting->country == participant)
        g_ptr_array_add (hosted, g_object_ref (meeting));
    }

  /* one edit for its attendance, however many meetings list it: an edit a
   * meeting copied each list, and cost over a frame at 10,000 meetings */
  attendance = convene_attendance_remove_edit_new (self->dataset, participant);
  _convene_dataset_begin_changes (self->dataset);
  convene_history_begin_group (self->history, _("Delete Participant"));
  for (guint i = 0; i < hosted->len; i++)
    convene_document_set_meeting_country (self, g_ptr_array_index (hosted, i), NULL);
  if (attendance != NULL)
    _convene_document_push_labelled (self, attendance, _("Delete Participant"));
  _convene_document_push_labelled (self, convene_participant_add_edit_new (self->dataset, participant, 0, TRUE),
                 _("Delete Participant"));
  convene_history_end_group (self->history);
  _convene_dataset_end_changes (self->dataset);
}
