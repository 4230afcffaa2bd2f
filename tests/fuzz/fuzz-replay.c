/* fuzz-replay.c: the fuzz harness as an ordinary test
 *
 * Feeds fuzz-loader.c's LLVMFuzzerTestOneInput() every file of
 * tests/fuzz/crashers/ (inputs that once crashed it, kept as regression
 * tests) and the seed corpus (tests/data/*.json, data/bali-process.json),
 * without libFuzzer or a sanitizer. Each must load, or be refused with a
 * CONVENE_DATASET_ERROR: the harness asserts that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdint.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpint (LLVMFuzzerTestOneInput ((const uint8_t *) contents, len), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds a test for each file of dir whose name ends in suffix (any file if NULL). */
static void
add_dir (const char *kind,
         const char *dir,
         const char *suffix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (suffix != NULL ? !g_str_has_suffix (name, suffix) : strcmp (name, "README.md") == 0)
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", kind, file);

      g_test_add_data_func_full (test_path, g_build_filename (dir, file, NULL), replay, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *crashers = NULL;
  g_autofree char *seeds = NULL;
  g_autofree char *bundled = NULL;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  crashers = g_test_build_filename (G_TEST_DIST, "fuzz", "crashers", NULL);
  seeds = g_test_build_filename (G_TEST_DIST, "data", NULL);
  bundled = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), "data", "bali-process.json", NULL);

  add_dir ("crashers", crashers, NULL);
  add_dir ("seeds", seeds, ".json");
  g_test_add_data_func ("/fuzz/seeds/bali-process.json", bundled, replay);

  return g_test_run ();
}
