/* convene-test-data.h: datasets for the model's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset-loader.h"
#include "convene-meeting-filter.h"

G_BEGIN_DECLS

ConveneDataset *convene_test_load_file      (const char *name);
ConveneDataset *convene_test_load_json      (const char *json);
GBytes         *convene_test_generate       (guint       n_meetings,
                                             guint       n_participants);
ConveneDataset *convene_test_load_generated (guint       n_meetings,
                                             guint       n_participants);
char           *convene_test_matching_ids   (ConveneDataset       *dataset,
                                             ConveneMeetingFilter *filter);
GPtrArray      *convene_test_mirror_new     (GListModel           *list);
void            convene_test_assert_mirror  (GPtrArray            *mirror,
                                             GListModel           *fresh);
void            convene_test_assert_statistics (ConveneDataset    *dataset);

/* U+202E RIGHT-TO-LEFT OVERRIDE */
#define CONVENE_TEST_RLO "\xe2\x80\xae"

/* A dataset whose names, city, venue, title, co-chairs and kind leave
 * bidi controls open */
extern const char convene_test_bidi_json[];
gboolean        convene_test_leaks_bidi     (const char *text);

G_END_DECLS
