/* convene-meeting-editor.h: the detail pane in edit mode, one meeting's fields as rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-dataset.h"
#include "convene-document.h"
#include "convene-meeting.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_EDITOR (convene_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingEditor, convene_meeting_editor, CONVENE, MEETING_EDITOR, GtkWidget)

GtkWidget       *convene_meeting_editor_new          (void);
ConveneDocument *convene_meeting_editor_get_document (ConveneMeetingEditor *self);
void             convene_meeting_editor_set_document (ConveneMeetingEditor *self,
                                                      ConveneDocument      *document);
ConveneMeeting  *convene_meeting_editor_get_meeting  (ConveneMeetingEditor *self);
void             convene_meeting_editor_set_meeting  (ConveneMeetingEditor *self,
                                                      ConveneMeeting       *meeting);
gboolean         convene_meeting_editor_is_valid     (ConveneMeetingEditor *self);

G_END_DECLS
