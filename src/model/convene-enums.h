/* convene-enums.h: the closed vocabularies of a dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CONVENE_ROLE_NONE,        /* recorded, and not there */
  CONVENE_ROLE_PARTICIPANT,
  CONVENE_ROLE_OBSERVER,
  CONVENE_ROLE_CO_CHAIR,
  CONVENE_ROLE_NOT_RECORDED, /* the meeting's attendance is unknown */
} ConveneRole;

typedef enum
{
  CONVENE_PARTICIPANT_KIND_COUNTRY,
  CONVENE_PARTICIPANT_KIND_TERRITORY,
  CONVENE_PARTICIPANT_KIND_ORGANISATION,
  CONVENE_PARTICIPANT_KIND_BODY,
} ConveneParticipantKind;

typedef enum
{
  CONVENE_NOTE_REMARK,
  CONVENE_NOTE_CONTRADICTION,
  CONVENE_NOTE_GAP,
} ConveneNoteKind;

typedef enum
{
  CONVENE_MEETING_MODE_IN_PERSON,
  CONVENE_MEETING_MODE_VIRTUAL,
  CONVENE_MEETING_MODE_HYBRID,
} ConveneMeetingMode;

/* The words the dataset format uses for each value ("co-chair", "country", …). */
const char *convene_role_to_string              (ConveneRole             role);
const char *convene_role_get_label              (ConveneRole             role);
const char *convene_role_get_symbol             (ConveneRole             role);
const char *convene_role_get_name               (ConveneRole             role);
const ConveneRole *convene_role_get_legend_order (guint                 *n_roles);
gboolean    convene_role_from_string            (const char             *str,
                                                 ConveneRole            *role);
const char *convene_participant_kind_to_string  (ConveneParticipantKind  kind);
gboolean    convene_participant_kind_from_string (const char            *str,
                                                 ConveneParticipantKind *kind);
const char *convene_note_kind_to_string         (ConveneNoteKind         kind);
const char *convene_note_kind_get_heading       (ConveneNoteKind         kind);
gboolean    convene_note_kind_from_string       (const char             *str,
                                                 ConveneNoteKind        *kind);
const char *convene_meeting_mode_to_string      (ConveneMeetingMode      mode);
gboolean    convene_meeting_mode_from_string    (const char             *str,
                                                 ConveneMeetingMode     *mode);

G_END_DECLS
