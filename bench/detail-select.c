/* detail-select.c: from selecting a meeting to the detail pane painted
 *
 *     xvfb-run -a -s '-screen 0 1280x1024x24' env GSK_RENDERER=cairo GTK_A11Y=none \
 *       GSETTINGS_BACKEND=memory _build/bench/detail-select [--runs N] \
 *       [--only bundled|large|long|overview] [--sizes 16384,65536,262144] [--fields title,purpose,…]
 *       [--overview FILE]
 *
 * Drives Convene's window from outside, through its public API only, as a
 * user's click on a row would: a window of 1100 × 760, then, for each
 * meeting, the list's selection is set and the time is taken until the
 * window's frame clock reports the end of the next paint ("after-paint"),
 * and until the main loop has been idle for 100 ms (the work left after the
 * frame, which delays the next click), and the longest of the main loop's
 * iterations after the change, in processor time ("stall": the longest a
 * click could wait). "cpu" is the main thread's processor
 * time from the selection to the frame: on a machine shared with other work
 * it is the steadier figure. Each figure is the median of --runs selections
 * (default 5), each selection coming from another meeting.
 *
 *   bundled  every meeting of the bundled record, in the list's order
 *   large    a generated meeting of 12 outcomes × 10 items and 20 notes
 *            (and 40 attendees, 3 paragraphs of purpose, 5 sources)
 *   long     meetings one of whose fields is one unbroken word of each of
 *            --sizes characters; and datasets whose title or description
 *            is such a word, shown (the pane's overview of a dataset)
 *   overview the dataset of --overview FILE (e.g. 10,000 meetings made by
 *            _build/tests/generate-dataset 10000 250) shown: the whole
 *            window, and the overview's patterns worked out afresh each run
 *            (the "stall" is the longest step or frame after the first)
 *
 * Generated datasets are written to a temporary folder, loaded with
 * convene_window_open_file() as the Open dialog would, and removed.
 * See docs/performance.md, "The detail pane".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bench-dataset.h"
#include "bench-frame.h"
#include "bench-median.h"
#include "convene-dataset-loader.h"
#include "convene-statistics.h"
#include "convene-window.h"

#define WIDTH 1100
#define HEIGHT 760
#define QUIET_MS 100.0

static guint n_runs = 5;

typedef BenchFrameTiming Timing;

typedef struct {
  ConveneWindow *window;
  void (*change) (ConveneWindow *window, gpointer data);
  gpointer data;
} Change;

static void
run_change (gpointer data)
{
  Change *c = data;

  c->change (c->window, c->data);
}

/* Times one change of what the window shows: @change (selecting a meeting,
 * or showing a dataset) then the first frame and the work after it. */
static Timing
time_change (ConveneWindow *window,
             void         (*change) (ConveneWindow *window, gpointer data),
             gpointer       data)
{
  Change c = { window, change, data };

  return bench_time_change (GTK_WIDGET (window), run_change, &c, QUIET_MS);
}

static void
select_change (ConveneWindow *window,
               gpointer       id)
{
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeeting *selected = convene_meetings_view_get_selected_meeting (view);

  /* selecting the meeting shown would change nothing, and time another frame */
  if (selected != NULL && g_strcmp0 (convene_meeting_get_id (selected), id) == 0)
    g_error ("meeting %s is selected already", (const char *) id);
  if (!convene_meetings_view_select_meeting (view, id))
    g_error ("meeting %s is not listed", (const char *) id);
}

static void
dataset_change (ConveneWindow *window,
                gpointer       dataset)
{
  convene_window_set_dataset (window, dataset);
}

static Timing
time_select (ConveneWindow *window,
             const char    *id)
{
  return time_change (window, select_change, (gpointer) id);
}

/* Medians of runs */

typedef struct {
  GArray *to_paint;
  GArray *to_idle;
  GArray *cpu;
  GArray *stall;
} Runs;

static void
runs_init (Runs *runs)
{
  runs->to_paint = g_array_new (FALSE, FALSE, sizeof (double));
  runs->to_idle = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  runs->stall = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
runs_add (Runs   *runs,
          Timing  timing)
{
  g_array_append_val (runs->to_paint, timing.to_paint);
  g_array_append_val (runs->to_idle, timing.to_idle);
  g_array_append_val (runs->cpu, timing.cpu);
  g_array_append_val (runs->stall, timing.stall);
}

static void
runs_clear (Runs *runs)
{
  g_array_unref (runs->to_paint);
  g_array_unref (runs->to_idle);
  g_array_unref (runs->cpu);
  g_array_unref (runs->stall);
}

static double
array_max (GArray *values)
{
  double max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));
  return max;
}

/* The window */

static ConveneWindow *
window_new (void)
{
  ConveneWindow *window = convene_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
  bench_run_until_idle (QUIET_MS);
  return window;
}

static char *
meeting_id (GListModel *meetings,
            guint       i)
{
  g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);

  return g_strdup (convene_meeting_get_id (meeting));
}

static void
print_header (const char *what)
{
  g_print ("\n%s (ms, medians of %u)\n  %-40s %8s %8s %8s %8s\n", what, n_runs, "",
           "frame", "cpu", "idle", "stall");
}

/* Selects every listed meeting in turn, n_runs times round, and prints
 * each one's medians, then the median and worst of those. */
static void
bench_listed (ConveneWindow *window,
              const char    *what)
{
  GListModel *meetings = convene_meetings_view_get_visible_meetings (convene_window_get_meetings_view (window));
  guint n = g_list_model_get_n_items (meetings);
  g_autoptr(GArray) paint_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) idle_medians = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stall_medians = g_array_new (FALSE, FALSE, sizeof (double));
  Runs *runs = g_new0 (Runs, n);

  for (guint i = 0; i < n; i++)
    runs_init (&runs[i]);
  for (guint run = 0; run < n_runs; run++)
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *id = meeting_id (meetings, i);

        runs_add (&runs[i], time_select (window, id));
      }

  print_header (what);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = meeting_id (meetings, i);
      double paint = bench_median (runs[i].to_paint);
      double cpu = bench_median (runs[i].cpu);
      double idle = bench_median (runs[i].to_idle);
      double stall = bench_median (runs[i].stall);

      g_print ("  %-40s %8.1f %8.1f %8.1f %8.1f\n", id, paint, cpu, idle, stall);
      g_array_append_val (paint_medians, paint);
      g_array_append_val (cpu_medians, cpu);
      g_array_append_val (idle_medians, idle);
      g_array_append_val (stall_medians, stall);
      runs_clear (&runs[i]);
    }
  g_print ("  %-40s %8.1f %8.1f %8.1f %8.1f\n", "median", bench_median (paint_medians),
           bench_median (cpu_medians), bench_median (idle_medians), bench_median (stall_medians));
  g_print ("  %-40s %8.1f %8.1f %8.1f %8.1f\n", "worst", array_max (paint_medians),
           array_max (cpu_medians), array_max (idle_medians), array_max (stall_medians));
  g_free (runs);
}

/* Generated datasets */

static const char *words[] = {
  "the", "members", "agreed", "to", "strengthen", "regional", "cooperation", "on", "people",
  "smuggling", "trafficking", "in", "persons", "and", "related", "transnational", "crime",
  "welcomed", "progress", "of", "working", "groups", "noted", "reports", "from", "co-chairs",
  "encouraged", "sharing", "information", "between", "law", "enforcement", "agencies",
};

/* Sentences of n_words words, the same for the same seed */
static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, word);
      if (i == 0)
        s->str[0] = g_ascii_toupper (s->str[0]);
    }
  g_string_append_c (s, '.');
  return g_string_free (s, FALSE);
}

/* One word of n characters (letters of the alphabet in turn) */
static char *
long_word (guint n)
{
  char *word = g_malloc (n + 1);

  for (guint i = 0; i < n; i++)
    word[i] = 'a' + i % 26;
  word[n] = '\0';
  return word;
}

#define N_PARTICIPANTS 40

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
begin_dataset (JsonBuilder *b,
               const char  *title,
               const char  *description)
{
  json_builder_begin_object (b);
  add_string (b, "format", "convene-dataset");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  add_string (b, "title", title);
  if (description != NULL)
    add_string (b, "description", description);

  json_builder_set_member_name (b, "participants");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autofree char *id = g_strdup_printf ("P%02u", i);
      g_autofree char *name = g_strdup_printf ("Participant number %u of the process", i);

      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", name);
      add_string (b, "kind", i % 4 == 3 ? "organisation" : "country");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "meetings");
  json_builder_begin_array (b);
}

static void
end_dataset (JsonBuilder *b,
             const char  *path)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  if (!json_generator_to_file (generator, path, &error))
    g_error ("%s", error->message);
}

/* The long fields a meeting may have */
typedef enum {
  FIELD_NONE,
  FIELD_TITLE,
  FIELD_PURPOSE,
  FIELD_NOTE,
  FIELD_OUTCOME,
  FIELD_ITEM,
  FIELD_CITY,
  FIELD_VENUE,
  FIELD_CO_CHAIR,
  FIELD_SOURCE,
  N_FIELDS
} Field;

static const char *field_names[N_FIELDS] = {
  "none", "title", "purpose", "note", "outcome", "item", "city", "venue", "co-chair", "source",
};

typedef struct {
  guint n_outcomes;
  guint n_items;
  guint n_notes;
  guint n_attendees;
  guint n_paragraphs;
  guint n_sources;
  Field long_field;
  const char *long_text;
} MeetingShape;

static void
add_meeting (JsonBuilder        *b,
             GRand              *rand,
             const char         *id,
             guint               day,
             const MeetingShape *shape)
{
  g_autofree char *title = g_strdup_printf ("Generated meeting %s", id);
  g_autofree char *start = g_strdup_printf ("2020-01-%02u", 1 + day % 28);
  g_autoptr(GString) purpose = g_string_new (NULL);
#define LONG_OR(field, text) (shape->long_field == (field) ? shape->long_text : (text))

  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_string (b, "kind", "ahg-som");
  add_string (b, "title", LONG_OR (FIELD_TITLE, title));
  add_string (b, "start", start);

  json_builder_set_member_name (b, "location");
  json_builder_begin_object (b);
  add_string (b, "city", LONG_OR (FIELD_CITY, "Bangkok"));
  add_string (b, "country", "P00");
  add_string (b, "venue", LONG_OR (FIELD_VENUE, "United Nations Conference Centre"));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "co-chairs");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, LONG_OR (FIELD_CO_CHAIR, "Director-General, Ministry of Foreign Affairs"));
  json_builder_add_string_value (b, "First Assistant Secretary, Department of Home Affairs");
  json_builder_end_array (b);

  json_builder_set_member_name (b, "attendance");
  json_builder_begin_array (b);
  for (guint i = 0; i < shape->n_attendees; i++)
    {
      g_autofree char *participant = g_strdup_printf ("P%02u", i);

      json_builder_begin_object (b);
      add_string (b, "participant", participant);
      add_string (b, "role", i < 2 ? "co-chair" : i % 7 == 6 ? "observer" : "participant");
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  for (guint i = 0; i < shape->n_paragraphs; i++)
    {
      for (guint j = 0; j < 3; j++)
        {
          g_autofree char *s = sentence (rand, 18);

          g_string_append_printf (purpose, "%s%s", j > 0 ? " " : i > 0 ? "\n\n" : "", s);
        }
    }
  if (shape->long_field == FIELD_PURPOSE)
    g_string_assign (purpose, shape->long_text);
  if (purpose->len > 0)
    add_string (b, "purpose", purpose->str);

  json_builder_set_member_name (b, "outcomes");
  json_builder_begin_array (b);
  for (guint i = 0; i < shape->n_outcomes; i++)
    {
      g_autofree char *text = sentence (rand, 24);

      json_builder_begin_object (b);
      add_string (b, "text", i == 0 ? LONG_OR (FIELD_OUTCOME, text) : text);
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint j = 0; j < shape->n_items; j++)
        {
          g_autofree char *item = sentence (rand, 16);

          json_builder_add_string_value (b, i == 0 && j == 0 ? LONG_OR (FIELD_ITEM, item) : item);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "notes");
  json_builder_begin_array (b);
  for (guint i = 0; i < shape->n_notes; i++)
    {
      static const char *kinds[] = { "contradiction", "gap", "remark" };
      g_autofree char *text = sentence (rand, 30);

      json_builder_begin_object (b);
      add_string (b, "kind", kinds[i % 3]);
      add_string (b, "text", i == 0 ? LONG_OR (FIELD_NOTE, text) : text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < shape->n_sources; i++)
    {
      g_autofree char *source = g_strdup_printf ("Co-Chairs’ Statement of the meeting, part %u, "
                                                 "baliprocess.net", i + 1);
      g_autofree char *url = g_strdup_printf ("https://www.baliprocess.net/%s/%u", id, i);

      json_builder_begin_object (b);
      add_string (b, "title", i == 0 ? LONG_OR (FIELD_SOURCE, source) : source);
      add_string (b, "url", url);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
#undef LONG_OR
}

static const MeetingShape ordinary = { 3, 2, 3, 20, 1, 1, FIELD_NONE, NULL };
static const MeetingShape large = { 12, 10, 20, 40, 3, 5, FIELD_NONE, NULL };

/* Opens path in window as the Open dialog would, and waits for it */
static void
open_in_window (ConveneWindow *window,
                const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConveneDataset *before = convene_window_get_dataset (window);

  convene_window_open_file (window, file);
  while (convene_window_get_dataset (window) == before)
    g_main_context_iteration (NULL, TRUE);
  bench_run_until_idle (QUIET_MS);
}

static void
print_runs (const char *label,
            Runs       *runs,
            const char *remark)
{
  g_print ("  %-40s %8.1f %8.1f %8.1f %8.1f   (worst frame %.1f, worst stall %.1f%s)\n", label,
           bench_median (runs->to_paint), bench_median (runs->cpu), bench_median (runs->to_idle),
           bench_median (runs->stall), array_max (runs->to_paint), array_max (runs->stall), remark);
}

/* Times selecting @id, from the ordinary meeting each time */
static void
bench_one (ConveneWindow *window,
           const char    *id,
           const char    *label)
{
  Runs runs;

  runs_init (&runs);
  for (guint run = 0; run < n_runs; run++)
    {
      time_select (window, "ordinary");
      runs_add (&runs, time_select (window, id));
    }
  print_runs (label, &runs, "");
  runs_clear (&runs);
}

static void
bench_large (ConveneWindow *window,
             const char    *dir)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree char *path = g_build_filename (dir, "large.json", NULL);

  begin_dataset (b, "Generated meetings", NULL);
  add_meeting (b, rand, "ordinary", 1, &ordinary);
  add_meeting (b, rand, "large", 2, &large);
  end_dataset (b, path);
  open_in_window (window, path);

  print_header ("large meeting");
  bench_one (window, "large", "12 outcomes × 10 items, 20 notes");
}

static void
bench_long (ConveneWindow  *window,
            const char     *dir,
            GArray         *sizes,
            GStrv           fields)
{
  print_header ("one unbroken word");
  for (guint s = 0; s < sizes->len; s++)
    {
      guint size = g_array_index (sizes, guint, s);
      g_autofree char *word = long_word (size);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);
      g_autofree char *path = g_build_filename (dir, "long.json", NULL);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

      begin_dataset (b, "Generated meetings", NULL);
      add_meeting (b, rand, "ordinary", 1, &ordinary);
      for (Field field = FIELD_TITLE; field < N_FIELDS; field++)
        {
          MeetingShape shape = ordinary;

          if (fields != NULL && !g_strv_contains ((const char * const *) fields, field_names[field]))
            continue;
          shape.long_field = field;
          shape.long_text = word;
          g_ptr_array_add (ids, g_strdup (field_names[field]));
          add_meeting (b, rand, field_names[field], 2 + field, &shape);
        }
      end_dataset (b, path);
      open_in_window (window, path);

      for (guint i = 0; i < ids->len; i++)
        {
          g_autofree char *label = g_strdup_printf ("%s of %u characters", (char *) ids->pdata[i], size);

          bench_one (window, ids->pdata[i], label);
        }

      /* a dataset's title and description, in the overview */
      for (guint which = 0; which < 2; which++)
        {
          const char *name = which == 0 ? "dataset-title" : "dataset-description";
          g_autoptr(JsonBuilder) db = json_builder_new ();
          g_autofree char *dpath = g_build_filename (dir, "dataset.json", NULL);
          g_autoptr(ConveneDataset) dataset = NULL;
          g_autoptr(ConveneDataset) plain = NULL;
          g_autofree char *label = g_strdup_printf ("%s of %u characters", name, size);
          Runs runs;

          if (fields != NULL && !g_strv_contains ((const char * const *) fields, name))
            continue;
          begin_dataset (db, which == 0 ? word : "Generated meetings", which == 1 ? word : NULL);
          add_meeting (db, rand, "ordinary", 1, &ordinary);
          end_dataset (db, dpath);
          dataset = bench_load_dataset (dpath);
          plain = bench_load_dataset (path);

          runs_init (&runs);
          for (guint run = 0; run < n_runs; run++)
            {
              time_change (window, dataset_change, plain);
              runs_add (&runs, time_change (window, dataset_change, dataset));
            }
          print_runs (label, &runs, "; the whole window");
          runs_clear (&runs);
          g_unlink (dpath);
        }
      g_unlink (path);
    }
}

/* FILE's dataset shown in the window, from the bundled record, its
 * statistics forgotten before each run so that the overview works them out */
static void
bench_overview (ConveneWindow *window,
                const char    *path)
{
  g_autoptr(ConveneDataset) dataset = bench_load_dataset (path);
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  g_autofree char *label = g_strdup_printf ("%u meetings", convene_dataset_get_n_meetings (dataset));
  Runs runs;

  print_header ("a dataset's overview, its patterns worked out");
  runs_init (&runs);
  for (guint run = 0; run < n_runs; run++)
    {
      time_change (window, dataset_change, bundled);
      convene_statistics_forget (dataset);
      runs_add (&runs, time_change (window, dataset_change, dataset));
    }
  print_runs (label, &runs, "; the whole window");
  runs_clear (&runs);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *only = NULL;
  g_autofree char *sizes_arg = NULL;
  g_autofree char *fields_arg = NULL;
  g_autofree char *overview = NULL;
  g_auto(GStrv) size_list = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int runs = 5;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Selections of each meeting (5)", "N" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "bundled, large, long or overview", "WHAT" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Long words' lengths (16384,65536,262144)", "N,…" },
    { "fields", 0, 0, G_OPTION_ARG_STRING, &fields_arg, "Fields given a long word (all)", "F,…" },
    { "overview", 0, 0, G_OPTION_ARG_FILENAME, &overview, "A dataset whose overview to time", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the detail pane");
  ConveneWindow *window;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n_runs = runs > 1 ? (guint) runs : 1;
  size_list = g_strsplit (sizes_arg != NULL ? sizes_arg : "16384,65536,262144", ",", -1);
  for (guint i = 0; size_list[i] != NULL; i++)
    {
      guint size = (guint) g_ascii_strtoull (size_list[i], NULL, 10);

      g_array_append_val (sizes, size);
    }
  if (fields_arg != NULL)
    fields = g_strsplit (fields_arg, ",", -1);

  gtk_init ();
  adw_init ();
  dir = g_dir_make_tmp ("detail-select-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  window = window_new ();
  if (only == NULL || strcmp (only, "bundled") == 0)
    bench_listed (window, "bundled record");
  if (only == NULL || strcmp (only, "large") == 0)
    bench_large (window, dir);
  if (only == NULL || strcmp (only, "long") == 0)
    bench_long (window, dir, sizes, fields);
  if (overview != NULL && (only == NULL || strcmp (only, "overview") == 0))
    bench_overview (window, overview);

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
  return 0;
}
