/* test-packaging.c: the desktop file, metainfo, D-Bus service, schema and
 * Flatpak manifest agree with each other and with the build
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

static char *
source_path (const char *relative)
{
  return g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), relative, NULL);
}

static char *
build_path (const char *relative)
{
  return g_build_filename (g_getenv ("CONVENE_BUILD_ROOT"), relative, NULL);
}

static char *
read_text (char *path)
{
  g_autofree char *owned = path;
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (owned, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* What both manifests share: the GNOME runtime, the command, the last module
 * building this repository with meson and running its tests, and no
 * permission beyond a display and the GPU. Returns the module. */
static JsonObject *
check_manifest (JsonParser *parser,
                const char *name,
                const char *id)
{
  const char *allowed[] = { "--share=ipc", "--socket=fallback-x11", "--socket=wayland",
                            "--device=dri", NULL };
  g_autofree char *path = source_path (name);
  g_autoptr(GError) error = NULL;
  JsonObject *root, *module;
  JsonArray *finish_args, *modules;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (root, "command"), ==, "convene");
  g_assert_cmpstr (json_object_get_string_member (root, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (root, "sdk"), ==, "org.gnome.Sdk");

  /* no file system, network or bus access beyond the portals */
  finish_args = json_object_get_array_member (root, "finish-args");
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      if (!g_strv_contains (allowed, arg))
        g_error ("%s asks for %s, which Convene does not need", name, arg);
    }

  modules = json_object_get_array_member (root, "modules");
  module = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  g_assert_cmpstr (json_object_get_string_member (module, "name"), ==, "convene");
  g_assert_cmpstr (json_object_get_string_member (module, "buildsystem"), ==, "meson");
  g_assert_true (json_object_get_boolean_member (module, "run-tests"));
  return module;
}

static gboolean
has_option (JsonObject *module,
            const char *option)
{
  JsonArray *options = json_object_get_array_member (module, "config-opts");

  for (guint i = 0; i < json_array_get_length (options); i++)
    if (g_str_equal (json_array_get_string_element (options, i), option))
      return TRUE;
  return FALSE;
}

/* The release, fit for Flathub: the sources of a tagged commit (Flathub
 * refuses a dir source), the tag being this version. */
static void
test_manifest_release (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *module = check_manifest (parser, "flatpak/" BASE_APP_ID ".json", BASE_APP_ID);
  JsonArray *sources = json_object_get_array_member (module, "sources");
  JsonObject *source = json_array_get_object_element (sources, 0);
  const char *commit;

  g_assert_cmpuint (json_array_get_length (sources), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "git");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (source, "url"), "https://"));
  g_assert_cmpstr (json_object_get_string_member (source, "tag"), ==, "v" PACKAGE_VERSION);
  commit = json_object_get_string_member (source, "commit");
  g_assert_cmpuint (strlen (commit), ==, 40);
  g_assert_cmpuint (strspn (commit, "0123456789abcdef"), ==, 40);
  g_assert_true (has_option (module, "--buildtype=release"));
  g_assert_false (has_option (module, "-Ddevelopment=true"));
}

/* The development build: this checkout, under an id of its own. */
static void
test_manifest_development (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) release_parser = json_parser_new ();
  JsonObject *module = check_manifest (parser, "flatpak/" BASE_APP_ID ".Devel.json",
                                       BASE_APP_ID ".Devel");
  JsonObject *source = json_array_get_object_element (json_object_get_array_member (module, "sources"), 0);
  JsonObject *root, *release;

  g_assert_cmpstr (json_object_get_string_member (source, "type"), ==, "dir");
  g_assert_cmpstr (json_object_get_string_member (source, "path"), ==, "..");
  g_assert_true (has_option (module, "-Ddevelopment=true"));

  /* on the same runtime as the release */
  check_manifest (release_parser, "flatpak/" BASE_APP_ID ".json", BASE_APP_ID);
  root = json_node_get_object (json_parser_get_root (parser));
  release = json_node_get_object (json_parser_get_root (release_parser));
  g_assert_cmpstr (json_object_get_string_member (root, "runtime-version"), ==,
                   json_object_get_string_member (release, "runtime-version"));
}

static void
test_desktop_file (void)
{
  g_autofree char *path = build_path ("data/" APP_ID ".desktop");
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *icon = NULL;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  exec = g_key_file_get_string (keyfile, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (exec, "convene "));
  icon = g_key_file_get_string (keyfile, "Desktop Entry", "Icon", &error);
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_true (g_key_file_get_boolean (keyfile, "Desktop Entry", "DBusActivatable", &error));
  g_assert_no_error (error);
}

static void
test_service_file (void)
{
  g_autofree char *text = read_text (build_path ("data/" APP_ID ".service"));

  g_assert_nonnull (strstr (text, "Name=" APP_ID "\n"));
  g_assert_nonnull (strstr (text, "/convene --gapplication-service\n"));
}

/* GNOME Shell finds the provider on the application's bus name, at the path
 * where the application registers it, and shows it with the desktop file's
 * name and icon. */
static void
test_search_provider_file (void)
{
  g_autofree char *path = build_path ("data/" APP_ID ".search-provider.ini");
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  const char *group = "Shell Search Provider";
  g_autofree char *desktop_id = NULL;
  g_autofree char *bus_name = NULL;
  g_autofree char *object_path = NULL;

  g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  desktop_id = g_key_file_get_string (keyfile, group, "DesktopId", NULL);
  bus_name = g_key_file_get_string (keyfile, group, "BusName", NULL);
  object_path = g_key_file_get_string (keyfile, group, "ObjectPath", NULL);
  g_assert_cmpstr (desktop_id, ==, APP_ID ".desktop");
  g_assert_cmpstr (bus_name, ==, APP_ID);
  g_assert_cmpstr (object_path, ==, RESOURCE_BASE "/SearchProvider");
  g_assert_cmpint (g_key_file_get_integer (keyfile, group, "Version", NULL), ==, 2);
}

static void
test_metainfo (void)
{
  g_autofree char *text = read_text (build_path ("data/" APP_ID ".metainfo.xml"));

  g_assert_nonnull (strstr (text, "<id>" APP_ID "</id>"));
  g_assert_nonnull (strstr (text, "<launchable type=\"desktop-id\">" APP_ID ".desktop</launchable>"));
  g_assert_nonnull (strstr (text, "<binary>convene</binary>"));
  /* the newest release is this version */
  g_assert_nonnull (strstr (text, "<release version=\"" PACKAGE_VERSION "\""));

  /* screenshots of a release, not of whatever a branch holds today */
  for (const char *image = text; (image = strstr (image, "<image>")) != NULL; image++)
    g_assert_true (g_str_has_prefix (image, "<image>https://raw.githubusercontent.com/convene/convene/v"
                                     PACKAGE_VERSION "/"));
}

static void
test_schema_and_icons (void)
{
  g_autofree char *schema = read_text (source_path ("data/" BASE_APP_ID ".gschema.xml"));
  g_autofree char *icon = source_path ("data/icons/hicolor/scalable/apps/" BASE_APP_ID ".svg");
  g_autofree char *devel_icon = source_path ("data/icons/hicolor/scalable/apps/" BASE_APP_ID ".Devel.svg");
  g_autofree char *symbolic = source_path ("data/icons/hicolor/symbolic/apps/" BASE_APP_ID "-symbolic.svg");

  g_assert_nonnull (strstr (schema, "<schema id=\"" BASE_APP_ID "\""));
  g_assert_true (g_file_test (devel_icon, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (icon, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/packaging/flatpak-manifest/release", test_manifest_release);
  g_test_add_func ("/packaging/flatpak-manifest/development", test_manifest_development);
  g_test_add_func ("/packaging/desktop-file", test_desktop_file);
  g_test_add_func ("/packaging/service-file", test_service_file);
  g_test_add_func ("/packaging/metainfo", test_metainfo);
  g_test_add_func ("/packaging/search-provider-file", test_search_provider_file);
  g_test_add_func ("/packaging/schema-and-icons", test_schema_and_icons);

  return g_test_run ();
}
