/* convene-participant-add-edit.h: an edit that adds a participant, or removes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PARTICIPANT_ADD_EDIT (convene_participant_add_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipantAddEdit, convene_participant_add_edit, CONVENE, PARTICIPANT_ADD_EDIT, ConveneEdit)

ConveneEdit *convene_participant_add_edit_new (ConveneDataset     *dataset,
                                               ConveneParticipant *participant,
                                               guint               index,
                                               gboolean            remove);

G_END_DECLS
