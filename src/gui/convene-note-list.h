/* convene-note-list.h: a meeting's notes, in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_NOTE_LIST (convene_note_list_get_type ())
G_DECLARE_FINAL_TYPE (ConveneNoteList, convene_note_list, CONVENE, NOTE_LIST, AdwPreferencesGroup)

void convene_note_list_set_meeting (ConveneNoteList *self,
                                  ConveneDocument *document,
                                  ConveneMeeting  *meeting);
void convene_note_list_sync        (ConveneNoteList *self);

G_END_DECLS
