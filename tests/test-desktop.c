/* test-desktop.c: the window among the desktop's files and calendars: Open
 * Recent, and meetings exported as iCalendar
 *
 * GtkRecentManager keeps its list in $XDG_DATA_HOME/recently-used.xbel: the
 * test points XDG_DATA_HOME at a folder of its own before GTK starts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <string.h>

#include <glib/gstdio.h>

#include "convene-recent-menu.h"
#include "convene-test-widgets.h"
#include "convene-window.h"

static char *tmpdir;

static gboolean
fail_timeout_cb (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

static void
wait_for_load (ConveneWindow *window)
{
  gboolean loading = TRUE;
  guint timeout = g_timeout_add_seconds (20, fail_timeout_cb, (gpointer) "a dataset to load");

  while (loading || convene_window_get_dataset (window) == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_object_get (window, "loading", &loading, NULL);
    }
  g_source_remove (timeout);
}

/* The main menu: the model of the window's primary menu button. */
static GMenuModel *
find_primary_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu = find_primary_menu (child);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

/* The Open Recent submenu: "label\turi" for each item, one a line, or NULL
 * when the menu has no such submenu. */
static char *
describe_recent_menu (ConveneWindow *window)
{
  GMenuModel *menu = find_primary_menu (GTK_WIDGET (window));

  g_assert_nonnull (menu);
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, i, G_MENU_LINK_SUBMENU);
          g_autofree char *label = NULL;
          GString *text;

          if (submenu == NULL)
            continue;
          g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
          g_assert_cmpstr (label, ==, "Open _Recent");
          /* it follows Open… */
          g_assert_true (i > 0);
          {
            g_autofree char *previous = NULL;

            g_assert_true (g_menu_model_get_item_attribute (section, i - 1, G_MENU_ATTRIBUTE_ACTION,
                                                            "s", &previous));
            g_assert_cmpstr (previous, ==, "win.open");
          }

          text = g_string_new (NULL);
          for (int j = 0; j < g_menu_model_get_n_items (submenu); j++)
            {
              g_autofree char *item_label = NULL;
              g_autofree char *action = NULL;
              g_autoptr(GVariant) target = NULL;

              g_assert_true (g_menu_model_get_item_attribute (submenu, j, G_MENU_ATTRIBUTE_LABEL, "s", &item_label));
              g_assert_true (g_menu_model_get_item_attribute (submenu, j, G_MENU_ATTRIBUTE_ACTION, "s", &action));
              g_assert_cmpstr (action, ==, "win.open-recent");
              target = g_menu_model_get_item_attribute_value (submenu, j, G_MENU_ATTRIBUTE_TARGET,
                                                              G_VARIANT_TYPE_STRING);
              g_assert_nonnull (target);
              g_string_append_printf (text, "%s\t%s\n", item_label, g_variant_get_string (target, NULL));
            }
          return g_string_free (text, FALSE);
        }
    }
  return NULL;
}

/* Iterates until the Open Recent menu reads expected (NULL: no submenu). */
static void
wait_for_recent_menu (ConveneWindow *window,
                      const char    *expected)
{
  guint timeout = g_timeout_add_seconds (20, fail_timeout_cb, (gpointer) expected);

  for (;;)
    {
      g_autofree char *text = describe_recent_menu (window);

      if (g_strcmp0 (text, expected) == 0)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timeout);
}

/* A copy of a test dataset under the test's folder, named name. */
static GFile *
copy_test_file (const char *source,
                const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", source, NULL),
                                      &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static void
test_open_recent (void)
{
  ConveneWindow *window = convene_window_new (NULL);
  g_autoptr(GFile) first = copy_test_file ("valid-small.json", "first_dataset.json");
  g_autoptr(GFile) second = copy_test_file ("cli-two-meetings.json", "second.convene.json");
  g_autoptr(GFile) bad = copy_test_file ("not-json.json", "bad.json");
  g_autofree char *first_uri = g_file_get_uri (first);
  g_autofree char *second_uri = g_file_get_uri (second);
  g_autofree char *expected = NULL;
  g_autoptr(GtkRecentInfo) info = NULL;

  gtk_window_present (GTK_WINDOW (window));
  /* nothing opened yet: no submenu at all */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (describe_recent_menu (window));

  convene_window_open_file (window, first);
  wait_for_load (window);
  /* the underscore of the name is not a mnemonic */
  expected = g_strdup_printf ("first__dataset.json\t%s\n", first_uri);
  wait_for_recent_menu (window, expected);
  g_clear_pointer (&expected, g_free);

  /* a file that does not load is not remembered */
  convene_window_open_file (window, bad);
  wait_for_load (window);

  g_usleep (1100 * 1000);  /* the newest first: the list's times are in seconds */
  convene_window_open_file (window, second);
  wait_for_load (window);
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");
  expected = g_strdup_printf ("second.convene.json\t%s\nfirst__dataset.json\t%s\n", second_uri, first_uri);
  wait_for_recent_menu (window, expected);
  g_clear_pointer (&expected, g_free);

  /* the desktop's list says what the file is, for other applications */
  info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), second_uri, NULL);
  g_assert_nonnull (info);
  g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, "application/x-convene-dataset+json");
  g_assert_true (gtk_recent_info_has_group (info, CONVENE_RECENT_GROUP));

  /* an item opens its dataset */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", first_uri);
  wait_for_load (window);
  g_assert_true (g_file_equal (convene_dataset_get_file (convene_window_get_dataset (window)), first));

  /* a file that is gone leaves the menu at the next change */
  g_assert_cmpint (g_unlink (g_file_peek_path (second)), ==, 0);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), "file:///not-a-dataset.txt");
  expected = g_strdup_printf ("first__dataset.json\t%s\n", first_uri);
  wait_for_recent_menu (window, expected);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The ids of the events of the calendar at path, in the file's order, once
 * it is there. */
static char *
wait_for_calendar (const char *path)
{
  guint timeout = g_timeout_add_seconds (20, fail_timeout_cb, (gpointer) path);
  g_autofree char *contents = NULL;
  GString *ids = g_string_new (NULL);

  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR\r\n"));
  for (const char *p = contents; (p = strstr (p, "\r\nUID:")) != NULL; p += 7)
    {
      g_string_append_printf (ids, "%s", ids->len > 0 ? "," : "");
      g_string_append_len (ids, p + 6, (gssize) strcspn (p + 6, "@"));
    }
  return g_string_free (ids, FALSE);
}

/* The menu's exports: the meeting selected, and the meetings listed. */
static void
test_export_calendar (void)
{
  ConveneWindow *window = convene_window_new (NULL);
  g_autoptr(GFile) dataset = copy_test_file ("valid-small.json", "calendar.json");
  g_autoptr(GFile) folder = g_file_new_for_path (tmpdir);
  g_autofree char *meeting_path = g_build_filename (tmpdir, "ahg-som-14.ics", NULL);
  g_autofree char *listed_path = g_build_filename (tmpdir, "meetings.ics", NULL);
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  g_autoptr(GString) listed = g_string_new (NULL);
  GListModel *visible;
  g_autofree char *name = NULL;
  g_autofree char *ids = NULL;

  gtk_window_present (GTK_WINDOW (window));
  convene_window_open_file (window, dataset);
  wait_for_load (window);

  g_assert_true (convene_meetings_view_select_meeting (view, "ahg-som-14"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-ics", "s", "meeting"));
  name = convene_test_answer_save_dialog (folder);
  g_assert_cmpstr (name, ==, "ahg-som-14.ics");
  ids = wait_for_calendar (meeting_path);
  g_assert_cmpstr (ids, ==, "ahg-som-14");
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&ids, g_free);

  /* what a search leaves, in the order shown */
  convene_meeting_filter_set_query (convene_meetings_view_get_filter (view), "meeting");
  visible = convene_meetings_view_get_visible_meetings (view);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (visible, i);

      g_string_append_printf (listed, "%s%s", i > 0 ? "," : "", convene_meeting_get_id (meeting));
    }
  g_assert_cmpuint (g_list_model_get_n_items (visible), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), <, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-ics", "s", "listed"));
  name = convene_test_answer_save_dialog (folder);
  g_assert_cmpstr (name, ==, "meetings.ics");
  ids = wait_for_calendar (listed_path);
  g_assert_cmpstr (ids, ==, listed->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  tmpdir = g_dir_make_tmp ("convene-desktop-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/desktop/open-recent", test_open_recent);
  g_test_add_func ("/desktop/export-calendar", test_export_calendar);

  status = g_test_run ();

  {
    const char *rm_argv[] = { "rm", "-rf", tmpdir, NULL };

    g_spawn_sync (NULL, (char **) rm_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  NULL, NULL);
  }
  g_free (tmpdir);
  return status;
}
