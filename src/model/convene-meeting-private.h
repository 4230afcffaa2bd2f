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
  guint attendance_serial;       /* changes whenever the attendance is swapped (the
                                  * matrix fills a column again only then) */
  guint64 attendance_digest[4];  /* a bit or two for each participant attending: a
                                  * participant whose bits are not all set is not there */
  char *purpose;                 /* nullable */
  GPtrArray *outcomes;           /* of ConveneOutcome */
  gboolean outcomes_incomplete;
  GPtrArray *notes;              /* of ConveneNote */
  GPtrArray *sources;            /* of ConveneSource */
  GPtrArray *extras;             /* of ConveneExtra: members Convene does not know; nullable */
  GPtrArray *location_extras;    /* the same, of "location" */
  guint position;                /* in the dataset's date order */
  char *search_text;             /* folded, a GRefString (see convene-search.c); made anew
                                  * by an edit, never changed in place */
  guint search_len;
  ConveneSearchBits search_bits;
  guint search_own_len;          /* the text's first part, the meeting's own fields; */
  ConveneSearchBits search_own_bits; /* and its bits (the rest: its participants') */
  guint64 search_hint;           /* where a query's last term is first found, and which query
                                  * (see convene-search.c); atomic */
};

/* One field's value, for an edit to hold while the meeting holds the other
 * (see _convene_meeting_swap()). Only the members of the field are used. */
typedef struct
{
  char *text;                    /* ID, TITLE, VENUE, PURPOSE; nullable */
  const char *interned;          /* KIND, CITY: interned (convene-intern.h); nullable */
  ConveneMeetingKind *meeting_kind; /* KIND: a reference */
  guint number;                  /* NUMBER */
  ConveneDate start, end;        /* DATES */
  ConveneParticipant *participant; /* COUNTRY: a reference, nullable */
  ConveneMeetingMode mode;       /* MODE */
  GStrv strv;                    /* CO_CHAIRS: never NULL once set */
  GPtrArray *array;              /* ATTENDANCE (NULL: not recorded), OUTCOMES, NOTES, SOURCES */
  gboolean flag;                 /* OUTCOMES_INCOMPLETE */
} ConveneMeetingValue;

ConveneMeeting *_convene_meeting_new         (void);
ConveneMeeting *_convene_meeting_copy        (ConveneMeeting      *meeting,
                                              const char          *id);
void            _convene_meeting_value_clear (ConveneMeetingValue *value);
void            _convene_meeting_value_init  (ConveneMeetingValue *value,
                                              ConveneMeeting      *meeting,
                                              ConveneMeetingField  field);
void            _convene_meeting_swap        (ConveneMeeting      *meeting,
                                              ConveneMeetingField  field,
                                              ConveneMeetingValue *value);
void            _convene_meeting_digest_add  (ConveneMeeting      *meeting,
                                              ConveneParticipant  *participant);
gboolean        _convene_meeting_may_attend  (ConveneMeeting      *meeting,
                                              ConveneParticipant  *participant);
void            _convene_meeting_refold      (ConveneMeeting      *meeting);
void            _convene_meeting_refold_people (ConveneMeeting    *meeting);
void            _convene_meeting_notify      (ConveneMeeting      *meeting,
                                              ConveneMeetingField  field);

G_END_DECLS
