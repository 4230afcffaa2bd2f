/* convene-command-line.h: what Convene does without a window
 *
 * Each command prints to stdout and stderr and returns an exit status; none
 * needs a display. Files are written whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

typedef gboolean (*ConveneCommandSave) (ConveneDataset  *dataset,
                                        GFile           *file,
                                        GError         **error);

ConveneDataset *convene_command_load_dataset (const char          *path);
const char     *convene_command_dataset_name (const char          *path);
int             convene_command_written      (const char          *output,
                                              gboolean             written,
                                              const GError        *error);
int             convene_command_save_dataset (const char          *output,
                                              const char          *path,
                                              ConveneCommandSave   save);
gboolean        convene_command_lookup_meetings (ConveneDataset      *dataset,
                                                 const char * const  *meeting_ids,
                                                 const char          *path,
                                                 GPtrArray          **meetings);

int             convene_command_check        (const char          *path);
int             convene_command_matrix_csv   (const char          *output,
                                              const char          *path);
int             convene_command_summary_pdf  (const char          *output,
                                              const char * const  *meeting_ids,
                                              const char          *path);
int             convene_command_matrix_pdf   (const char          *output,
                                              const char          *path);
int             convene_command_ics          (const char          *output,
                                              const char * const  *meeting_ids,
                                              const char          *path);
int             convene_command_participants_csv (const char      *output,
                                                  const char      *path);
int             convene_command_participant_pdf  (const char      *output,
                                                  const char      *participant_id,
                                                  const char      *path);
int             convene_command_save_as      (const char          *output,
                                              const char          *path);
int             convene_command_statistics_pdf   (const char      *output,
                                                  const char      *path);

G_END_DECLS
