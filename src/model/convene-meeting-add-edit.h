/* convene-meeting-add-edit.h: an edit that adds a meeting, or removes one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_ADD_EDIT (convene_meeting_add_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingAddEdit, convene_meeting_add_edit, CONVENE, MEETING_ADD_EDIT, ConveneEdit)

ConveneEdit    *convene_meeting_add_edit_new         (ConveneDataset        *dataset,
                                                      ConveneMeeting        *meeting,
                                                      gboolean               remove);
ConveneMeeting *convene_meeting_add_edit_get_meeting (ConveneMeetingAddEdit *self);
gboolean        convene_meeting_add_edit_get_remove  (ConveneMeetingAddEdit *self);

G_END_DECLS
