/* test-text.c: dataset text joined with other text is isolated
 *
 * A right-to-left override (U+202E) left open in one piece of dataset text
 * must end with that piece: wherever the model joins dataset text with
 * other text, each piece is wrapped in FSI … PDI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "convene-test-data.h"
#include "convene-text.h"

#define RLO CONVENE_TEST_RLO

static void
test_leaks_bidi (void)
{
  /* the checker itself */
  g_assert_true (convene_test_leaks_bidi ("a" RLO "b, c"));
  g_assert_true (convene_test_leaks_bidi ("a" CONVENE_TEXT_FSI RLO "b, c"));
  g_assert_false (convene_test_leaks_bidi ("a" RLO "b\nc"));
  g_assert_false (convene_test_leaks_bidi ("Title " RLO));
  g_assert_false (convene_test_leaks_bidi ("a" CONVENE_TEXT_FSI RLO "b" CONVENE_TEXT_PDI ", c"));
  g_assert_false (convene_test_leaks_bidi ("a" RLO "b\xe2\x80\xac, c"));
  g_assert_false (convene_test_leaks_bidi ("plain, text"));
}

static void
test_isolate (void)
{
  g_autoptr(GString) s = g_string_new ("x");
  g_autofree char *isolated = convene_text_isolate ("Evil " RLO "name");
  g_autofree char *empty = convene_text_isolate ("");

  g_assert_cmpstr (isolated, ==, CONVENE_TEXT_FSI "Evil " RLO "name" CONVENE_TEXT_PDI);
  g_assert_cmpstr (empty, ==, CONVENE_TEXT_FSI CONVENE_TEXT_PDI);
  g_assert_null (convene_text_isolate (NULL));
  g_assert_false (convene_test_leaks_bidi (isolated));

  convene_string_append_isolated (s, "a" RLO);
  convene_string_append_isolated (s, NULL);
  g_string_append (s, ", b");
  g_assert_cmpstr (s->str, ==, "x" CONVENE_TEXT_FSI "a" RLO CONVENE_TEXT_PDI ", b");
  g_assert_false (convene_test_leaks_bidi (s->str));
}

/* Pieces of text for Pango: bounded, never parting a character from its
 * marks (unless it has dozens), at a space when asked */
static void
test_piece_end (void)
{
  g_autoptr(GString) marks = g_string_new ("a");
  g_autofree char *capped = NULL;
  const char *end;

  g_assert_true (*convene_text_piece_end ("short", 10, FALSE) == '\0');
  end = convene_text_piece_end ("abcdefghij", 4, FALSE);
  g_assert_cmpstr (end, ==, "efghij");
  /* at the last space of the second half */
  end = convene_text_piece_end ("one two three four", 12, TRUE);
  g_assert_cmpstr (end, ==, "three four");
  /* before a character's marks: "e" and its accent go to the next piece */
  end = convene_text_piece_end ("abcde\xcc\x81" "f", 5, FALSE);
  g_assert_cmpstr (end, ==, "e\xcc\x81" "f");
  /* a cluster of thousands of marks is cut, in pieces of the length asked */
  for (guint i = 0; i < 5000; i++)
    g_string_append (marks, "\xcc\x81");
  end = convene_text_piece_end (marks->str, 100, FALSE);
  g_assert_cmpint (g_utf8_pointer_to_offset (marks->str, end), ==, 100);
  end = convene_text_piece_end (marks->str + 1, 100, FALSE);
  g_assert_cmpint (g_utf8_pointer_to_offset (marks->str + 1, end), ==, 100);
  /* a cluster of a few marks, as long as the piece, stays whole */
  end = convene_text_piece_end ("a\xcc\x81\xcc\x81\xcc\x81" "b", 2, FALSE);
  g_assert_cmpstr (end, ==, "b");

  capped = convene_text_dup_capped (marks->str, 10);
  /* a cluster: its first 32 marks more are kept with it */
  g_assert_cmpint (g_utf8_strlen (capped, -1), ==, 10 + 32 + 1);
  g_assert_true (g_str_has_suffix (capped, "…"));
  g_clear_pointer (&capped, g_free);
  capped = convene_text_dup_capped ("short", 10);
  g_assert_cmpstr (capped, ==, "short");
  g_assert_null (convene_text_dup_capped (NULL, 10));
}

/* A label said again for every meeting (a kind, a name in an attendance
 * list) is cut short beyond CONVENE_TEXT_LABEL_CHARS characters, so that a
 * long one costs its length once, not once a meeting; the dataset keeps it
 * whole. */
static void
test_labels_capped (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  ConveneMeeting *meeting;
  ConveneMeetingKind *declared, *unknown;
  char *names[CONVENE_N_ATTENDANCE_GROUPS];
  guint counts[CONVENE_N_ATTENDANCE_GROUPS];

  for (guint i = 0; i < 5000; i++)
    g_string_append_c (word, 'a' + i % 26);
  g_string_append_printf (json,
                          "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                          "  \"kinds\": [ { \"id\": \"long\", \"label\": \"%s\" } ],\n"
                          "  \"participants\": [ { \"id\": \"X\", \"name\": \"%s\", \"kind\": \"organisation\" } ],\n"
                          "  \"meetings\": [ { \"id\": \"m\", \"kind\": \"long\", \"title\": \"M\", \"start\": \"2020\",\n"
                          "    \"attendance\": [ { \"participant\": \"X\", \"role\": \"participant\" } ] },\n"
                          "    { \"id\": \"n\", \"kind\": \"%s\", \"title\": \"N\", \"start\": \"2021\" } ] }",
                          word->str, word->str, word->str);
  dataset = convene_test_load_json (json->str);

  declared = convene_meeting_get_meeting_kind (convene_dataset_lookup_meeting (dataset, "m"));
  unknown = convene_meeting_get_meeting_kind (convene_dataset_lookup_meeting (dataset, "n"));
  g_assert_cmpint (g_utf8_strlen (convene_meeting_kind_get_label (declared), -1), ==,
                   CONVENE_TEXT_LABEL_CHARS + 1);
  g_assert_true (g_str_has_suffix (convene_meeting_kind_get_label (declared), "…"));
  g_assert_cmpstr (convene_meeting_kind_get_declared_label (declared), ==, word->str);
  g_assert_cmpint (g_utf8_strlen (convene_meeting_kind_get_label (unknown), -1), ==,
                   CONVENE_TEXT_LABEL_CHARS + 1);
  g_assert_cmpint (g_utf8_strlen (convene_meeting_kind_get_short_label (unknown), -1), ==,
                   CONVENE_TEXT_LABEL_CHARS + 1);

  meeting = convene_dataset_lookup_meeting (dataset, "m");
  convene_meeting_list_attendance (meeting, names, counts);
  for (guint i = 0; i < CONVENE_N_ATTENDANCE_GROUPS; i++)
    {
      /* the one name, cut short, between FSI and PDI */
      if (counts[i] == 1)
        g_assert_cmpint (g_utf8_strlen (names[i], -1), ==, CONVENE_TEXT_LABEL_CHARS + 1 + 2);
      else
        g_assert_null (names[i]);
      g_free (names[i]);
    }
}

static void
test_model_joins (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (convene_test_bidi_json);
  ConveneMeeting *m1 = convene_dataset_lookup_meeting (dataset, "m1");
  ConveneMeeting *m2 = convene_dataset_lookup_meeting (dataset, "m2");
  g_autofree char *place = convene_meeting_dup_place_label (m1);
  g_autofree char *alone = convene_meeting_dup_place_label (m2);
  g_autofree char *where = convene_meeting_dup_where_label (m1);
  g_autofree char *where_alone = convene_meeting_dup_where_label (m2);
  g_autofree char *kind = convene_meeting_dup_kind_label (m1, FALSE);
  g_autofree char *short_kind = convene_meeting_dup_kind_label (m1, TRUE);
  char *names[CONVENE_N_ATTENDANCE_GROUPS];
  guint counts[CONVENE_N_ATTENDANCE_GROUPS];

  g_assert_nonnull (m1);
  g_assert_cmpstr (place, ==,
                   CONVENE_TEXT_FSI "City" RLO CONVENE_TEXT_PDI ", "
                   CONVENE_TEXT_FSI "Second" CONVENE_TEXT_PDI ", and online");
  g_assert_false (convene_test_leaks_bidi (place));
  g_assert_cmpstr (alone, ==, CONVENE_TEXT_FSI "Only" RLO CONVENE_TEXT_PDI);
  /* the venue after the place, isolated too */
  g_assert_cmpstr (where, ==, CONVENE_TEXT_FSI "City" RLO CONVENE_TEXT_PDI ", "
                   CONVENE_TEXT_FSI "Second" CONVENE_TEXT_PDI ", and online · "
                   CONVENE_TEXT_FSI "V\xe2\x81\xa7" CONVENE_TEXT_PDI);  /* RLI */
  g_assert_false (convene_test_leaks_bidi (where));
  g_assert_cmpstr (where_alone, ==, alone);
  g_assert_false (convene_test_leaks_bidi (kind));
  g_assert_false (convene_test_leaks_bidi (short_kind));

  convene_meeting_list_attendance (m1, names, counts);
  g_assert_cmpuint (counts[CONVENE_ATTENDANCE_GROUP_PARTICIPANTS], ==, 2);
  g_assert_cmpstr (names[CONVENE_ATTENDANCE_GROUP_PARTICIPANTS], ==,
                   CONVENE_TEXT_FSI "Evil " RLO "name" CONVENE_TEXT_PDI ", "
                   CONVENE_TEXT_FSI "Second" CONVENE_TEXT_PDI);
  for (guint group = 0; group < CONVENE_N_ATTENDANCE_GROUPS; group++)
    {
      if (names[group] != NULL)
        g_assert_false (convene_test_leaks_bidi (names[group]));
      g_free (names[group]);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/leaks-bidi", test_leaks_bidi);
  g_test_add_func ("/text/isolate", test_isolate);
  g_test_add_func ("/text/piece-end", test_piece_end);
  g_test_add_func ("/text/labels-capped", test_labels_capped);
  g_test_add_func ("/text/model-joins", test_model_joins);

  return g_test_run ();
}
