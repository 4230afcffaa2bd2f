/* convene-participant-dialog.h: a participant's names and aliases, a new participant, or none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PARTICIPANT_DIALOG (convene_participant_dialog_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipantDialog, convene_participant_dialog, CONVENE, PARTICIPANT_DIALOG, AdwWindow)

GtkWidget *convene_participant_dialog_new (GtkWindow          *parent,
                                           ConveneDocument    *document,
                                           ConveneParticipant *participant);

G_END_DECLS
