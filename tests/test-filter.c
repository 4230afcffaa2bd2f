/* test-filter.c: search and filters over a copy of the seed record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-dataset-loader.h"
#include "convene-meeting-filter.h"
#include "convene-test-data.h"

static ConveneDataset *dataset;

static char *
matching_ids (ConveneMeetingFilter *filter)
{
  return convene_test_matching_ids (dataset, filter);
}

static ConveneFilterChange last_change;

static void
on_changed (ConveneMeetingFilter *filter,
            ConveneFilterChange   change,
            guint                *count)
{
  last_change = change;
  (*count)++;
}

static void
test_query (void)
{
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  guint changes = 0;
  char *ids;

  g_signal_connect (filter, "changed", G_CALLBACK (on_changed), &changes);

  convene_meeting_filter_set_query (filter, "biometric");
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10");
  g_free (ids);
  g_assert_cmpuint (changes, ==, 1);

  g_assert_cmpint (last_change, ==, CONVENE_FILTER_CHANGE_MORE_STRICT);

  /* the same query again changes nothing */
  convene_meeting_filter_set_query (filter, "biometric");
  g_assert_cmpuint (changes, ==, 1);

  /* deleting characters widens; another word narrows */
  convene_meeting_filter_set_query (filter, "biometr");
  g_assert_cmpint (last_change, ==, CONVENE_FILTER_CHANGE_LESS_STRICT);
  convene_meeting_filter_set_query (filter, "biometr data");
  g_assert_cmpint (last_change, ==, CONVENE_FILTER_CHANGE_MORE_STRICT);
  convene_meeting_filter_set_query (filter, "regional");
  g_assert_cmpint (last_change, ==, CONVENE_FILTER_CHANGE_DIFFERENT);

  /* case and accents fold; every word must match */
  convene_meeting_filter_set_query (filter, "BIOMÉTRIC wellington");
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-09");
  g_free (ids);

  /* participants' aliases are searched */
  convene_meeting_filter_set_query (filter, "vietnam");
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10,ahg-som-14");
  g_free (ids);

  convene_meeting_filter_set_query (filter, "");
  g_assert_false (convene_meeting_filter_is_active (filter));
}

static void
test_participant (void)
{
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autofree char *ids = NULL;

  /* Canada attended the 9th and 10th as an observer, the 14th as a participant */
  convene_meeting_filter_set_participant (filter,
                                          convene_dataset_lookup_participant (dataset, "CAN"));
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10,ahg-som-14");
  g_assert_true (convene_meeting_filter_has_filters (filter));
}

static void
test_kind_and_years (void)
{
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  char *ids;

  convene_meeting_filter_set_kind (filter, "ahg-som");
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-01,ahg-som-09,ahg-som-10,ahg-som-14");
  g_free (ids);

  convene_meeting_filter_set_years (filter, 2015, 2016);
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10");
  g_free (ids);

  /* an open lower bound */
  convene_meeting_filter_set_years (filter, 0, 2010);
  ids = matching_ids (filter);
  g_assert_cmpstr (ids, ==, "ahg-som-01");
  g_free (ids);

  convene_meeting_filter_reset (filter);
  g_assert_false (convene_meeting_filter_has_filters (filter));
  ids = matching_ids (filter);
  g_assert_true (g_str_has_prefix (ids, "ministerial-conference-03,ahg-som-01,"));
  g_free (ids);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dataset = convene_test_load_file ("seed-record.json");

  g_test_add_func ("/filter/query", test_query);
  g_test_add_func ("/filter/participant", test_participant);
  g_test_add_func ("/filter/kind-and-years", test_kind_and_years);

  status = g_test_run ();
  g_object_unref (dataset);
  return status;
}
