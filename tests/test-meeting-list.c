/* test-meeting-list.c: the list of meetings a filter leaves, and the search
 * index it uses once built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-meeting-list.h"
#include "convene-test-data.h"

static void
wait_for_index (ConveneDataset *dataset)
{
  convene_dataset_build_search_index (dataset);
  while (!convene_dataset_has_search_index (dataset))
    g_main_context_iteration (NULL, TRUE);
}

/* The ids the list holds, in its order, comma-separated. */
static char *
list_ids (GListModel *list)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (list, i);

      g_string_append_printf (ids, "%s%s", ids->len ? "," : "", convene_meeting_get_id (meeting));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* A copy of the list kept only from its "items-changed" signals: it must
 * always hold what the list holds. */
typedef struct
{
  GPtrArray *items;
  guint signals;
} Mirror;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->items->len);
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->items, position + i, g_list_model_get_item (list, position + i));
  mirror->signals++;
}

static void
assert_mirror (Mirror     *mirror,
               GListModel *list)
{
  g_assert_cmpuint (mirror->items->len, ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < mirror->items->len; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (list, i);

      g_assert_true (meeting == g_ptr_array_index (mirror->items, i));
    }
}

/* Typing, deleting, filters, order and another dataset, told right */
static void
check_items_changed (gboolean with_index)
{
  g_autoptr(ConveneDataset) seed = convene_test_load_file ("seed-record.json");
  g_autoptr(ConveneDataset) small = convene_test_load_file ("valid-small.json");
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneMeetingList) list = convene_meeting_list_new (filter);
  const char *typed[] = { "m", "mi", "mig", "migr", "migration", "migration b", "migration bio",
                          "migration", "mi", "", "viet", "việt nam", "zzz", NULL };
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };
  g_autofree char *ids = NULL, *expected = NULL;
  g_autoptr(GPtrArray) before = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &mirror);
  if (with_index)
    wait_for_index (seed);

  convene_meeting_list_set_dataset (list, seed);
  g_assert_cmpuint (mirror.signals, ==, 1);
  assert_mirror (&mirror, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    convene_dataset_get_n_meetings (seed));
  g_assert_cmpint (convene_dataset_has_search_index (seed), ==, with_index);

  for (guint i = 0; typed[i] != NULL; i++)
    {
      g_autofree char *listed = NULL, *expected = NULL;

      convene_meeting_filter_set_query (filter, typed[i]);
      assert_mirror (&mirror, G_LIST_MODEL (list));
      listed = list_ids (G_LIST_MODEL (list));
      expected = convene_test_matching_ids (seed, filter);
      g_assert_cmpstr (listed, ==, expected);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  convene_meeting_filter_set_query (filter, "conference");
  convene_meeting_filter_set_kind (filter, "ministerial-conference");
  assert_mirror (&mirror, G_LIST_MODEL (list));
  ids = list_ids (G_LIST_MODEL (list));
  expected = convene_test_matching_ids (seed, filter);
  g_assert_cmpstr (ids, ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 3);
  g_clear_pointer (&ids, g_free);

  /* newest first: the same meetings, the other way round */
  before = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < mirror.items->len; i++)
    g_ptr_array_add (before, g_object_ref (g_ptr_array_index (mirror.items, i)));
  convene_meeting_list_set_newest_first (list, TRUE);
  assert_mirror (&mirror, G_LIST_MODEL (list));
  g_assert_cmpuint (before->len, ==, mirror.items->len);
  for (guint i = 0; i < before->len; i++)
    g_assert_true (g_ptr_array_index (before, i) == g_ptr_array_index (mirror.items, before->len - 1 - i));

  /* narrowing while newest first: the span is told from the other end */
  convene_meeting_filter_set_kind (filter, NULL);
  convene_meeting_filter_set_years (filter, 2003, 2003);
  assert_mirror (&mirror, G_LIST_MODEL (list));

  convene_meeting_filter_reset (filter);
  convene_meeting_filter_set_query (filter, NULL);
  convene_meeting_list_set_dataset (list, small);
  assert_mirror (&mirror, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    convene_dataset_get_n_meetings (small));

  convene_meeting_list_set_dataset (list, NULL);
  assert_mirror (&mirror, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  g_ptr_array_unref (mirror.items);
  /* the builds started go on holding the datasets: let them end */
  wait_for_index (seed);
  wait_for_index (small);
}

static void
test_items_changed_reading (void)
{
  check_items_changed (FALSE);
}

static void
test_items_changed_index (void)
{
  check_items_changed (TRUE);
}

/* Narrowing by a letter tells one span, not the whole list */
static void
test_items_changed_span (void)
{
  g_autoptr(ConveneDataset) seed = convene_test_load_file ("seed-record.json");
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneMeetingList) list = convene_meeting_list_new (filter);
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };
  guint n = convene_dataset_get_n_meetings (seed);

  convene_meeting_list_set_dataset (list, seed);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &mirror);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (mirror.items, g_list_model_get_item (G_LIST_MODEL (list), i));

  /* the same query once more, or a filter that leaves every meeting: nothing to tell */
  convene_meeting_filter_set_years (filter, 1900, 2100);
  g_assert_cmpuint (mirror.signals, ==, 0);

  convene_meeting_filter_set_query (filter, "biometric");
  g_assert_cmpuint (mirror.signals, ==, 1);
  assert_mirror (&mirror, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_ptr_array_unref (mirror.items);
  wait_for_index (seed);
}

static void
test_find (void)
{
  g_autoptr(ConveneDataset) seed = convene_test_load_file ("seed-record.json");
  g_autoptr(ConveneDataset) small = convene_test_load_file ("valid-small.json");
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneMeetingList) list = convene_meeting_list_new (filter);
  ConveneMeeting *som10 = convene_dataset_lookup_meeting (seed, "ahg-som-10");
  ConveneMeeting *som9 = convene_dataset_lookup_meeting (seed, "ahg-som-09");
  ConveneMeeting *elsewhere;
  g_autoptr(ConveneMeeting) listed = NULL;
  guint position = G_MAXUINT;

  g_assert_nonnull (som10);
  g_assert_nonnull (som9);
  g_assert_false (convene_meeting_list_find (list, som10, &position));
  convene_meeting_list_set_dataset (list, seed);

  g_assert_true (convene_meeting_list_find (list, som10, &position));
  listed = g_list_model_get_item (G_LIST_MODEL (list), position);
  g_assert_true (listed == som10);
  g_clear_object (&listed);

  convene_meeting_filter_set_query (filter, "biometric");
  g_assert_true (convene_meeting_list_find (list, som9, &position));
  g_assert_cmpuint (position, ==, 0);
  g_assert_true (convene_meeting_list_find (list, som10, &position));
  g_assert_cmpuint (position, ==, 1);
  convene_meeting_list_set_newest_first (list, TRUE);
  g_assert_true (convene_meeting_list_find (list, som10, &position));
  g_assert_cmpuint (position, ==, 0);

  convene_meeting_filter_set_query (filter, "zzz");
  g_assert_false (convene_meeting_list_find (list, som10, NULL));

  /* a meeting of another dataset is not listed, wherever it stands in its own */
  elsewhere = g_list_model_get_item (convene_dataset_get_meetings (small), 0);
  convene_meeting_filter_set_query (filter, NULL);
  g_assert_false (convene_meeting_list_find (list, elsewhere, NULL));
  g_object_unref (elsewhere);
  wait_for_index (seed);
}

/* The index is built on a thread and said once */
static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_index_built (void)
{
  g_autoptr(ConveneDataset) seed = convene_test_load_file ("seed-record.json");
  guint notified = 0;

  g_signal_connect (seed, "notify::has-search-index", G_CALLBACK (on_notify), &notified);
  g_assert_false (convene_dataset_has_search_index (seed));
  convene_dataset_build_search_index (seed);
  convene_dataset_build_search_index (seed);
  wait_for_index (seed);
  g_assert_cmpuint (notified, ==, 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  convene_dataset_build_search_index (seed);
  g_assert_cmpuint (notified, ==, 1);
}

/* Picks a run of up to max_len characters, none of them a space or a line
 * break, from a random meeting's text. */
static char *
random_term (ConveneDataset *dataset,
             guint           max_len)
{
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  guint n = g_list_model_get_n_items (meetings);

  for (;;)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, g_test_rand_int_range (0, n));
      const char *text = convene_meeting_get_search_text (meeting);
      gsize len = strlen (text), start, end;

      if (len == 0)
        continue;
      start = g_test_rand_int_range (0, len);
      while (start > 0 && (text[start] & 0xc0) == 0x80)
        start--;
      end = start;
      while (end < len && end - start < max_len && !strchr (" \n\t", text[end]))
        end = g_utf8_next_char (text + end) - text;
      if (end > start)
        return g_strndup (text + start, end - start);
    }
}

/* Whatever the query, the index finds what reading every text finds */
static void
test_index_agrees (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (1500, 60);
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneMeetingList) list = convene_meeting_list_new (filter);
  const char *fixed[] = { "trafficking", "people smuggling", "co-chairs welcomed", "zzz", "'",
                          "a", "ab", "the", "-", "2019", "viet", "30.", NULL };
  guint non_empty = 0, partial = 0;

  wait_for_index (dataset);
  convene_meeting_list_set_dataset (list, dataset);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *query = NULL;
      g_autofree char *listed = NULL, *expected = NULL;
      guint n;

      if (i < G_N_ELEMENTS (fixed) - 1)
        query = g_strdup (fixed[i]);
      else if (i % 3 == 0)
        {
          g_autofree char *a = random_term (dataset, 5);
          g_autofree char *b = random_term (dataset, 4);

          query = g_strconcat (a, " ", b, NULL);
        }
      else
        query = random_term (dataset, 1 + i % 8);

      convene_meeting_filter_set_query (filter, query);
      listed = list_ids (G_LIST_MODEL (list));
      expected = convene_test_matching_ids (dataset, filter);
      if (g_strcmp0 (listed, expected) != 0)
        g_error ("query “%s”: the index lists %.200s…\nreading the texts finds %.200s…",
                 query, listed, expected);

      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      non_empty += n > 0;
      partial += n > 0 && n < convene_dataset_get_n_meetings (dataset);
    }
  /* the queries told something apart */
  g_assert_cmpuint (non_empty, >, 200);
  g_assert_cmpuint (partial, >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meeting-list/items-changed/reading", test_items_changed_reading);
  g_test_add_func ("/meeting-list/items-changed/index", test_items_changed_index);
  g_test_add_func ("/meeting-list/items-changed/span", test_items_changed_span);
  g_test_add_func ("/meeting-list/find", test_find);
  g_test_add_func ("/meeting-list/index/built", test_index_built);
  g_test_add_func ("/meeting-list/index/agrees", test_index_agrees);

  return g_test_run ();
}
