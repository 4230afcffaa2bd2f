/* generate-dataset.c: a synthetic Convene dataset of any size
 *
 *     generate-dataset MEETINGS PARTICIPANTS > out.json
 *
 * The text reads like the real record (titles, cities, a purpose, outcomes
 * with sub-points of a few hundred characters); each meeting with recorded
 * attendance has 20 to 40 participants (fewer when there are fewer), one or
 * two of them co-chairs and some observers; about one meeting in seven has
 * no recorded attendance and a few have an empty list. Meetings are written
 * in a shuffled order, as a dataset may list them. The output depends only
 * on the two numbers: the random generator has a fixed seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

static const char * const syllables[] = {
  "ar", "ba", "cor", "da", "el", "fa", "gor", "ha", "is", "ka", "lan", "mo", "nor", "os",
  "pa", "qui", "ra", "sa", "tor", "u", "va", "wen", "xa", "yo", "zan", "ti", "me", "lo",
};

/* what goes before and after the made-up word of a name */
static const char * const country_forms[][2] = {
  { "", "" }, { "", "" }, { "", "" }, { "Republic of ", "" }, { "Kingdom of ", "" },
  { "", " Islands" }, { "Federated States of ", "" },
};

static const char * const organisation_forms[][2] = {
  { "", " Organization for Migration" }, { "Office of the ", " Commissioner" },
  { "", " Development Bank" }, { "", " Forum Secretariat" },
  { "", " Institute for Border Management" }, { "", " Labour Office" },
};

static const char * const cities[] = {
  "Bali", "Bangkok", "Brisbane", "Canberra", "Colombo", "Da Nang", "Jakarta", "Kuala Lumpur",
  "Manila", "Perth", "Sydney", "Wellington", "Geneva", "Dhaka", "Kathmandu", "Suva", "Port Moresby",
  "Phnom Penh", "Vientiane", "Hanoi", "Islamabad", "Ulaanbaatar", "Apia", "Tokyo", "Seoul",
};

static const struct {
  const char *kind;
  const char *name;
  guint weight;
} kinds[] = {
  { "ahg-som", "Meeting of the Ad Hoc Group Senior Officials", 40 },
  { "senior-officials-meeting", "Senior Officials’ Meeting", 10 },
  { "ministerial-conference", "Regional Ministerial Conference", 5 },
  { "steering-group", "Meeting of the Steering Group", 15 },
  { "workshop", "Workshop on Irregular Migration", 15 },
  { "roundtable", "Roundtable on Trafficking in Persons", 10 },
  { "consultation-mechanism", "Consultation Mechanism Meeting", 5 },
};

static const char * const ordinal_words[] = {
  NULL, "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
  "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth",
  "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
};

static const char * const topics[] = {
  "people smuggling", "trafficking in persons", "border management", "forced labour",
  "the protection of refugees", "returns and reintegration", "identity management",
  "information sharing", "labour migration", "disaster displacement", "biometric data",
  "victim support", "legal frameworks", "regional cooperation", "the Andaman Sea",
};

static const char * const verbs[] = {
  "welcomed", "endorsed", "noted", "commended", "agreed to strengthen", "encouraged",
  "reaffirmed their commitment to", "called for further work on", "tasked the Regional Support Office with",
};

static GRand *rng;

static const char *
pick (const char * const *words,
      guint               n)
{
  return words[g_rand_int_range (rng, 0, n)];
}

#define PICK(words) pick (words, G_N_ELEMENTS (words))

/* A JSON string, quoted and escaped. */
static void
append_json (GString    *out,
             const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static char *
make_word (void)
{
  GString *word = g_string_new (NULL);
  guint n = g_rand_int_range (rng, 2, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (word, PICK (syllables));
  word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

static char *
make_sentence (const char *subject)
{
  return g_strdup_printf ("%s %s %s and %s, and %s the work of the Bali Process on %s.",
                          subject, PICK (verbs), PICK (topics), PICK (topics), PICK (verbs),
                          PICK (topics));
}

typedef struct
{
  char *id;
  gboolean state;
} Participant;

static void
write_participants (GString     *out,
                    Participant *participants,
                    guint        n)
{
  g_string_append (out, "  \"participants\": [\n");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = make_word ();
      g_autofree char *name = NULL;
      guint roll = g_rand_int_range (rng, 0, 100);
      const char * const *form;
      const char *kind;

      /* mostly countries, as in the real record */
      if (roll < 80)
        kind = "country";
      else if (roll < 85)
        kind = "territory";
      else if (roll < 97)
        kind = "organisation";
      else
        kind = "body";
      participants[i].state = roll < 85;
      participants[i].id = g_strdup_printf ("%c%04u", participants[i].state ? 'C' : 'O', i);

      if (participants[i].state)
        form = country_forms[g_rand_int_range (rng, 0, G_N_ELEMENTS (country_forms))];
      else
        form = organisation_forms[g_rand_int_range (rng, 0, G_N_ELEMENTS (organisation_forms))];
      name = g_strconcat (form[0], word, form[1], NULL);

      g_string_append (out, "    { \"id\": ");
      append_json (out, participants[i].id);
      g_string_append (out, ", \"name\": ");
      append_json (out, name);
      g_string_append_printf (out, ", \"kind\": \"%s\" }%s\n", kind, i + 1 < n ? "," : "");
    }
  g_string_append (out, "  ],\n");
}

static void
write_meeting (GString     *out,
               guint        index,
               guint        kind,
               guint        number,
               GDate       *date,
               Participant *participants,
               guint        n_participants,
               guint       *chosen)
{
  g_autofree char *title = NULL;
  g_autofree char *purpose = NULL;
  const char *city = PICK (cities);
  guint roll = g_rand_int_range (rng, 0, 100);
  guint days = g_rand_int_range (rng, 0, 3);
  GDate end = *date;

  if (number < G_N_ELEMENTS (ordinal_words))
    title = g_strdup_printf ("%s %s", ordinal_words[number], kinds[kind].name);
  else
    title = g_strdup_printf ("%s, number %u", kinds[kind].name, number);
  g_date_add_days (&end, days);

  g_string_append_printf (out, "    {\n      \"id\": \"%s-%05u\", \"kind\": \"%s\", \"number\": %u,\n",
                          kinds[kind].kind, index, kinds[kind].kind, number);
  g_string_append (out, "      \"title\": ");
  append_json (out, title);
  g_string_append_printf (out, ",\n      \"start\": \"%04u-%02u-%02u\", \"end\": \"%04u-%02u-%02u\",\n",
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                          g_date_get_year (&end), g_date_get_month (&end), g_date_get_day (&end));
  g_string_append (out, "      \"location\": { \"city\": ");
  append_json (out, city);
  if (n_participants > 0)
    {
      Participant *host = &participants[g_rand_int_range (rng, 0, n_participants)];

      if (host->state)
        g_string_append_printf (out, ", \"country\": \"%s\"", host->id);
    }
  g_string_append_printf (out, ", \"mode\": \"%s\" },\n",
                          roll < 85 ? "in-person" : roll < 95 ? "hybrid" : "virtual");

  /* 1 in 7 not recorded, 1 in 50 recorded with nobody */
  roll = g_rand_int_range (rng, 0, 350);
  if (roll >= 50)
    {
      guint lo = MIN (20, n_participants), hi = MIN (40, n_participants);
      guint n = roll < 57 ? 0 : lo + (hi > lo ? g_rand_int_range (rng, 0, hi - lo + 1) : 0);

      /* a partial Fisher–Yates shuffle picks n distinct participants */
      for (guint i = 0; i < n_participants; i++)
        chosen[i] = i;
      for (guint i = 0; i < n; i++)
        {
          guint j = g_rand_int_range (rng, i, n_participants);
          guint t = chosen[i];

          chosen[i] = chosen[j];
          chosen[j] = t;
        }

      g_string_append (out, "      \"attendance\": [");
      for (guint i = 0; i < n; i++)
        {
          guint r = g_rand_int_range (rng, 0, 100);
          const char *role = i < 2 && r < 60 ? "co-chair" : r < 80 ? "participant" : "observer";

          g_string_append_printf (out, "%s\n        { \"participant\": \"%s\", \"role\": \"%s\" }",
                                  i > 0 ? "," : "", participants[chosen[i]].id, role);
        }
      g_string_append (out, n > 0 ? "\n      ],\n" : "],\n");
    }

  purpose = make_sentence ("Members");
  g_string_append (out, "      \"purpose\": ");
  append_json (out, purpose);
  g_string_append (out, ",\n      \"outcomes\": [\n");
  for (guint o = 0, n_outcomes = g_rand_int_range (rng, 1, 4); o < n_outcomes; o++)
    {
      g_autofree char *text = make_sentence ("The Co-Chairs");

      g_string_append (out, "        { \"text\": ");
      append_json (out, text);
      g_string_append (out, ", \"items\": [");
      for (guint i = 0, n_items = g_rand_int_range (rng, 0, 4); i < n_items; i++)
        {
          g_autofree char *item = make_sentence ("Members");

          g_string_append (out, i > 0 ? ", " : " ");
          append_json (out, item);
        }
      g_string_append_printf (out, " ] }%s\n", o + 1 < n_outcomes ? "," : "");
    }
  g_string_append (out, "      ],\n      \"sources\": [ { \"title\": ");
  append_json (out, title);
  g_string_append_printf (out, ", \"url\": \"https://example.org/meetings/%05u\" } ]\n    }", index);
}

int
main (int   argc,
      char *argv[])
{
  guint64 n_meetings, n_participants;
  guint numbers[G_N_ELEMENTS (kinds)] = { 0 };
  guint total_weight = 0;
  g_autofree Participant *participants = NULL;
  g_autofree guint *chosen = NULL;
  g_autofree guint *order = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_free);
  GDate date;

  if (argc != 3 ||
      !g_ascii_string_to_unsigned (argv[1], 10, 0, 1000000, &n_meetings, NULL) ||
      !g_ascii_string_to_unsigned (argv[2], 10, 0, 100000, &n_participants, NULL))
    {
      g_printerr ("Usage: %s MEETINGS PARTICIPANTS > out.json\n", argv[0]);
      return 2;
    }

  rng = g_rand_new_with_seed (20090627);
  participants = g_new0 (Participant, n_participants);
  chosen = g_new (guint, MAX (n_participants, 1));

  g_string_append (out, "{\n  \"format\": \"convene-dataset\",\n  \"version\": 1,\n");
  g_string_append_printf (out, "  \"title\": \"Synthetic record: %u meetings, %u participants\",\n",
                          (guint) n_meetings, (guint) n_participants);
  g_string_append (out, "  \"description\": \"Made by tests/generate-dataset for tests and benchmarks. "
                        "Nothing in it happened.\",\n");
  write_participants (out, participants, n_participants);
  fwrite (out->str, 1, out->len, stdout);
  g_string_truncate (out, 0);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    total_weight += kinds[k].weight;

  /* a meeting every day or two from 1990 on: 10,000 of them reach the 2010s */
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_JANUARY, 1990);
  for (guint i = 0; i < n_meetings; i++)
    {
      guint roll = g_rand_int_range (rng, 0, total_weight);
      guint k = 0;

      while (roll >= kinds[k].weight)
        roll -= kinds[k++].weight;
      write_meeting (out, i, k, ++numbers[k], &date, participants, n_participants, chosen);
      g_ptr_array_add (meetings, g_string_free (g_steal_pointer (&out), FALSE));
      out = g_string_new (NULL);
      if (g_date_get_year (&date) < 2990)
        g_date_add_days (&date, g_rand_int_range (rng, 0, 3));
    }

  /* a dataset may list its meetings in any order */
  order = g_new (guint, MAX (n_meetings, 1));
  for (guint i = 0; i < n_meetings; i++)
    order[i] = i;
  for (guint i = n_meetings; i > 1; i--)
    {
      guint j = g_rand_int_range (rng, 0, i);
      guint t = order[i - 1];

      order[i - 1] = order[j];
      order[j] = t;
    }

  fputs ("  \"meetings\": [\n", stdout);
  for (guint i = 0; i < n_meetings; i++)
    {
      fputs (g_ptr_array_index (meetings, order[i]), stdout);
      fputs (i + 1 < n_meetings ? ",\n" : "\n", stdout);
    }
  fputs ("  ]\n}\n", stdout);

  for (guint i = 0; i < n_participants; i++)
    g_free (participants[i].id);
  g_rand_free (rng);
  return fflush (stdout) == 0 ? 0 : 1;
}
