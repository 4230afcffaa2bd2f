/* test-search-provider.c: GNOME Shell's search, as the Shell asks it: with
 * `gdbus call` on a session bus of the test's own (dbus-run-session), which
 * starts convene from a service file when the first call comes
 *
 * The meson test runs this under xvfb-run and dbus-run-session, with the
 * keyfile GSettings backend in a folder of the build tree, so that the test
 * and the service it starts read and write the same settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <gio/gio.h>

#include "convene-test-data.h"
#include "convene-test-run.h"

#define PROVIDER_PATH RESOURCE_BASE "/SearchProvider"
#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

static GSettings *settings;

/* `gdbus call` of method with the arguments given as GVariant text; its
 * answer parsed as type. */
static GVariant *
call (const char *method,
      const char *type,
      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *full_method = g_strconcat (PROVIDER_INTERFACE ".", method, NULL);
  g_auto(ConveneRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  GVariant *answer;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) "gdbus");
  g_ptr_array_add (argv, (char *) "call");
  g_ptr_array_add (argv, (char *) "--session");
  g_ptr_array_add (argv, (char *) "--dest=" APP_ID);
  g_ptr_array_add (argv, (char *) "--object-path=" PROVIDER_PATH);
  g_ptr_array_add (argv, (char *) "--timeout=60");
  g_ptr_array_add (argv, (char *) "--method");
  g_ptr_array_add (argv, full_method);
  va_start (args, type);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* (with the test's DISPLAY: the service started by the bus has it too) */
  convene_run_argv (&run, NULL, (const char * const []) { "DISPLAY", g_getenv ("DISPLAY"), NULL },
                    (const char * const *) argv->pdata);
  if (run.status != 0)
    g_error ("gdbus call %s failed: %s", method, run.err);
  answer = g_variant_parse (G_VARIANT_TYPE (type), run.out, NULL, NULL, &error);
  g_assert_no_error (error);
  return answer;
}

/* The ids a GetInitialResultSet for terms (a GVariant "as" in text) gives,
 * comma-separated. */
static char *
initial_ids (const char *terms)
{
  g_autoptr(GVariant) answer = call ("GetInitialResultSet", "(as)", terms, NULL);
  g_autofree const char **ids = NULL;

  g_variant_get (answer, "(^a&s)", &ids);
  return g_strjoinv (",", (char **) ids);
}

/* What the window's search lists for query, newest first (the provider's
 * order), comma-separated. */
static char *
window_ids (ConveneDataset *dataset,
            const char     *query)
{
  g_autoptr(ConveneMeetingFilter) filter = convene_meeting_filter_new ();
  g_autofree char *oldest_first = NULL;
  g_auto(GStrv) ids = NULL;
  guint n;

  convene_meeting_filter_set_query (filter, query);
  oldest_first = convene_test_matching_ids (dataset, filter);
  ids = g_strsplit (oldest_first, ",", -1);
  n = g_strv_length (ids);
  for (guint i = 0; i < n / 2; i++)
    {
      char *swap = ids[i];

      ids[i] = ids[n - 1 - i];
      ids[n - 1 - i] = swap;
    }
  return g_strjoinv (",", ids);
}

static void
set_last_dataset (const char *uri)
{
  g_settings_set_string (settings, "last-dataset", uri);
  g_settings_sync ();
}

static void
test_bundled (void)
{
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  g_autofree char *bangkok = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *ad_hoc = NULL;
  g_autofree char *expected_ad_hoc = NULL;
  g_autoptr(GVariant) sub = NULL;
  g_autoptr(GVariant) none = NULL;
  g_autofree const char **sub_ids = NULL;
  g_autofree const char **no_ids = NULL;

  set_last_dataset ("");

  /* "bangkok 2016": the Tenth AHG SOM (Bangkok, 2 February 2016) */
  bangkok = initial_ids ("['bangkok', '2016']");
  expected = window_ids (bundled, "bangkok 2016");
  g_assert_cmpstr (bangkok, ==, expected);
  g_assert_nonnull (strstr (bangkok, "ahg-som-10"));

  ad_hoc = initial_ids ("['14th', 'ad', 'hoc']");
  expected_ad_hoc = window_ids (bundled, "14th ad hoc");
  g_assert_cmpstr (ad_hoc, ==, expected_ad_hoc);
  g_assert_nonnull (strstr (ad_hoc, "ahg-som-14"));

  /* folded as the window folds: case and accents do not matter */
  {
    g_autofree char *folded = initial_ids ("['BANGKÖK', '2016']");

    g_assert_cmpstr (folded, ==, bangkok);
  }

  /* typing on narrows the previous results */
  sub = call ("GetSubsearchResultSet", "(as)", "['ahg-som-10', 'task-force-2017-bangkok']",
              "['bangkok', '2016', 'tenth']", NULL);
  g_variant_get (sub, "(^a&s)", &sub_ids);
  g_assert_cmpuint (g_strv_length ((char **) sub_ids), ==, 1);
  g_assert_cmpstr (sub_ids[0], ==, "ahg-som-10");

  none = call ("GetInitialResultSet", "(as)", "['no-such-word-in-the-record']", NULL);
  g_variant_get (none, "(^a&s)", &no_ids);
  g_assert_cmpuint (g_strv_length ((char **) no_ids), ==, 0);
}

static void
test_result_metas (void)
{
  g_autoptr(ConveneDataset) bundled = convene_dataset_new_bundled ();
  g_autoptr(GVariant) answer = NULL;
  g_autoptr(GVariant) metas = NULL;
  const char *ids[] = { "ahg-som-14", "ahg-som-10" };

  set_last_dataset ("");
  answer = call ("GetResultMetas", "(aa{sv})", "['ahg-som-14', 'no-such-meeting', 'ahg-som-10']",
                 NULL);
  metas = g_variant_get_child_value (answer, 0);
  /* an id the dataset does not know is left out */
  g_assert_cmpuint (g_variant_n_children (metas), ==, G_N_ELEMENTS (ids));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (bundled, ids[i]);
      g_autofree char *description = convene_meeting_dup_date_place_label (meeting);
      const char *id, *name, *text;

      g_assert_true (g_variant_lookup (meta, "id", "&s", &id));
      g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
      g_assert_true (g_variant_lookup (meta, "description", "&s", &text));
      g_assert_cmpstr (id, ==, ids[i]);
      g_assert_cmpstr (name, ==, convene_meeting_get_title (meeting));
      /* "23–24 July 2019 · Da Nang, Viet Nam" */
      g_assert_cmpstr (text, ==, description);
      g_assert_nonnull (strstr (text, " · "));
    }
}

/* The dataset opened last is the one searched, as soon as it changes. */
static void
test_last_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(ConveneDataset) small = convene_test_load_file ("valid-small.json");
  g_autofree char *expected = window_ids (small, "meeting");
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  set_last_dataset (uri);
  /* the service reads the settings file when it sees it change */
  for (;;)
    {
      g_autofree char *ids = initial_ids ("['meeting']");

      if (g_strcmp0 (ids, expected) == 0)
        break;
      if (g_get_monotonic_time () > deadline)
        g_error ("the provider still searches another dataset: %s, not %s", ids, expected);
      g_usleep (200000);
    }
  set_last_dataset ("");
}

/* ActivateResult opens the window on the meeting: the window selects it,
 * and says so in the settings it shares with the test. */
static void
test_activate_result (void)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  g_autoptr(GVariant) answer = NULL;

  set_last_dataset ("");
  g_settings_set_string (settings, "selected-meeting", "");
  g_settings_sync ();

  answer = call ("ActivateResult", "()", "ahg-som-14", "['14th', 'ad', 'hoc']", "0", NULL);
  for (;;)
    {
      g_autofree char *selected = NULL;

      /* the keyfile backend reads the file the service wrote */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      selected = g_settings_get_string (settings, "selected-meeting");
      if (g_str_equal (selected, "ahg-som-14"))
        break;
      if (g_get_monotonic_time () > deadline)
        g_error ("the window did not open on ahg-som-14 (selected: “%s”)", selected);
      g_usleep (100000);
    }

  /* and the window is there, exported on the bus as GtkApplication does */
  {
    g_autofree char *base = g_strdelimit (g_strdup ("/" APP_ID), ".", '/');
    g_autofree char *path = g_strdup_printf ("--object-path=%s/window/1", base);
    const char *argv[] = { "gdbus", "introspect", "--session", "--dest=" APP_ID, path, NULL };
    g_auto(ConveneRun) run = { 0 };

    convene_run_argv (&run, NULL, NULL, argv);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "org.gtk.Actions"));
  }

  /* LaunchSearch answers too (the window then shows the search) */
  g_clear_pointer (&answer, g_variant_unref);
  answer = call ("LaunchSearch", "()", "['bangkok']", "0", NULL);
  g_assert_nonnull (answer);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no session bus of the test's own: run it through meson (dbus-run-session)");
      return g_test_run ();
    }
  settings = g_settings_new (APP_ID);

  g_test_add_func ("/search-provider/bundled", test_bundled);
  g_test_add_func ("/search-provider/result-metas", test_result_metas);
  g_test_add_func ("/search-provider/last-dataset", test_last_dataset);
  g_test_add_func ("/search-provider/activate-result", test_activate_result);

  status = g_test_run ();
  g_object_unref (settings);
  return status;
}
