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

/* What a folded text holds, in a few bits: which letters and digits, and
 * which pairs of letters, digits and spaces (exactly), and which other pairs
 * of bytes (hashed), so that most texts that cannot match a query are told
 * apart without reading them, and a term of one or two letters needs no
 * reading at all. */
#define CONVENE_SEARCH_SYMBOLS 37     /* a-z, 0-9, space */
#define CONVENE_SEARCH_EXACT_WORDS ((CONVENE_SEARCH_SYMBOLS * CONVENE_SEARCH_SYMBOLS + 63) / 64)
#define CONVENE_SEARCH_HASHED_WORDS 8

typedef struct
{
  guint64 chars;
  guint64 exact[CONVENE_SEARCH_EXACT_WORDS];
  guint64 hashed[CONVENE_SEARCH_HASHED_WORDS];
} ConveneSearchBits;

char               *convene_search_fold               (const char         *text);
char               *convene_search_build_meeting_text (ConveneMeeting     *meeting);
char               *convene_search_fold_meeting_text  (ConveneMeeting     *meeting,
                                                       GString            *scratch);
char               *convene_search_refold_meeting_people (ConveneMeeting *meeting,
                                                        GString        *scratch);
void                convene_search_prepare_participant (ConveneParticipant *participant);

ConveneSearchQuery *convene_search_query_new          (const char         *text);
ConveneSearchQuery *convene_search_query_new_after    (const char         *text,
                                                       ConveneSearchQuery *before);
void                convene_search_query_free         (ConveneSearchQuery *query);
gboolean            convene_search_query_is_empty     (ConveneSearchQuery *query);
guint               convene_search_query_get_n_terms  (ConveneSearchQuery *query);
const char         *convene_search_query_get_term     (ConveneSearchQuery *query,
                                                       guint               i,
                                                       gsize              *len);
gboolean            convene_search_query_matches      (ConveneSearchQuery *query,
                                                       ConveneMeeting     *meeting);
gboolean            convene_search_query_matches_participant (ConveneSearchQuery *query,
                                                              ConveneParticipant *participant);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneSearchQuery, convene_search_query_free)

G_END_DECLS
