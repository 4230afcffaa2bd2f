/* test-install.c: meson install into a temporary DESTDIR puts every file
 * in its place, and the installed binary runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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

  status = g_test_run ();

  {
    const char *rm_argv[] = { "rm", "-rf", destdir, NULL };
    run (rm_argv, NULL);
  }
  g_free (root);
  g_free (destdir);
  return status;
}
