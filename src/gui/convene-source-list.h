/* convene-source-list.h: a meeting's sources, in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_SOURCE_LIST (convene_source_list_get_type ())
G_DECLARE_FINAL_TYPE (ConveneSourceList, convene_source_list, CONVENE, SOURCE_LIST, AdwPreferencesGroup)

void convene_source_list_set_meeting (ConveneSourceList *self,
                                  ConveneDocument *document,
                                  ConveneMeeting  *meeting);
void convene_source_list_sync        (ConveneSourceList *self);

G_END_DECLS
