/* convene-participant-edit.h: an edit to one field of a participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PARTICIPANT_EDIT (convene_participant_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipantEdit, convene_participant_edit, CONVENE, PARTICIPANT_EDIT, ConveneEdit)

ConveneEdit *convene_participant_edit_new_text    (ConveneDataset          *dataset,
                                                   ConveneParticipant      *participant,
                                                   ConveneParticipantField  field,
                                                   const char              *text);
ConveneEdit *convene_participant_edit_new_kind    (ConveneDataset          *dataset,
                                                   ConveneParticipant      *participant,
                                                   ConveneParticipantKind   kind);
ConveneEdit *convene_participant_edit_new_aliases (ConveneDataset          *dataset,
                                                   ConveneParticipant      *participant,
                                                   const char * const      *aliases);

G_END_DECLS
