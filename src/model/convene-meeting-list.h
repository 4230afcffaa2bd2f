/* convene-meeting-list.h: the meetings a filter leaves, in date order
 *
 * A GListModel of a dataset's ConveneMeetings: those its ConveneMeetingFilter
 * matches, oldest or newest first. It follows the filter's "changed" signal
 * itself, and says what changed with one "items-changed" for the span
 * between the first and the last meeting added or removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"
#include "convene-meeting-filter.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_LIST (convene_meeting_list_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingList, convene_meeting_list, CONVENE, MEETING_LIST, GObject)

ConveneMeetingList   *convene_meeting_list_new              (ConveneMeetingFilter *filter);
ConveneMeetingFilter *convene_meeting_list_get_filter       (ConveneMeetingList   *self);
ConveneDataset       *convene_meeting_list_get_dataset      (ConveneMeetingList   *self);
void                  convene_meeting_list_set_dataset      (ConveneMeetingList   *self,
                                                             ConveneDataset       *dataset);
gboolean              convene_meeting_list_get_newest_first (ConveneMeetingList   *self);
void                  convene_meeting_list_set_newest_first (ConveneMeetingList   *self,
                                                             gboolean              newest_first);
gboolean              convene_meeting_list_find             (ConveneMeetingList   *self,
                                                             ConveneMeeting       *meeting,
                                                             guint                *position);

G_END_DECLS
