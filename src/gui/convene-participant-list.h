/* convene-participant-list.h: the Participants page's list, searched as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-participant.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PARTICIPANT_LIST (convene_participant_list_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipantList, convene_participant_list,
                      CONVENE, PARTICIPANT_LIST, GtkWidget)

void                convene_participant_list_set_participants (ConveneParticipantList *self,
                                                               GListModel             *participants);
ConveneParticipant *convene_participant_list_get_selected     (ConveneParticipantList *self);
void                convene_participant_list_select           (ConveneParticipantList *self,
                                                               ConveneParticipant     *participant);

G_END_DECLS
