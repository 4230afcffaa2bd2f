/* test-ics.c: meetings as iCalendar (RFC 5545), read back by the rules of
 * the RFC here and by python3-icalendar, a parser of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "convene-ics.h"
#include "convene-test-data.h"
#include "convene-test-run.h"

/* The content lines of text, unfolded (RFC 5545 §3.1), after checking the
 * physical lines: each ends in CRLF, holds at most 75 octets and whole UTF-8
 * characters, and a continuation line starts with a space. */
static GStrv
unfold (const char *text)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autoptr(GString) line = NULL;
  const char *p = text;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  while (*p != '\0')
    {
      const char *end = strstr (p, "\r\n");
      gsize length;

      g_assert_nonnull (end);
      length = (gsize) (end - p);
      g_assert_cmpuint (length, <=, CONVENE_ICS_LINE_OCTETS);
      g_assert_null (memchr (p, '\n', length));
      g_assert_null (memchr (p, '\r', length));
      g_assert_true (g_utf8_validate (p, (gssize) length, NULL));

      if (*p == ' ')
        {
          g_assert_nonnull (line);
          g_string_append_len (line, p + 1, length - 1);
        }
      else
        {
          if (line != NULL)
            {
              g_strv_builder_add (lines, line->str);
              g_string_free (line, TRUE);
            }
          line = g_string_new_len (p, (gssize) length);
        }
      p = end + 2;
    }
  g_strv_builder_add (lines, line->str);
  return g_strv_builder_end (lines);
}

/* A TEXT value read back: the inverse of §3.3.11's escapes. */
static char *
unescape (const char *value)
{
  GString *text = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          /* an unescaped separator would end the value or split a list */
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (text, *p);
          continue;
        }
      p++;
      g_assert_true (strchr ("\\;,nN", *p) != NULL && *p != '\0');
      g_string_append_c (text, *p == 'n' || *p == 'N' ? '\n' : *p);
    }
  return g_string_free (text, FALSE);
}

/* The value of the property name ("SUMMARY", "DTSTART;VALUE=DATE") in the
 * event whose UID is uid, unescaped when text; NULL when it has none. */
static char *
event_property (GStrv       lines,
                const char *uid,
                const char *name,
                gboolean    text)
{
  g_autofree char *uid_line = g_strdup_printf ("UID:%s", uid);
  g_autofree char *prefix = g_strdup_printf ("%s:", name);
  gboolean in_event = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        {
          /* the UID comes first in Convene's events */
          in_event = lines[i + 1] != NULL && g_str_equal (lines[i + 1], uid_line);
          continue;
        }
      if (in_event && g_str_equal (lines[i], "END:VEVENT"))
        return NULL;
      if (in_event && g_str_has_prefix (lines[i], prefix))
        return text ? unescape (lines[i] + strlen (prefix)) : g_strdup (lines[i] + strlen (prefix));
    }
  return NULL;
}

static char *
write_all (ConveneDataset *dataset,
           GDateTime      *stamp)
{
  gsize length;
  char *text = convene_ics_write (dataset, NULL, stamp, &length);

  g_assert_cmpuint (strlen (text), ==, length);
  return text;
}

/* Every line is folded and ends right; the text of the dataset comes back
 * whole, whatever it holds. */
static void
test_text_and_folding (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("ics-text.json");
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, "by-the-day");
  g_autofree char *text = write_all (dataset, NULL);
  g_auto(GStrv) lines = unfold (text);
  g_autofree char *uid = convene_ics_dup_uid (dataset, meeting);
  g_autofree char *summary = event_property (lines, uid, "SUMMARY", TRUE);
  g_autofree char *location = event_property (lines, uid, "LOCATION", TRUE);
  g_autofree char *description = event_property (lines, uid, "DESCRIPTION", TRUE);
  g_autofree char *place = convene_meeting_dup_place_label (meeting);
  g_autofree char *name_line = g_strdup_printf ("X-WR-CALNAME:%s", "Calendar\\; \"text\"\\, escapes \\\\ and lines");
  gboolean folded = FALSE;

  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_true (g_strv_contains ((const char * const *) lines, "VERSION:2.0"));
  g_assert_true (g_strv_contains ((const char * const *) lines, name_line));
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "END:VCALENDAR");

  g_assert_cmpstr (summary, ==, convene_meeting_get_title (meeting));
  g_assert_cmpstr (location, ==, place);
  /* the purpose, with its CRLF as one line break, its tab as a space and
   * without the control character TEXT may not hold */
  g_assert_nonnull (strstr (description, "Purpose\nการประชุมเจ้าหน้าที่อาวุโสกลุ่มเฉพาะกิจ"));
  g_assert_nonnull (strstr (description, "Tiếng Việt: Hội nghị Quan chức Cấp cao Nhóm Ad Hoc, đưa người "
                                         "di cư trái phép.\nA second paragraph with a tab and a bell  in it."));
  /* the sources, each title and address on a line of its own */
  g_assert_nonnull (strstr (description, "Sources\n1. Report, part 1; annex\n"
                                         "https://example.org/report?part=1;annex=2,3\n"
                                         "2. A printed source without an address"));
  g_assert_null (strchr (description, '\a'));

  /* the long lines were folded (the checks are in unfold()) */
  for (const char *p = text; (p = strstr (p, "\r\n ")) != NULL; p += 3)
    folded = TRUE;
  g_assert_true (folded);
}

/* All-day events: DTEND is the day after the last; a date known only to the
 * month or year covers it all, says so, and shows as free time. */
static void
test_dates (void)
{
  const struct {
    const char *id;
    const char *start;
    const char *end;
    const char *caveat;  /* the description's start, NULL when the days are known */
  } cases[] = {
    { "by-the-day", "20191230", "20200103", NULL },
    { "month-only", "20090401", "20090501", "Date known only to the month: April 2009." },
    { "into-a-month", "20110530", "20110701", "Date known only to the month: 30 May 2011 – June 2011." },
    { "year-only", "20120101", "20130101", "Date known only to the year: 2012." },
    { "leap-day", "20160229", "20160301", NULL },
  };
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("ics-text.json");
  g_autofree char *text = write_all (dataset, NULL);
  g_auto(GStrv) lines = unfold (text);

  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, cases[i].id);
      g_autofree char *uid = convene_ics_dup_uid (dataset, meeting);
      g_autofree char *start = event_property (lines, uid, "DTSTART;VALUE=DATE", FALSE);
      g_autofree char *end = event_property (lines, uid, "DTEND;VALUE=DATE", FALSE);
      g_autofree char *description = event_property (lines, uid, "DESCRIPTION", TRUE);
      g_autofree char *transp = event_property (lines, uid, "TRANSP", FALSE);

      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
      if (cases[i].caveat != NULL)
        {
          g_assert_true (g_str_has_prefix (description, cases[i].caveat));
          g_assert_cmpstr (transp, ==, "TRANSPARENT");
        }
      else
        {
          g_assert_null (strstr (description, "known only"));
          g_assert_cmpstr (transp, ==, "OPAQUE");
        }
    }
}

/* A UID per meeting, the same from one export to the next, so that a
 * calendar updates its events when the file is imported again. */
static void
test_uids (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(GDateTime) stamp1 = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  g_autoptr(GDateTime) stamp2 = g_date_time_new_utc (2027, 6, 7, 8, 9, 10);
  g_autofree char *text1 = write_all (dataset, stamp1);
  g_autofree char *text2 = write_all (dataset, stamp2);
  g_auto(GStrv) lines1 = unfold (text1);
  g_auto(GStrv) lines2 = unfold (text2);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  guint n_uids = 0, n_stamps = 0;

  for (guint i = 0; lines1[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines1[i], "UID:"))
        {
          g_assert_false (g_hash_table_contains (seen, lines1[i]));
          g_hash_table_add (seen, lines1[i]);
          n_uids++;
        }
      if (g_str_has_prefix (lines1[i], "DTSTAMP:"))
        {
          g_assert_cmpstr (lines1[i], ==, "DTSTAMP:20260102T030405Z");
          n_stamps++;
        }
    }
  g_assert_cmpuint (n_uids, ==, g_list_model_get_n_items (meetings));
  g_assert_cmpuint (n_stamps, ==, n_uids);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *uid = convene_ics_dup_uid (dataset, meeting);
      g_autofree char *line = g_strdup_printf ("UID:%s", uid);
      g_autofree char *prefix = g_strdup_printf ("%s@", convene_meeting_get_id (meeting));

      g_assert_true (g_str_has_prefix (uid, prefix));
      g_assert_true (g_hash_table_contains (seen, line));
      g_assert_true (g_strv_contains ((const char * const *) lines2, line));
    }

  /* another dataset, another UID for a meeting of the same id */
  {
    g_autoptr(ConveneDataset) other = convene_test_load_file ("valid-small.json");
    ConveneMeeting *a = convene_dataset_lookup_meeting (dataset, "ahg-som-14");
    ConveneMeeting *b = convene_dataset_lookup_meeting (other, "ahg-som-14");
    g_autofree char *uid_a = convene_ics_dup_uid (dataset, a);
    g_autofree char *uid_b = convene_ics_dup_uid (other, b);

    g_assert_nonnull (a);
    g_assert_nonnull (b);
    g_assert_cmpstr (uid_a, !=, uid_b);
  }
}

/* Runs tests/check-ics.py on path: python3-icalendar's reading, as JSON.
 * NULL (and the test skipped) when the parser is not installed. */
static JsonParser *
parse_with_icalendar (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-ics.py", NULL);
  /* Debian's own, which has python3-icalendar; another python3 on the PATH may not */
  g_autofree char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
                            ? g_strdup ("/usr/bin/python3") : g_find_program_in_path ("python3");
  const char *argv[] = { python, script, path, NULL };
  g_auto(ConveneRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonParser *parser;

  if (python != NULL)
    convene_run_argv (&run, NULL, NULL, argv);
  if (python == NULL || run.status == 77)
    {
      g_test_skip ("python3-icalendar is not installed: the calendar is checked by the "
                   "RFC's rules only (Debian: apt-get install python3-icalendar)");
      return NULL;
    }
  if (run.status != 0)
    g_error ("python3-icalendar could not read %s:\n%s", path, run.err);

  parser = json_parser_new ();
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  return parser;
}

/* A real parser reads back what was written: every meeting of the bundled
 * record and of the test of hard text, by its UID. */
static void
check_with_icalendar (const char *name)
{
  g_autoptr(ConveneDataset) dataset = name != NULL ? convene_test_load_file (name)
                                                   : convene_dataset_new_bundled ();
  g_autofree char *dir = g_dir_make_tmp ("convene-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meetings.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *root;
  JsonArray *events;

  g_assert_true (convene_ics_save (dataset, NULL, file, NULL, &error));
  g_assert_no_error (error);
  parser = parse_with_icalendar (path);
  g_unlink (path);
  g_rmdir (dir);
  if (parser == NULL)
    return;

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "version"), ==, "2.0");
  g_assert_cmpstr (json_object_get_string_member (root, "name"), ==, convene_dataset_get_title (dataset));
  events = json_object_get_array_member (root, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, convene_dataset_get_n_meetings (dataset));

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      const char *uid = json_object_get_string_member (event, "uid");
      g_autofree char *id = g_strndup (uid, strcspn (uid, "@"));
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, id);
      g_autofree char *expected_uid = NULL;
      g_autofree char *place = NULL;
      const ConveneDate *start;

      /* the UID gives the meeting back */
      g_assert_nonnull (meeting);
      expected_uid = convene_ics_dup_uid (dataset, meeting);
      g_assert_cmpstr (uid, ==, expected_uid);
      g_assert_cmpstr (json_object_get_string_member (event, "summary"), ==,
                       convene_meeting_get_title (meeting));
      place = convene_meeting_dup_place_label (meeting);
      if (place != NULL)
        g_assert_cmpstr (json_object_get_string_member (event, "location"), ==, place);
      /* dates, not times */
      g_assert_true (g_str_has_prefix (json_object_get_string_member (event, "dtstart"), "date:"));
      g_assert_true (g_str_has_prefix (json_object_get_string_member (event, "dtend"), "date:"));
      g_assert_true (g_str_has_prefix (json_object_get_string_member (event, "dtstamp"), "datetime:"));
      start = convene_meeting_get_start (meeting);
      if (start->day != 0)
        {
          g_autofree char *iso = convene_date_to_iso (start);
          g_autofree char *expected = g_strdup_printf ("date:%s", iso);

          g_assert_cmpstr (json_object_get_string_member (event, "dtstart"), ==, expected);
        }
      g_assert_cmpint (strcmp (json_object_get_string_member (event, "dtstart"),
                               json_object_get_string_member (event, "dtend")), <, 0);
    }
}

static void
test_icalendar_bundled (void)
{
  check_with_icalendar (NULL);
}

static void
test_icalendar_hard_text (void)
{
  check_with_icalendar ("ics-text.json");
}

/* The meetings given, in that order; none of any other. */
static void
test_some_meetings (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("valid-small.json");
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autofree char *text = NULL;
  const char *first, *second;

  g_ptr_array_add (meetings, convene_dataset_lookup_meeting (dataset, "steering-2022"));
  g_ptr_array_add (meetings, convene_dataset_lookup_meeting (dataset, "ahg-som-14"));
  text = convene_ics_write (dataset, meetings, NULL, NULL);
  first = strstr (text, "UID:steering-2022@");
  second = strstr (text, "UID:ahg-som-14@");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first < second);
  g_assert_null (strstr (text, "UID:ahg-som-15@"));
  g_assert_null (strstr (text, "UID:workshop-2009@"));
}

/* convene --ics OUT [--meeting ID …] [FILE]: written whole, or not at all. */
static void
test_command_line (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-ics-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.ics", NULL);
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GDir) listing = NULL;

  {
    const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--ics", out, "--meeting", "ahg-som-15",
                           dataset, NULL };
    g_auto(ConveneRun) run = { 0 };

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "\r\nUID:ahg-som-15@a-small-test-record.convene\r\n"));
    g_assert_null (strstr (text, "UID:ahg-som-14@"));
  }
  {
    /* an unknown id: nothing is written, the file there stays */
    const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--ics", out, "--meeting", "ahg-som-14",
                           "--meeting", "no-such-meeting", dataset, NULL };
    g_auto(ConveneRun) run = { 0 };
    g_autofree char *after = NULL;

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "no-such-meeting: no such meeting in "));
    g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, text);
  }
  {
    /* every meeting of the bundled record; OUT replaced */
    const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--ics", out, NULL };
    g_auto(ConveneRun) run = { 0 };
    g_autofree char *after = NULL;

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
    g_assert_nonnull (strstr (after, "\r\nUID:ahg-som-14@bali-process-ad-hoc-group.convene\r\n"));
  }
  {
    /* a folder that is not there: said, and nothing made */
    const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--ics", missing, NULL };
    g_auto(ConveneRun) run = { 0 };

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, missing));
  }
  {
    /* --meeting goes with an output */
    const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--check", "--meeting", "ahg-som-14", NULL };
    g_auto(ConveneRun) run = { 0 };

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 2);
  }

  /* no temporary file is left beside OUT */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.ics");
  g_assert_null (g_dir_read_name (listing));
  g_unlink (out);
  g_rmdir (dir);
}

/* A UID holds the dataset's title: a long one is cut to 63 octets and a
 * digest, so that it costs the same in every event whatever its length,
 * and two titles that begin alike still give different UIDs */
static void
test_uid_long_title (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *json_a = NULL;
  g_autofree char *json_b = NULL;
  g_autoptr(ConveneDataset) a = NULL;
  g_autoptr(ConveneDataset) b = NULL;
  g_autofree char *uid_a = NULL;
  g_autofree char *uid_b = NULL;
  static const char format[] =
    "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"%s%s\",\n"
    "  \"participants\": [],\n"
    "  \"meetings\": [ { \"id\": \"m\", \"kind\": \"workshop\", \"title\": \"M\", \"start\": \"2020\" } ] }";

  for (guint i = 0; i < 10000; i++)
    g_string_append (title, "Word ");
  json_a = g_strdup_printf (format, title->str, "A");
  json_b = g_strdup_printf (format, title->str, "B");
  a = convene_test_load_json (json_a);
  b = convene_test_load_json (json_b);
  uid_a = convene_ics_dup_uid (a, convene_dataset_lookup_meeting (a, "m"));
  uid_b = convene_ics_dup_uid (b, convene_dataset_lookup_meeting (b, "m"));

  g_assert_cmpuint (strlen (uid_a), ==, strlen ("m@") + 63 + strlen (".convene"));
  g_assert_true (g_str_has_prefix (uid_a, "m@word-word-"));
  g_assert_cmpstr (uid_a, !=, uid_b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/uid-long-title", test_uid_long_title);
  g_test_add_func ("/ics/text-and-folding", test_text_and_folding);
  g_test_add_func ("/ics/dates", test_dates);
  g_test_add_func ("/ics/uids", test_uids);
  g_test_add_func ("/ics/some-meetings", test_some_meetings);
  g_test_add_func ("/ics/icalendar-bundled", test_icalendar_bundled);
  g_test_add_func ("/ics/icalendar-hard-text", test_icalendar_hard_text);
  g_test_add_func ("/ics/command-line", test_command_line);

  return g_test_run ();
}
