/* convene-dataset-private.h: for the loader, which fills a dataset in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-search-index.h"
#include "convene-meeting-private.h"
#include "convene-participant-private.h"

G_BEGIN_DECLS

struct _ConveneDataset
{
  GObject parent_instance;

  char *title;
  char *description;        /* nullable */
  GPtrArray *sources;       /* of ConveneSource */
  GListStore *meetings;     /* of ConveneMeeting, in date order */
  GPtrArray *meeting_array; /* the same, for reading without references */
  ConveneSearchIndex *search_index; /* NULL until built; atomic */
  gboolean building_index;
  GListStore *participants; /* of ConveneParticipant, in the file's order */
  GListStore *kinds;        /* of ConveneMeetingKind: those of the meetings, declared ones first */
  GPtrArray *declared_kinds; /* of ConveneMeetingKind, as the file lists them */
  GHashTable *kind_ids;     /* id → ConveneMeetingKind, declared or not; owns them */
  GHashTable *meeting_ids;     /* id → ConveneMeeting, borrowed */
  GHashTable *participant_ids; /* id (the participant's) → ConveneParticipant, borrowed */
  GFile *file;              /* nullable: where it was loaded from */
  GPtrArray *extras;        /* of ConveneExtra: top-level members Convene does not know */

  /* what edits changed since the search index's meetings were taken (see
   * _convene_dataset_select()) */
  GPtrArray *index_meetings; /* of ConveneMeeting: the index's position → meeting */
  GHashTable *dirty;         /* ConveneMeeting whose text changed, or added, since */
  gboolean index_changed;    /* a meeting was added, removed or moved since */

  /* meetings changed in place, told at the end of the step (see
   * _convene_dataset_begin_changes()) */
  guint changes_depth;
  guint changed_first;       /* G_MAXUINT: none */
  guint changed_last;
};

ConveneDataset     *_convene_dataset_new              (void);
ConveneSearchIndex *convene_dataset_get_search_index (ConveneDataset *self);
gboolean            _convene_dataset_select          (ConveneDataset      *self,
                                                      ConveneSearchQuery  *query,
                                                      guint64             *selected);

/* Edits (convene-meeting-edit.c and the like) change a dataset through
 * these, which keep its lists, ids and index in order and tell views. */
ConveneMeetingKind *_convene_dataset_ensure_kind          (ConveneDataset           *self,
                                                           const char               *id);
void                _convene_dataset_swap_meeting_field   (ConveneDataset           *self,
                                                           ConveneMeeting           *meeting,
                                                           ConveneMeetingField       field,
                                                           ConveneMeetingValue      *value);
void                _convene_dataset_add_meeting          (ConveneDataset           *self,
                                                           ConveneMeeting           *meeting);
void                _convene_dataset_remove_meeting       (ConveneDataset           *self,
                                                           ConveneMeeting           *meeting);
void                _convene_dataset_swap_participant_field (ConveneDataset         *self,
                                                           ConveneParticipant       *participant,
                                                           ConveneParticipantField   field,
                                                           ConveneParticipantValue  *value);
void                _convene_dataset_insert_participant   (ConveneDataset           *self,
                                                           ConveneParticipant       *participant,
                                                           guint                     index);
void                _convene_dataset_remove_participant   (ConveneDataset           *self,
                                                           ConveneParticipant       *participant);
void                _convene_dataset_begin_changes        (ConveneDataset           *self);
void                _convene_dataset_end_changes          (ConveneDataset           *self);
void                _convene_dataset_swap_text            (ConveneDataset           *self,
                                                           ConveneDatasetField       field,
                                                           char                    **text);
void                _convene_dataset_swap_sources         (ConveneDataset           *self,
                                                           GPtrArray               **sources);

G_END_DECLS
