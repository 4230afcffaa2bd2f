/* convene-test-data.h: datasets for the model's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset-loader.h"
#include "convene-meeting-filter.h"

G_BEGIN_DECLS

ConveneDataset *convene_test_load_file      (const char *name);
GBytes         *convene_test_generate       (guint       n_meetings,
                                             guint       n_participants);
ConveneDataset *convene_test_load_generated (guint       n_meetings,
                                             guint       n_participants);
char           *convene_test_matching_ids   (ConveneDataset       *dataset,
                                             ConveneMeetingFilter *filter);

G_END_DECLS
