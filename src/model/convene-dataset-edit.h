/* convene-dataset-edit.h: an edit to the dataset's title, description or sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_DATASET_EDIT (convene_dataset_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneDatasetEdit, convene_dataset_edit, CONVENE, DATASET_EDIT, ConveneEdit)

ConveneEdit *convene_dataset_edit_new_text    (ConveneDataset      *dataset,
                                               ConveneDatasetField  field,
                                               const char          *text);
ConveneEdit *convene_dataset_edit_new_sources (ConveneDataset      *dataset,
                                               GPtrArray           *sources);

G_END_DECLS
