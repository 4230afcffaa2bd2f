/* convene-meeting-filter.h: which meetings a search and filters leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "convene-meeting.h"
#include "convene-search.h"

G_BEGIN_DECLS

/* How a change alters what matches, so that views can re-check only what
 * they must (typing more of a word only removes matches). */
typedef enum
{
  CONVENE_FILTER_CHANGE_DIFFERENT,
  CONVENE_FILTER_CHANGE_MORE_STRICT,
  CONVENE_FILTER_CHANGE_LESS_STRICT,
} ConveneFilterChange;

#define CONVENE_TYPE_MEETING_FILTER (convene_meeting_filter_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingFilter, convene_meeting_filter, CONVENE, MEETING_FILTER, GObject)

ConveneMeetingFilter *convene_meeting_filter_new             (void);
const char           *convene_meeting_filter_get_query       (ConveneMeetingFilter *self);
void                  convene_meeting_filter_set_query       (ConveneMeetingFilter *self,
                                                              const char           *query);
const char           *convene_meeting_filter_get_kind        (ConveneMeetingFilter *self);
void                  convene_meeting_filter_set_kind        (ConveneMeetingFilter *self,
                                                              const char           *kind);
ConveneParticipant   *convene_meeting_filter_get_participant (ConveneMeetingFilter *self);
void                  convene_meeting_filter_set_participant (ConveneMeetingFilter *self,
                                                              ConveneParticipant   *participant);
void                  convene_meeting_filter_set_years       (ConveneMeetingFilter *self,
                                                              guint                 first,
                                                              guint                 last);
void                  convene_meeting_filter_get_years       (ConveneMeetingFilter *self,
                                                              guint                *first,
                                                              guint                *last);
gboolean              convene_meeting_filter_is_active       (ConveneMeetingFilter *self);
gboolean              convene_meeting_filter_has_filters     (ConveneMeetingFilter *self);
void                  convene_meeting_filter_reset           (ConveneMeetingFilter *self);
gboolean              convene_meeting_filter_matches         (ConveneMeetingFilter *self,
                                                              ConveneMeeting       *meeting);
gboolean              convene_meeting_filter_matches_filters (ConveneMeetingFilter *self,
                                                              ConveneMeeting       *meeting);
ConveneSearchQuery   *convene_meeting_filter_get_search_query (ConveneMeetingFilter *self);

G_END_DECLS
