/* convene-search.h: case- and accent-insensitive matching of meetings
 *
 * Each meeting's searchable text is folded once, at load; a query is folded
 * once per keystroke and matched with plain substring searches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-meeting.h"

G_BEGIN_DECLS

typedef struct _ConveneSearchQuery ConveneSearchQuery;

char               *convene_search_fold               (const char         *text);
char               *convene_search_build_meeting_text (ConveneMeeting     *meeting);
char               *convene_search_fold_meeting_text  (ConveneMeeting     *meeting,
                                                       GString            *scratch);
void                convene_search_prepare_participant (ConveneParticipant *participant);

ConveneSearchQuery *convene_search_query_new          (const char         *text);
void                convene_search_query_free         (ConveneSearchQuery *query);
gboolean            convene_search_query_is_empty     (ConveneSearchQuery *query);
gboolean            convene_search_query_matches      (ConveneSearchQuery *query,
                                                       ConveneMeeting     *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneSearchQuery, convene_search_query_free)

G_END_DECLS
