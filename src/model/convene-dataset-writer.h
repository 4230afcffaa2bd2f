/* convene-dataset-writer.h: a dataset as the JSON text of its format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"

G_BEGIN_DECLS

GBytes *convene_dataset_to_bytes (ConveneDataset *dataset);

G_END_DECLS
