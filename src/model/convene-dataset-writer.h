/* convene-dataset-writer.h: a dataset as the JSON text of its format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"

G_BEGIN_DECLS

typedef struct _ConveneDatasetWriter ConveneDatasetWriter;

GBytes               *convene_dataset_to_bytes               (ConveneDataset       *dataset);

ConveneDatasetWriter *convene_dataset_writer_new             (ConveneDataset       *dataset);
gboolean              convene_dataset_writer_step            (ConveneDatasetWriter *self,
                                                              gint64                until);
guint                 convene_dataset_writer_get_n_written   (ConveneDatasetWriter *self);
GBytes               *convene_dataset_writer_finish          (ConveneDatasetWriter *self);
void                  convene_dataset_writer_free            (ConveneDatasetWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConveneDatasetWriter, convene_dataset_writer_free)

G_END_DECLS
