/* test-install.c: meson install into a temporary DESTDIR puts every file
 * in its place, and the installed binary runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

static char *destdir;
static char *root;  /* destdir + prefix */

static void
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
}

/* Runs argv with XDG_DATA_DIRS on the installed share/ before the system's,
 * and nothing of the user's own, and its bin/ on the PATH, as a session that
 * installed Convene would. */
static char *
run_in_installed_session (const char * const *argv)
{
  g_autofree char *share = g_build_filename (root, "share", NULL);
  g_autofree char *data_home = g_build_filename (destdir, "data-home", NULL);
  const char *system_dirs = g_getenv ("XDG_DATA_DIRS");
  g_autofree char *dirs = g_strdup_printf ("%s:%s", share,
                                           system_dirs != NULL && *system_dirs != '\0'
                                           ? system_dirs : "/usr/local/share:/usr/share");
  g_autofree char *bin = g_build_filename (root, "bin", NULL);
  g_autofree char *path = g_strdup_printf ("%s:%s", bin, g_getenv ("PATH"));
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  /* GIO offers only applications whose Exec program is on the PATH */
  envp = g_environ_setenv (envp, "PATH", path, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_DIRS", dirs, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The content type GIO gives a file named name holding text, as Files would
 * see it with Convene installed. */
static char *
installed_content_type (const char *name,
                        const char *text)
{
  g_autofree char *path = g_build_filename (destdir, name, NULL);
  const char *argv[] = { "gio", "info", "--attributes=standard::content-type", path, NULL };
  g_autofree char *info = NULL;
  const char *found;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  info = run_in_installed_session (argv);
  found = strstr (info, "standard::content-type: ");
  g_assert_nonnull (found);
  found += strlen ("standard::content-type: ");
  return g_strndup (found, strcspn (found, "\n"));
}

/* Files recognises a dataset by its name or by its "format" member, and
 * offers Convene for it and for any JSON file. */
static void
test_installed_mime_type (void)
{
  g_autofree char *mime_dir = g_build_filename (root, "share", "mime", NULL);
  g_autofree char *apps_dir = g_build_filename (root, "share", "applications", NULL);
  const char *update_argv[] = { "update-mime-database", mime_dir, NULL };
  const char *update_apps_argv[] = { "update-desktop-database", apps_dir, NULL };
  const char *dataset = "{\n  \"format\": \"convene-dataset\",\n  \"version\": 1\n}\n";
  const char *types[] = { "application/x-convene-dataset+json", "application/json" };
  g_autofree char *by_name = NULL;
  g_autofree char *by_content = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *update = g_find_program_in_path ("update-mime-database");
  g_autofree char *update_apps = g_find_program_in_path ("update-desktop-database");
  g_autofree char *gio = g_find_program_in_path ("gio");

  if (update == NULL || update_apps == NULL || gio == NULL)
    {
      g_test_skip ("update-mime-database (shared-mime-info), update-desktop-database "
                   "(desktop-file-utils) or gio (GLib's tools) is not installed");
      return;
    }

  /* what meson install does after installing, except into a DESTDIR */
  run (update_argv, NULL);
  run (update_apps_argv, NULL);

  by_name = installed_content_type ("meetings.convene.json", "{}");
  g_assert_cmpstr (by_name, ==, "application/x-convene-dataset+json");
  by_content = installed_content_type ("meetings-without-extension", dataset);
  g_assert_cmpstr (by_content, ==, "application/x-convene-dataset+json");
  plain = installed_content_type ("other.json", "{ \"a\": 1 }\n");
  g_assert_cmpstr (plain, ==, "application/json");

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      const char *argv[] = { "gio", "mime", types[i], NULL };
      g_autofree char *handlers = run_in_installed_session (argv);

      if (strstr (handlers, APP_ID ".desktop") == NULL)
        g_error ("Convene is not offered for %s:\n%s", types[i], handlers);
    }
}

/* The desktop file as installed is valid, with its MimeType line. */
static void
test_installed_desktop_file (void)
{
  g_autofree char *path = g_build_filename (root, "share", "applications", APP_ID ".desktop",
                                            NULL);
  const char *argv[] = { "desktop-file-validate", path, NULL };
  g_autofree char *validate = g_find_program_in_path ("desktop-file-validate");
  g_autofree char *out = NULL;

  if (validate == NULL)
    {
      g_test_skip ("desktop-file-validate (desktop-file-utils) is not installed");
      return;
    }
  run (argv, &out);
  /* it prints warnings and hints, and still exits 0 */
  g_assert_cmpstr (out, ==, "");
}

static void
test_installed_files (void)
{
  const char *files[] = {
    "bin/convene",
    "share/applications/" APP_ID ".desktop",
    "share/dbus-1/services/" APP_ID ".service",
    "share/metainfo/" APP_ID ".metainfo.xml",
    "share/glib-2.0/schemas/" APP_ID ".gschema.xml",
    "share/icons/hicolor/scalable/apps/" APP_ID ".svg",
    "share/icons/hicolor/symbolic/apps/" APP_ID "-symbolic.svg",
    "share/mime/packages/" APP_ID ".xml",
    "share/gnome-shell/search-providers/" APP_ID ".search-provider.ini",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (root, files[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s was not installed", files[i]);
    }
}

static void
test_installed_translations (void)
{
  g_autofree char *linguas_path = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) languages = NULL;

  g_assert_true (g_file_get_contents (linguas_path, &linguas, NULL, NULL));
  languages = g_strsplit_set (linguas, " \n", -1);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *mo = NULL;

      if (languages[i][0] == '\0' || languages[i][0] == '#')
        continue;
      mo = g_build_filename (root, "share", "locale", languages[i], "LC_MESSAGES", "convene.mo", NULL);
      if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        g_error ("the %s translation was not installed", languages[i]);
    }
}

static void
test_installed_binary_runs (void)
{
  g_autofree char *binary = g_build_filename (root, "bin", "convene", NULL);
  const char *version_argv[] = { binary, "--version", NULL };
  const char *check_argv[] = { binary, "--check", NULL };
  g_autofree char *version = NULL;
  g_autofree char *check = NULL;

  run (version_argv, &version);
  g_assert_cmpstr (version, ==, "Convene " PACKAGE_VERSION "\n");
  /* the bundled record is inside the binary */
  run (check_argv, &check);
  g_assert_true (g_str_has_prefix (check, "bundled dataset: "));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  destdir = g_dir_make_tmp ("convene-install-XXXXXX", &error);
  g_assert_no_error (error);
  root = g_build_filename (destdir, g_getenv ("CONVENE_PREFIX"), NULL);

  {
    const char *install_argv[] = { "meson", "install", "-C", g_getenv ("CONVENE_BUILD_ROOT"),
                                   "--no-rebuild", "--quiet", "--destdir", destdir, NULL };
    run (install_argv, NULL);
  }

  g_test_add_func ("/install/files", test_installed_files);
  g_test_add_func ("/install/translations", test_installed_translations);
  g_test_add_func ("/install/binary-runs", test_installed_binary_runs);
  g_test_add_func ("/install/mime-type", test_installed_mime_type);
  g_test_add_func ("/install/desktop-file", test_installed_desktop_file);

  status = g_test_run ();

  {
    const char *rm_argv[] = { "rm", "-rf", destdir, NULL };
    run (rm_argv, NULL);
  }
  g_free (root);
  g_free (destdir);
  return status;
}
