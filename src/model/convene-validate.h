/* convene-validate.h: the rules a dataset keeps, for the loader and the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"

G_BEGIN_DECLS

/* One rule broken: where (a meeting's field, a participant's, or the
 * dataset's own when both are NULL) and a message a person can act on. */
typedef struct
{
  ConveneMeeting *meeting;          /* nullable, a reference */
  ConveneParticipant *participant;  /* nullable, a reference */
  int field;                        /* ConveneMeetingField, ConveneParticipantField or
                                     * ConveneDatasetField, by which of the above is set */
  char *message;
} ConveneProblem;

void       convene_problem_free               (ConveneProblem     *problem);

/* The members of each object of the format, in the order the format lists
 * them and the writer writes them; any other member is one Convene does
 * not know (a ConveneExtra). */
extern const char * const convene_format_dataset_members[];
extern const char * const convene_format_kind_members[];
extern const char * const convene_format_participant_members[];
extern const char * const convene_format_membership_members[];
extern const char * const convene_format_meeting_members[];
extern const char * const convene_format_location_members[];
extern const char * const convene_format_attendance_members[];
extern const char * const convene_format_outcome_members[];
extern const char * const convene_format_note_members[];
extern const char * const convene_format_source_members[];

/* The rules themselves, which the loader applies to the text it reads */
gboolean   convene_validate_kind_id           (const char         *kind);
gboolean   convene_validate_is_blank          (const char         *text);
gboolean   convene_validate_date              (const ConveneDate  *date);
gboolean   convene_validate_date_range        (const ConveneDate  *start,
                                               const ConveneDate  *end);

/* The editor's questions */
char      *convene_validate_meeting_field     (ConveneDataset     *dataset,
                                               ConveneMeeting     *meeting,
                                               ConveneMeetingField field);
char      *convene_validate_participant_field (ConveneDataset     *dataset,
                                               ConveneParticipant *participant,
                                               ConveneParticipantField field);
char      *convene_validate_dataset_field     (ConveneDataset     *dataset,
                                               ConveneDatasetField field);
GPtrArray *convene_validate_dataset           (ConveneDataset     *dataset,
                                               guint               max_problems);
gboolean   convene_validate_check             (ConveneDataset     *dataset,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneProblem, convene_problem_free)

G_END_DECLS
