/* test-bundled.c: the bundled record, checked against its source pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-loader.h"

static ConveneDataset *bundled;

static ConveneMeeting *
meeting (const char *id)
{
  ConveneMeeting *m = convene_dataset_lookup_meeting (bundled, id);

  g_assert_nonnull (m);
  return m;
}

static ConveneParticipant *
participant (const char *id)
{
  ConveneParticipant *p = convene_dataset_lookup_participant (bundled, id);

  g_assert_nonnull (p);
  return p;
}

static ConveneRole
role (const char *participant_id,
      const char *meeting_id)
{
  return convene_meeting_get_role (meeting (meeting_id), participant (participant_id));
}

static void
assert_dates (const char *meeting_id,
              const char *start,
              const char *end)
{
  g_autofree char *s = convene_date_to_iso (convene_meeting_get_start (meeting (meeting_id)));
  g_autofree char *e = convene_date_to_iso (convene_meeting_get_end (meeting (meeting_id)));

  g_assert_cmpstr (s, ==, start);
  g_assert_cmpstr (e, ==, end);
}

static gboolean
has_note (const char      *meeting_id,
          ConveneNoteKind  kind,
          const char      *fragment)
{
  GPtrArray *notes = convene_meeting_get_notes (meeting (meeting_id));

  for (guint i = 0; i < notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);

      if (note->kind == kind && strstr (note->text, fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_loads (void)
{
  g_assert_true (convene_dataset_is_bundled (bundled));
  g_assert_cmpuint (convene_dataset_get_n_meetings (bundled), >=, 11);
  g_assert_cmpstr (convene_dataset_get_title (bundled), ==, "Bali Process Ad Hoc Group");
  /* the overview page's history and terms of reference */
  g_assert_nonnull (strstr (convene_dataset_get_description (bundled),
                            "to enhance information sharing arrangements between most-affected countries"));
}

static void
test_seed_meetings (void)
{
  assert_dates ("ahg-som-01", "2009-06-27", "2009-06-29");
  assert_dates ("ahg-som-09", "2015-05-06", "2015-05-06");
  assert_dates ("ahg-som-10", "2016-02-02", "2016-02-02");
  assert_dates ("ahg-som-14", "2019-07-23", "2019-07-24");

  g_assert_cmpuint (convene_meeting_get_number (meeting ("ahg-som-14")), ==, 14);
  g_assert_cmpstr (convene_meeting_get_city (meeting ("ahg-som-14")), ==, "Da Nang");
  g_assert_true (convene_meeting_get_country (meeting ("ahg-som-14")) == participant ("VNM"));
  g_assert_cmpstr (convene_meeting_get_city (meeting ("ahg-som-09")), ==, "Wellington");
  g_assert_cmpstr (convene_meeting_get_city (meeting ("ahg-som-10")), ==, "Bangkok");
}

/* Header and text disagree: the header's dates are kept, and a note says so. */
static void
test_contradictions (void)
{
  g_assert_true (convene_meeting_has_contradiction (meeting ("ahg-som-01")));
  g_assert_true (has_note ("ahg-som-01", CONVENE_NOTE_CONTRADICTION, "July"));
  g_assert_true (convene_meeting_has_contradiction (meeting ("ahg-som-14")));
  g_assert_true (has_note ("ahg-som-14", CONVENE_NOTE_CONTRADICTION, "23-23 July"));
}

static void
test_attendance (void)
{
  /* Canada: observer at the 9th and 10th, participant at the 14th */
  g_assert_cmpint (role ("CAN", "ahg-som-09"), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (role ("CAN", "ahg-som-10"), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (role ("CAN", "ahg-som-14"), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (role ("CAN", "ahg-som-01"), ==, CONVENE_ROLE_NONE);

  /* Viet Nam: at the 9th, 10th and 14th, not at the 1st */
  g_assert_cmpint (role ("VNM", "ahg-som-01"), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (role ("VNM", "ahg-som-09"), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (role ("VNM", "ahg-som-10"), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (role ("VNM", "ahg-som-14"), ==, CONVENE_ROLE_PARTICIPANT);

  /* the ASEAN Secretariat "as an observer" at the 1st */
  g_assert_cmpint (role ("ASEAN-SEC", "ahg-som-01"), ==, CONVENE_ROLE_OBSERVER);
  /* the RSO Co-Managers participated at the 9th and 10th */
  g_assert_cmpint (role ("RSO", "ahg-som-09"), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (role ("RSO", "ahg-som-10"), ==, CONVENE_ROLE_PARTICIPANT);
  /* Afghanistan is not listed at the 10th */
  g_assert_cmpint (role ("AFG", "ahg-som-10"), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (role ("FSC", "ahg-som-14"), ==, CONVENE_ROLE_PARTICIPANT);

  /* the Manila roundtable's attendance is not recorded */
  g_assert_false (convene_meeting_get_attendance_recorded (meeting ("roundtable-2015-manila")));
  g_assert_cmpint (role ("VNM", "roundtable-2015-manila"), ==, CONVENE_ROLE_NOT_RECORDED);
}

/* The complete record, from the research notes (issue 8) */
static void
test_record (void)
{
  const char *observers_at_2nd[] = { "AFG", "BGD", "PAK", "MDV" };
  const char *new_at_5th[] = { "PHL", "VNM", "USA" };
  GPtrArray *attendance;
  guint n_observers = 0;
  char id[32];

  /* the 2nd meeting's observers are Afghanistan, Bangladesh, Pakistan and Maldives */
  for (guint i = 0; i < G_N_ELEMENTS (observers_at_2nd); i++)
    g_assert_cmpint (role (observers_at_2nd[i], "ahg-som-02"), ==, CONVENE_ROLE_OBSERVER);
  attendance = convene_meeting_get_attendance (meeting ("ahg-som-02"));
  for (guint i = 0; i < attendance->len; i++)
    if (((ConveneAttendance *) g_ptr_array_index (attendance, i))->role == CONVENE_ROLE_OBSERVER)
      n_observers++;
  g_assert_cmpuint (n_observers, ==, G_N_ELEMENTS (observers_at_2nd));

  /* the Philippines, Viet Nam and the United States join at the 5th */
  for (guint i = 0; i < G_N_ELEMENTS (new_at_5th); i++)
    {
      g_assert_cmpint (role (new_at_5th[i], "ahg-som-04"), !=, CONVENE_ROLE_PARTICIPANT);
      g_assert_cmpint (role (new_at_5th[i], "ahg-som-05"), ==, CONVENE_ROLE_PARTICIPANT);
    }

  /* the United Arab Emirates: observer at the 3rd, participant at the 12th */
  g_assert_cmpint (role ("ARE", "ahg-som-03"), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (role ("ARE", "ahg-som-12"), ==, CONVENE_ROLE_PARTICIPANT);

  /* Canada: observer at every recorded meeting from the 4th to the 12th */
  for (guint n = 4; n <= 12; n++)
    {
      g_snprintf (id, sizeof id, "ahg-som-%02u", n);
      if (convene_meeting_get_attendance_recorded (meeting (id)))
        g_assert_cmpint (role ("CAN", id), ==, CONVENE_ROLE_OBSERVER);
    }
  g_assert_cmpint (role ("CAN", "ahg-som-14"), ==, CONVENE_ROLE_PARTICIPANT);

  /* the 11th is known only from secondary sources: attendance not recorded */
  g_assert_false (convene_meeting_get_attendance_recorded (meeting ("ahg-som-11")));
  /* the 13th is only inferred: it is not in the record */
  g_assert_null (convene_dataset_lookup_meeting (bundled, "ahg-som-13"));

  /* the 17th: Kuala Lumpur, 2–3 May 2024, with its co-chairs named */
  assert_dates ("ahg-som-17", "2024-05-02", "2024-05-03");
  g_assert_cmpstr (convene_meeting_get_city (meeting ("ahg-som-17")), ==, "Kuala Lumpur");
  g_assert_cmpuint (g_strv_length ((char **) convene_meeting_get_co_chairs (meeting ("ahg-som-17"))), ==, 2);

  /* the 15th was virtual, the 16th hybrid */
  g_assert_cmpint (convene_meeting_get_mode (meeting ("ahg-som-15")), ==, CONVENE_MEETING_MODE_VIRTUAL);
  g_assert_cmpint (convene_meeting_get_mode (meeting ("ahg-som-16")), ==, CONVENE_MEETING_MODE_HYBRID);

  /* Ministerial Conferences: only the 1st has its attendance in full */
  g_assert_cmpint (role ("IDN", "ministerial-conference-01"), ==, CONVENE_ROLE_CO_CHAIR);
  g_assert_cmpint (role ("AUS", "ministerial-conference-01"), ==, CONVENE_ROLE_CO_CHAIR);
  for (guint n = 2; n <= 8; n++)
    {
      g_snprintf (id, sizeof id, "ministerial-conference-%02u", n);
      g_assert_false (convene_meeting_get_attendance_recorded (meeting (id)));
      g_assert_cmpuint (g_strv_length ((char **) convene_meeting_get_co_chairs (meeting (id))), >, 0);
    }

  /* territories are not countries */
  g_assert_cmpint (convene_participant_get_kind (participant ("HKG")), ==, CONVENE_PARTICIPANT_KIND_TERRITORY);
}

/* Every AHG SOM from the 1st to the 17th is there, but the 13th, each
 * with its number, in order. */
static void
test_every_ahg_meeting (void)
{
  guint previous_key = 0;
  char id[32];

  for (guint n = 1; n <= 17; n++)
    {
      ConveneMeeting *m;

      if (n == 13)
        continue;
      g_snprintf (id, sizeof id, "ahg-som-%02u", n);
      m = meeting (id);
      g_assert_cmpuint (convene_meeting_get_number (m), ==, n);
      g_assert_cmpstr (convene_meeting_get_kind (m), ==, "ahg-som");
      g_assert_cmpuint (convene_meeting_get_date_key (m), >, previous_key);
      previous_key = convene_meeting_get_date_key (m);
    }
}

/* One spelling, one id: "Vietnam" is an alias of Viet Nam */
static void
test_spellings (void)
{
  const char * const *aliases = convene_participant_get_aliases (participant ("VNM"));

  g_assert_cmpstr (convene_participant_get_name (participant ("VNM")), ==, "Viet Nam");
  g_assert_true (g_strv_contains (aliases, "Vietnam"));
  g_assert_true (g_strv_contains (convene_participant_get_aliases (participant ("USA")),
                                  "United States"));
}

/* Whitespace folded to single spaces, for comparing with page text. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_in_page (const char *page,
                const char *text,
                const char *where)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (page, needle) == NULL)
    g_error ("%s: “%s” is not in its source page", where, needle);
}

/* Every outcome and purpose of a seed meeting is the page's own words. */
static void
test_words_from_pages (void)
{
  const char *sources_dir = g_getenv ("CONVENE_SOURCES_DIR");
  const struct { const char *id; const char *page; } pages[] = {
    { "ahg-som-01", "ahg-som-01-bali-2009.txt" },
    { "ahg-som-09", "ahg-som-09-wellington-2015.txt" },
    { "ahg-som-10", "ahg-som-10-bangkok-2016.txt" },
    { "ahg-som-14", "ahg-som-14-da-nang-2019.txt" },
  };

  if (sources_dir == NULL || !g_file_test (sources_dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the source pages (shared/sources) are not beside this checkout");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_build_filename (sources_dir, pages[i].page, NULL);
      g_autofree char *raw = NULL;
      g_autofree char *page = NULL;
      ConveneMeeting *m = meeting (pages[i].id);
      GPtrArray *outcomes = convene_meeting_get_outcomes (m);

      g_assert_true (g_file_get_contents (path, &raw, NULL, NULL));
      page = squeeze (raw);

      g_assert_nonnull (convene_meeting_get_purpose (m));
      assert_in_page (page, convene_meeting_get_purpose (m), pages[i].id);
      g_assert_cmpuint (outcomes->len, >, 0);

      for (guint j = 0; j < outcomes->len; j++)
        {
          ConveneOutcome *outcome = g_ptr_array_index (outcomes, j);

          assert_in_page (page, outcome->text, pages[i].id);
          for (guint k = 0; outcome->items[k] != NULL; k++)
            assert_in_page (page, outcome->items[k], pages[i].id);
        }
    }
}

/* Each meeting names where it comes from. */
static void
test_every_meeting_has_sources (void)
{
  GListModel *meetings = convene_dataset_get_meetings (bundled);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

      if (convene_meeting_get_sources (m)->len == 0)
        g_error ("%s has no source", convene_meeting_get_id (m));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  bundled = convene_dataset_new_bundled ();

  g_test_add_func ("/bundled/loads", test_loads);
  g_test_add_func ("/bundled/seed-meetings", test_seed_meetings);
  g_test_add_func ("/bundled/contradictions", test_contradictions);
  g_test_add_func ("/bundled/attendance", test_attendance);
  g_test_add_func ("/bundled/spellings", test_spellings);
  g_test_add_func ("/bundled/record", test_record);
  g_test_add_func ("/bundled/every-ahg-meeting", test_every_ahg_meeting);
  g_test_add_func ("/bundled/words-from-pages", test_words_from_pages);
  g_test_add_func ("/bundled/sources", test_every_meeting_has_sources);

  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
