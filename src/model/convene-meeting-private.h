/* convene-meeting-private.h: for the loader, which fills meetings in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-meeting.h"
#include "convene-search.h"

G_BEGIN_DECLS

struct _ConveneMeeting
{
  GObject parent_instance;

  char *id;
  const char *kind;              /* interned (convene-intern.h) */
  ConveneMeetingKind *meeting_kind; /* a reference, set once the dataset's kinds are known */
  guint number;                  /* 0: none */
  char *title;
  ConveneDate start;
  ConveneDate end;
  const char *city;              /* interned (convene-intern.h), nullable */
  char *venue;                   /* nullable */
  ConveneParticipant *country;   /* nullable, a reference */
  ConveneMeetingMode mode;
  GStrv co_chairs;               /* never NULL */
  GPtrArray *attendance;         /* of ConveneAttendance; NULL: not recorded */
  char *purpose;                 /* nullable */
  GPtrArray *outcomes;           /* of ConveneOutcome */
  gboolean outcomes_incomplete;
  GPtrArray *notes;              /* of ConveneNote */
  GPtrArray *sources;            /* of ConveneSource */
  guint position;                /* in the dataset's date order */
  char *search_text;             /* folded once, see convene-search.c */
  guint search_len;
  ConveneSearchBits search_bits;
  guint64 search_hint;           /* where a query's last term is first found, and which query
                                  * (see convene-search.c); atomic */
};

ConveneMeeting *_convene_meeting_new (void);

G_END_DECLS
