/* convene-participant.h: a country, territory, organisation or body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "convene-record.h"

G_BEGIN_DECLS

/* What an edit can change (convene-participant-edit.c) */
typedef enum
{
  CONVENE_PARTICIPANT_FIELD_NAME,
  CONVENE_PARTICIPANT_FIELD_SHORT_NAME,
  CONVENE_PARTICIPANT_FIELD_KIND,
  CONVENE_PARTICIPANT_FIELD_ALIASES,
} ConveneParticipantField;

#define CONVENE_TYPE_PARTICIPANT (convene_participant_get_type ())
G_DECLARE_FINAL_TYPE (ConveneParticipant, convene_participant, CONVENE, PARTICIPANT, GObject)

const char             *convene_participant_get_id          (ConveneParticipant *self);
const char             *convene_participant_get_name        (ConveneParticipant *self);
const char             *convene_participant_get_short_name  (ConveneParticipant *self);
const char             *convene_participant_get_display_name (ConveneParticipant *self);
const char             *convene_participant_get_label       (ConveneParticipant *self);
const char             *convene_participant_get_sort_key    (ConveneParticipant *self);
const char             *convene_participant_get_label_sort_key (ConveneParticipant *self);
int                     convene_participant_compare_names   (gconstpointer       a,
                                                             gconstpointer       b);
ConveneParticipantKind  convene_participant_get_kind        (ConveneParticipant *self);
gboolean                convene_participant_is_state        (ConveneParticipant *self);
const char * const     *convene_participant_get_aliases     (ConveneParticipant *self);
GPtrArray              *convene_participant_get_memberships (ConveneParticipant *self);
GPtrArray              *convene_participant_get_notes       (ConveneParticipant *self);
GPtrArray              *convene_participant_get_sources     (ConveneParticipant *self);

G_END_DECLS
