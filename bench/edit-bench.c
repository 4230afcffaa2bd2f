/* edit-bench.c: one edit, and its undo, on a large dataset with its views
 *
 *     _build/tests/generate-dataset 10000 250 > /tmp/big.json
 *     _build/bench/edit-bench /tmp/big.json [RUNS [ONLY]]
 *
 * The dataset is edited through a ConveneDocument while the views' models
 * follow it, as in the window: a ConveneMeetingList with a search typed
 * (through the search index), the attendance matrix sorted by attendance,
 * and the statistics (following each edit: "stats" is what their next
 * convene_statistics_get_for_dataset() after the edit, and after its undo,
 * takes to count what it changed; the copy it makes is in the edit).
 * Each figure is the median of RUNS (default 9) in the main thread's
 * processor time (CLOCK_THREAD_CPUTIME_ID): the machine is shared, and an
 * edit does all its work on the main thread. Then saving: the writer's
 * text, the whole Save (rules checked, text loaded back, written whole),
 * and a draft's text made in steps (the longest step is what the window
 * feels; the files are then written on a thread). ONLY runs the edits whose name holds it, and nothing else
 * (for a profiler: valgrind --tool=callgrind --toggle-collect=measure).
 * See docs/performance.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "bench-dataset.h"
#include "bench-median.h"
#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document.h"
#include "convene-matrix.h"
#include "convene-meeting-list.h"
#include "convene-statistics.h"

static double
thread_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static const char *only;

static void
measure (ConveneDocument *document,
         const char      *what,
         BenchEdit        step,
         guint            runs)
{
  g_autoptr(GArray) edit = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) redo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stats = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stats_undo = g_array_new (FALSE, FALSE, sizeof (double));
  ConveneDataset *dataset = convene_document_get_dataset (document);

  if (only != NULL && strstr (what, only) == NULL)
    return;

  for (guint run = 0; run < runs; run++)
    {
      double t0, t1, t2, t3, t4, t5;

      convene_document_end_burst (document);
      t0 = thread_ms ();
      step (document, run);
      t1 = thread_ms ();
      convene_statistics_get_for_dataset (dataset);
      t2 = thread_ms ();
      convene_document_undo (document);
      t3 = thread_ms ();
      convene_statistics_get_for_dataset (dataset);
      t4 = thread_ms ();
      convene_document_redo (document);
      t5 = thread_ms ();
      convene_document_undo (document);
      convene_statistics_get_for_dataset (dataset);
      g_array_append_val (edit, (double) { t1 - t0 });
      g_array_append_val (stats, (double) { t2 - t1 });
      g_array_append_val (undo, (double) { t3 - t2 });
      g_array_append_val (stats_undo, (double) { t4 - t3 });
      g_array_append_val (redo, (double) { t5 - t4 });
    }
  g_print ("%-28s edit %7.2f ms + stats %5.2f   undo %7.2f ms + stats %5.2f   redo %7.2f ms\n", what,
           bench_median (edit), bench_median (stats), bench_median (undo), bench_median (stats_undo),
           bench_median (redo));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneDocument) document = NULL;
  g_autoptr(ConveneMeetingFilter) filter = NULL;
  g_autoptr(ConveneMeetingList) list = NULL;
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) out = NULL;
  guint runs = argc > 2 ? atoi (argv[2]) : 9;

  only = argc > 3 ? argv[3] : NULL;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS [ONLY]]\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = convene_dataset_new_from_file (file, argv[1], NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%u meetings, %u participants; main thread's processor time, median of %u\n",
           convene_dataset_get_n_meetings (dataset), convene_dataset_get_n_participants (dataset), runs);

  document = convene_document_new (dataset);
  filter = convene_meeting_filter_new ();
  list = convene_meeting_list_new (filter);
  convene_meeting_list_set_dataset (list, dataset);
  while (!convene_dataset_has_search_index (dataset))
    g_main_context_iteration (NULL, TRUE);
  convene_meeting_filter_set_query (filter, "meeting");
  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  convene_matrix_set_sort (matrix, CONVENE_MATRIX_SORT_ATTENDANCE);
  convene_statistics_get_for_dataset (dataset);
  g_print ("listed with the search \"meeting\": %u\n", g_list_model_get_n_items (G_LIST_MODEL (list)));

  for (guint i = 0; i < bench_n_edit_cases; i++)
    measure (document, bench_edit_cases[i].name, bench_edit_cases[i].edit, runs);
  if (only != NULL)
    return 0;

  for (guint run = 0; run < runs; run++)
    {
      double t0 = thread_ms ();
      g_autoptr(ConveneStatistics) statistics = convene_statistics_new (dataset);

      g_array_append_val (times, (double) { thread_ms () - t0 });
    }
  g_print ("%-28s %7.2f ms\n", "statistics counted in full", bench_median (times));

  g_array_set_size (times, 0);
  for (guint run = 0; run < runs; run++)
    {
      double t0 = bench_now_ms ();
      g_autoptr(GBytes) bytes = convene_dataset_to_bytes (dataset);

      g_array_append_val (times, (double) { bench_now_ms () - t0 });
    }
  g_print ("%-28s %7.2f ms (wall)\n", "writer's text", bench_median (times));

  /* a draft's text, made in steps of at most 4 ms between frames
   * (convene-draft.c): the longest step and all of them, in processor time */
  {
    g_autoptr(GArray) longest = g_array_new (FALSE, FALSE, sizeof (double));
    guint n_steps = 0;

    g_array_set_size (times, 0);
    for (guint run = 0; run < runs; run++)
      {
        ConveneDatasetWriter *writer;
        double t0 = thread_ms (), t, worst;
        gboolean done;

        writer = convene_dataset_writer_new (dataset);
        worst = thread_ms () - t0;
        n_steps = 1;
        do
          {
            t = thread_ms ();
            done = convene_dataset_writer_step (writer, g_get_monotonic_time () + 4000);
            worst = MAX (worst, thread_ms () - t);
            n_steps++;
          }
        while (!done);
        g_bytes_unref (convene_dataset_writer_finish (writer));
        g_array_append_val (times, (double) { thread_ms () - t0 });
        g_array_append_val (longest, worst);
      }
    g_print ("%-28s %7.2f ms (longest of %u steps; all %.0f ms)\n", "draft text, a step",
             bench_median (longest), n_steps, bench_median (times));
  }

  dir = g_dir_make_tmp ("convene-edit-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "saved.json", NULL);
  out = g_file_new_for_path (path);
  g_array_set_size (times, 0);
  for (guint run = 0; run < runs; run++)
    {
      double t0 = bench_now_ms ();

      bench_edit_title (document, run);
      if (!convene_document_save (document, out, CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_array_append_val (times, (double) { bench_now_ms () - t0 });
    }
  g_print ("%-28s %7.2f ms (wall: rules, text, written)\n", "save", bench_median (times));
  g_remove (path);
  g_rmdir (dir);
  return 0;
}
