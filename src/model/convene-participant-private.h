/* convene-participant-private.h: for the loader, which fills participants in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-participant.h"

G_BEGIN_DECLS

struct _ConveneParticipant
{
  GObject parent_instance;

  const char *id;          /* interned */
  char *name;
  char *short_name;        /* nullable */
  ConveneParticipantKind kind;
  GStrv aliases;           /* never NULL */
  GPtrArray *memberships;  /* of ConveneMembership */
  GPtrArray *notes;        /* of ConveneNote */
  GPtrArray *sources;      /* of ConveneSource */
};

ConveneParticipant *_convene_participant_new (const char *id);

G_END_DECLS
