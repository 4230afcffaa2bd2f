/* edit-frame.c: one edit at 10,000 meetings, in the window, to the frame painted
 *
 *     _build/tests/generate-dataset 10000 250 > /tmp/big.json
 *     xvfb-run -a -s '-screen 0 1280x1024x24' env GSK_RENDERER=cairo GTK_A11Y=none \
 *       GSETTINGS_BACKEND=memory _build/bench/edit-frame /tmp/big.json [RUNS] [PAGE]
 *
 * The window shows FILE's dataset on PAGE ("meetings", the default, with
 * the search "meeting" typed; or "attendance", the matrix sorted by
 * attendance); each edit goes through the window's document as the editor
 * makes it, and is timed from the change to the end of the first frame
 * painted after it: the main thread's processor time (what the 16 ms of a
 * frame are about; the machine is shared) and the wall time. Medians of
 * RUNS (default 5), the edit and its undo apart. See docs/performance.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>

#include "bench-dataset.h"
#include "bench-frame.h"
#include "bench-median.h"
#include "convene-meeting-detail.h"
#include "convene-meetings-view.h"
#include "convene-window.h"

typedef struct {
  ConveneDocument *document;
  BenchEdit edit;
  guint run;
} Change;

static void
do_edit (gpointer data)
{
  Change *c = data;

  convene_document_end_burst (c->document);
  c->edit (c->document, c->run);
}

static void
do_undo (gpointer data)
{
  Change *c = data;

  convene_document_undo (c->document);
}

static void
measure (GtkWidget       *window,
         ConveneDocument *document,
         const char      *what,
         BenchEdit        edit,
         guint            runs)
{
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_wall = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run < runs; run++)
    {
      Change c = { document, edit, run };
      BenchFrameTiming t = bench_time_change (window, do_edit, &c, 100);
      BenchFrameTiming u = bench_time_change (window, do_undo, &c, 100);

      g_array_append_val (cpu, t.cpu);
      g_array_append_val (wall, t.to_paint);
      g_array_append_val (undo_cpu, u.cpu);
      g_array_append_val (undo_wall, u.to_paint);
    }
  g_print ("%-24s edit %7.2f ms (%7.2f wall)   undo %7.2f ms (%7.2f wall)\n", what,
           bench_median (cpu), bench_median (wall), bench_median (undo_cpu), bench_median (undo_wall));
}

/* The window's pages: found as a user's tools find them, in its widgets */
static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_view_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ConveneDataset) dataset = NULL;
  const char *page;
  ConveneWindow *window;
  ConveneDocument *document;
  guint runs;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE [RUNS] [meetings|attendance]\n", argv[0]);
      return 2;
    }
  runs = argc > 2 ? MAX (atoi (argv[2]), 1) : 5;
  page = argc > 3 ? argv[3] : "meetings";

  gtk_init ();
  adw_init ();

  dataset = bench_load_dataset (argv[1]);

  window = convene_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  convene_window_set_dataset (window, dataset);
  while (!convene_dataset_has_search_index (dataset))
    g_main_context_iteration (NULL, TRUE);
  adw_view_stack_set_visible_child_name (find_view_stack (GTK_WIDGET (window)), page);
  if (g_strcmp0 (page, "meetings") == 0)
    gtk_editable_set_text (GTK_EDITABLE (convene_meetings_view_get_search_entry (convene_window_get_meetings_view (window))),
                           "meeting");
  bench_run_until_idle (300);
  document = convene_meeting_detail_get_document (
    convene_meetings_view_get_detail (convene_window_get_meetings_view (window)));

  g_print ("%u meetings, %u participants, page %s; main thread's processor time to the frame "
           "painted, median of %u\n", convene_dataset_get_n_meetings (dataset),
           convene_dataset_get_n_participants (dataset), page, runs);
  for (guint i = 0; i < bench_n_edit_cases; i++)
    measure (GTK_WIDGET (window), document, bench_edit_cases[i].name, bench_edit_cases[i].edit, runs);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
