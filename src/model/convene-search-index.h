/* convene-search-index.h: which meetings hold each word of the dataset
 *
 * A query's terms never hold a space or a line break, and neither do the
 * words of a folded text (the runs between them): a term is in a meeting's
 * text if and only if it is in one of its words. So the meetings a term
 * matches are the meetings of the words that contain it, found by reading
 * the dataset's distinct words once rather than every meeting's text.
 *
 * Sets of meetings are bit sets: bit i is the meeting at position i of the
 * dataset's date order, in guint64 blocks (CONVENE_MEETING_SET_BLOCKS).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-meeting.h"
#include "convene-search.h"

G_BEGIN_DECLS

#define CONVENE_MEETING_SET_BLOCKS(n_meetings) (((gsize) (n_meetings) + 63) / 64)

static inline void
convene_meeting_set_add (guint64 *set,
                         guint    position)
{
  set[position / 64] |= G_GUINT64_CONSTANT (1) << (position % 64);
}

static inline void
convene_meeting_set_remove (guint64 *set,
                            guint    position)
{
  set[position / 64] &= ~(G_GUINT64_CONSTANT (1) << (position % 64));
}

static inline gboolean
convene_meeting_set_contains (const guint64 *set,
                              guint          position)
{
  return (set[position / 64] >> (position % 64)) & 1;
}

void                convene_meeting_set_fill            (guint64                *set,
                                                         guint                   n_meetings);

typedef struct _ConveneSearchIndex ConveneSearchIndex;

ConveneSearchIndex *convene_search_index_new            (ConveneMeeting * const *meetings,
                                                         guint                   n_meetings);
ConveneSearchIndex *convene_search_index_new_for_texts  (const char * const     *texts,
                                                         const gsize            *lengths,
                                                         guint                   n_meetings);
void                convene_search_index_free           (ConveneSearchIndex     *index);
guint               convene_search_index_get_n_meetings (ConveneSearchIndex     *index);
guint               convene_search_index_get_n_words    (ConveneSearchIndex     *index);
gsize               convene_search_index_get_size       (ConveneSearchIndex     *index);
void                convene_search_index_select         (ConveneSearchIndex     *index,
                                                         ConveneSearchQuery     *query,
                                                         guint64                *selected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneSearchIndex, convene_search_index_free)

G_END_DECLS
