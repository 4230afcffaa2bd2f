/* test-model.c: the dataset, its meetings and participants, read from
 * tests/data/valid-small.json
 *
 * The expected English strings assume the test environment's LC_ALL=C.UTF-8
 * and LANGUAGE=en (see tests/meson.build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-loader.h"
#include "convene-text.h"

#define FSI CONVENE_TEXT_FSI
#define PDI CONVENE_TEXT_PDI

static ConveneDataset *dataset;

static ConveneMeeting *
meeting (const char *id)
{
  ConveneMeeting *m = convene_dataset_lookup_meeting (dataset, id);

  g_assert_nonnull (m);
  return m;
}

static ConveneParticipant *
participant (const char *id)
{
  ConveneParticipant *p = convene_dataset_lookup_participant (dataset, id);

  g_assert_nonnull (p);
  return p;
}

static void
test_dataset (void)
{
  GPtrArray *sources = convene_dataset_get_sources (dataset);
  ConveneSource *source;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) participants = NULL;

  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "A small test record");
  g_assert_cmpstr (convene_dataset_get_description (dataset), ==, "First paragraph.\n\nSecond paragraph.");
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 4);
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, 4);

  g_assert_cmpuint (sources->len, ==, 2);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (source->title, ==, "Example record, example.org");
  g_assert_cmpstr (source->url, ==, "https://example.org/record");
  source = g_ptr_array_index (sources, 1);
  g_assert_cmpstr (source->title, ==, "Printed annual report");
  g_assert_null (source->url);

  g_object_get (dataset,
                "title", &title,
                "description", &description,
                "meetings", &meetings,
                "participants", &participants,
                NULL);
  g_assert_cmpstr (title, ==, "A small test record");
  g_assert_cmpstr (description, ==, "First paragraph.\n\nSecond paragraph.");
  g_assert_true (meetings == convene_dataset_get_meetings (dataset));
  g_assert_true (participants == convene_dataset_get_participants (dataset));
  g_assert_true (g_list_model_get_item_type (meetings) == CONVENE_TYPE_MEETING);
  g_assert_true (g_list_model_get_item_type (participants) == CONVENE_TYPE_PARTICIPANT);
}

/* The file gives the meetings out of order; the dataset sorts them. */
static void
test_meetings_in_date_order (void)
{
  const char *expected[] = { "workshop-2009", "ahg-som-14", "ahg-som-15", "steering-2022" };
  GListModel *meetings = convene_dataset_get_meetings (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

      g_assert_cmpstr (convene_meeting_get_id (m), ==, expected[i]);
      if (i > 0)
        {
          g_autoptr(ConveneMeeting) previous = g_list_model_get_item (meetings, i - 1);

          g_assert_cmpint (convene_meeting_compare (previous, m), <, 0);
          g_assert_cmpint (convene_meeting_compare (m, previous), >, 0);
        }
      g_assert_cmpint (convene_meeting_compare (m, m), ==, 0);
    }
}

/* Participants keep the file's order. */
static void
test_participants_in_file_order (void)
{
  const char *expected[] = { "VNM", "HKG", "UNHCR", "RSO" };
  GListModel *participants = convene_dataset_get_participants (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);

      g_assert_cmpstr (convene_participant_get_id (p), ==, expected[i]);
      g_assert_true (convene_dataset_lookup_participant (dataset, expected[i]) == p);
    }
}

static void
test_lookup (void)
{
  g_assert_cmpstr (convene_meeting_get_id (meeting ("ahg-som-15")), ==, "ahg-som-15");
  g_assert_cmpstr (convene_meeting_get_title (meeting ("workshop-2009")), ==,
                   "Regional Workshop on Trafficking in Persons");
  g_assert_null (convene_dataset_lookup_meeting (dataset, "ahg-som-16"));
  g_assert_null (convene_dataset_lookup_meeting (dataset, ""));
  g_assert_null (convene_dataset_lookup_meeting (dataset, NULL));

  g_assert_cmpstr (convene_participant_get_name (participant ("HKG")), ==, "Hong Kong, China");
  g_assert_null (convene_dataset_lookup_participant (dataset, "AUS"));
  g_assert_null (convene_dataset_lookup_participant (dataset, "an id nothing ever interned"));
  g_assert_null (convene_dataset_lookup_participant (dataset, "vnm"));
  g_assert_null (convene_dataset_lookup_participant (dataset, NULL));
  /* a string interned elsewhere is not a participant */
  g_assert_null (convene_dataset_lookup_participant (dataset, "Da Nang"));
}

static void
test_roles (void)
{
  ConveneMeeting *som14 = meeting ("ahg-som-14");
  ConveneMeeting *som15 = meeting ("ahg-som-15");
  ConveneMeeting *workshop = meeting ("workshop-2009");
  ConveneMeeting *steering = meeting ("steering-2022");
  ConveneParticipant *vnm = participant ("VNM");
  ConveneParticipant *hkg = participant ("HKG");
  ConveneParticipant *unhcr = participant ("UNHCR");
  ConveneParticipant *rso = participant ("RSO");
  GPtrArray *attendance;
  ConveneAttendance *a;

  g_assert_true (convene_meeting_get_attendance_recorded (som14));
  g_assert_cmpint (convene_meeting_get_role (som14, vnm), ==, CONVENE_ROLE_CO_CHAIR);
  g_assert_cmpint (convene_meeting_get_role (som14, hkg), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (convene_meeting_get_role (som14, unhcr), ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (convene_meeting_get_role (som14, rso), ==, CONVENE_ROLE_NONE);

  /* the attendance in the file's order */
  attendance = convene_meeting_get_attendance (som14);
  g_assert_nonnull (attendance);
  g_assert_cmpuint (attendance->len, ==, 3);
  a = g_ptr_array_index (attendance, 0);
  g_assert_true (a->participant == vnm);
  g_assert_cmpint (a->role, ==, CONVENE_ROLE_CO_CHAIR);
  a = g_ptr_array_index (attendance, 2);
  g_assert_true (a->participant == unhcr);
  g_assert_cmpint (a->role, ==, CONVENE_ROLE_OBSERVER);

  /* no "attendance" member: nothing is known */
  g_assert_false (convene_meeting_get_attendance_recorded (workshop));
  g_assert_null (convene_meeting_get_attendance (workshop));
  g_assert_cmpint (convene_meeting_get_role (workshop, vnm), ==, CONVENE_ROLE_NOT_RECORDED);
  g_assert_cmpint (convene_meeting_get_role (workshop, rso), ==, CONVENE_ROLE_NOT_RECORDED);

  /* "attendance": []: recorded, and nobody was there */
  g_assert_true (convene_meeting_get_attendance_recorded (som15));
  g_assert_nonnull (convene_meeting_get_attendance (som15));
  g_assert_cmpuint (convene_meeting_get_attendance (som15)->len, ==, 0);
  g_assert_cmpint (convene_meeting_get_role (som15, vnm), ==, CONVENE_ROLE_NONE);
  g_assert_cmpint (convene_meeting_get_role (som15, unhcr), ==, CONVENE_ROLE_NONE);

  g_assert_cmpint (convene_meeting_get_role (steering, rso), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (convene_meeting_get_role (steering, vnm), ==, CONVENE_ROLE_NONE);
}

/* How roles are said: one home (convene-enums.c) for the window's legend
 * and the printed one, in one order */
static void
test_role_legend (void)
{
  static const char *expected[] = {
    "● Participant", "○ Observer", "★ Co-chair", "– Absent", "? Not recorded",
  };
  guint n_roles;
  const ConveneRole *order = convene_role_get_legend_order (&n_roles);

  g_assert_cmpuint (n_roles, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n_roles; i++)
    {
      g_autofree char *said = g_strdup_printf ("%s %s", convene_role_get_symbol (order[i]),
                                               convene_role_get_name (order[i]));

      g_assert_cmpstr (said, ==, expected[i]);
    }
}

static void
test_place_label (void)
{
  const struct {
    const char *id;
    const char *place;
  } cases[] = {
    /* dataset text is isolated (test-text.c) */
    { "ahg-som-14", FSI "Da Nang" PDI ", " FSI "Viet Nam" PDI },
    { "workshop-2009", FSI "Bangkok" PDI },
    { "ahg-som-15", "Online" },
    { "steering-2022", FSI "Hanoi" PDI ", " FSI "Viet Nam" PDI ", and online" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *place = convene_meeting_dup_place_label (meeting (cases[i].id));
      g_autofree char *property = NULL;

      g_assert_cmpstr (place, ==, cases[i].place);
      g_object_get (meeting (cases[i].id), "place-label", &property, NULL);
      g_assert_cmpstr (property, ==, cases[i].place);
    }
}

static void
test_location (void)
{
  ConveneMeeting *som14 = meeting ("ahg-som-14");
  ConveneMeeting *som15 = meeting ("ahg-som-15");
  ConveneMeeting *workshop = meeting ("workshop-2009");
  ConveneMeeting *steering = meeting ("steering-2022");

  g_assert_cmpstr (convene_meeting_get_city (som14), ==, "Da Nang");
  g_assert_cmpstr (convene_meeting_get_venue (som14), ==, "Furama Resort");
  g_assert_true (convene_meeting_get_country (som14) == participant ("VNM"));
  g_assert_cmpint (convene_meeting_get_mode (som14), ==, CONVENE_MEETING_MODE_IN_PERSON);

  g_assert_cmpstr (convene_meeting_get_city (workshop), ==, "Bangkok");
  g_assert_null (convene_meeting_get_venue (workshop));
  g_assert_null (convene_meeting_get_country (workshop));
  g_assert_cmpint (convene_meeting_get_mode (workshop), ==, CONVENE_MEETING_MODE_IN_PERSON);

  g_assert_null (convene_meeting_get_city (som15));
  g_assert_null (convene_meeting_get_country (som15));
  g_assert_cmpint (convene_meeting_get_mode (som15), ==, CONVENE_MEETING_MODE_VIRTUAL);

  g_assert_cmpint (convene_meeting_get_mode (steering), ==, CONVENE_MEETING_MODE_HYBRID);
}

static void
test_date_label (void)
{
  const struct {
    const char *id;
    const char *label;
    const char *start;
    const char *end;
  } cases[] = {
    { "ahg-som-14", "23\u201324 July 2019", "2019-07-23", "2019-07-24" },
    { "workshop-2009", "April 2009", "2009-04", "2009-04" },
    { "ahg-som-15", "10 March 2021", "2021-03-10", "2021-03-10" },
    { "steering-2022", "30 November \u2013 1 December 2022", "2022-11-30", "2022-12-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneMeeting *m = meeting (cases[i].id);
      g_autofree char *label = convene_meeting_dup_date_label (m);
      g_autofree char *property = NULL;
      g_autofree char *start = convene_date_to_iso (convene_meeting_get_start (m));
      g_autofree char *end = convene_date_to_iso (convene_meeting_get_end (m));

      g_assert_cmpstr (label, ==, cases[i].label);
      g_object_get (m, "date-label", &property, NULL);
      g_assert_cmpstr (property, ==, cases[i].label);
      /* a meeting without an end ends the day it starts */
      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
    }
}

static void
test_properties (void)
{
  g_autofree char *id = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *title = NULL;
  guint number = 0, year = 0, date_key = 0;
  gboolean recorded = FALSE;

  g_object_get (meeting ("ahg-som-14"),
                "id", &id,
                "kind", &kind,
                "title", &title,
                "number", &number,
                "year", &year,
                "date-key", &date_key,
                "attendance-recorded", &recorded,
                NULL);
  g_assert_cmpstr (id, ==, "ahg-som-14");
  g_assert_cmpstr (kind, ==, "ahg-som");
  g_assert_cmpstr (title, ==, "Fourteenth Meeting of the Ad Hoc Group Senior Officials");
  g_assert_cmpuint (number, ==, 14);
  g_assert_cmpuint (year, ==, 2019);
  g_assert_cmpuint (date_key, ==, 20190723);
  g_assert_true (recorded);

  g_clear_pointer (&title, g_free);
  g_object_get (meeting ("workshop-2009"),
                "title", &title,
                "number", &number,
                "year", &year,
                "date-key", &date_key,
                "attendance-recorded", &recorded,
                NULL);
  g_assert_cmpstr (title, ==, "Regional Workshop on Trafficking in Persons");
  g_assert_cmpuint (number, ==, 0);
  g_assert_cmpuint (year, ==, 2009);
  g_assert_cmpuint (date_key, ==, 20090400);
  g_assert_false (recorded);

  g_object_get (meeting ("ahg-som-15"), "attendance-recorded", &recorded, "number", &number, NULL);
  g_assert_true (recorded);
  g_assert_cmpuint (number, ==, 15);

  /* the getters agree */
  g_assert_cmpuint (convene_meeting_get_number (meeting ("ahg-som-14")), ==, 14);
  g_assert_cmpuint (convene_meeting_get_year (meeting ("steering-2022")), ==, 2022);
  g_assert_cmpuint (convene_meeting_get_date_key (meeting ("steering-2022")), ==, 20221130);
  g_assert_cmpstr (convene_meeting_get_kind (meeting ("steering-2022")), ==, "steering-group");
}

static void
test_kind_labels (void)
{
  static const struct {
    const char *id, *declared, *label, *short_label;
  } cases[] = {
    /* the kinds Convene knows, in its own words */
    { "ahg-som", NULL, "Ad Hoc Group Senior Officials’ Meeting", "AHG SOM" },
    { "steering-group", NULL, "Steering Group Meeting", "Steering Group" },
    { "workshop", NULL, "Workshop", "Workshop" },
    /* a declared label comes first; a known kind keeps its short name */
    { "workshop", "Regional Workshop", "Regional Workshop", "Workshop" },
    /* declared as Convene names it: the same name, so translated too */
    { "ahg-som", "Ad Hoc Group Senior Officials’ Meeting", "Ad Hoc Group Senior Officials’ Meeting", "AHG SOM" },
    { "working-group", "Technical Experts Working Group", "Technical Experts Working Group",
      "Technical Experts Working Group" },
    /* otherwise words made from the id, never the id itself */
    { "task-force", NULL, "Task force", "Task force" },
    { "commemoration", NULL, "Commemoration", "Commemoration" },
    { "bali-process-20", NULL, "Bali process 20", "Bali process 20" },
    { "x", NULL, "X", "X" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = convene_meeting_kind_new (cases[i].id, cases[i].declared);

      g_assert_cmpstr (convene_meeting_kind_get_id (kind), ==, cases[i].id);
      g_assert_cmpstr (convene_meeting_kind_get_label (kind), ==, cases[i].label);
      g_assert_cmpstr (convene_meeting_kind_get_short_label (kind), ==, cases[i].short_label);
      g_assert_cmpint (convene_meeting_kind_is_declared (kind), ==, cases[i].declared != NULL);
    }

  /* meetings of the bundled record say theirs through their kind */
  g_assert_cmpstr (convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting ("steering-2022"))),
                   ==, "Steering Group Meeting");
}

/* A known kind declared under Convene's own English name is shown in the
 * user's language; under another name, as the dataset names it. */
static void
test_kind_labels_translated (void)
{
  const char *localedir = g_getenv ("CONVENE_LOCALEDIR");
  g_autofree char *saved = g_strdup (g_getenv ("LANGUAGE"));
  g_autoptr(ConveneMeetingKind) same = NULL;
  g_autoptr(ConveneMeetingKind) other = NULL;
  g_autofree char *translated = NULL;

  if (localedir == NULL)
    {
      g_test_skip ("CONVENE_LOCALEDIR is not set");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "vi", TRUE);
  translated = g_strdup (dgettext (GETTEXT_PACKAGE, "Ad Hoc Group Senior Officials’ Meeting"));
  same = convene_meeting_kind_new ("ahg-som", "Ad Hoc Group Senior Officials’ Meeting");
  other = convene_meeting_kind_new ("ahg-som", "Senior Officials of the Ad Hoc Group");
  if (saved != NULL)
    g_setenv ("LANGUAGE", saved, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  g_assert_cmpstr (translated, ==, "Hội nghị Quan chức Cấp cao Nhóm Ad Hoc");
  g_assert_cmpstr (convene_meeting_kind_get_label (same), ==, translated);
  g_assert_cmpstr (convene_meeting_kind_get_label (other), ==, "Senior Officials of the Ad Hoc Group");
}

static void
test_contradiction (void)
{
  g_assert_true (convene_meeting_has_contradiction (meeting ("ahg-som-14")));
  g_assert_false (convene_meeting_has_contradiction (meeting ("workshop-2009")));  /* a gap */
  g_assert_false (convene_meeting_has_contradiction (meeting ("steering-2022")));  /* a remark */
  g_assert_false (convene_meeting_has_contradiction (meeting ("ahg-som-15")));     /* no notes */
}

static void
test_notes (void)
{
  GPtrArray *notes = convene_meeting_get_notes (meeting ("ahg-som-14"));
  ConveneNote *note;

  g_assert_cmpuint (notes->len, ==, 2);
  note = g_ptr_array_index (notes, 0);
  g_assert_cmpint (note->kind, ==, CONVENE_NOTE_CONTRADICTION);
  g_assert_cmpstr (note->text, ==, "The page's header says 23 July; its text says 22 July.");
  note = g_ptr_array_index (notes, 1);
  g_assert_cmpint (note->kind, ==, CONVENE_NOTE_REMARK);  /* a plain string */
  g_assert_cmpstr (note->text, ==, "Held back to back with a workshop.");

  notes = convene_meeting_get_notes (meeting ("workshop-2009"));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((ConveneNote *) g_ptr_array_index (notes, 0))->kind, ==, CONVENE_NOTE_GAP);

  notes = convene_meeting_get_notes (meeting ("steering-2022"));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((ConveneNote *) g_ptr_array_index (notes, 0))->kind, ==, CONVENE_NOTE_REMARK);
  g_assert_cmpstr (((ConveneNote *) g_ptr_array_index (notes, 0))->text, ==,
                   "Officials’ statement released afterwards.");

  g_assert_cmpuint (convene_meeting_get_notes (meeting ("ahg-som-15"))->len, ==, 0);

  /* how each kind is headed, in the window and on paper */
  g_assert_cmpstr (convene_note_kind_get_heading (CONVENE_NOTE_CONTRADICTION), ==, "Sources disagree");
  g_assert_cmpstr (convene_note_kind_get_heading (CONVENE_NOTE_GAP), ==, "Not known");
  g_assert_cmpstr (convene_note_kind_get_heading (CONVENE_NOTE_REMARK), ==, "Note");
}

static void
test_outcomes (void)
{
  ConveneMeeting *som14 = meeting ("ahg-som-14");
  GPtrArray *outcomes = convene_meeting_get_outcomes (som14);
  ConveneOutcome *outcome;

  g_assert_true (convene_meeting_get_outcomes_incomplete (som14));
  g_assert_cmpuint (outcomes->len, ==, 2);

  outcome = g_ptr_array_index (outcomes, 0);
  g_assert_cmpstr (outcome->text, ==, "Members:");
  g_assert_cmpuint (g_strv_length (outcome->items), ==, 2);
  g_assert_cmpstr (outcome->items[0], ==, "endorsed the work plan");
  g_assert_cmpstr (outcome->items[1], ==, "commended the Regional Support Office");

  outcome = g_ptr_array_index (outcomes, 1);
  g_assert_cmpstr (outcome->text, ==, "The next meeting will be held in 2021.");
  g_assert_nonnull (outcome->items);
  g_assert_cmpuint (g_strv_length (outcome->items), ==, 0);

  g_assert_false (convene_meeting_get_outcomes_incomplete (meeting ("ahg-som-15")));
  g_assert_cmpuint (convene_meeting_get_outcomes (meeting ("ahg-som-15"))->len, ==, 0);
}

static void
test_purpose_and_co_chairs (void)
{
  const char * const *co_chairs = convene_meeting_get_co_chairs (meeting ("ahg-som-14"));

  g_assert_cmpstr (convene_meeting_get_purpose (meeting ("ahg-som-14")), ==,
                   "To review progress on biometric data sharing.");
  g_assert_cmpstr (convene_meeting_get_purpose (meeting ("ahg-som-15")), ==, "Pandemic response.");
  g_assert_null (convene_meeting_get_purpose (meeting ("workshop-2009")));

  g_assert_nonnull (co_chairs);
  g_assert_cmpuint (g_strv_length ((GStrv) co_chairs), ==, 2);
  g_assert_cmpstr (co_chairs[0], ==, "Australia");
  g_assert_cmpstr (co_chairs[1], ==, "Indonesia");

  co_chairs = convene_meeting_get_co_chairs (meeting ("ahg-som-15"));
  g_assert_nonnull (co_chairs);
  g_assert_null (co_chairs[0]);
}

static void
test_meeting_sources (void)
{
  GPtrArray *sources = convene_meeting_get_sources (meeting ("ahg-som-14"));
  ConveneSource *source;

  g_assert_cmpuint (sources->len, ==, 1);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (source->title, ==, "Fourteenth Meeting, baliprocess.net");
  g_assert_cmpstr (source->url, ==, "https://example.org/ahg-som-14");

  sources = convene_meeting_get_sources (meeting ("workshop-2009"));
  g_assert_cmpuint (sources->len, ==, 1);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (source->title, ==, "Annual report 2009");
  g_assert_null (source->url);

  g_assert_cmpuint (convene_meeting_get_sources (meeting ("ahg-som-15"))->len, ==, 0);
}

static void
test_participants (void)
{
  const struct {
    const char *id;
    const char *name;
    const char *short_name;
    const char *label;
    ConveneParticipantKind kind;
    gboolean is_state;
    guint n_aliases;
  } cases[] = {
    { "VNM", "Viet Nam", NULL, "Viet Nam", CONVENE_PARTICIPANT_KIND_COUNTRY, TRUE, 2 },
    { "HKG", "Hong Kong, China", NULL, "Hong Kong, China", CONVENE_PARTICIPANT_KIND_TERRITORY, TRUE, 1 },
    { "UNHCR", "Office of the United Nations High Commissioner for Refugees", "UNHCR", "UNHCR",
      CONVENE_PARTICIPANT_KIND_ORGANISATION, FALSE, 0 },
    { "RSO", "Regional Support Office Co-Managers", NULL, "Regional Support Office Co-Managers",
      CONVENE_PARTICIPANT_KIND_BODY, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneParticipant *p = participant (cases[i].id);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *short_name = NULL;
      g_autofree char *label = NULL;
      int kind = -1;

      g_assert_cmpstr (convene_participant_get_id (p), ==, cases[i].id);
      g_assert_cmpstr (convene_participant_get_name (p), ==, cases[i].name);
      g_assert_cmpstr (convene_participant_get_short_name (p), ==, cases[i].short_name);
      g_assert_cmpstr (convene_participant_get_label (p), ==, cases[i].label);
      g_assert_cmpint (convene_participant_get_kind (p), ==, cases[i].kind);
      g_assert_cmpint (convene_participant_is_state (p), ==, cases[i].is_state);
      g_assert_nonnull (convene_participant_get_aliases (p));
      g_assert_cmpuint (g_strv_length ((GStrv) convene_participant_get_aliases (p)), ==, cases[i].n_aliases);

      g_object_get (p,
                    "id", &id,
                    "name", &name,
                    "short-name", &short_name,
                    "label", &label,
                    "kind", &kind,
                    NULL);
      g_assert_cmpstr (id, ==, cases[i].id);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (short_name, ==, cases[i].short_name);
      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_cmpint (kind, ==, cases[i].kind);
    }

  g_assert_cmpstr (convene_participant_get_aliases (participant ("VNM"))[0], ==, "Vietnam");
  g_assert_cmpstr (convene_participant_get_aliases (participant ("VNM"))[1], ==, "Việt Nam");
}

static void
test_participant_records (void)
{
  ConveneParticipant *rso = participant ("RSO");
  ConveneParticipant *unhcr = participant ("UNHCR");
  GPtrArray *memberships = convene_participant_get_memberships (rso);
  ConveneMembership *membership;
  ConveneNote *note;
  ConveneSource *source;

  g_assert_cmpuint (memberships->len, ==, 1);
  membership = g_ptr_array_index (memberships, 0);
  g_assert_cmpstr (membership->group, ==, "bali-process");
  g_assert_cmpstr (membership->status, ==, "member");
  g_assert_true (membership->has_since);
  g_assert_cmpuint (membership->since.year, ==, 2012);
  g_assert_cmpuint (membership->since.month, ==, 0);
  g_assert_cmpuint (membership->since.day, ==, 0);
  g_assert_false (membership->has_until);
  g_assert_cmpuint (membership->notes->len, ==, 1);
  note = g_ptr_array_index (membership->notes, 0);
  g_assert_cmpint (note->kind, ==, CONVENE_NOTE_GAP);
  g_assert_cmpstr (note->text, ==, "The month is not known.");
  g_assert_cmpuint (membership->sources->len, ==, 1);
  source = g_ptr_array_index (membership->sources, 0);
  g_assert_cmpstr (source->url, ==, "https://example.org/rso");

  g_assert_cmpuint (convene_participant_get_memberships (unhcr)->len, ==, 0);
  g_assert_cmpuint (convene_participant_get_notes (unhcr)->len, ==, 1);
  note = g_ptr_array_index (convene_participant_get_notes (unhcr), 0);
  g_assert_cmpint (note->kind, ==, CONVENE_NOTE_REMARK);
  g_assert_cmpstr (note->text, ==, "Attends as an observer.");
  g_assert_cmpuint (convene_participant_get_sources (unhcr)->len, ==, 1);
  source = g_ptr_array_index (convene_participant_get_sources (unhcr), 0);
  g_assert_cmpstr (source->title, ==, "UNHCR page");

  g_assert_cmpuint (convene_participant_get_notes (rso)->len, ==, 0);
  g_assert_cmpuint (convene_participant_get_sources (rso)->len, ==, 0);
}

/* The words of the format, both ways */
static void
test_enums (void)
{
  ConveneRole role = CONVENE_ROLE_NONE;
  ConveneParticipantKind kind = CONVENE_PARTICIPANT_KIND_COUNTRY;
  ConveneNoteKind note_kind = CONVENE_NOTE_REMARK;
  ConveneMeetingMode mode = CONVENE_MEETING_MODE_IN_PERSON;

  g_assert_true (convene_role_from_string ("co-chair", &role));
  g_assert_cmpint (role, ==, CONVENE_ROLE_CO_CHAIR);
  g_assert_true (convene_role_from_string ("observer", &role));
  g_assert_cmpint (role, ==, CONVENE_ROLE_OBSERVER);
  g_assert_true (convene_role_from_string ("participant", &role));
  g_assert_cmpint (role, ==, CONVENE_ROLE_PARTICIPANT);
  /* derived roles are not written in a dataset */
  g_assert_false (convene_role_from_string ("absent", &role));
  g_assert_false (convene_role_from_string ("not-recorded", &role));
  g_assert_false (convene_role_from_string ("Co-Chair", &role));
  g_assert_false (convene_role_from_string (NULL, &role));
  g_assert_cmpstr (convene_role_to_string (CONVENE_ROLE_CO_CHAIR), ==, "co-chair");
  g_assert_cmpstr (convene_role_to_string (CONVENE_ROLE_NOT_RECORDED), ==, "not-recorded");
  /* one mark per role, each different, so a role reads without colour */
  for (ConveneRole r = CONVENE_ROLE_NONE; r <= CONVENE_ROLE_NOT_RECORDED; r++)
    {
      g_assert_cmpuint (g_utf8_strlen (convene_role_get_symbol (r), -1), ==, 1);
      for (ConveneRole other = CONVENE_ROLE_NONE; other < r; other++)
        g_assert_cmpstr (convene_role_get_symbol (r), !=, convene_role_get_symbol (other));
    }
  g_assert_cmpstr (convene_role_get_symbol (CONVENE_ROLE_CO_CHAIR), ==, "★");
  g_assert_cmpstr (convene_role_get_symbol (CONVENE_ROLE_NOT_RECORDED), ==, "?");

  g_assert_true (convene_participant_kind_from_string ("territory", &kind));
  g_assert_cmpint (kind, ==, CONVENE_PARTICIPANT_KIND_TERRITORY);
  g_assert_true (convene_participant_kind_from_string ("body", &kind));
  g_assert_cmpint (kind, ==, CONVENE_PARTICIPANT_KIND_BODY);
  g_assert_false (convene_participant_kind_from_string ("organization", &kind));
  g_assert_cmpstr (convene_participant_kind_to_string (CONVENE_PARTICIPANT_KIND_ORGANISATION), ==, "organisation");

  g_assert_true (convene_note_kind_from_string ("contradiction", &note_kind));
  g_assert_cmpint (note_kind, ==, CONVENE_NOTE_CONTRADICTION);
  g_assert_false (convene_note_kind_from_string ("", &note_kind));
  g_assert_cmpstr (convene_note_kind_to_string (CONVENE_NOTE_GAP), ==, "gap");

  g_assert_true (convene_meeting_mode_from_string ("hybrid", &mode));
  g_assert_cmpint (mode, ==, CONVENE_MEETING_MODE_HYBRID);
  g_assert_false (convene_meeting_mode_from_string ("online", &mode));
  g_assert_cmpstr (convene_meeting_mode_to_string (CONVENE_MEETING_MODE_VIRTUAL), ==, "virtual");
}

/* Meetings on the same day are ordered by end, kind, number and id, never by
 * the file's order. */
static void
test_same_day_order (void)
{
  static const char text[] =
    "{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Same day\", \"participants\": [],\n"
    " \"meetings\": [\n"
    "  {\"id\": \"c\", \"kind\": \"workshop\", \"title\": \"T\", \"start\": \"2019-07-23\"},\n"
    "  {\"id\": \"b\", \"kind\": \"ahg-som\", \"number\": 14, \"title\": \"T\", \"start\": \"2019-07-23\"},\n"
    "  {\"id\": \"a\", \"kind\": \"ahg-som\", \"number\": 14, \"title\": \"T\", \"start\": \"2019-07-23\"},\n"
    "  {\"id\": \"d\", \"kind\": \"ahg-som\", \"number\": 2, \"title\": \"T\", \"start\": \"2019-07-23\"},\n"
    "  {\"id\": \"e\", \"kind\": \"ahg-som\", \"title\": \"T\", \"start\": \"2019-07-23\", \"end\": \"2019-07-25\"},\n"
    "  {\"id\": \"f\", \"kind\": \"workshop\", \"title\": \"T\", \"start\": \"2019-07\"}\n"
    " ]}\n";
  const char *expected[] = { "f", "d", "a", "b", "c", "e" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) same_day = convene_dataset_new_from_bytes (bytes, "same-day.json", &error);
  GListModel *meetings;

  g_assert_no_error (error);
  meetings = convene_dataset_get_meetings (same_day);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

      g_assert_cmpstr (convene_meeting_get_id (m), ==, expected[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  file = g_file_new_for_path (path);
  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/model/dataset", test_dataset);
  g_test_add_func ("/model/meetings/date-order", test_meetings_in_date_order);
  g_test_add_func ("/model/meetings/same-day-order", test_same_day_order);
  g_test_add_func ("/model/participants/file-order", test_participants_in_file_order);
  g_test_add_func ("/model/lookup", test_lookup);
  g_test_add_func ("/model/meeting/roles", test_roles);
  g_test_add_func ("/model/meeting/role-legend", test_role_legend);
  g_test_add_func ("/model/meeting/place-label", test_place_label);
  g_test_add_func ("/model/meeting/location", test_location);
  g_test_add_func ("/model/meeting/date-label", test_date_label);
  g_test_add_func ("/model/meeting/properties", test_properties);
  g_test_add_func ("/model/meeting/kind-labels", test_kind_labels);
  g_test_add_func ("/model/meeting/kind-labels-translated", test_kind_labels_translated);
  g_test_add_func ("/model/meeting/contradiction", test_contradiction);
  g_test_add_func ("/model/meeting/notes", test_notes);
  g_test_add_func ("/model/meeting/outcomes", test_outcomes);
  g_test_add_func ("/model/meeting/purpose-and-co-chairs", test_purpose_and_co_chairs);
  g_test_add_func ("/model/meeting/sources", test_meeting_sources);
  g_test_add_func ("/model/participant/fields", test_participants);
  g_test_add_func ("/model/participant/records", test_participant_records);
  g_test_add_func ("/model/enums", test_enums);

  status = g_test_run ();
  g_clear_object (&dataset);
  return status;
}
