/* convene-statistics-private.h: what statistics counted, for following edits
 * (convene-statistics-following.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-statistics.h"

G_BEGIN_DECLS

/* The figures, and where the run being counted stands */
typedef struct
{
  ConveneParticipantFigures public;
  guint last_rank;            /* rank among recorded meetings of the last meeting attended */
  guint run;                  /* the run that ends there */
  ConveneMeeting *run_first;  /* and its first meeting */
} Figures;

/* What was counted of a meeting */
typedef enum
{
  COUNTED,                    /* as the meeting is */
  CHANGED,                    /* changed in place since: the values are those counted */
  ADDED,                      /* added since: nothing counted */
} CountedState;

typedef struct
{
  GPtrArray *attendance;      /* a reference to the attendance counted; NULL: not recorded */
  const char *kind;           /* interned */
  guint serial;               /* the attendance's serial (convene-meeting-private.h) */
  guint year;
  guint k;                    /* the kind's index */
  guint rank_all;             /* rank among the recorded meetings (from 1), of every kind */
  guint rank_kind;            /* and of its kind; 0: not recorded */
  guint previous;             /* the previous meeting of its kind + 1; 0: none */
  guint16 delegations[3];     /* participants, observers, co-chairs */
  CountedState state;
} Counted;

struct _ConveneStatistics
{
  GObject parent_instance;

  ConveneDataset *dataset;
  GPtrArray *meetings;        /* the meetings counted (references), in date order */
  GArray *counted;            /* of Counted: meeting position → what was counted */
  GPtrArray *participants;    /* the participants counted (references), in the dataset's order */
  guint n_participants;

  GPtrArray *kinds;           /* interned kind strings, in the dataset's order */
  GHashTable *kind_index;     /* kind → index + 1 */
  guint *kind_meetings;       /* kind → meetings; [n_kinds]: every kind */
  guint *kind_recorded;       /* kind → meetings with recorded attendance; [n_kinds]: all */

  guint first_year, last_year;
  guint *year_counts;         /* [(year - first_year) * (n_kinds + 1) + kind], the last: all */

  Figures *figures;           /* [participant index * (n_kinds + 1) + kind], the last: all */
  GPtrArray *attended;        /* participant index → GArray of ConveneAttended in date order;
                               * shared with the statistics made from these by an edit: an
                               * array is never changed once the statistics are complete */

  /* Worked out a step at a time (convene_statistics_try_for_dataset()) */
  guint n_counted;            /* the meetings counted so far */
  guint *last_of_kind;        /* kind → the last meeting of that kind counted + 1 */
  gboolean complete;

  /* Edits taken and not yet counted (references) */
  GHashTable *affected;       /* participants whose figures are counted again */
  GHashTable *stale;          /* meetings whose entries in the lists attended are out of date */
  GHashTable *fresh;          /* participants added: their lists are found anew */
};


static inline Counted *
counted_at (ConveneStatistics *self,
            guint              position)
{
  return &g_array_index (self->counted, Counted, position);
}

void     _convene_statistics_clear_counted     (gpointer           data);
void     _convene_statistics_clear_figures     (ConveneStatistics *self);
guint    _convene_statistics_row_of            (ConveneStatistics  *self,
                                                ConveneParticipant *participant);
void     _convene_statistics_count_entry       (ConveneStatistics *self,
                                                guint              row,
                                                ConveneMeeting    *meeting,
                                                ConveneRole        role,
                                                const Counted     *c);
gboolean _convene_statistics_set_up_kinds      (ConveneStatistics *self);
void     _convene_statistics_begin_meetings    (ConveneStatistics *self);
void     _convene_statistics_take_meeting      (ConveneStatistics *self,
                                                guint              position);
void     _convene_statistics_count_meeting     (ConveneStatistics *self,
                                                guint              position);
void     _convene_statistics_count_recorded    (ConveneStatistics *self);
void     _convene_statistics_compute_begin     (ConveneStatistics *self);
gboolean _convene_statistics_compute_some      (ConveneStatistics *self,
                                                guint              n_meetings);

/* convene-statistics-following.c */
ConveneStatistics *
         _convene_statistics_copy              (ConveneStatistics *other);
gboolean _convene_statistics_meetings_as_counted (ConveneStatistics *self,
                                                guint              position,
                                                guint              removed,
                                                guint              added);
void     _convene_statistics_follow_meetings   (ConveneStatistics *self,
                                                guint              position,
                                                guint              removed,
                                                guint              added);
void     _convene_statistics_follow_participants (ConveneStatistics *self,
                                                guint              position,
                                                guint              removed,
                                                guint              added);
void     _convene_statistics_finish            (ConveneStatistics *self);

G_END_DECLS
