/* first-frame.c: Convene as src/main.c starts it, timed to its first frame
 *
 * The application is made and run as src/main.c does; when it adds its
 * window, bench_first_frame_watch() prints "first-frame MS" after the first
 * painted frame and quits. Nothing in the application knows it is timed.
 * See bench/convene-bench.c ("startup").
 *
 * The first frame shows the window and its header; the dataset comes after
 * it. With --content, the time printed is that of the first frame painted
 * once the window shows its dataset (the meetings listed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "bench-first-frame.h"
#include "convene-application.h"
#include "convene-window.h"

static gboolean content;

static void
on_dataset_notify (GtkWidget *window)
{
  if (convene_window_get_dataset (CONVENE_WINDOW (window)) == NULL)
    return;
  g_signal_handlers_disconnect_by_func (window, on_dataset_notify, NULL);
  bench_first_frame_watch_next (window);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  g_signal_handlers_disconnect_by_func (app, on_window_added, NULL);
  if (content)
    g_signal_connect (window, "notify::dataset", G_CALLBACK (on_dataset_notify), NULL);
  else
    bench_first_frame_watch (GTK_WIDGET (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ConveneApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc > 1 && g_strcmp0 (argv[1], "--content") == 0)
    {
      content = TRUE;
      argv[1] = argv[0];
      argv++;
      argc--;
    }
  app = convene_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
