/* test-bundled.c: the bundled record, checked against its source pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

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

/* Every AHG SOM from the 1st to the 18th is there, but the 13th, each
 * with its number, in order. */
static void
test_every_ahg_meeting (void)
{
  guint previous_key = 0;
  char id[32];

  for (guint n = 1; n <= 18; n++)
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

/* Issue #15: the working groups, workshops and meetings around the Ad Hoc
 * Group, each against its page: dates (the header's where the page has
 * one), place, and attendance by role as the page lists it. */

typedef struct
{
  const char *id;
  const char *start, *end;
  const char *city;     /* NULL: none given */
  const char *country;  /* NULL: none given */
  ConveneMeetingMode mode;
  int n_attending;      /* -1: attendance not recorded */
  const char *co_chairs, *participants, *observers;  /* space-separated ids */
} PagedMeeting;

static const PagedMeeting paged[] = {
  /* UNHCR Jakarta, note for the file on the two Jakarta meetings */
  { "coordination-meeting-2003-jakarta", "2003-03-26", "2003-03-26", "Jakarta", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    6, "IDN AUS", "NZL THA IOM UNHCR", "" },
  { "preparatory-meeting-2003-jakarta", "2003-03-27", "2003-03-27", "Jakarta", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* UNHCR Jakarta: "Bali Process Steering Group Meeting … Bangkok, 5-6 June 2003" */
  { "steering-group-05", "2003-06-05", "2003-06-06", "Bangkok", "THA", CONVENE_MEETING_MODE_IN_PERSON,
    6, "AUS IDN", "NZL THA IOM UNHCR", "" },
  /* "Date: 22 - 23 March 2010" */
  { "working-group-2010-colombo", "2010-03-22", "2010-03-23", "Colombo", "LKA", CONVENE_MEETING_MODE_IN_PERSON,
    11, "AUS LKA", "AFG BGD IND IDN MYS PAK MDV NZL THA", "" },
  /* Co-Chairs' Summary: "Bali 7 – 8 June 2010" */
  { "workshop-2010-bali", "2010-06-07", "2010-06-08", "Bali", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    17, "AUS IDN", "AFG BGD IND MYS MDV MMR NZL PAK LKA THA UNHCR IOM UNODC", "ARE PIDC" },
  /* the 4th Ministerial Conference's page: "held in Manila in November 2010" */
  { "workshop-2010-manila", "2010-11", "2010-11", "Manila", "PHL", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  { "som-2011-bali", "2011-03-10", "2011-03-10", "Bali", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* "Date: 10 - 11 May 2011"; the United States and Bangladesh "unable to attend" */
  { "working-group-2011-colombo", "2011-05-10", "2011-05-11", "Colombo", "LKA", CONVENE_MEETING_MODE_IN_PERSON,
    15, "AUS LKA", "AFG IND IDN MYS MDV PAK THA MMR NZL UNHCR IOM", "GBR CAN" },
  /* "Date: 14 - 16 November 2011" */
  { "working-group-2011-negombo", "2011-11-14", "2011-11-16", "Negombo", "LKA", CONVENE_MEETING_MODE_IN_PERSON,
    18, "AUS LKA", "AFG BGD IND IDN MYS MDV MMR PAK PHL THA USA VNM UNHCR IOM", "CAN GBR" },
  { "steering-group-23", "2012-02-08", "2012-02-08", NULL, NULL, CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* Co-Chairs' Statement: "New Delhi, India on 23-26 April 2012" */
  { "workshop-2012-new-delhi", "2012-04-23", "2012-04-26", "New Delhi", "IND", CONVENE_MEETING_MODE_IN_PERSON,
    17, "IND AUS", "AFG BGD IDN MYS MDV MMR PAK PHL LKA THA USA VNM UNHCR", "CAN GBR" },
  /* "Date: 11 - 14 June 2012"; Canada, Hong Kong and the UK "also attended" */
  { "working-group-2012-kuala-lumpur", "2012-06-11", "2012-06-14", "Kuala Lumpur", "MYS", CONVENE_MEETING_MODE_IN_PERSON,
    15, "MYS AUS", "AFG BGD MDV MMR LKA THA USA VNM UNHCR IOM CAN HKG GBR", "" },
  /* "Date: 28 - 31 October 2014"; text "Between 29 and 31 October 2014"; "Bhutan, Canada, the
   * United Kingdom and the Regional Support Office (RSO) attended the meeting as observers" */
  { "working-group-2014-colombo", "2014-10-28", "2014-10-31", "Colombo", "LKA", CONVENE_MEETING_MODE_IN_PERSON,
    21, "LKA AUS", "AFG BGD IND IDN MDV NZL MMR PAK PHL THA ARE USA VNM IOM UNHCR", "BTN CAN GBR RSO" },
  /* "the fifth Senior Officials Meeting in Bali on 1 April 2013" */
  { "som-2013-bali", "2013-04-01", "2013-04-01", "Bali", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* "Date: 23 - 24 April 2018" */
  { "teg-rr-01", "2018-04-23", "2018-04-24", "Manila", "PHL", CONVENE_MEETING_MODE_IN_PERSON,
    19, "PHL AUS", "BGD KHM IDN MMR NZL PAK PNG LKA THA ARE USA VNM IOM UNHCR RSO", "CAN UN-ACT" },
  /* "The Seventh Senior Officials Meeting of the Bali Process was held in Bali, Indonesia, on 6 August 2018" */
  { "som-2018-bali", "2018-08-06", "2018-08-06", "Bali", "IDN", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* "Between 12 and 13 February 2019"; Thailand and the UAE "unable to attend" */
  { "teg-rr-02", "2019-02-12", "2019-02-13", "Bangkok", "THA", CONVENE_MEETING_MODE_IN_PERSON,
    20, "PHL AUS", "AFG BGD KHM IDN MDV MYS MMR NRU NZL PAK PNG LKA VNM IOM UNHCR RSO", "CAN UN-ACT" },
  /* "Date: 13 - 14 February 2020"; New Zealand and the Philippines "could not attend" */
  { "teg-rr-03", "2020-02-13", "2020-02-14", "Colombo", "LKA", CONVENE_MEETING_MODE_IN_PERSON,
    25, "AUS LKA", "AFG BGD KHM FRA IDN MDV MYS MMR NRU PAK PNG THA TUR ARE VNM IOM UNHCR UNODC ILO RSO",
    "CAN GBR ICMPD" },
  /* "Between 28 and 30 September 2021 … virtually" */
  { "teg-rr-04", "2021-09-28", "2021-09-30", NULL, NULL, CONVENE_MEETING_MODE_VIRTUAL,
    22, "LKA AUS", "BGD KHM FJI FRA IDN MYS MDV NPL PLW PNG THA TLS TUR ARE VNM IOM UNHCR UNODC ILO RSO", "" },
  /* Aktual Indonesia: "held in Paris on February 21, 2022" */
  { "steering-group-ministers-2022-paris", "2022-02-21", "2022-02-21", "Paris", "FRA", CONVENE_MEETING_MODE_IN_PERSON,
    6, "IDN AUS", "THA NZL UNHCR IOM", "" },
  /* "Date: 27 - 28 July 2022"; "co-chairs Australia and Indonesia" */
  { "task-force-2022-virtual", "2022-07-27", "2022-07-28", NULL, NULL, CONVENE_MEETING_MODE_VIRTUAL,
    23, "AUS IDN", "BGD HKG JPN LAO MYS MDV NZL WSM LKA THA TLS TON VNM UNHCR IOM UNODC RSO", "UNDP OHCHR IFRC CAN" },
  /* "Between 15 and 17 November 2022, Australia and the International Organization for Migration (IOM) co-chaired" */
  { "teg-rr-05", "2022-11-15", "2022-11-17", NULL, NULL, CONVENE_MEETING_MODE_VIRTUAL,
    14, "AUS IOM", "KHM IDN MYS NZL PAK TLS VNM UNHCR ILO RSO WG-TIP WG-DISRUPTION", "" },
  /* "Date: 04 - 06 March 2024" */
  { "teg-rr-06", "2024-03-04", "2024-03-06", "Bangkok", "THA", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* RSO: "in Phnom Penh, Cambodia over 3-5 December 2024" */
  { "teg-rr-2024-phnom-penh", "2024-12-03", "2024-12-05", "Phnom Penh", "KHM", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
  /* RSO, "20-21 May 2025 • Bangkok, Thailand": the Steering Group's members, then the Ad Hoc
   * Group's "with Bangladesh, Malaysia, the Maldives, Sri Lanka, Viet Nam and … (UNODC) also in
   * attendance"; the RSO Co-Managers only "provided updates" */
  { "ahg-som-18", "2025-05-20", "2025-05-21", "Bangkok", "THA", CONVENE_MEETING_MODE_IN_PERSON,
    12, "", "AUS IDN THA NZL IOM UNHCR BGD MYS MDV LKA VNM UNODC", "" },
  /* "At the 19th Steering Group Meeting, senior officials from Australia, Indonesia, Thailand and
   * New Zealand, … (IOM) and … (UNHCR) reflected on progress" */
  { "steering-group-19", "2025-05-20", "2025-05-21", "Bangkok", "THA", CONVENE_MEETING_MODE_IN_PERSON,
    6, "", "AUS IDN THA NZL IOM UNHCR", "" },
  /* "From 1 to 5 December 2025, Bali Process members and observers convened in Manila"; no list */
  { "teg-rr-2025-manila", "2025-12-01", "2025-12-05", "Manila", "PHL", CONVENE_MEETING_MODE_IN_PERSON,
    -1, "", "", "" },
};

static void
assert_roles (const char  *meeting_id,
              const char  *ids,
              ConveneRole  expected)
{
  g_auto(GStrv) list = g_strsplit (ids, " ", -1);

  for (guint i = 0; list[i] != NULL; i++)
    if (*list[i] != '\0' && role (list[i], meeting_id) != expected)
      g_error ("%s: %s is not in the role its page gives", meeting_id, list[i]);
}

static void
test_paged_meetings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (paged); i++)
    {
      const PagedMeeting *p = &paged[i];
      ConveneMeeting *m = meeting (p->id);
      GPtrArray *attendance = convene_meeting_get_attendance (m);

      assert_dates (p->id, p->start, p->end);
      g_assert_cmpstr (convene_meeting_get_city (m), ==, p->city);
      if (p->country != NULL)
        g_assert_true (convene_meeting_get_country (m) == participant (p->country));
      else
        g_assert_null (convene_meeting_get_country (m));
      g_assert_cmpint (convene_meeting_get_mode (m), ==, p->mode);
      g_assert_cmpuint (convene_meeting_get_sources (m)->len, >, 0);

      if (p->n_attending < 0)
        {
          g_assert_false (convene_meeting_get_attendance_recorded (m));
          /* a gap stays a gap, and says so */
          g_assert_true (has_note (p->id, CONVENE_NOTE_GAP, "not recorded") ||
                         has_note (p->id, CONVENE_NOTE_GAP, "not given"));
          continue;
        }
      g_assert_cmpuint (attendance->len, ==, (guint) p->n_attending);
      assert_roles (p->id, p->co_chairs, CONVENE_ROLE_CO_CHAIR);
      assert_roles (p->id, p->participants, CONVENE_ROLE_PARTICIPANT);
      assert_roles (p->id, p->observers, CONVENE_ROLE_OBSERVER);
    }

  /* those a page says could not come are not in the attendance */
  g_assert_cmpint (role ("USA", "working-group-2011-colombo"), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (role ("BGD", "working-group-2011-colombo"), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (role ("THA", "teg-rr-02"), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (role ("NZL", "teg-rr-03"), ==, CONVENE_ROLE_NONE);

  /* numbers only where a page gives one */
  g_assert_cmpuint (convene_meeting_get_number (meeting ("working-group-2012-kuala-lumpur")), ==, 4);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("working-group-2011-negombo")), ==, 0);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("teg-rr-03")), ==, 3);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("teg-rr-2024-phnom-penh")), ==, 0);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("steering-group-05")), ==, 5);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("som-2013-bali")), ==, 5);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("som-2016")), ==, 6);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("som-2018-bali")), ==, 7);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("working-group-2014-colombo")), ==, 6);
  g_assert_true (has_note ("working-group-2014-colombo", CONVENE_NOTE_CONTRADICTION, "Between 29 and 31 October 2014"));
  g_assert_cmpuint (convene_meeting_get_number (meeting ("ahg-som-18")), ==, 18);
  g_assert_cmpuint (convene_meeting_get_number (meeting ("steering-group-19")), ==, 19);
  g_assert_cmpint (role ("RSO", "ahg-som-18"), ==, CONVENE_ROLE_NONE);

  /* where sources disagree, a note says so */
  g_assert_true (has_note ("teg-rr-04", CONVENE_NOTE_CONTRADICTION, "Thursday 30 September 2021"));
  g_assert_true (has_note ("teg-rr-03", CONVENE_NOTE_CONTRADICTION, "negombo-sri-lanka-14-16-november-2011"));
  /* IOM's news of the first TEG-RR meeting names neither the United States nor Canada */
  g_assert_true (has_note ("teg-rr-01", CONVENE_NOTE_CONTRADICTION, "UNDP-UNACT"));
  g_assert_true (g_strv_contains (convene_participant_get_aliases (participant ("UN-ACT")), "UNDP-UNACT"));
  g_assert_cmpint (role ("USA", "teg-rr-01"), ==, CONVENE_ROLE_PARTICIPANT);
}

static gboolean
has_source (const char *meeting_id,
            const char *fragment)
{
  GPtrArray *sources = convene_meeting_get_sources (meeting (meeting_id));

  for (guint i = 0; i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);

      if (source->url != NULL && strstr (source->url, fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The audit's corrections (issue #15, section 2) */
static void
test_corrections (void)
{
  const char *words[] = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth" };
  char id[32];

  /* 4th Ministerial Conference: the header's date; the others in the note, Reuters not among them */
  assert_dates ("ministerial-conference-04", "2011-03-29", "2011-03-29");
  g_assert_true (has_note ("ministerial-conference-04", CONVENE_NOTE_CONTRADICTION, "29-30 March 2011"));
  g_assert_true (has_note ("ministerial-conference-04", CONVENE_NOTE_CONTRADICTION, "held in Bali on 30 March 2011"));
  g_assert_false (has_note ("ministerial-conference-04", CONVENE_NOTE_CONTRADICTION, "Reuters"));
  g_assert_false (has_source ("ministerial-conference-04", "reuters"));
  g_assert_true (has_source ("ministerial-conference-04", "iom.int/speeches/fourth-ministerial-conference"));
  g_assert_true (has_note ("ministerial-conference-04", CONVENE_NOTE_CONTRADICTION, "29 Mar 2011"));

  /* 1st: the observer list is complete, the Red Cross names spelled out as the page
   * (read for issue #18) prints them */
  g_assert_false (has_note ("ministerial-conference-01", CONVENE_NOTE_GAP, "may not be complete"));
  g_assert_true (has_note ("ministerial-conference-01", CONVENE_NOTE_REMARK,
                           "United Kingdom of Great Britain and the United States of America, "
                           "the Association of South-East Asian Nations Secretariat"));
  g_assert_cmpstr (convene_participant_get_name (participant ("ICRC")), ==, "International Committee of Red Cross");
  g_assert_true (g_strv_contains (convene_participant_get_aliases (participant ("ASEAN-SEC")),
                                  "Association of South-East Asian Nations Secretariat"));
  g_assert_cmpint (role ("GBR", "ministerial-conference-01"), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (role ("USA", "ministerial-conference-01"), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpstr (convene_participant_get_name (participant ("IFRC")), ==, "International Federation of Red Cross");
  g_assert_cmpint (role ("ICRC", "ministerial-conference-01"), ==, CONVENE_ROLE_OBSERVER);

  /* 7th AHG SOM: not the Colombo Process statement */
  g_assert_false (has_source ("ahg-som-07", "lawsdocbox"));
  g_assert_false (has_note ("ahg-som-07", CONVENE_NOTE_REMARK, "lawsdocbox"));

  /* notes completed */
  g_assert_true (has_note ("ahg-som-02", CONVENE_NOTE_CONTRADICTION, "the second Meeting of the Ad Hoc Group, Cluster Group"));
  g_assert_true (has_note ("ahg-som-11", CONVENE_NOTE_REMARK, "COLOMBO, SRI LANKA, 16 NOVEMBER 2016"));
  g_assert_true (has_note ("ministerial-conference-08", CONVENE_NOTE_REMARK, "36 member states and 4 international organizations"));
  g_assert_cmpstr (convene_meeting_get_venue (meeting ("ministerial-conference-08")), ==, "Adelaide Convention Centre");
  g_assert_true (has_note ("ministerial-conference-06", CONVENE_NOTE_CONTRADICTION, "48 negara anggota dan 13 menteri"));
  g_assert_true (has_note ("steering-group-18", CONVENE_NOTE_REMARK, "The Fifth Steering Group Meeting"));
  g_assert_true (has_note ("commemoration-2012-bali", CONVENE_NOTE_GAP, "Colombo Process"));
  /* the 7th conference's Senior Officials' Meeting, from its own page (issue #18) */
  g_assert_true (has_source ("som-2018-bali", "baliprocess.net/event/7th-senior-officials-meeting/"));
  g_assert_true (has_note ("ministerial-conference-07", CONVENE_NOTE_CONTRADICTION,
                           "The Seventh Senior Officials Meeting of the Bali Process was held in Bali"));
  /* the 8th AHG SOM's Co-Chairs' Statement agrees on date and place */
  g_assert_true (has_source ("ahg-som-08", "expydoc.com/doc/4757532"));

  /* titles: the official long names; the pages' headings are searched */
  for (guint n = 1; n <= 8; n++)
    {
      g_autofree char *heading = g_strdup_printf ("%s Ministerial Conference", words[n - 1]);
      g_autofree char *folded = g_utf8_strdown (heading, -1);

      g_snprintf (id, sizeof id, "ministerial-conference-%02u", n);
      g_assert_cmpstr (convene_meeting_get_title (meeting (id)), !=, heading);
      g_assert_nonnull (strstr (convene_meeting_get_search_text (meeting (id)), folded));
    }
}

/* Every kind a meeting uses is declared, with a label, in the dataset's
 * "kinds", in the order menus offer them. */
static void
test_kinds_declared (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *meetings = convene_dataset_get_meetings (bundled);
  g_autoptr(GFile) file = g_file_new_for_uri (CONVENE_BUNDLED_DATASET_URI);
  JsonArray *kinds;

  bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_nonnull (bytes);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  kinds = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "kinds");
  g_assert_nonnull (kinds);
  for (guint i = 0; i < json_array_get_length (kinds); i++)
    {
      JsonObject *kind = json_array_get_object_element (kinds, i);

      g_assert_cmpstr (json_object_get_string_member (kind, "label"), !=, "");
      g_hash_table_add (declared, (gpointer) json_object_get_string_member (kind, "id"));
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (kinds, 0), "id"), ==, "ahg-som");

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

      if (!g_hash_table_contains (declared, convene_meeting_get_kind (m)))
        g_error ("%s: kind %s is not declared", convene_meeting_get_id (m), convene_meeting_get_kind (m));
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

/* A column of the matrix and a printed page are headed by the meeting's
 * short label: no two meetings of the record may share one (the two
 * workshops of 2010 were both "Workshop · 2010"). */
static void
test_short_labels (void)
{
  GListModel *meetings = convene_dataset_get_meetings (bundled);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *ahg = convene_meeting_dup_short_label (meeting ("ahg-som-14"));
  g_autofree char *workshop = convene_meeting_dup_short_label (meeting ("workshop-2010-manila"));
  g_autofree char *number = convene_meeting_dup_number_label (meeting ("workshop-2010-bali"));

  g_assert_cmpstr (ahg, ==, "14th · \u2068AHG SOM\u2069 · 2019");
  g_assert_cmpstr (workshop, ==, "\u2068Workshop\u2069 · Nov 2010");
  g_assert_cmpstr (number, ==, "Jun 2010");

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);
      char *label = convene_meeting_dup_short_label (m);

      if (g_hash_table_contains (seen, label))
        g_error ("two meetings are headed \"%s\"; %s is the second", label, convene_meeting_get_id (m));
      g_hash_table_add (seen, label);
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
  g_test_add_func ("/bundled/paged-meetings", test_paged_meetings);
  g_test_add_func ("/bundled/corrections", test_corrections);
  g_test_add_func ("/bundled/kinds-declared", test_kinds_declared);
  g_test_add_func ("/bundled/short-labels", test_short_labels);

  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
