/* convene-document.h: a dataset being edited, its history and its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"
#include "convene-history.h"

G_BEGIN_DECLS

typedef enum
{
  CONVENE_DOCUMENT_SAVE_NONE = 0,
  /* write even when the file changed on disk since it was loaded or saved */
  CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES = 1 << 0,
} ConveneDocumentSaveFlags;

#define CONVENE_TYPE_DOCUMENT (convene_document_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDocument, convene_document, CONVENE, DOCUMENT, GObject)

ConveneDocument    *convene_document_new                   (ConveneDataset       *dataset);
ConveneDocument    *convene_document_new_empty             (void);
ConveneDataset     *convene_document_get_dataset           (ConveneDocument      *self);
ConveneHistory     *convene_document_get_history           (ConveneDocument      *self);
GFile              *convene_document_get_file              (ConveneDocument      *self);
gboolean            convene_document_get_modified          (ConveneDocument      *self);
gboolean            convene_document_get_changed_on_disk   (ConveneDocument      *self);
gboolean            convene_document_can_save              (ConveneDocument      *self);
char               *convene_document_dup_display_name      (ConveneDocument      *self);

void                convene_document_push                  (ConveneDocument      *self,
                                                            ConveneEdit          *edit);
void                convene_document_begin_group           (ConveneDocument      *self,
                                                            const char           *label);
void                convene_document_end_group             (ConveneDocument      *self);
void                convene_document_end_burst             (ConveneDocument      *self);
gboolean            convene_document_undo                  (ConveneDocument      *self);
gboolean            convene_document_redo                  (ConveneDocument      *self);

/* A copy of the dataset, for a worker thread (convene-document-snapshot.c) */
void                convene_document_snapshot_async        (ConveneDocument      *self,
                                                            GPtrArray            *meetings,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
ConveneDataset     *convene_document_snapshot_finish       (ConveneDocument      *self,
                                                            GAsyncResult         *result,
                                                            GPtrArray           **meetings,
                                                            GError              **error);

/* The dataset */
void                convene_document_set_title             (ConveneDocument      *self,
                                                            const char           *title);
void                convene_document_set_description       (ConveneDocument      *self,
                                                            const char           *description);

/* A meeting's fields */
void                convene_document_set_meeting_text      (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            ConveneMeetingField   field,
                                                            const char           *text);
void                convene_document_set_meeting_number    (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 number);
void                convene_document_set_meeting_dates     (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            const ConveneDate    *start,
                                                            const ConveneDate    *end);
void                convene_document_set_meeting_country   (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            ConveneParticipant   *country);
void                convene_document_set_meeting_mode      (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            ConveneMeetingMode    mode);
void                convene_document_set_meeting_co_chairs (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            const char * const   *co_chairs);
void                convene_document_set_outcomes_incomplete (ConveneDocument    *self,
                                                            ConveneMeeting       *meeting,
                                                            gboolean              incomplete);
void                convene_document_set_attendance_recorded (ConveneDocument    *self,
                                                            ConveneMeeting       *meeting,
                                                            gboolean              recorded);
void                convene_document_set_role              (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            ConveneParticipant   *participant,
                                                            ConveneRole           role);

/* Outcomes and their items */
void                convene_document_insert_outcome        (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            const char           *text);
void                convene_document_set_outcome_text      (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            const char           *text);
void                convene_document_remove_outcome        (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index);
void                convene_document_move_outcome          (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 from,
                                                            guint                 to);
void                convene_document_insert_outcome_item   (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 outcome,
                                                            guint                 index,
                                                            const char           *text);
void                convene_document_set_outcome_item      (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 outcome,
                                                            guint                 index,
                                                            const char           *text);
void                convene_document_remove_outcome_item   (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 outcome,
                                                            guint                 index);
void                convene_document_move_outcome_item     (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 outcome,
                                                            guint                 from,
                                                            guint                 to);

/* Notes */
void                convene_document_insert_note           (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            ConveneNoteKind       kind,
                                                            const char           *text);
void                convene_document_set_note              (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            ConveneNoteKind       kind,
                                                            const char           *text);
void                convene_document_remove_note           (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index);
void                convene_document_move_note             (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 from,
                                                            guint                 to);

/* Sources (meeting NULL: the dataset's own) */
void                convene_document_insert_source         (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            const char           *title,
                                                            const char           *url);
void                convene_document_set_source            (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index,
                                                            const char           *title,
                                                            const char           *url);
void                convene_document_remove_source         (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 index);
void                convene_document_move_source           (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting,
                                                            guint                 from,
                                                            guint                 to);

/* Meetings */
ConveneMeeting     *convene_document_add_meeting           (ConveneDocument      *self,
                                                            const char           *kind);
ConveneMeeting     *convene_document_duplicate_meeting     (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting);
void                convene_document_remove_meeting        (ConveneDocument      *self,
                                                            ConveneMeeting       *meeting);

/* Participants */
ConveneParticipant *convene_document_add_participant       (ConveneDocument      *self,
                                                            const char           *id,
                                                            const char           *name,
                                                            ConveneParticipantKind kind,
                                                            GError              **error);
void                convene_document_set_participant_text  (ConveneDocument      *self,
                                                            ConveneParticipant   *participant,
                                                            ConveneParticipantField field,
                                                            const char           *text);
void                convene_document_set_participant_kind  (ConveneDocument      *self,
                                                            ConveneParticipant   *participant,
                                                            ConveneParticipantKind kind);
void                convene_document_set_participant_aliases (ConveneDocument    *self,
                                                            ConveneParticipant   *participant,
                                                            const char * const   *aliases);
guint               convene_document_count_participant_uses (ConveneDocument    *self,
                                                            ConveneParticipant   *participant);
void                convene_document_remove_participant    (ConveneDocument      *self,
                                                            ConveneParticipant   *participant);

/* Drafts (convene-draft.c) */
typedef struct _ConveneDraft ConveneDraft;

void                convene_document_set_draft_delay       (ConveneDocument      *self,
                                                            guint                 delay_ms);
gboolean            convene_document_write_draft           (ConveneDocument      *self,
                                                            GError              **error);
ConveneDraft       *convene_document_get_draft             (ConveneDocument      *self);
void                convene_document_discard_draft         (ConveneDocument      *self);
void                _convene_document_take_draft           (ConveneDocument      *self,
                                                            ConveneDraft         *draft);

/* Saving */
GBytes             *convene_document_to_bytes              (ConveneDocument      *self);
gboolean            convene_document_save                  (ConveneDocument      *self,
                                                            GFile                *file,
                                                            ConveneDocumentSaveFlags flags,
                                                            GCancellable         *cancellable,
                                                            GError              **error);
void                convene_document_save_async            (ConveneDocument      *self,
                                                            GFile                *file,
                                                            ConveneDocumentSaveFlags flags,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean            convene_document_save_finish           (ConveneDocument      *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

G_END_DECLS
