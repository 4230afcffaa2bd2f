/* convene-statistics.h: each participant's history and the record's patterns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

/* A participant's figures over the meetings of one kind, or of every kind. */
typedef struct
{
  guint recorded;         /* meetings whose attendance is recorded */
  guint attended;         /* of those, the meetings attended in any role */
  guint by_role[CONVENE_ROLE_NOT_RECORDED + 1]; /* meetings attended in each role */
  ConveneMeeting *first;  /* the first meeting attended; NULL: none */
  ConveneMeeting *last;   /* the last meeting attended; NULL: none */
  guint longest_run;      /* the most recorded meetings attended one after another */
  ConveneMeeting *run_first; /* the longest run's first and last meetings (the earliest */
  ConveneMeeting *run_last;  /* of the longest); NULL: none */
} ConveneParticipantFigures;

/* A meeting a participant attended, and in which role */
typedef struct
{
  ConveneMeeting *meeting;
  ConveneRole role;
} ConveneAttended;

/* What changed for one participant from a meeting to the next of its kind */
typedef enum
{
  CONVENE_CHANGE_JOINED,     /* absent before, there now */
  CONVENE_CHANGE_LEFT,       /* there before, absent now: "did not come back" */
  CONVENE_CHANGE_ROLE,       /* there both times, in another role */
} ConveneChangeKind;

typedef struct
{
  ConveneParticipant *participant;
  ConveneChangeKind kind;
  ConveneRole before;
  ConveneRole after;
} ConveneChange;

/* A meeting against the previous meeting of the same kind */
typedef struct
{
  ConveneMeeting *meeting;
  ConveneMeeting *previous; /* NULL: the first meeting of its kind */
  gboolean known;           /* both meetings have recorded attendance */
  GArray *changes;          /* of ConveneChange, when known: joined, then left, then roles
                             * changed, each in the dataset's order of participants */
} ConveneMeetingChanges;

/* How the figures are said, on screen and on paper */
char *convene_participant_figures_dup_attended (const ConveneParticipantFigures *figures);
char *convene_participant_figures_dup_roles    (const ConveneParticipantFigures *figures);
char *convene_participant_figures_dup_run      (const ConveneParticipantFigures *figures);
char *convene_participant_figures_dup_summary  (const ConveneParticipantFigures *figures);
char *convene_participant_dup_identity         (ConveneParticipant              *participant);
char *convene_membership_dup_description       (const ConveneMembership         *membership);
char *convene_meeting_dup_kind_and_date        (ConveneMeeting                  *meeting);

ConveneMeetingChanges *
      convene_meeting_changes_new      (ConveneDataset        *dataset,
                                        ConveneMeeting        *meeting);
void  convene_meeting_changes_free     (ConveneMeetingChanges *changes);
char *convene_meeting_changes_dup_status (const ConveneMeetingChanges *changes);
char *convene_change_dup_description   (const ConveneChange   *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneMeetingChanges, convene_meeting_changes_free)

#define CONVENE_TYPE_STATISTICS (convene_statistics_get_type ())
G_DECLARE_FINAL_TYPE (ConveneStatistics, convene_statistics, CONVENE, STATISTICS, GObject)

ConveneStatistics   *convene_statistics_new                (ConveneDataset     *dataset);
ConveneStatistics   *convene_statistics_get_for_dataset    (ConveneDataset     *dataset);
ConveneStatistics   *convene_statistics_try_for_dataset    (ConveneDataset     *dataset,
                                                            guint               n_meetings,
                                                            double             *fraction);
void                 convene_statistics_forget             (ConveneDataset     *dataset);
ConveneDataset      *convene_statistics_get_dataset        (ConveneStatistics  *self);

/* Each participant */
const ConveneParticipantFigures *
                     convene_statistics_get_figures        (ConveneStatistics  *self,
                                                            ConveneParticipant *participant,
                                                            const char         *kind);
const ConveneAttended *
                     convene_statistics_get_attended       (ConveneStatistics  *self,
                                                            ConveneParticipant *participant,
                                                            guint              *n_attended);
ConveneRole          convene_statistics_get_role           (ConveneStatistics  *self,
                                                            ConveneParticipant *participant,
                                                            ConveneMeeting     *meeting);
GPtrArray           *convene_statistics_dup_most_regular   (ConveneStatistics  *self,
                                                            const char         *kind,
                                                            guint               max);

/* The record */
guint                convene_statistics_get_n_kinds        (ConveneStatistics  *self);
const char          *convene_statistics_get_kind           (ConveneStatistics  *self,
                                                            guint               index);
ConveneMeetingKind  *convene_statistics_get_meeting_kind   (ConveneStatistics  *self,
                                                            guint               index);
guint                convene_statistics_get_first_year     (ConveneStatistics  *self);
guint                convene_statistics_get_last_year      (ConveneStatistics  *self);
guint                convene_statistics_get_meetings_in_year (ConveneStatistics *self,
                                                            guint               year,
                                                            const char         *kind);
guint                convene_statistics_get_n_meetings     (ConveneStatistics  *self,
                                                            const char         *kind);
guint                convene_statistics_get_n_recorded     (ConveneStatistics  *self,
                                                            const char         *kind);
guint                convene_statistics_get_delegation     (ConveneStatistics  *self,
                                                            ConveneMeeting     *meeting,
                                                            ConveneRole         role);
ConveneMeeting      *convene_statistics_get_previous       (ConveneStatistics  *self,
                                                            ConveneMeeting     *meeting);
ConveneMeetingChanges *
                     convene_statistics_dup_changes        (ConveneStatistics  *self,
                                                            ConveneMeeting     *meeting);

char                *convene_statistics_dup_summary        (ConveneStatistics  *self);
char                *convene_statistics_dup_kind_summary   (ConveneStatistics  *self,
                                                            const char         *kind);

/* The participants' figures as CSV */
gboolean             convene_statistics_write_csv          (ConveneStatistics  *self,
                                                            GOutputStream      *stream,
                                                            GCancellable       *cancellable,
                                                            GError            **error);
gboolean             convene_statistics_save_csv           (ConveneStatistics  *self,
                                                            GFile              *file,
                                                            GCancellable       *cancellable,
                                                            GError            **error);

G_END_DECLS
