/* convene-meeting-edit.h: an edit to one field of a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_EDIT (convene_meeting_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingEdit, convene_meeting_edit, CONVENE, MEETING_EDIT, ConveneEdit)

ConveneMeetingField  convene_meeting_edit_get_field   (ConveneMeetingEdit *self);
ConveneMeeting      *convene_meeting_edit_get_meeting (ConveneMeetingEdit *self);

G_END_DECLS
