/* convene-matrix.h: who attended which meeting, as a grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

/* Which participants make the rows. */
typedef enum
{
  CONVENE_MATRIX_PARTICIPANTS_ALL,
  CONVENE_MATRIX_PARTICIPANTS_STATES,        /* countries and territories */
  CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS, /* organisations and bodies */
} ConveneMatrixParticipants;

/* The order of the rows. */
typedef enum
{
  CONVENE_MATRIX_SORT_DATASET,    /* as the dataset lists its participants */
  CONVENE_MATRIX_SORT_NAME,       /* by label, convene_participant_get_label_sort_key() */
  CONVENE_MATRIX_SORT_ATTENDANCE, /* most meetings attended first, then by name */
} ConveneMatrixSort;

#define CONVENE_TYPE_MATRIX_PARTICIPANTS (convene_matrix_participants_get_type ())
GType convene_matrix_participants_get_type (void) G_GNUC_CONST;

#define CONVENE_TYPE_MATRIX_SORT (convene_matrix_sort_get_type ())
GType convene_matrix_sort_get_type (void) G_GNUC_CONST;

#define CONVENE_TYPE_MATRIX (convene_matrix_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMatrix, convene_matrix, CONVENE, MATRIX, GObject)

ConveneMatrix             *convene_matrix_new                 (ConveneDataset            *dataset,
                                                               ConveneMatrixParticipants  participants,
                                                               const char                *kind);
ConveneDataset            *convene_matrix_get_dataset         (ConveneMatrix             *self);
ConveneMatrixParticipants  convene_matrix_get_participants    (ConveneMatrix             *self);
const char                *convene_matrix_get_kind            (ConveneMatrix             *self);
ConveneMatrixSort          convene_matrix_get_sort            (ConveneMatrix             *self);
void                       convene_matrix_set_sort            (ConveneMatrix             *self,
                                                               ConveneMatrixSort          sort);
const char                *convene_matrix_get_query           (ConveneMatrix             *self);
void                       convene_matrix_set_query           (ConveneMatrix             *self,
                                                               const char                *query);
gboolean                   convene_matrix_get_hide_absent     (ConveneMatrix             *self);
void                       convene_matrix_set_hide_absent     (ConveneMatrix             *self,
                                                               gboolean                   hide_absent);

guint                      convene_matrix_get_n_rows          (ConveneMatrix             *self);
guint                      convene_matrix_get_n_columns       (ConveneMatrix             *self);
guint                      convene_matrix_get_n_recorded      (ConveneMatrix             *self);
ConveneParticipant        *convene_matrix_get_participant     (ConveneMatrix             *self,
                                                               guint                      row);
ConveneMeeting            *convene_matrix_get_meeting         (ConveneMatrix             *self,
                                                               guint                      column);
ConveneRole                convene_matrix_get_role            (ConveneMatrix             *self,
                                                               guint                      row,
                                                               guint                      column);
gboolean                   convene_matrix_column_is_recorded  (ConveneMatrix             *self,
                                                               guint                      column);
guint                      convene_matrix_get_row_attended    (ConveneMatrix             *self,
                                                               guint                      row);
guint                      convene_matrix_get_column_attended (ConveneMatrix             *self,
                                                               guint                      column);
gboolean                   convene_matrix_find_row            (ConveneMatrix             *self,
                                                               ConveneParticipant        *participant,
                                                               guint                     *row);
gboolean                   convene_matrix_find_column         (ConveneMatrix             *self,
                                                               const char                *meeting_id,
                                                               guint                     *column);

gboolean                   convene_matrix_write_csv           (ConveneMatrix             *self,
                                                               GOutputStream             *stream,
                                                               GCancellable              *cancellable,
                                                               GError                   **error);
gboolean                   convene_matrix_save_csv            (ConveneMatrix             *self,
                                                               GFile                     *file,
                                                               GCancellable              *cancellable,
                                                               GError                   **error);
gboolean                   convene_matrix_save_dataset_csv    (ConveneDataset            *dataset,
                                                               GFile                     *file,
                                                               GCancellable              *cancellable,
                                                               GError                   **error);
void                       convene_matrix_save_dataset_csv_async  (ConveneDataset        *dataset,
                                                                   GFile                 *file,
                                                                   GCancellable          *cancellable,
                                                                   GAsyncReadyCallback    callback,
                                                                   gpointer               user_data);
gboolean                   convene_matrix_save_dataset_csv_finish (ConveneDataset        *dataset,
                                                                   GAsyncResult          *result,
                                                                   GError               **error);

char                      *convene_matrix_describe_cell       (ConveneMatrix             *matrix,
                                                               guint                      row,
                                                               guint                      column);
char                      *convene_matrix_describe_row        (ConveneMatrix             *matrix,
                                                               guint                      row);
char                      *convene_matrix_describe_column_total (ConveneMatrix           *matrix,
                                                                 guint                    column);
char                      *convene_matrix_dup_size_label      (ConveneMatrix             *matrix);

gboolean                   convene_role_attended              (ConveneRole                role);

G_END_DECLS
