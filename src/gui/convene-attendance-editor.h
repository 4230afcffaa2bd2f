/* convene-attendance-editor.h: who attended a meeting, in the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-document.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_ATTENDANCE_EDITOR (convene_attendance_editor_get_type ())
G_DECLARE_FINAL_TYPE (ConveneAttendanceEditor, convene_attendance_editor, CONVENE, ATTENDANCE_EDITOR,
                      AdwPreferencesGroup)

void convene_attendance_editor_set_meeting (ConveneAttendanceEditor *self,
                                            ConveneDocument         *document,
                                            ConveneMeeting          *meeting);
void convene_attendance_editor_sync        (ConveneAttendanceEditor *self);

G_END_DECLS
