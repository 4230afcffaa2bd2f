/* convene-participants-view.h: the Participants page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-dataset.h"
#include "convene-print-layout.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_PARTICIPANTS_VIEW (convene_participants_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipantsView, convene_participants_view,
                      CONVENE, PARTICIPANTS_VIEW, GtkWidget)

ConveneDataset     *convene_participants_view_get_dataset     (ConveneParticipantsView *self);
void                convene_participants_view_set_dataset     (ConveneParticipantsView *self,
                                                               ConveneDataset          *dataset);
ConveneParticipant *convene_participants_view_get_participant (ConveneParticipantsView *self);
void                convene_participants_view_show_participant (ConveneParticipantsView *self,
                                                               ConveneParticipant      *participant);
ConvenePrintLayout *convene_participants_view_create_print_layout (ConveneParticipantsView *self,
                                                                   ConveneParticipant      *participant);

G_END_DECLS
