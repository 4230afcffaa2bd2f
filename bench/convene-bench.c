/* convene-bench.c: how fast Convene is on large datasets (not a test)
 *
 *     _build/bench/convene-bench [--runs N] [--sizes 1000,10000,100000]
 *                                [--data-dir DIR] [--only load|search|matrix|startup]
 *
 * Prints one table per measure, each figure the median of N runs (default 5):
 *
 *   load     for each size, json-glib's bare parse of the file against
 *            convene_dataset_new_from_bytes() on the same bytes: wall time and
 *            peak memory (the rise of the process's peak RSS over its RSS
 *            before the call), each run in a fresh child process so that no
 *            run inherits another's heap; the ratios are the figures
 *   search   at the largest size, the time of each keystroke while typing a
 *            word letter by letter, through the window's list model (a
 *            ConveneMeetingList following a ConveneMeetingFilter), before the
 *            dataset's search index is built and with it; and the index's
 *            building time and size
 *   matrix   building the attendance matrix of 250 participants × 10,000 meetings
 *   startup  bench/first-frame (Convene as main.c runs it) on the bundled data,
 *            against bare-window (an empty AdwApplicationWindow of the same
 *            size) and bare-window --text (with a header bar and a paragraph),
 *            all under one Xvfb: from spawning the process to its
 *            first frame, as the process reports it (its start time is read
 *            from /proc) and as seen from here (until its report arrives)
 *
 * Datasets come from tests/generate-dataset (MEETINGS × 250 participants),
 * written once into --data-dir (default: bench-data in the build dir).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "bench-median.h"
#include "convene-dataset-loader.h"
#include "convene-matrix.h"
#include "convene-meeting-filter.h"
#include "convene-meeting-list.h"
#include "convene-search-index.h"

#define N_PARTICIPANTS 250

static guint n_runs = 5;

/* Time, memory */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* A line of a file such as /proc/self/status, in kB */
static guint64
proc_kb (const char *path,
         const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field) + 1, NULL, 10);
}

static guint64
status_kb (const char *field)
{
  return proc_kb ("/proc/self/status", field);
}

/* Makes VmHWM (the peak RSS) start again from the current RSS. */
static void
reset_peak_rss (void)
{
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
}

/* Datasets */

static char *data_dir;
static char *self_path;

static char *
dataset_path (guint n_meetings)
{
  g_autofree char *name = g_strdup_printf ("generated-%u-%u.json", n_meetings, N_PARTICIPANTS);
  g_autofree char *path = g_build_filename (data_dir, name, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *command = g_strdup_printf ("'%s' %u %u > '%s.part' && mv '%s.part' '%s'",
                                                  GENERATE_DATASET, n_meetings, N_PARTICIPANTS,
                                                  path, path, path);

      g_printerr ("generating %s…\n", path);
      g_mkdir_with_parents (data_dir, 0755);
      if (system (command) != 0)
        g_error ("could not run %s", command);
    }
  return g_steal_pointer (&path);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  char *contents;
  gsize len;

  /* read, not mapped: neither side should pay for page faults on the file */
  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (contents, len);
}

/* Load: one measurement in a child process */

typedef struct
{
  double ms;
  double peak_mb;
} Sample;

/* In the child: "--child bare|convene FILE" prints "ms peak_kb" */
static int
run_child (const char *what,
           const char *path)
{
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  guint64 rss_before;
  double start, elapsed;

  reset_peak_rss ();
  rss_before = status_kb ("VmRSS:");
  start = now_ms ();

  if (strcmp (what, "bare") == 0)
    {
      JsonParser *parser = json_parser_new_immutable ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      if (!json_parser_load_from_data (parser, data, len, &error))
        g_error ("%s", error->message);
      elapsed = now_ms () - start;
      /* the tree stays alive: its size is the reference */
      printf ("%.3f %" G_GUINT64_FORMAT "\n", elapsed, status_kb ("VmHWM:") - rss_before);
    }
  else
    {
      ConveneDataset *dataset = convene_dataset_new_from_bytes (bytes, path, &error);

      if (dataset == NULL)
        g_error ("%s", error->message);
      elapsed = now_ms () - start;
      printf ("%.3f %" G_GUINT64_FORMAT "\n", elapsed, status_kb ("VmHWM:") - rss_before);
    }
  fflush (stdout);
  /* the OS frees the rest at once */
  _exit (0);
}

static Sample
measure_child (const char *what,
               const char *path)
{
  const char *argv[] = { self_path, "--child", what, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  Sample sample = { 0 };
  guint64 peak_kb = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s --child %s: %s", self_path, what, error->message);
  if (sscanf (out, "%lf %" G_GUINT64_FORMAT, &sample.ms, &peak_kb) != 2)
    g_error ("unexpected output from the child: %s", out);
  sample.peak_mb = peak_kb / 1024.0;
  return sample;
}

static void
bench_load (guint  *sizes,
            guint   n_sizes)
{
  printf ("\n## Load (median of %u runs, each in a fresh process)\n\n", n_runs);
  printf ("| meetings | file MB | json-glib parse ms | Convene load ms | time ratio "
          "| json-glib tree MB | Convene peak MB | memory ratio |\n");
  printf ("|---:|---:|---:|---:|---:|---:|---:|---:|\n");

  for (guint s = 0; s < n_sizes; s++)
    {
      g_autofree char *path = dataset_path (sizes[s]);
      g_autoptr(GArray) bare_ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) bare_mb = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) load_mb = g_array_new (FALSE, FALSE, sizeof (double));
      GStatBuf st;
      double bt, bm, lt, lm;

      g_stat (path, &st);
      /* alternate, so that both see the same state of the machine */
      for (guint r = 0; r < n_runs; r++)
        {
          Sample bare = measure_child ("bare", path);
          Sample load = measure_child ("convene", path);

          g_array_append_val (bare_ms, bare.ms);
          g_array_append_val (bare_mb, bare.peak_mb);
          g_array_append_val (load_ms, load.ms);
          g_array_append_val (load_mb, load.peak_mb);
        }

      bt = bench_median (bare_ms);
      bm = bench_median (bare_mb);
      lt = bench_median (load_ms);
      lm = bench_median (load_mb);
      printf ("| %u | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |\n",
              sizes[s], st.st_size / 1048576.0, bt, lt, lt / bt, bm, lm, lm / bm);
      fflush (stdout);
    }
}

/* Search: the window's list, keystroke by keystroke */

static guint n_items_changed;

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  n_items_changed++;
}

static void
type_word (ConveneMeetingList *list,
           const char         *word,
           GString            *row)
{
  ConveneMeetingFilter *filter = convene_meeting_list_get_filter (list);
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  double first = 0, worst = 0;

  for (guint run = 0; run < n_runs; run++)
    {
      convene_meeting_filter_set_query (filter, NULL);
      for (gsize n = 1; n <= strlen (word); n++)
        {
          g_autofree char *typed = g_strndup (word, n);
          double start = now_ms (), ms;

          convene_meeting_filter_set_query (filter, typed);
          ms = now_ms () - start;
          g_array_append_val (keystrokes, ms);
          if (n == 1)
            first += ms / n_runs;
          worst = MAX (worst, ms);
        }
    }

  g_string_append_printf (row, "| %s | %u | %.2f | %.2f | %.2f |\n", word,
                          g_list_model_get_n_items (G_LIST_MODEL (list)), first, bench_median (keystrokes),
                          worst);
}

static void
type_words (ConveneMeetingList *list,
            const char         *what)
{
  const char *words[] = { "trafficking", "ulaanbaatar", "zzz", "people smuggling", "co-chairs welcomed" };
  g_autoptr(GString) rows = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    type_word (list, words[i], rows);
  printf ("\n### %s\n\n", what);
  printf ("| typed | meetings left | first keystroke ms | median keystroke ms | worst keystroke ms |\n");
  printf ("|---|---:|---:|---:|---:|\n%s", rows->str);
}

static ConveneDataset *
load_dataset (guint n_meetings)
{
  g_autofree char *path = dataset_path (n_meetings);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset = convene_dataset_new_from_bytes (bytes, path, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

/* A ConveneMeetingList follows a ConveneMeetingFilter as the window's list
 * does, and tells its changes to a GListModel handler; a keystroke's time is
 * that of convene_meeting_filter_set_query(), all of it. Given the dataset,
 * the list starts building its search index on a thread, but reads the
 * meetings' texts until the main loop hears the index is built: typing is
 * measured first so (while the index is built on the other core, as when
 * typing right after a load), then with the index. */
static void
bench_search (guint n_meetings)
{
  g_autoptr(ConveneDataset) dataset = load_dataset (n_meetings);
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autoptr(ConveneMeetingList) list = convene_meeting_list_new (filter);
  g_autoptr(ConveneSearchIndex) index = NULL;
  g_autoptr(GPtrArray) all = NULL;
  double start, build_ms, again_ms;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), NULL);
  printf ("\n## Search at %u meetings: typing a query letter by letter (%u runs)\n", n_meetings, n_runs);

  start = now_ms ();
  convene_meeting_list_set_dataset (list, dataset);
  type_words (list, "Before the index is built (reading the texts)");

  while (!convene_dataset_has_search_index (dataset))
    g_main_context_iteration (NULL, TRUE);
  build_ms = now_ms () - start;
  convene_meeting_filter_set_query (filter, NULL);
  type_words (list, "With the index");

  /* the same index, built again here from the dataset's meetings */
  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < convene_dataset_get_n_meetings (dataset); i++)
    g_ptr_array_add (all, g_list_model_get_item (convene_dataset_get_meetings (dataset), i));
  start = now_ms ();
  index = convene_search_index_new ((ConveneMeeting * const *) all->pdata, all->len);
  again_ms = now_ms () - start;
  printf ("\nThe index: %u distinct words, %.1f MB; ready %.0f ms after the list was given the dataset\n",
          convene_search_index_get_n_words (index), convene_search_index_get_size (index) / 1048576.0,
          build_ms);
  printf ("Building it again, on this thread alone: %.0f ms\n", again_ms);
}

/* The attendance matrix */

static void
bench_matrix (void)
{
  g_autofree char *path = dataset_path (10000);
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_bytes (bytes, path, &error);
  g_autoptr(GArray) build = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (double));

  if (dataset == NULL)
    g_error ("%s", error->message);
  for (guint run = 0; run < n_runs; run++)
    {
      double start = now_ms (), ms;
      g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);

      ms = now_ms () - start;
      g_array_append_val (build, ms);
      start = now_ms ();
      convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_NAME);
      ms = now_ms () - start;
      g_array_append_val (sorted, ms);
    }

  printf ("\n## Attendance matrix, %u participants × 10,000 meetings (median of %u runs)\n\n",
          N_PARTICIPANTS, n_runs);
  printf ("| build ms | first sort by name ms |\n|---:|---:|\n| %.2f | %.2f |\n",
          bench_median (build), bench_median (sorted));
}

/* Start-up to first frame */

/* Runs argv and reads its "first-frame MS" line: MS as it reports it, and
 * the time from spawning it to reading the line. */
static gboolean
first_frame (const char * const *argv,
             const char         *display,
             double             *reported,
             double             *observed)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  GPid pid;
  int out_fd;
  double start;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  gboolean found = FALSE;

  envp = g_environ_setenv (envp, "DISPLAY", display, TRUE);
  envp = g_environ_setenv (envp, "GDK_BACKEND", "x11", TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", BUILD_ROOT "/data", TRUE);

  start = now_ms ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD |
                                 G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL, &out_fd,
                                 NULL, &error))
    g_error ("%s", error->message);

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      if (sscanf (line, "first-frame %lf", reported) == 1)
        {
          *observed = now_ms () - start;
          found = TRUE;
        }
      g_clear_pointer (&line, g_free);
    }
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  return found;
}

static void
bench_startup (void)
{
  const char *convene[] = { BUILD_ROOT "/bench/first-frame", NULL };
  const char *bare[] = { BUILD_ROOT "/bench/bare-window", NULL };
  const char *text[] = { BUILD_ROOT "/bench/bare-window", "--text", NULL };
  const char * const *programs[] = { bare, text, convene };
  const char *display = ":97";
  const char *xvfb_argv[] = { "Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp", NULL };
  g_autoptr(GError) error = NULL;
  const char *renderers[] = { "gl", "cairo" };
  GPid xvfb;

  if (!g_spawn_async (NULL, (char **) xvfb_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                      G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &xvfb, &error))
    {
      printf ("\n## Start-up: skipped (%s)\n", error->message);
      return;
    }
  g_usleep (G_USEC_PER_SEC);

  printf ("\n## Start-up to first frame, bundled data (median of %u runs, warm caches)\n\n", n_runs);
  printf ("ms as reported / as observed. Bare: an empty AdwApplicationWindow; with text: the same with a\n"
          "header bar and a paragraph in a label (bare-window --text).\n\n");
  printf ("| renderer | bare ms | with text ms | Convene ms | Convene / bare | Convene / with text |\n");
  printf ("|---|---:|---:|---:|---:|---:|\n");

  for (guint k = 0; k < G_N_ELEMENTS (renderers); k++)
    {
      GArray *reported[G_N_ELEMENTS (programs)], *observed[G_N_ELEMENTS (programs)];
      double r[G_N_ELEMENTS (programs)], o[G_N_ELEMENTS (programs)], rr, oo;

      g_setenv ("GSK_RENDERER", renderers[k], TRUE);
      for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
        {
          reported[p] = g_array_new (FALSE, FALSE, sizeof (double));
          observed[p] = g_array_new (FALSE, FALSE, sizeof (double));
          /* one run of each to warm the caches, not counted */
          first_frame (programs[p], display, &rr, &oo);
        }
      /* runs alternate between the programs */
      for (guint run = 0; run < n_runs; run++)
        for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
          if (first_frame (programs[p], display, &rr, &oo))
            {
              g_array_append_val (reported[p], rr);
              g_array_append_val (observed[p], oo);
            }
      for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
        {
          r[p] = bench_median (reported[p]);
          o[p] = bench_median (observed[p]);
          g_array_unref (reported[p]);
          g_array_unref (observed[p]);
        }
      printf ("| %s | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %.2f / %.2f | %.2f / %.2f |\n",
              renderers[k], r[0], o[0], r[1], o[1], r[2], o[2], r[2] / r[0], o[2] / o[0],
              r[2] / r[1], o[2] / o[1]);
      fflush (stdout);
    }
  g_unsetenv ("GSK_RENDERER");

  kill (xvfb, SIGTERM);
  waitpid (xvfb, NULL, 0);
  g_spawn_close_pid (xvfb);
}

/* The machine */

static void
print_machine (void)
{
  g_autofree char *cpuinfo = NULL;
  g_autofree char *model = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL) &&
      (line = strstr (cpuinfo, "model name")) != NULL)
    {
      const char *colon = strchr (line, ':');
      const char *eol = strchr (line, '\n');

      if (colon != NULL && eol != NULL)
        model = g_strstrip (g_strndup (colon + 1, eol - colon - 1));
    }
  printf ("Machine: %u cores (%s), %.1f GB RAM; GLib %u.%u.%u, json-glib %s\n",
          g_get_num_processors (), model != NULL ? model : "unknown CPU",
          proc_kb ("/proc/meminfo", "MemTotal:") / 1048576.0, glib_major_version, glib_minor_version,
          glib_micro_version, JSON_VERSION_S);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes_arg = NULL;
  g_autofree char *only = NULL;
  g_auto(GStrv) size_words = NULL;
  g_autofree guint *sizes = NULL;
  guint n_sizes = 0;
  int runs = 5;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 5)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_arg, "Meetings in the datasets to load "
      "(default 1000,10000,100000; search uses the largest)", "N,N,…" },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Where generated datasets are kept", "DIR" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "One measure: load, search, matrix or startup", "WHAT" },
    { NULL }
  };

  self_path = g_canonicalize_filename (argv[0], NULL);
  if (argc == 4 && strcmp (argv[1], "--child") == 0)
    return run_child (argv[2], argv[3]);

  setlocale (LC_ALL, "C.UTF-8");
  context = g_option_context_new ("— how fast Convene is on large datasets");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  n_runs = MAX (runs, 1);
  if (data_dir == NULL)
    data_dir = g_build_filename (BUILD_ROOT, "bench-data", NULL);

  size_words = g_strsplit (sizes_arg != NULL ? sizes_arg : "1000,10000,100000", ",", -1);
  sizes = g_new0 (guint, g_strv_length (size_words) + 1);
  for (guint i = 0; size_words[i] != NULL; i++)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (size_words[i], 10, 1, 1000000, &n, &error))
        {
          g_printerr ("--sizes: %s\n", error->message);
          return 2;
        }
      sizes[n_sizes++] = n;
    }

  print_machine ();
  if (only == NULL || strcmp (only, "load") == 0)
    bench_load (sizes, n_sizes);
  if (only == NULL || strcmp (only, "search") == 0)
    bench_search (sizes[n_sizes - 1]);
  if (only == NULL || strcmp (only, "matrix") == 0)
    bench_matrix ();
  if (only == NULL || strcmp (only, "startup") == 0)
    bench_startup ();
  return 0;
}
