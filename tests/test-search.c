/* test-search.c: folding text and matching queries against the meetings of
 * tests/data/valid-small.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-loader.h"
#include "convene-search.h"

static ConveneDataset *dataset;

static void
test_fold (void)
{
  const struct {
    const char *text;
    const char *folded;
  } cases[] = {
    { "", "" },
    { "Hello World", "hello world" },
    { "AHG SOM 14", "ahg som 14" },
    { "already folded", "already folded" },
    { "Việt Nam", "viet nam" },
    { "VIỆT NAM", "viet nam" },
    { "Viet Nam", "viet nam" },
    { "Officials’", "officials'" },
    { "‘most-affected countries’", "'most-affected countries'" },
    { "Officials'", "officials'" },
    { "Ministerial Conférence", "ministerial conference" },
    { "São Tomé and Príncipe", "sao tome and principe" },
    { "Türkiye", "turkiye" },
    { "ÉCOLE", "ecole" },
    /* a decomposed accent folds like a composed one */
    { "Vie\xcc\xa3\xcc\x82t", "viet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = convene_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }

  {
    g_autofree char *folded = convene_search_fold (NULL);

    g_assert_cmpstr (folded, ==, "");
  }
}

/* The ids of the meetings that match, in date order, comma-separated. */
static char *
matching_ids (const char *text)
{
  g_autoptr(ConveneSearchQuery) query = convene_search_query_new (text);
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);

      if (convene_search_query_matches (query, meeting))
        g_string_append_printf (ids, "%s%s", ids->len > 0 ? "," : "", convene_meeting_get_id (meeting));
    }
  return g_string_free (ids, FALSE);
}

static void
test_query_fields (void)
{
  const struct {
    const char *query;
    const char *ids;
  } cases[] = {
    /* title */
    { "fourteenth", "ahg-som-14" },
    { "STEERING", "steering-2022" },
    { "senior officials", "ahg-som-14,ahg-som-15" },
    /* city, venue and the country's name */
    { "bangkok", "workshop-2009" },
    { "da nang", "ahg-som-14" },
    { "furama", "ahg-som-14" },
    { "hanoi", "steering-2022" },
    { "viet nam", "ahg-som-14,steering-2022" },
    /* aliases, with and without their accents */
    { "vietnam", "ahg-som-14,steering-2022" },
    { "Việt", "ahg-som-14,steering-2022" },
    /* attending participants: names, short names and aliases */
    { "hong kong", "ahg-som-14" },
    { "SAR", "ahg-som-14" },
    { "UNHCR", "ahg-som-14" },
    { "high commissioner", "ahg-som-14" },
    { "co-managers", "steering-2022" },
    /* co-chairs */
    { "indonesia", "ahg-som-14" },
    /* purpose */
    { "biometric", "ahg-som-14" },
    { "pandemic", "ahg-som-15" },
    /* outcomes and their items */
    { "members:", "ahg-som-14" },
    { "work plan", "ahg-som-14" },
    { "commended", "ahg-som-14" },
    /* notes */
    { "exact days", "workshop-2009" },
    { "back to back", "ahg-som-14" },
    { "22 july", "ahg-som-14" },
    /* typographic and typed apostrophes alike */
    { "officials’", "steering-2022" },
    { "officials'", "steering-2022" },
    { "page's", "ahg-som-14" },
    /* substrings of words */
    { "traffick", "workshop-2009" },
    /* nothing */
    { "kuala lumpur", "" },
    { "xyzzy", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = matching_ids (cases[i].query);

      g_test_message ("query “%s”", cases[i].query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

/* Every term must appear, anywhere in the meeting, in any order. */
static void
test_query_and (void)
{
  const struct {
    const char *query;
    const char *ids;
  } cases[] = {
    { "regional", "workshop-2009,ahg-som-14,steering-2022" },
    { "workshop", "workshop-2009,ahg-som-14" },
    { "regional workshop", "workshop-2009,ahg-som-14" },
    { "workshop regional", "workshop-2009,ahg-som-14" },
    { "regional trafficking", "workshop-2009" },
    { "trafficking regional", "workshop-2009" },
    { "biometric bangkok", "" },
    { "viet nam hanoi", "steering-2022" },
    { "  hanoi \t  viet\nnam  ", "steering-2022" },
    { "unhcr pandemic", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = matching_ids (cases[i].query);
      g_autofree char *escaped = g_strescape (cases[i].query, NULL);

      g_test_message ("query “%s”", escaped);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

/* What is not searched: ids, kinds, dates, sources, participants that are
 * not there. */
static void
test_query_not_searched (void)
{
  const struct {
    const char *query;
    const char *ids;
  } cases[] = {
    { "baliprocess.net", "" },               /* a source's title */
    { "annual report", "" },                  /* another */
    { "ahg-som-14", "" },                     /* an id */
    { "refugees", "ahg-som-14" },             /* UNHCR attended only this one */
    { "hong kong pandemic", "" },             /* HKG did not attend ahg-som-15 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = matching_ids (cases[i].query);

      g_test_message ("query “%s”", cases[i].query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

static void
test_query_empty (void)
{
  const char *empty[] = { "", "   ", "\t\n", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(ConveneSearchQuery) query = convene_search_query_new (empty[i]);
      g_autofree char *ids = NULL;

      g_assert_true (convene_search_query_is_empty (query));
      if (empty[i] != NULL)
        {
          ids = matching_ids (empty[i]);
          g_assert_cmpstr (ids, ==, "workshop-2009,ahg-som-14,ahg-som-15,steering-2022");
        }
    }

  {
    g_autoptr(ConveneSearchQuery) query = convene_search_query_new ("a");
    ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, "ahg-som-15");

    g_assert_false (convene_search_query_is_empty (query));
    /* no query matches everything */
    g_assert_true (convene_search_query_is_empty (NULL));
    g_assert_true (convene_search_query_matches (NULL, meeting));
  }
}

/* The folded text is built once, at load. */
static void
test_search_text (void)
{
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, "steering-2022");
  const char *text = convene_meeting_get_search_text (meeting);
  g_autofree char *rebuilt = convene_search_build_meeting_text (meeting);

  g_assert_nonnull (text);
  g_assert_cmpstr (text, ==, rebuilt);
  g_assert_nonnull (strstr (text, "steering group meeting"));
  g_assert_nonnull (strstr (text, "hanoi"));
  g_assert_nonnull (strstr (text, "vietnam"));
  g_assert_nonnull (strstr (text, "officials' statement"));
  g_assert_null (strstr (text, "Hanoi"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  file = g_file_new_for_path (path);
  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/query/fields", test_query_fields);
  g_test_add_func ("/search/query/and", test_query_and);
  g_test_add_func ("/search/query/not-searched", test_query_not_searched);
  g_test_add_func ("/search/query/empty", test_query_empty);
  g_test_add_func ("/search/search-text", test_search_text);

  status = g_test_run ();
  g_clear_object (&dataset);
  return status;
}
