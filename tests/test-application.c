/* test-application.c: the application as it starts, under a virtual display
 *
 * Its own program: the window's class registers the UI's resource too (for
 * tests that make a window without the application), so a window made
 * earlier in the same process would hide a resource registered too late.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-application.h"
#include "convene-window.h"
#include "convene-test-widgets.h"

static gboolean
check_window_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  GtkWindow *window = gtk_application_get_active_window (app);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  GtkWidget *filter_button;
  g_auto(GStrv) accels = NULL;
  GtkWidget *overlay;

  g_assert_true (CONVENE_IS_WINDOW (window));

  /* the Keyboard Shortcuts window: not built with the window (it cost a tenth of the time
   * to the first frame), but when asked for, by its action or Ctrl+? */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  g_assert_true (gtk_widget_get_visible (overlay));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == window);
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) == overlay);

  /* the filter button's own icon, and the application's for the About window */
  g_assert_true (gtk_icon_theme_has_icon (theme, "convene-filter-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  filter_button = convene_test_find_by_tooltip (GTK_WIDGET (window), "Filter Meetings");
  g_assert_nonnull (filter_button);
  g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (filter_button)), ==,
                   "convene-filter-symbolic");

  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
on_window_added_cb (GtkApplication *app,
                    GtkWindow      *window)
{
  g_idle_add (check_window_cb, app);
}

static void
test_resources_before_startup (void)
{
  g_autoptr(ConveneApplication) app = convene_application_new ();
  char *argv[] = { (char *) "convene", NULL };

  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* no session bus: the application runs on its own, as it does without one */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/convene-test-bus", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/resources-before-startup", test_resources_before_startup);

  return g_test_run ();
}
