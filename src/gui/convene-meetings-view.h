/* convene-meetings-view.h: the meeting list with its search and filters,
 * beside the detail pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "convene-dataset.h"
#include "convene-meeting-detail.h"
#include "convene-meeting-filter.h"
#include "convene-print-layout.h"

G_BEGIN_DECLS

/* Which meetings: the one selected, those listed, or what the page shows
 * (the one selected if there is one, else those listed). */
typedef enum
{
  CONVENE_MEETINGS_SHOWN,
  CONVENE_MEETINGS_SELECTED,
  CONVENE_MEETINGS_LISTED,
} ConveneMeetingsScope;

#define CONVENE_TYPE_MEETINGS_VIEW (convene_meetings_view_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingsView, convene_meetings_view, CONVENE, MEETINGS_VIEW, GtkWidget)

void                  convene_meetings_view_set_dataset          (ConveneMeetingsView *self,
                                                                  ConveneDataset      *dataset);
ConveneMeetingFilter *convene_meetings_view_get_filter           (ConveneMeetingsView *self);
GListModel           *convene_meetings_view_get_visible_meetings (ConveneMeetingsView *self);
ConveneMeeting       *convene_meetings_view_get_selected_meeting (ConveneMeetingsView *self);
gboolean              convene_meetings_view_select_meeting       (ConveneMeetingsView *self,
                                                                  const char          *id);
void                  convene_meetings_view_show_meeting         (ConveneMeetingsView *self,
                                                                  const char          *id);
void                  convene_meetings_view_show_list            (ConveneMeetingsView *self);
void                  convene_meetings_view_show_participant     (ConveneMeetingsView *self,
                                                                  ConveneParticipant  *participant);
void                  convene_meetings_view_show_year            (ConveneMeetingsView *self,
                                                                  guint                year);
GPtrArray            *convene_meetings_view_dup_meetings         (ConveneMeetingsView  *self,
                                                                  ConveneMeetingsScope  what);
ConvenePrintLayout   *convene_meetings_view_create_print_layout  (ConveneMeetingsView  *self,
                                                                  ConveneMeetingsScope  what);
GtkWidget            *convene_meetings_view_get_search_entry     (ConveneMeetingsView *self);
void                  convene_meetings_view_set_key_capture_widget (ConveneMeetingsView *self,
                                                                    GtkWidget           *widget);
ConveneMeetingDetail *convene_meetings_view_get_detail           (ConveneMeetingsView *self);

G_END_DECLS
