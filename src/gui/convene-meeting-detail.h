/* convene-meeting-detail.h: the page that shows one meeting, or a dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-dataset.h"
#include "convene-document.h"
#include "convene-meeting.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_DETAIL (convene_meeting_detail_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingDetail, convene_meeting_detail, CONVENE, MEETING_DETAIL, GtkWidget)

GtkWidget      *convene_meeting_detail_new         (void);
ConveneDataset *convene_meeting_detail_get_dataset (ConveneMeetingDetail *self);
void            convene_meeting_detail_set_dataset (ConveneMeetingDetail *self,
                                                    ConveneDataset       *dataset);
ConveneMeeting *convene_meeting_detail_get_meeting (ConveneMeetingDetail *self);
void            convene_meeting_detail_set_meeting (ConveneMeetingDetail *self,
                                                    ConveneMeeting       *meeting);
ConveneDocument *convene_meeting_detail_get_document (ConveneMeetingDetail *self);
void             convene_meeting_detail_set_document (ConveneMeetingDetail *self,
                                                      ConveneDocument      *document);
gboolean         convene_meeting_detail_get_editing  (ConveneMeetingDetail *self);
void             convene_meeting_detail_set_editing  (ConveneMeetingDetail *self,
                                                      gboolean              editing);

G_END_DECLS
