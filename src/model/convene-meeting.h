/* convene-meeting.h: one meeting of the record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "convene-meeting-kind.h"
#include "convene-participant.h"
#include "convene-record.h"

G_BEGIN_DECLS

/* How views and prints group a meeting's attendance, in this order. */
typedef enum
{
  CONVENE_ATTENDANCE_GROUP_CO_CHAIRS,
  CONVENE_ATTENDANCE_GROUP_PARTICIPANTS,
  CONVENE_ATTENDANCE_GROUP_OBSERVERS,
  CONVENE_ATTENDANCE_GROUP_ORGANISATIONS,
  CONVENE_N_ATTENDANCE_GROUPS
} ConveneAttendanceGroup;

gboolean convene_attendance_get_group         (const ConveneAttendance *attendance,
                                               ConveneAttendanceGroup  *group);
char    *convene_attendance_group_dup_heading (ConveneAttendanceGroup   group,
                                               guint                    count);

/* What an edit can change (convene-meeting-edit.c) */
typedef enum
{
  CONVENE_MEETING_FIELD_ID,
  CONVENE_MEETING_FIELD_KIND,
  CONVENE_MEETING_FIELD_NUMBER,
  CONVENE_MEETING_FIELD_TITLE,
  CONVENE_MEETING_FIELD_DATES,                /* start and end, with their precision */
  CONVENE_MEETING_FIELD_CITY,
  CONVENE_MEETING_FIELD_COUNTRY,
  CONVENE_MEETING_FIELD_VENUE,
  CONVENE_MEETING_FIELD_MODE,
  CONVENE_MEETING_FIELD_CO_CHAIRS,
  CONVENE_MEETING_FIELD_ATTENDANCE,           /* the list, and whether it is recorded */
  CONVENE_MEETING_FIELD_PURPOSE,
  CONVENE_MEETING_FIELD_OUTCOMES,             /* with their items */
  CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE,
  CONVENE_MEETING_FIELD_NOTES,
  CONVENE_MEETING_FIELD_SOURCES,
  CONVENE_N_MEETING_FIELDS
} ConveneMeetingField;

#define CONVENE_TYPE_MEETING (convene_meeting_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeeting, convene_meeting, CONVENE, MEETING, GObject)

void     convene_meeting_list_attendance      (ConveneMeeting          *meeting,
                                               char                    *names[CONVENE_N_ATTENDANCE_GROUPS],
                                               guint                    counts[CONVENE_N_ATTENDANCE_GROUPS]);

const char         *convene_meeting_get_id                  (ConveneMeeting     *self);
const char         *convene_meeting_get_kind                (ConveneMeeting     *self);
ConveneMeetingKind *convene_meeting_get_meeting_kind        (ConveneMeeting     *self);
guint               convene_meeting_get_number              (ConveneMeeting     *self);
const char         *convene_meeting_get_title               (ConveneMeeting     *self);
const ConveneDate  *convene_meeting_get_start               (ConveneMeeting     *self);
const ConveneDate  *convene_meeting_get_end                 (ConveneMeeting     *self);
guint               convene_meeting_get_year                (ConveneMeeting     *self);
guint               convene_meeting_get_date_key            (ConveneMeeting     *self);
char               *convene_meeting_dup_date_label          (ConveneMeeting     *self);
const char         *convene_meeting_get_city                (ConveneMeeting     *self);
const char         *convene_meeting_get_venue               (ConveneMeeting     *self);
ConveneParticipant *convene_meeting_get_country             (ConveneMeeting     *self);
ConveneMeetingMode  convene_meeting_get_mode                (ConveneMeeting     *self);
char               *convene_meeting_dup_place_label         (ConveneMeeting     *self);
char               *convene_meeting_dup_date_place_label    (ConveneMeeting     *self);
char               *convene_meeting_dup_where_label         (ConveneMeeting     *self);
char               *convene_meeting_dup_number_label        (ConveneMeeting     *self);
char               *convene_meeting_dup_short_label         (ConveneMeeting     *self);
char               *convene_meeting_dup_kind_label          (ConveneMeeting     *meeting,
                                                             gboolean            short_form);
char               *convene_meeting_describe                (ConveneMeeting     *meeting);
const char * const *convene_meeting_get_co_chairs           (ConveneMeeting     *self);
gboolean            convene_meeting_get_attendance_recorded (ConveneMeeting     *self);
GPtrArray          *convene_meeting_get_attendance          (ConveneMeeting     *self);
ConveneRole         convene_meeting_get_role                (ConveneMeeting     *self,
                                                             ConveneParticipant *participant);
const char         *convene_meeting_get_purpose             (ConveneMeeting     *self);
GPtrArray          *convene_meeting_get_outcomes            (ConveneMeeting     *self);
gboolean            convene_meeting_get_outcomes_incomplete (ConveneMeeting     *self);
GPtrArray          *convene_meeting_get_notes               (ConveneMeeting     *self);
gboolean            convene_meeting_has_contradiction       (ConveneMeeting     *self);
GPtrArray          *convene_meeting_get_sources             (ConveneMeeting     *self);
const char         *convene_meeting_get_search_text         (ConveneMeeting     *self);
int                 convene_meeting_compare                 (ConveneMeeting     *a,
                                                             ConveneMeeting     *b);

char               *convene_format_ordinal                  (guint               number);

G_END_DECLS
