/* convene-dataset-private.h: for the loader, which fills a dataset in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-search-index.h"

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
};

ConveneDataset     *_convene_dataset_new              (void);
ConveneSearchIndex *convene_dataset_get_search_index (ConveneDataset *self);

G_END_DECLS
