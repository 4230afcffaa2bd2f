/* convene-dataset-loader.h: reading a dataset from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

#define CONVENE_DATASET_ERROR (convene_dataset_error_quark ())

typedef enum
{
  CONVENE_DATASET_ERROR_READ,          /* the file could not be read */
  CONVENE_DATASET_ERROR_TOO_LARGE,
  CONVENE_DATASET_ERROR_EMPTY,
  CONVENE_DATASET_ERROR_ENCODING,      /* not UTF-8 */
  CONVENE_DATASET_ERROR_TOO_DEEP,
  CONVENE_DATASET_ERROR_SYNTAX,        /* not JSON, or truncated */
  CONVENE_DATASET_ERROR_FORMAT,        /* JSON, but not a Convene dataset */
  CONVENE_DATASET_ERROR_VERSION,       /* a newer version than this Convene reads */
  CONVENE_DATASET_ERROR_INVALID,       /* a member is missing, of the wrong type or value */
  CONVENE_DATASET_ERROR_DUPLICATE_ID,
  CONVENE_DATASET_ERROR_UNKNOWN_REFERENCE,
} ConveneDatasetError;

#define CONVENE_DATASET_FORMAT_VERSION 1
#define CONVENE_DATASET_MAX_DEPTH 64
#define CONVENE_DATASET_MAX_SIZE ((gsize) 1 << 30)
/* Before parsing, so that no file costs json-glib more memory or time than
 * an ordinary dataset of 1 GiB would (see docs/dataset-format.md) */
#define CONVENE_DATASET_MAX_STRING ((gsize) 1 << 20)  /* bytes in one string */
#define CONVENE_DATASET_MAX_MEMBERS 1000               /* in one object */
#define CONVENE_DATASET_MAX_ELEMENTS 1000000           /* in one array: meetings, participants… */
#define CONVENE_DATASET_MAX_VALUES 40000000            /* in the whole file */
#define CONVENE_BUNDLED_DATASET_URI "resource://" RESOURCE_BASE "/data/bali-process.json"

/* fraction: how much of the load is done, from 0 to 1 */
typedef void (*ConveneDatasetProgressFunc) (double   fraction,
                                            gpointer user_data);

GQuark          convene_dataset_error_quark    (void);

ConveneDataset *convene_dataset_new_from_bytes (GBytes               *bytes,
                                                const char           *display_name,
                                                GError              **error);
ConveneDataset *convene_dataset_new_from_bytes_full (GBytes                     *bytes,
                                                     const char                 *display_name,
                                                     GCancellable               *cancellable,
                                                     ConveneDatasetProgressFunc  progress,
                                                     gpointer                    progress_data,
                                                     GError                    **error);
ConveneDataset *convene_dataset_new_from_draft_bytes (GBytes         *bytes,
                                                      const char     *display_name,
                                                      GError        **error);
ConveneDataset *convene_dataset_new_from_file  (GFile                *file,
                                                const char           *display_name,
                                                GCancellable         *cancellable,
                                                GError              **error);
ConveneDataset *convene_dataset_new_bundled    (void);
void            convene_dataset_load_async     (GFile                *file,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
void            convene_dataset_load_with_progress_async (GFile                      *file,
                                                          GCancellable               *cancellable,
                                                          ConveneDatasetProgressFunc  progress,
                                                          gpointer                    progress_data,
                                                          GDestroyNotify              progress_data_free,
                                                          GAsyncReadyCallback         callback,
                                                          gpointer                    user_data);
void            convene_dataset_load_bundled_async (GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
ConveneDataset *convene_dataset_load_finish    (GAsyncResult         *result,
                                                GError              **error);
char           *convene_dataset_file_display_name (GFile             *file);

G_END_DECLS
