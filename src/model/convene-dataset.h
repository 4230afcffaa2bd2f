/* convene-dataset.h: a whole record of meetings and their participants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-meeting.h"
#include "convene-participant.h"

G_BEGIN_DECLS

/* The dataset's own texts, for edits */
typedef enum
{
  CONVENE_DATASET_FIELD_TITLE,
  CONVENE_DATASET_FIELD_DESCRIPTION,
} ConveneDatasetField;

#define CONVENE_TYPE_DATASET (convene_dataset_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDataset, convene_dataset, CONVENE, DATASET, GObject)

ConveneDataset     *convene_dataset_new_empty          (const char     *title);
const char         *convene_dataset_get_title          (ConveneDataset *self);
const char         *convene_dataset_get_description    (ConveneDataset *self);
GPtrArray          *convene_dataset_get_sources        (ConveneDataset *self);
GListModel         *convene_dataset_get_meetings       (ConveneDataset *self);
GListModel         *convene_dataset_get_participants   (ConveneDataset *self);
GListModel         *convene_dataset_get_kinds          (ConveneDataset *self);
GPtrArray          *convene_dataset_get_declared_kinds (ConveneDataset *self);
ConveneMeetingKind *convene_dataset_lookup_kind        (ConveneDataset *self,
                                                        const char     *id);
guint               convene_dataset_get_n_meetings     (ConveneDataset *self);
guint               convene_dataset_get_n_participants (ConveneDataset *self);
ConveneMeeting     *convene_dataset_lookup_meeting     (ConveneDataset *self,
                                                        const char     *id);
ConveneParticipant *convene_dataset_lookup_participant (ConveneDataset *self,
                                                        const char     *id);
GFile              *convene_dataset_get_file           (ConveneDataset *self);
gboolean            convene_dataset_is_bundled         (ConveneDataset *self);
void                convene_dataset_set_file           (ConveneDataset *self,
                                                        GFile          *file);
guint               convene_dataset_find_meeting       (ConveneDataset *self,
                                                        ConveneMeeting *meeting);
void                convene_dataset_build_search_index (ConveneDataset *self);
gboolean            convene_dataset_has_search_index   (ConveneDataset *self);

G_END_DECLS
