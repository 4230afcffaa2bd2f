/* convene-participant-private.h: for the loader, which fills participants in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-participant.h"
#include "convene-search.h"

G_BEGIN_DECLS

struct _ConveneParticipant
{
  GObject parent_instance;

  const char *id;          /* interned (convene-intern.h) */
  char *name;
  char *short_name;        /* nullable */
  ConveneParticipantKind kind;
  GStrv aliases;           /* never NULL */
  GPtrArray *memberships;  /* of ConveneMembership */
  GPtrArray *notes;        /* of ConveneNote */
  GPtrArray *sources;      /* of ConveneSource */
  GPtrArray *extras;       /* of ConveneExtra: members Convene does not know; nullable */
  char *search_text;       /* folded names, made once by the loader; see convene-search.c */
  ConveneSearchBits search_bits;
  guint index;             /* in the dataset's participants, for the loader */
  char *sort_key;          /* of the displayed name, made when first asked; atomic */
  char *label_sort_key;    /* of the label (the short name), when there is one; atomic */
};

/* One field's value, for an edit to hold while the participant holds the other */
typedef struct
{
  char *text;                   /* NAME, SHORT_NAME (nullable) */
  ConveneParticipantKind kind;  /* KIND */
  GStrv strv;                   /* ALIASES */
} ConveneParticipantValue;

ConveneParticipant *_convene_participant_new         (const char              *id);
void                _convene_participant_value_clear (ConveneParticipantValue *value);
void                _convene_participant_value_init  (ConveneParticipantValue *value,
                                                      ConveneParticipant      *participant,
                                                      ConveneParticipantField  field);
void                _convene_participant_swap        (ConveneParticipant      *participant,
                                                      ConveneParticipantField  field,
                                                      ConveneParticipantValue *value);

G_END_DECLS
