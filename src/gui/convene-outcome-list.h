/* convene-outcome-list.h: a meeting's outcomes and their items, in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_OUTCOME_LIST (convene_outcome_list_get_type ())
G_DECLARE_FINAL_TYPE (ConveneOutcomeList, convene_outcome_list, CONVENE, OUTCOME_LIST, AdwPreferencesGroup)

void convene_outcome_list_set_meeting (ConveneOutcomeList *self,
                                       ConveneDocument    *document,
                                       ConveneMeeting     *meeting);
void convene_outcome_list_sync        (ConveneOutcomeList *self);

G_END_DECLS
