/* test-writer.c: the dataset writer: its text, and load → save → load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document.h"
#include "convene-meeting-kind.h"

/* Every fact of a dataset, read through the model's getters, one a line.
 * This is deliberately not the writer's code: a fact the writer drops or
 * changes shows as a difference between two dumps. */
static void
dump_sources (GString    *s,
              const char *where,
              GPtrArray  *sources)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);

      g_string_append_printf (s, "%s source %u: %s <%s>\n", where, i, source->title,
                              source->url != NULL ? source->url : "(none)");
    }
}

static void
dump_notes (GString    *s,
            const char *where,
            GPtrArray  *notes)
{
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);

      g_string_append_printf (s, "%s note %u (%d): %s\n", where, i, note->kind, note->text);
    }
}

static void
dump_strv (GString            *s,
           const char         *where,
           const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_string_append_printf (s, "%s %u: %s\n", where, i, strv[i]);
}

static void
dump_date (GString           *s,
           const char        *where,
           const ConveneDate *date)
{
  g_string_append_printf (s, "%s: %u-%u-%u\n", where, date->year, date->month, date->day);
}

static char *
dump_dataset (ConveneDataset *dataset)
{
  GString *s = g_string_new (NULL);
  GListModel *participants = convene_dataset_get_participants (dataset);
  GListModel *meetings = convene_dataset_get_meetings (dataset);

  g_string_append_printf (s, "title: %s\ndescription: %s\n", convene_dataset_get_title (dataset),
                          convene_dataset_get_description (dataset));
  dump_sources (s, "dataset", convene_dataset_get_sources (dataset));
  for (guint i = 0; i < convene_dataset_get_declared_kinds (dataset)->len; i++)
    {
      ConveneMeetingKind *kind = g_ptr_array_index (convene_dataset_get_declared_kinds (dataset), i);

      g_string_append_printf (s, "kind %s: %s\n", convene_meeting_kind_get_id (kind),
                              convene_meeting_kind_get_declared_label (kind));
    }

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
      g_autofree char *where = g_strdup_printf ("participant %s", convene_participant_get_id (p));
      GPtrArray *memberships = convene_participant_get_memberships (p);

      g_string_append_printf (s, "%s: %s / %s / %d\n", where, convene_participant_get_name (p),
                              convene_participant_get_short_name (p),
                              convene_participant_get_kind (p));
      dump_strv (s, where, convene_participant_get_aliases (p));
      for (guint j = 0; memberships != NULL && j < memberships->len; j++)
        {
          ConveneMembership *m = g_ptr_array_index (memberships, j);
          g_autofree char *mwhere = g_strdup_printf ("%s membership %u", where, j);

          g_string_append_printf (s, "%s: %s %s %d %d\n", mwhere, m->group, m->status,
                                  m->has_since, m->has_until);
          if (m->has_since)
            dump_date (s, mwhere, &m->since);
          if (m->has_until)
            dump_date (s, mwhere, &m->until);
          dump_notes (s, mwhere, m->notes);
          dump_sources (s, mwhere, m->sources);
        }
      dump_notes (s, where, convene_participant_get_notes (p));
      dump_sources (s, where, convene_participant_get_sources (p));
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);
      g_autofree char *where = g_strdup_printf ("meeting %s", convene_meeting_get_id (m));
      ConveneParticipant *country = convene_meeting_get_country (m);
      GPtrArray *outcomes = convene_meeting_get_outcomes (m);

      g_string_append_printf (s, "%s: %s %u %s | %s | %s | %s | %d | %s | %d\n", where,
                              convene_meeting_get_kind (m), convene_meeting_get_number (m),
                              convene_meeting_get_title (m), convene_meeting_get_city (m),
                              convene_meeting_get_venue (m),
                              country != NULL ? convene_participant_get_id (country) : "(none)",
                              convene_meeting_get_mode (m), convene_meeting_get_purpose (m),
                              convene_meeting_get_outcomes_incomplete (m));
      dump_date (s, where, convene_meeting_get_start (m));
      dump_date (s, where, convene_meeting_get_end (m));
      dump_strv (s, where, convene_meeting_get_co_chairs (m));
      if (!convene_meeting_get_attendance_recorded (m))
        g_string_append_printf (s, "%s: attendance not recorded\n", where);
      else
        {
          GPtrArray *attendance = convene_meeting_get_attendance (m);

          g_string_append_printf (s, "%s: %u attended\n", where, attendance->len);
          for (guint j = 0; j < attendance->len; j++)
            {
              ConveneAttendance *a = g_ptr_array_index (attendance, j);

              g_string_append_printf (s, "%s attendance %u: %s %d\n", where, j,
                                      convene_participant_get_id (a->participant), a->role);
            }
        }
      for (guint j = 0; outcomes != NULL && j < outcomes->len; j++)
        {
          ConveneOutcome *o = g_ptr_array_index (outcomes, j);
          g_autofree char *owhere = g_strdup_printf ("%s outcome %u", where, j);

          g_string_append_printf (s, "%s: %s\n", owhere, o->text);
          dump_strv (s, owhere, (const char * const *) o->items);
        }
      dump_notes (s, where, convene_meeting_get_notes (m));
      dump_sources (s, where, convene_meeting_get_sources (m));
    }
  return g_string_free (s, FALSE);
}

/* load → save → load gives the same dataset, and saving again the same bytes */
static void
assert_round_trip (ConveneDataset *dataset)
{
  g_autoptr(GBytes) saved = convene_dataset_to_bytes (dataset);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) again = convene_dataset_new_from_bytes (saved, "saved.json", &error);
  g_autoptr(GBytes) saved_again = NULL;
  g_autofree char *before = NULL, *after = NULL;

  g_assert_no_error (error);
  before = dump_dataset (dataset);
  after = dump_dataset (again);
  g_assert_cmpstr (after, ==, before);

  saved_again = convene_dataset_to_bytes (again);
  g_assert_true (g_bytes_equal (saved_again, saved));
}

static void
test_round_trip_files (void)
{
  const char *dir = g_test_get_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_loaded = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(ConveneDataset) dataset = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      /* the files the loader refuses are the loader's tests */
      dataset = convene_dataset_new_from_file (file, name, NULL, NULL);
      if (dataset == NULL)
        continue;
      g_test_message ("%s", name);
      assert_round_trip (dataset);
      n_loaded++;
    }
  /* most test files are refused on purpose; these at least load */
  g_assert_cmpuint (n_loaded, >=, 10);
}

static void
test_round_trip_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();

  g_assert_nonnull (bundled);
  assert_round_trip (bundled);
}

/* @dataset's text written in steps, a meeting a step */
static GBytes *
write_in_steps (ConveneDataset *dataset)
{
  ConveneDatasetWriter *writer = convene_dataset_writer_new (dataset);
  guint steps = 0;

  g_assert_cmpuint (convene_dataset_writer_get_n_written (writer), ==, 0);
  /* a time long past: one meeting a step */
  while (!convene_dataset_writer_step (writer, 1))
    {
      steps++;
      g_assert_cmpuint (convene_dataset_writer_get_n_written (writer), ==, steps);
    }
  g_assert_cmpuint (steps + 1, ==, MAX (convene_dataset_get_n_meetings (dataset), 1));
  return convene_dataset_writer_finish (writer);
}

/* Written in steps (a draft's text, between frames): the same text,
 * unknown members in their places */
static void
test_steps (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "unknown-members-kept.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) bundled_text = NULL;
  g_autoptr(GBytes) bundled_steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  ConveneDatasetWriter *writer;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  input = g_bytes_new (text, length);
  dataset = convene_dataset_new_from_bytes (input, "unknown-members-kept.json", &error);
  g_assert_no_error (error);
  written = write_in_steps (dataset);
  g_assert_true (g_bytes_equal (written, input));

  g_assert_cmpuint (convene_dataset_get_n_meetings (bundled), >, 10);
  bundled_text = convene_dataset_to_bytes (bundled);
  bundled_steps = write_in_steps (bundled);
  g_assert_true (g_bytes_equal (bundled_steps, bundled_text));

  /* dropped half way: nothing leaks (the sanitizers run this) */
  writer = convene_dataset_writer_new (bundled);
  g_assert_false (convene_dataset_writer_step (writer, 1));
  convene_dataset_writer_free (writer);
}

/* Members Convene does not know are written back where they were: the
 * file, in the writer's layout, comes back byte for byte, and after an edit. */
static void
test_unknown_members (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "unknown-members-kept.json", NULL);
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneDocument) document = NULL;
  ConveneMeeting *meeting;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  input = g_bytes_new (text, length);
  dataset = convene_dataset_new_from_bytes (input, "unknown-members-kept.json", &error);
  g_assert_no_error (error);
  saved = convene_dataset_to_bytes (dataset);
  g_assert_cmpstr (g_bytes_get_data (saved, NULL), ==, text);
  assert_round_trip (dataset);

  /* edited around them, they stay */
  document = convene_document_new (dataset);
  meeting = convene_dataset_lookup_meeting (dataset, "m1");
  convene_document_set_meeting_text (document, meeting, CONVENE_MEETING_FIELD_TITLE, "Renamed");
  convene_document_set_role (document, meeting, convene_dataset_lookup_participant (dataset, "VNM"),
                             CONVENE_ROLE_OBSERVER);
  convene_document_set_outcome_text (document, meeting, 0, "Agreed again");
  g_clear_pointer (&saved, g_bytes_unref);
  saved = convene_dataset_to_bytes (dataset);
  for (const char *member = "\"x-first\": 7|\"x-delegation\"|\"x-vote\"|\"x-last\"|\"x-coordinates\"|\"x-between\"";
       *member != '\0'; )
    {
      const char *bar = strchr (member, '|');
      g_autofree char *one = g_strndup (member, bar != NULL ? (gsize) (bar - member) : strlen (member));

      g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), one));
      member = bar != NULL ? bar + 1 : member + strlen (member);
    }
  assert_round_trip (dataset);
}

/* Every input of the fuzzer's corpus that loads (tests/fuzz/crashers and,
 * when CONVENE_FUZZ_CORPUS names it, a corpus grown by run-fuzzer.sh). */
static void
test_round_trip_corpus (void)
{
  g_autofree char *crashers = g_test_build_filename (G_TEST_DIST, "fuzz", "crashers", NULL);
  const char *dirs[] = { crashers, g_getenv ("CONVENE_FUZZ_CORPUS") };
  guint n_loaded = 0, n_read = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autoptr(GDir) listing = dirs[d] != NULL ? g_dir_open (dirs[d], 0, NULL) : NULL;
      const char *name;

      while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *path = g_build_filename (dirs[d], name, NULL);
          g_autofree char *text = NULL;
          gsize length;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(ConveneDataset) dataset = NULL;

          if (!g_file_get_contents (path, &text, &length, NULL))
            continue;
          n_read++;
          bytes = g_bytes_new_take (g_steal_pointer (&text), length);
          dataset = convene_dataset_new_from_bytes (bytes, name, NULL);
          if (dataset == NULL)
            continue;
          assert_round_trip (dataset);
          n_loaded++;
        }
    }
  g_test_message ("%u of %u inputs load and round-trip", n_loaded, n_read);
  g_assert_cmpuint (n_read, >, 0);
}

/* The text itself: documented order, defaults left out, JSON escapes, one item a line. */
static void
test_text (void)
{
  const char *input =
    "{ \"meetings\": [ { \"sources\": [ { \"url\": \"https://example.org/\", \"title\": \"Page\" } ],"
    "    \"notes\": [ { \"text\": \"plain\" }, { \"kind\": \"gap\", \"text\": \"Not \\\"known\\\"\\n\\u0001\" } ],"
    "    \"attendance\": [], \"end\": \"2020-03\", \"start\": \"2020-03\", \"title\": \"M\\\\1\","
    "    \"location\": { \"mode\": \"in-person\", \"city\": \"Bali\" },"
    "    \"kind\": \"workshop\", \"id\": \"m1\" } ],"
    "  \"participants\": [ { \"kind\": \"country\", \"name\": \"Viet Nam\", \"id\": \"VNM\","
    "                      \"aliases\": [ \"Vietnam\" ] } ],"
    "  \"title\": \"T\", \"version\": 1, \"format\": \"convene-dataset\" }";
  const char *expected =
    "{\n"
    "  \"format\": \"convene-dataset\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"T\",\n"
    "  \"participants\": [\n"
    "    {\n"
    "      \"id\": \"VNM\",\n"
    "      \"name\": \"Viet Nam\",\n"
    "      \"kind\": \"country\",\n"
    "      \"aliases\": [\n"
    "        \"Vietnam\"\n"
    "      ]\n"
    "    }\n"
    "  ],\n"
    "  \"meetings\": [\n"
    "    {\n"
    "      \"id\": \"m1\",\n"
    "      \"kind\": \"workshop\",\n"
    "      \"title\": \"M\\\\1\",\n"
    "      \"start\": \"2020-03\",\n"
    "      \"location\": {\n"
    "        \"city\": \"Bali\"\n"
    "      },\n"
    "      \"attendance\": [],\n"
    "      \"notes\": [\n"
    "        \"plain\",\n"
    "        {\n"
    "          \"kind\": \"gap\",\n"
    "          \"text\": \"Not \\\"known\\\"\\n\\u0001\"\n"
    "        }\n"
    "      ],\n"
    "      \"sources\": [\n"
    "        {\n"
    "          \"title\": \"Page\",\n"
    "          \"url\": \"https://example.org/\"\n"
    "        }\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (input, strlen (input));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_bytes (bytes, "in.json", &error);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  saved = convene_dataset_to_bytes (dataset);
  text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_cmpstr (text, ==, expected);
}

/* A number too large for a double, in a member Convene does not know,
 * is read as infinite: it is written as a number that reads back so, never
 * as "inf", which is not JSON (the fuzzer found it:
 * crashers/crash-writer-infinite-number.json). */
static void
test_infinite_number (void)
{
  static const char text[] =
    "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\", \"x-big\": 15.e308,\n"
    "  \"participants\": [], \"x-small\": [ -2e400, 1.5 ], \"meetings\": [] }";
  g_autoptr(GBytes) input = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_bytes (input, "big.json", &error);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *saved_text = NULL;

  g_assert_no_error (error);
  saved = convene_dataset_to_bytes (dataset);
  saved_text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_null (strstr (saved_text, "inf"));
  g_assert_nonnull (strstr (saved_text, "\"x-big\": 1e999"));
  g_assert_nonnull (strstr (saved_text, "-1e999,"));
  assert_round_trip (dataset);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/writer/text", test_text);
  g_test_add_func ("/writer/round-trip/files", test_round_trip_files);
  g_test_add_func ("/writer/round-trip/bundled", test_round_trip_bundled);
  g_test_add_func ("/writer/round-trip/corpus", test_round_trip_corpus);
  g_test_add_func ("/writer/unknown-members", test_unknown_members);
  g_test_add_func ("/writer/steps", test_steps);
  g_test_add_func ("/writer/infinite-number", test_infinite_number);

  return g_test_run ();
}
