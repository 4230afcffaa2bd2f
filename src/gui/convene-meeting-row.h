/* convene-meeting-row.h: one meeting in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-meeting.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_ROW (convene_meeting_row_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingRow, convene_meeting_row, CONVENE, MEETING_ROW, GtkWidget)

ConveneMeeting *convene_meeting_row_get_meeting (ConveneMeetingRow *self);
void            convene_meeting_row_set_meeting (ConveneMeetingRow *self,
                                                 ConveneMeeting    *meeting);

G_END_DECLS
