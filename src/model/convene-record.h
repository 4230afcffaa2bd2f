/* convene-record.h: the small plain records a meeting or participant holds
 *
 * These are owned by the object that holds them; views read them and never
 * free them. An edit never changes one in place: it replaces the list that
 * holds it (convene-meeting-edit.c), so a view that holds a list while the
 * main loop runs holds a reference to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "convene-date.h"
#include "convene-enums.h"

G_BEGIN_DECLS

typedef struct _ConveneParticipant ConveneParticipant;

/* A member Convene does not know (a later version's), kept to be written
 * back where it was: after the known member @after (NULL: first). The
 * lists of them (GPtrArray of ConveneExtra, nullable: none) are never
 * changed once made, and are shared between copies. */
typedef struct
{
  char *after;      /* nullable */
  char *name;
  JsonNode *value;
} ConveneExtra;

typedef struct
{
  char *title;
  char *url;  /* nullable */
  GPtrArray *extras;
} ConveneSource;

typedef struct
{
  ConveneNoteKind kind;
  char *text;
  GPtrArray *extras;
} ConveneNote;

typedef struct
{
  char *text;
  GStrv items; /* never NULL; may be empty */
  GPtrArray *extras;
} ConveneOutcome;

typedef struct
{
  ConveneParticipant *participant; /* a reference */
  ConveneRole role;
  GPtrArray *extras;
} ConveneAttendance;

typedef struct
{
  char *group;
  char *status;
  gboolean has_since;
  gboolean has_until;
  ConveneDate since;
  ConveneDate until;
  GPtrArray *notes;   /* of ConveneNote, never NULL */
  GPtrArray *sources; /* of ConveneSource, never NULL */
  GPtrArray *extras;
} ConveneMembership;

void convene_extra_free      (ConveneExtra      *extra);
void convene_source_free     (ConveneSource     *source);
void convene_note_free       (ConveneNote       *note);
void convene_outcome_free    (ConveneOutcome    *outcome);
void convene_attendance_free (ConveneAttendance *attendance);
void convene_membership_free (ConveneMembership *membership);

GPtrArray *convene_source_array_new (void);
GPtrArray *convene_note_array_new   (void);
GPtrArray *convene_outcome_array_new    (void);
GPtrArray *convene_attendance_array_new (void);

ConveneSource     *convene_source_copy     (const ConveneSource     *source);
ConveneNote       *convene_note_copy       (const ConveneNote       *note);
ConveneOutcome    *convene_outcome_copy    (const ConveneOutcome    *outcome);
ConveneAttendance *convene_attendance_copy (const ConveneAttendance *attendance);
GPtrArray         *convene_source_array_copy     (GPtrArray *sources);
GPtrArray         *convene_note_array_copy       (GPtrArray *notes);
GPtrArray         *convene_outcome_array_copy    (GPtrArray *outcomes);
GPtrArray         *convene_attendance_array_copy (GPtrArray *attendance);

G_END_DECLS
