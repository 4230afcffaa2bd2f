/* bare-window.c: the reference for Convene's start-up time
 *
 * An AdwApplication showing an empty AdwApplicationWindow of Convene's
 * default size, which prints "first-frame MS" (milliseconds since the
 * process started) after its first frame and quits, as bench/first-frame
 * does with Convene. See bench/convene-bench.c.
 *
 * With --text, the window also has a header bar with a title and a label
 * with a paragraph: the least a window showing text costs (fonts found,
 * loaded and shaped), which the empty window never pays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "bench-first-frame.h"

static gboolean with_text;

static GtkWidget *
text_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("The Ad Hoc Group's Senior Officials meet year after year, "
                                    "with shifting sets of member countries, observers and "
                                    "international organisations.");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  if (with_text)
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), text_content ());
  bench_first_frame_watch (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.convene.BareWindow",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  with_text = argc > 1 && g_str_equal (argv[1], "--text");
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), with_text ? 1 : argc, argv);
}
