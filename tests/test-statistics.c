/* test-statistics.c: participants' histories and the record's patterns, without a display
 *
 * The bundled record is checked against values counted by hand from
 * data/bali-process.json; generated datasets against a straightforward
 * recount that asks each meeting for each participant's role.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-loader.h"
#include "convene-document.h"
#include "convene-statistics.h"
#include "convene-test-data.h"
#include "convene-text.h"

static ConveneParticipant *
participant (ConveneDataset *dataset,
             const char     *id)
{
  ConveneParticipant *p = convene_dataset_lookup_participant (dataset, id);

  g_assert_nonnull (p);
  return p;
}

static ConveneMeeting *
meeting (ConveneDataset *dataset,
         const char     *id)
{
  ConveneMeeting *m = convene_dataset_lookup_meeting (dataset, id);

  g_assert_nonnull (m);
  return m;
}

static const char *
id_or_null (ConveneMeeting *m)
{
  return m != NULL ? convene_meeting_get_id (m) : NULL;
}

/* Canada, counted by hand: 35 meetings of the record have recorded
 * attendance (the 1st Ministerial Conference, AHG SOM 1–10, 12 and 14–18,
 * the 2017 Consultation Mechanism and 17 meetings of working groups,
 * workshops, the Task Force and the Steering Group). Canada observed at the 1st Ministerial
 * Conference, AHG SOM 4–10, 12 and 15, the Technical Experts Working Group
 * meetings of 2011 and 2014, the 2012 biometrics workshop and the first three
 * meetings of the Technical Experts Group on Returns and Reintegration and
 * the Task Force's Ad Hoc Policy Experts Gathering of July 2022, and
 * took part at AHG SOM 14 and the Kuala Lumpur working group of 2012. */
static void
test_bundled_canada (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  ConveneStatistics *stats = convene_statistics_get_for_dataset (dataset);
  ConveneParticipant *canada = participant (dataset, "CAN");
  const ConveneParticipantFigures *all = convene_statistics_get_figures (stats, canada, NULL);
  const ConveneParticipantFigures *ahg = convene_statistics_get_figures (stats, canada, "ahg-som");
  const ConveneAttended *attended;
  guint n = 0;

  g_assert_true (convene_statistics_get_for_dataset (dataset) == stats);

  g_assert_cmpuint (all->recorded, ==, 35);
  g_assert_cmpuint (all->attended, ==, 20);
  g_assert_cmpuint (all->by_role[CONVENE_ROLE_OBSERVER], ==, 18);
  g_assert_cmpuint (all->by_role[CONVENE_ROLE_PARTICIPANT], ==, 2);
  g_assert_cmpuint (all->by_role[CONVENE_ROLE_CO_CHAIR], ==, 0);
  g_assert_cmpstr (id_or_null (all->first), ==, "ministerial-conference-01");
  g_assert_cmpstr (id_or_null (all->last), ==, "task-force-2022-virtual");
  /* AHG SOM 4–10 and the working groups and workshop between them; the 2017
   * Consultation Mechanism, recorded and missed, ends the run */
  g_assert_cmpuint (all->longest_run, ==, 12);
  g_assert_cmpstr (id_or_null (all->run_first), ==, "ahg-som-04");
  g_assert_cmpstr (id_or_null (all->run_last), ==, "ahg-som-10");

  /* among AHG meetings: the 11th is not recorded and there is no 13th, so
   * 4–10, 12, 14 and 15 are one run of ten */
  g_assert_cmpuint (ahg->recorded, ==, 16);
  g_assert_cmpuint (ahg->attended, ==, 10);
  g_assert_cmpuint (ahg->by_role[CONVENE_ROLE_OBSERVER], ==, 9);
  g_assert_cmpuint (ahg->by_role[CONVENE_ROLE_PARTICIPANT], ==, 1);
  g_assert_cmpstr (id_or_null (ahg->first), ==, "ahg-som-04");
  g_assert_cmpuint (ahg->longest_run, ==, 10);
  g_assert_cmpstr (id_or_null (ahg->run_first), ==, "ahg-som-04");
  g_assert_cmpstr (id_or_null (ahg->run_last), ==, "ahg-som-15");

  attended = convene_statistics_get_attended (stats, canada, &n);
  g_assert_cmpuint (n, ==, 20);
  g_assert_cmpstr (convene_meeting_get_id (attended[0].meeting), ==, "ministerial-conference-01");
  g_assert_cmpint (attended[0].role, ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpstr (convene_meeting_get_id (attended[7].meeting), ==, "working-group-2012-kuala-lumpur");
  g_assert_cmpint (attended[7].role, ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpstr (convene_meeting_get_id (attended[10].meeting), ==, "working-group-2014-colombo");
  g_assert_cmpint (attended[10].role, ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpstr (convene_meeting_get_id (attended[16].meeting), ==, "ahg-som-14");
  g_assert_cmpint (attended[16].role, ==, CONVENE_ROLE_PARTICIPANT);

  g_assert_cmpint (convene_statistics_get_role (stats, canada, meeting (dataset, "ahg-som-09")),
                   ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (convene_statistics_get_role (stats, canada, meeting (dataset, "ahg-som-10")),
                   ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (convene_statistics_get_role (stats, canada, meeting (dataset, "ahg-som-14")),
                   ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (convene_statistics_get_role (stats, canada, meeting (dataset, "ahg-som-11")),
                   ==, CONVENE_ROLE_NOT_RECORDED);
  g_assert_cmpint (convene_statistics_get_role (stats, canada, meeting (dataset, "ahg-som-01")),
                   ==, CONVENE_ROLE_NONE);

  /* a kind the record does not have: nothing */
  g_assert_cmpuint (convene_statistics_get_figures (stats, canada, "no-such-kind")->attended, ==, 0);
  g_assert_null (convene_statistics_get_figures (stats, canada, "no-such-kind")->first);
}

/* The record's patterns, counted by hand */
static void
test_bundled_record (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  ConveneStatistics *stats = convene_statistics_get_for_dataset (dataset);
  g_autoptr(GPtrArray) regular = NULL;

  g_assert_cmpuint (convene_statistics_get_first_year (stats), ==, 2002);
  /* 2016: AHG SOM 10 and 11, the Senior Officials' Meeting, the 6th Ministerial Conference */
  g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, 2016, NULL), ==, 4);
  g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, 2016, "ahg-som"), ==, 2);
  g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, 2016, "workshop"), ==, 0);
  g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, 2005, NULL), ==, 0);
  g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, 1990, NULL), ==, 0);
  g_assert_cmpuint (convene_statistics_get_n_recorded (stats, NULL), ==, 35);
  g_assert_cmpuint (convene_statistics_get_n_recorded (stats, "ahg-som"), ==, 16);
  g_assert_cmpuint (convene_statistics_get_n_recorded (stats, "ministerial-conference"), ==, 1);
  g_assert_cmpuint (convene_statistics_get_n_meetings (stats, NULL), ==,
                    convene_dataset_get_n_meetings (dataset));
  /* the kinds in the order the dataset declares them */
  for (guint k = 0; k < convene_statistics_get_n_kinds (stats); k++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (convene_dataset_get_kinds (dataset), k);

      g_assert_cmpstr (convene_statistics_get_kind (stats, k), ==, convene_meeting_kind_get_id (kind));
      g_assert_true (convene_statistics_get_meeting_kind (stats, k) == kind);
    }
  g_assert_cmpstr (convene_statistics_get_kind (stats, 0), ==, "ahg-som");

  /* AHG SOM 12: 18 participants and 2 observers (Canada and one more); at the 14th, all 24
   * took part */
  g_assert_cmpuint (convene_statistics_get_delegation (stats, meeting (dataset, "ahg-som-12"),
                                                       CONVENE_ROLE_PARTICIPANT), ==, 18);
  g_assert_cmpuint (convene_statistics_get_delegation (stats, meeting (dataset, "ahg-som-12"),
                                                       CONVENE_ROLE_OBSERVER), ==, 2);
  g_assert_cmpuint (convene_statistics_get_delegation (stats, meeting (dataset, "ahg-som-14"),
                                                       CONVENE_ROLE_PARTICIPANT), ==, 24);
  g_assert_cmpuint (convene_statistics_get_delegation (stats, meeting (dataset, "ahg-som-14"),
                                                       CONVENE_ROLE_OBSERVER), ==, 0);
  g_assert_cmpuint (convene_statistics_get_delegation (stats, meeting (dataset, "ahg-som-11"),
                                                       CONVENE_ROLE_PARTICIPANT), ==, 0);

  /* six were at all 16 recorded AHG meetings (Australia, Bangladesh, Indonesia, Malaysia,
   * New Zealand, Thailand, in that order by name), then IOM, the Maldives and UNHCR at 15 */
  regular = convene_statistics_dup_most_regular (stats, "ahg-som", 7);
  g_assert_cmpuint (regular->len, ==, 7);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpuint (convene_statistics_get_figures (stats, regular->pdata[i], "ahg-som")->attended,
                      ==, 16);
  g_assert_cmpstr (convene_participant_get_id (regular->pdata[0]), ==, "AUS");
  g_assert_cmpstr (convene_participant_get_id (regular->pdata[5]), ==, "THA");
  g_assert_cmpuint (convene_statistics_get_figures (stats, regular->pdata[6], "ahg-som")->attended,
                    ==, 15);
  g_assert_cmpstr (convene_participant_get_id (regular->pdata[6]), ==, "IOM");
}

static const ConveneChange *
find_change (const ConveneMeetingChanges *changes,
             const char                  *participant_id)
{
  for (guint i = 0; i < changes->changes->len; i++)
    {
      const ConveneChange *c = &g_array_index (changes->changes, ConveneChange, i);

      if (g_str_equal (convene_participant_get_id (c->participant), participant_id))
        return c;
    }
  return NULL;
}

static void
test_bundled_changes (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  ConveneStatistics *stats = convene_statistics_get_for_dataset (dataset);
  g_autoptr(ConveneMeetingChanges) fourteenth = NULL;
  g_autoptr(ConveneMeetingChanges) twelfth = NULL;
  g_autoptr(ConveneMeetingChanges) first = NULL;
  g_autoptr(ConveneMeetingChanges) eleventh = NULL;
  g_autofree char *description = NULL;
  g_autofree char *status = NULL;
  const ConveneChange *canada;

  /* there is no 13th in the record: the 14th is compared with the 12th */
  fourteenth = convene_statistics_dup_changes (stats, meeting (dataset, "ahg-som-14"));
  g_assert_cmpstr (id_or_null (fourteenth->previous), ==, "ahg-som-12");
  g_assert_true (fourteenth->known);
  canada = find_change (fourteenth, "CAN");
  g_assert_nonnull (canada);
  g_assert_cmpint (canada->kind, ==, CONVENE_CHANGE_ROLE);
  g_assert_cmpint (canada->before, ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (canada->after, ==, CONVENE_ROLE_PARTICIPANT);
  description = convene_change_dup_description (canada);
  g_assert_cmpstr (description, ==, CONVENE_TEXT_FSI "Canada" CONVENE_TEXT_PDI ": observer → participant");
  /* Indonesia and Australia came both times in the same role: no change */
  g_assert_null (find_change (fourteenth, "IDN"));
  g_assert_null (find_change (fourteenth, "AUS"));
  /* joined, then left, then roles changed */
  for (guint i = 1; i < fourteenth->changes->len; i++)
    g_assert_cmpint (g_array_index (fourteenth->changes, ConveneChange, i - 1).kind, <=,
                     g_array_index (fourteenth->changes, ConveneChange, i).kind);

  /* the 11th's attendance is not recorded: unknown on both of its sides, never a change */
  twelfth = convene_statistics_dup_changes (stats, meeting (dataset, "ahg-som-12"));
  g_assert_cmpstr (id_or_null (twelfth->previous), ==, "ahg-som-11");
  g_assert_false (twelfth->known);
  g_assert_cmpuint (twelfth->changes->len, ==, 0);
  status = convene_meeting_changes_dup_status (twelfth);
  g_assert_nonnull (strstr (status, "unknown"));
  eleventh = convene_statistics_dup_changes (stats, meeting (dataset, "ahg-som-11"));
  g_assert_false (eleventh->known);
  g_assert_cmpuint (eleventh->changes->len, ==, 0);

  first = convene_statistics_dup_changes (stats, meeting (dataset, "ahg-som-01"));
  g_assert_null (first->previous);
  g_assert_false (first->known);
}

/* The straightforward recount: every participant asked of every meeting */
static void
recount (ConveneDataset            *dataset,
         ConveneParticipant        *p,
         const char                *kind,
         ConveneParticipantFigures *f)
{
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  guint run = 0;

  memset (f, 0, sizeof *f);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);
      ConveneRole role = convene_meeting_get_role (m, p);

      if (kind != NULL && !g_str_equal (kind, convene_meeting_get_kind (m)))
        continue;
      if (role == CONVENE_ROLE_NOT_RECORDED)
        continue;
      f->recorded++;
      if (role == CONVENE_ROLE_NONE)
        {
          run = 0;
          continue;
        }
      f->attended++;
      f->by_role[role]++;
      if (f->first == NULL)
        f->first = m;
      f->last = m;
      run++;
      if (run > f->longest_run)
        {
          f->longest_run = run;
          f->run_last = m;
        }
    }
}

static void
check_generated (guint n_meetings,
                 guint n_participants)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (n_meetings, n_participants);
  g_autoptr(ConveneStatistics) stats = convene_statistics_new (dataset);
  GListModel *participants = convene_dataset_get_participants (dataset);
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  guint n_kinds = convene_statistics_get_n_kinds (stats);
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
      const ConveneAttended *attended;
      guint n_attended, next = 0;

      for (guint k = 0; k <= n_kinds; k++)
        {
          const char *kind = k < n_kinds ? convene_statistics_get_kind (stats, k) : NULL;
          const ConveneParticipantFigures *f = convene_statistics_get_figures (stats, p, kind);
          ConveneParticipantFigures expected;

          recount (dataset, p, kind, &expected);
          g_assert_cmpuint (f->recorded, ==, expected.recorded);
          g_assert_cmpuint (f->attended, ==, expected.attended);
          for (ConveneRole r = CONVENE_ROLE_PARTICIPANT; r <= CONVENE_ROLE_CO_CHAIR; r++)
            g_assert_cmpuint (f->by_role[r], ==, expected.by_role[r]);
          g_assert_true (f->first == expected.first);
          g_assert_true (f->last == expected.last);
          g_assert_cmpuint (f->longest_run, ==, expected.longest_run);
          g_assert_true (f->run_last == expected.run_last);
          g_assert_true ((f->run_first == NULL) == (f->longest_run == 0));
        }

      /* what it attended, in date order, and its role at every meeting */
      attended = convene_statistics_get_attended (stats, p, &n_attended);
      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, j);
          ConveneRole role = convene_meeting_get_role (m, p);

          g_assert_cmpint (convene_statistics_get_role (stats, p, m), ==, role);
          if (role == CONVENE_ROLE_NONE || role == CONVENE_ROLE_NOT_RECORDED)
            continue;
          g_assert_cmpuint (next, <, n_attended);
          g_assert_true (attended[next].meeting == m);
          g_assert_cmpint (attended[next].role, ==, role);
          next++;
        }
      g_assert_cmpuint (next, ==, n_attended);
      total += n_attended;
    }
  if (n_meetings > 0)
    g_assert_cmpuint (total, >, 0);

  /* the record: each meeting's delegations, its previous of a kind, the years */
  {
    g_autoptr(GHashTable) last_of_kind = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GHashTable) per_year = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    guint recorded = 0;

    for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
      {
        g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, j);
        GPtrArray *attendance = convene_meeting_get_attendance (m);
        guint counts[CONVENE_ROLE_NOT_RECORDED + 1] = { 0 };
        g_autofree char *year_key = g_strdup_printf ("%u %s", convene_meeting_get_year (m),
                                                     convene_meeting_get_kind (m));

        g_assert_true (convene_statistics_get_previous (stats, m) ==
                       g_hash_table_lookup (last_of_kind, convene_meeting_get_kind (m)));
        g_hash_table_insert (last_of_kind, (gpointer) convene_meeting_get_kind (m), m);
        guint in_year = GPOINTER_TO_UINT (g_hash_table_lookup (per_year, year_key));

        g_hash_table_insert (per_year, g_steal_pointer (&year_key), GUINT_TO_POINTER (in_year + 1));
        if (attendance == NULL)
          continue;
        recorded++;
        for (guint a = 0; a < attendance->len; a++)
          counts[((ConveneAttendance *) attendance->pdata[a])->role]++;
        for (ConveneRole r = CONVENE_ROLE_PARTICIPANT; r <= CONVENE_ROLE_CO_CHAIR; r++)
          g_assert_cmpuint (convene_statistics_get_delegation (stats, m, r), ==, counts[r]);
      }
    g_assert_cmpuint (convene_statistics_get_n_recorded (stats, NULL), ==, recorded);

    for (guint y = convene_statistics_get_first_year (stats);
         n_meetings > 0 && y <= convene_statistics_get_last_year (stats); y++)
      {
        guint sum = 0;

        for (guint k = 0; k < n_kinds; k++)
          {
            g_autofree char *key = g_strdup_printf ("%u %s", y, convene_statistics_get_kind (stats, k));
            guint expected = GPOINTER_TO_UINT (g_hash_table_lookup (per_year, key));

            g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, y,
                                convene_statistics_get_kind (stats, k)), ==, expected);
            sum += expected;
          }
        g_assert_cmpuint (convene_statistics_get_meetings_in_year (stats, y, NULL), ==, sum);
      }
  }
}

static void
test_generated (void)
{
  check_generated (400, 60);
  check_generated (50, 250);
  check_generated (0, 5);
}

/* Changes on generated data against a recount with convene_meeting_get_role() */
static void
test_generated_changes (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (200, 50);
  g_autoptr(ConveneStatistics) stats = convene_statistics_new (dataset);
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  GListModel *participants = convene_dataset_get_participants (dataset);
  guint n_known = 0, n_unknown = 0;

  for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, j);
      g_autoptr(ConveneMeetingChanges) changes = convene_statistics_dup_changes (stats, m);
      g_autoptr(ConveneMeetingChanges) alone = convene_meeting_changes_new (dataset, m);
      guint expected = 0;

      /* the same, found without the statistics */
      g_assert_true (alone->previous == changes->previous);
      g_assert_true (alone->known == changes->known);
      /* member by member: a struct's padding may differ */
      g_assert_cmpuint (alone->changes->len, ==, changes->changes->len);
      for (guint i = 0; i < changes->changes->len; i++)
        {
          ConveneChange *a = &g_array_index (alone->changes, ConveneChange, i);
          ConveneChange *b = &g_array_index (changes->changes, ConveneChange, i);

          g_assert_true (a->participant == b->participant);
          g_assert_cmpint (a->kind, ==, b->kind);
          g_assert_cmpint (a->before, ==, b->before);
          g_assert_cmpint (a->after, ==, b->after);
        }

      if (!changes->known)
        {
          g_assert_true (changes->previous == NULL ||
                         !convene_meeting_get_attendance_recorded (m) ||
                         !convene_meeting_get_attendance_recorded (changes->previous));
          g_assert_cmpuint (changes->changes->len, ==, 0);
          n_unknown++;
          continue;
        }
      n_known++;
      for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
        {
          g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
          ConveneRole before = convene_meeting_get_role (changes->previous, p);
          ConveneRole after = convene_meeting_get_role (m, p);
          const ConveneChange *c;

          if (before == after)
            {
              g_assert_null (find_change (changes, convene_participant_get_id (p)));
              continue;
            }
          expected++;
          c = find_change (changes, convene_participant_get_id (p));
          g_assert_nonnull (c);
          g_assert_cmpint (c->before, ==, before);
          g_assert_cmpint (c->after, ==, after);
          g_assert_cmpint (c->kind, ==, before == CONVENE_ROLE_NONE ? CONVENE_CHANGE_JOINED
                                        : after == CONVENE_ROLE_NONE ? CONVENE_CHANGE_LEFT
                                        : CONVENE_CHANGE_ROLE);
        }
      g_assert_cmpuint (changes->changes->len, ==, expected);
    }
  g_assert_cmpuint (n_known, >, 0);
  g_assert_cmpuint (n_unknown, >, 0);
}

/* Statistics are kept with their dataset until it changes; an edit makes new ones from them
 * (one that changes nothing counted does not), and whoever holds the old ones may still read
 * them */
static void
test_forget (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(ConveneStatistics) held = g_object_ref (convene_statistics_get_for_dataset (dataset));
  ConveneParticipant *canada = convene_dataset_lookup_participant (dataset, "CAN");
  guint attended = convene_statistics_get_figures (held, canada, NULL)->attended;
  guint n;
  ConveneMeeting *first = convene_statistics_get_attended (held, canada, &n)[0].meeting;

  g_assert_true (convene_statistics_get_for_dataset (dataset) == held);
  convene_document_set_meeting_text (document, first, CONVENE_MEETING_FIELD_TITLE, "Renamed");
  g_assert_true (convene_statistics_get_for_dataset (dataset) == held);

  convene_document_set_role (document, first, canada, CONVENE_ROLE_NONE);
  g_assert_true (convene_statistics_get_for_dataset (dataset) != held);
  g_assert_true (convene_statistics_get_dataset (held) == dataset);
  g_assert_cmpuint (convene_statistics_get_figures (held, canada, NULL)->attended, ==, attended);
  g_assert_cmpuint (convene_statistics_get_figures (convene_statistics_get_for_dataset (dataset),
                                                    canada, NULL)->attended, ==, attended - 1);
  convene_test_assert_statistics (dataset);

  convene_statistics_forget (dataset);
  convene_statistics_forget (dataset);
  g_assert_nonnull (convene_statistics_get_for_dataset (dataset));
}

/* Worked out a step at a time (as the overview does): the same figures as
 * at once, kept with the dataset once complete; an edit while under way
 * makes the work begin anew, on the dataset as it is */
static void
test_step_by_step (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (2000, 60);
  g_autoptr(ConveneStatistics) whole = convene_statistics_new (dataset);
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(ConveneMeeting) first = g_list_model_get_item (convene_dataset_get_meetings (dataset), 0);
  GListModel *participants = convene_dataset_get_participants (dataset);
  g_autofree char *summary = NULL;
  g_autofree char *stepped_summary = NULL;
  ConveneStatistics *stats;
  double fraction = 0, last = -1;
  guint steps = 0;

  while ((stats = convene_statistics_try_for_dataset (dataset, 100, &fraction)) == NULL)
    {
      g_assert_cmpfloat (fraction, >, last);
      g_assert_cmpfloat (fraction, <, 1);
      last = fraction;
      steps++;
    }
  g_assert_cmpuint (steps, ==, 19);
  g_assert_cmpfloat (fraction, ==, 1);
  g_assert_true (convene_statistics_get_for_dataset (dataset) == stats);
  g_assert_true (convene_statistics_try_for_dataset (dataset, 1, NULL) == stats);

  summary = convene_statistics_dup_summary (whole);
  stepped_summary = convene_statistics_dup_summary (stats);
  g_assert_cmpstr (stepped_summary, ==, summary);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
      const ConveneParticipantFigures *a = convene_statistics_get_figures (whole, p, NULL);
      const ConveneParticipantFigures *b = convene_statistics_get_figures (stats, p, NULL);

      g_assert_cmpuint (b->attended, ==, a->attended);
      g_assert_cmpuint (b->recorded, ==, a->recorded);
      g_assert_cmpuint (b->longest_run, ==, a->longest_run);
      g_assert_true (b->first == a->first && b->last == a->last && b->run_first == a->run_first);
      g_assert_cmpmem (b->by_role, sizeof b->by_role, a->by_role, sizeof a->by_role);
    }
  for (guint i = 0; i < 2000; i += 37)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (convene_dataset_get_meetings (dataset), i);

      g_assert_true (convene_statistics_get_previous (stats, m) == convene_statistics_get_previous (whole, m));
      g_assert_cmpuint (convene_statistics_get_delegation (stats, m, CONVENE_ROLE_PARTICIPANT), ==,
                        convene_statistics_get_delegation (whole, m, CONVENE_ROLE_PARTICIPANT));
    }

  /* an edit half way: the work begins anew, and counts 1,999 meetings */
  convene_statistics_forget (dataset);
  for (guint i = 0; i < 10; i++)
    g_assert_null (convene_statistics_try_for_dataset (dataset, 100, &fraction));
  g_assert_cmpfloat (fraction, ==, 0.5);
  convene_document_remove_meeting (document, first);
  g_assert_null (convene_statistics_try_for_dataset (dataset, 100, &fraction));
  g_assert_cmpfloat (fraction, ==, 100.0 / 1999);
  while ((stats = convene_statistics_try_for_dataset (dataset, 500, NULL)) == NULL)
    ;
  g_assert_cmpuint (convene_statistics_get_n_meetings (stats, NULL), ==, 1999);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/statistics/bundled/canada", test_bundled_canada);
  g_test_add_func ("/statistics/bundled/record", test_bundled_record);
  g_test_add_func ("/statistics/bundled/changes", test_bundled_changes);
  g_test_add_func ("/statistics/generated", test_generated);
  g_test_add_func ("/statistics/generated/changes", test_generated_changes);
  g_test_add_func ("/statistics/forget", test_forget);
  g_test_add_func ("/statistics/step-by-step", test_step_by_step);

  return g_test_run ();
}
