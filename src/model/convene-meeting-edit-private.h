/* convene-meeting-edit-private.h: for ConveneDocument, which makes meeting edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-meeting-edit.h"
#include "convene-meeting-private.h"

G_BEGIN_DECLS

ConveneEdit *_convene_meeting_edit_new (ConveneDataset      *dataset,
                                        ConveneMeeting      *meeting,
                                        ConveneMeetingField  field,
                                        ConveneMeetingValue *value,
                                        gboolean             mergeable);

G_END_DECLS
