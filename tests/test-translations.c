/* test-translations.c: the translations in po/, as built and as the binary
 * uses them
 *
 * Runs the built convene with LANGUAGE=id, vi and th (LC_ALL=C.UTF-8, and
 * CONVENE_LOCALEDIR pointing at the build tree's po/, where the .mo files
 * are built), and checks each po file with msgfmt: complete, no fuzzy
 * message, every format string matching its original; and with msgcmp
 * against the strings the sources mark today, so that a string changed in
 * the code without its translations shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "convene-test-run.h"

typedef struct
{
  const char *language;
  /* in `convene --help`: the summary, and an option's description */
  const char *summary;
  const char *option;
  /* `convene --check` on the bundled record, as a regex */
  const char *check;
  /* the loader's error for a dataset of a newer format version (99) */
  const char *newer;
} Language;

static const Language languages[] = {
  {
    "id",
    "Telusuri pertemuan Kelompok Ad Hoc Proses Bali.",
    "Periksa set data BERKAS",
    "^set data bawaan: [0-9]+ pertemuan, [0-9]+ peserta, 20[0-9-]+ sampai 20[0-9-]+\n$",
    "versi 99 lebih baru",
  },
  {
    "vi",
    "Tra cứu các hội nghị của Nhóm Ad Hoc Tiến trình Bali.",
    "Kiểm tra bộ dữ liệu TỆP",
    "^bộ dữ liệu đi kèm: [0-9]+ hội nghị, [0-9]+ bên tham gia, từ 20[0-9-]+ đến 20[0-9-]+\n$",
    "phiên bản 99 mới hơn",
  },
  {
    "th",
    "ค้นดูการประชุมของกลุ่มเฉพาะกิจกระบวนการบาหลี",
    "ตรวจสอบชุดข้อมูล FILE",
    "^ชุดข้อมูลที่มาพร้อมโปรแกรม: การประชุม [0-9]+ ครั้ง ผู้เข้าร่วม [0-9]+ ราย "
    "ตั้งแต่ 20[0-9-]+ ถึง 20[0-9-]+\n$",
    "รุ่น 99 ใหม่กว่า",
  },
};

/* Runs argv (NULL-terminated) with LANGUAGE=language and no display. */
static void
run_in (ConveneRun  *run,
        const char  *language,
        const char **argv)
{
  const char *env[] = { "LANGUAGE", language, "LC_ALL", "C.UTF-8", NULL };

  convene_run_argv (run, NULL, env, argv);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* Where the .mo files are: the build tree's po/ (CONVENE_LOCALEDIR). */
static void
test_mo_built (gconstpointer data)
{
  const Language *language = data;
  const char *localedir = g_getenv ("CONVENE_LOCALEDIR");
  g_autofree char *mo = NULL;

  g_assert_nonnull (localedir);
  mo = g_build_filename (localedir, language->language, "LC_MESSAGES", "convene.mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing: is the test built with depends on the .mo targets?", mo);
}

static void
test_help (gconstpointer data)
{
  const Language *language = data;
  const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--help", NULL };
  g_auto(ConveneRun) english = { 0 };
  g_auto(ConveneRun) run = { 0 };

  /* the English text is what the translation replaces */
  run_in (&english, "en", argv);
  g_assert_cmpint (english.status, ==, 0);
  assert_contains (english.out, "Browse the meetings of the Bali Process Ad Hoc Group.");

  run_in (&run, language->language, argv);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, language->summary);
  assert_contains (run.out, language->option);
  g_assert_null (strstr (run.out, "Browse the meetings"));
  g_assert_null (strstr (run.out, "print a summary and exit"));
  /* the option names themselves are never translated */
  assert_contains (run.out, "--check");
  assert_contains (run.out, "--summary-pdf");
}

/* printf formats with translated text: a summary line, and an error whose
 * number is a long long */
static void
test_check (gconstpointer data)
{
  const Language *language = data;
  const char *check[] = { g_getenv ("CONVENE_BINARY"), "--check", NULL };
  g_autoptr(GRegex) summary = g_regex_new (language->check, 0, 0, NULL);
  g_autofree char *dir = g_dir_make_tmp ("convene-translations-XXXXXX", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.json", NULL);
  const char *check_newer[] = { g_getenv ("CONVENE_BINARY"), "--check", newer, NULL };
  g_auto(ConveneRun) run = { 0 };
  g_auto(ConveneRun) failed = { 0 };

  run_in (&run, language->language, check);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  if (!g_regex_match (summary, run.out, 0, NULL))
    g_error ("“%s” does not match %s", run.out, language->check);

  g_assert_true (g_file_set_contents (newer, "{\"format\": \"convene-dataset\", \"version\": 99}\n",
                                      -1, NULL));
  run_in (&failed, language->language, check_newer);
  g_assert_cmpint (failed.status, ==, 1);
  assert_contains (failed.err, language->newer);

  g_unlink (newer);
  g_rmdir (dir);
}

/* msgfmt --check --statistics: every message translated, none fuzzy, the
 * formats right. msgfmt prints the statistics on stderr. */
static void
test_po_complete (gconstpointer data)
{
  const char *language = data;
  g_autofree char *po = NULL;
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autoptr(GRegex) complete = g_regex_new ("^[0-9]+ translated messages?\\.\n$", 0, 0, NULL);
  g_auto(ConveneRun) run = { 0 };

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt (gettext) is not installed");
      return;
    }

  po = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), "po", language, NULL);
  {
    g_autofree char *name = g_strconcat (po, ".po", NULL);
    const char *argv[] = { msgfmt, "--check", "--statistics", "-o", "/dev/null", name, NULL };

    run_in (&run, "C", argv);
  }
  if (run.status != 0)
    g_error ("msgfmt --check failed on %s.po:\n%s", language, run.err);
  if (!g_regex_match (complete, run.err, 0, NULL))
    g_error ("%s.po is not complete: %s", language, run.err);
}

/* The po file translates every string the sources mark now: xgettext reads
 * the files of POTFILES.in (with meson's "glib" keywords) into a template,
 * and msgcmp finds each of its messages translated, not fuzzy, in the po. */
static void
test_po_current (gconstpointer data)
{
  const char *language = data;
  g_autofree char *xgettext = g_find_program_in_path ("xgettext");
  g_autofree char *msgcmp = g_find_program_in_path ("msgcmp");
  const char *root = g_getenv ("CONVENE_SOURCE_ROOT");
  g_autofree char *dir = g_dir_make_tmp ("convene-pot-XXXXXX", NULL);
  g_autofree char *pot = g_build_filename (dir, "current.pot", NULL);
  g_autofree char *potfiles = g_build_filename (root, "po", "POTFILES.in", NULL);
  g_autofree char *po = g_strdup_printf ("%s/po/%s.po", root, language);
  g_auto(ConveneRun) extract = { 0 };
  g_auto(ConveneRun) compare = { 0 };

  if (xgettext == NULL || msgcmp == NULL)
    {
      g_test_skip ("xgettext or msgcmp (gettext) is not installed");
      return;
    }

  {
    const char *argv[] = { xgettext, "--from-code=UTF-8", "--keyword=_", "--keyword=N_",
                           "--keyword=C_:1c,2", "--keyword=NC_:1c,2", "--keyword=g_dngettext:2,3",
                           "--keyword=ngettext:1,2", "-D", root, "--files-from", potfiles,
                           "-o", pot, NULL };

    run_in (&extract, "C", argv);
  }
  if (extract.status != 0)
    g_error ("xgettext failed:\n%s", extract.err);
  {
    const char *argv[] = { msgcmp, po, pot, NULL };

    run_in (&compare, "C", argv);
  }
  g_remove (pot);
  g_rmdir (dir);
  if (compare.status != 0)
    g_error ("po/%s.po lacks strings the sources mark now (update it: meson compile "
             "convene-update-po, then translate):\n%s", language, compare.err);
}

/* Adds the files under dir (relative to the source root) that mark strings
 * for translation. */
static void
find_translatable (const char *relative,
                   GRegex     *marker,
                   GPtrArray  *found)
{
  g_autofree char *path = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = g_build_filename (path, name, NULL);
      g_autofree char *text = NULL;

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        find_translatable (child, marker, found);
      else if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui")) &&
               g_file_get_contents (child_path, &text, NULL, NULL) &&
               g_regex_match (marker, text, 0, NULL))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

/* po/POTFILES.in lists every source file with translatable strings, and
 * nothing that does not exist. */
static void
test_potfiles (void)
{
  g_autofree char *potfiles_path = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), "po",
                                                     "POTFILES.in", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) listed = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) marker =
    g_regex_new ("\\b(?:[NCQ]?_|NC_|g_dngettext|ngettext)\\s*\\(|translatable=\"yes\"", 0, 0, NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (potfiles_path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = NULL;

      g_strstrip (lines[i]);
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      path = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), lines[i], NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("po/POTFILES.in lists %s, which does not exist", lines[i]);
      g_ptr_array_add (listed, lines[i]);
    }

  find_translatable ("src", marker, found);
  find_translatable ("ui", marker, found);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    {
      const char *file = g_ptr_array_index (found, i);

      if (!g_ptr_array_find_with_equal_func (listed, file, g_str_equal, NULL))
        g_error ("%s has translatable strings: add it to po/POTFILES.in", file);
    }
}

/* The languages in po/LINGUAS, one a line; # starts a comment. */
static GStrv
read_linguas (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("CONVENE_SOURCE_ROOT"), "po", "LINGUAS",
                                            NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *hash = strchr (lines[i], '#');

      if (hash != NULL)
        *hash = '\0';
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) linguas = NULL;

  g_test_init (&argc, &argv, NULL);

  linguas = read_linguas ();
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const Language *language = &languages[i];
      g_autofree char *mo = g_strdup_printf ("/translations/mo-built/%s", language->language);
      g_autofree char *help = g_strdup_printf ("/translations/help/%s", language->language);
      g_autofree char *check = g_strdup_printf ("/translations/check/%s", language->language);

      g_assert_true (g_strv_contains ((const char * const *) linguas, language->language));
      g_test_add_data_func (mo, language, test_mo_built);
      g_test_add_data_func (help, language, test_help);
      g_test_add_data_func (check, language, test_check);
    }
  g_test_add_func ("/translations/potfiles", test_potfiles);
  for (guint i = 0; linguas[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/translations/po-complete/%s", linguas[i]);

      g_autofree char *current = g_strdup_printf ("/translations/po-current/%s", linguas[i]);

      g_test_add_data_func (path, linguas[i], test_po_complete);
      g_test_add_data_func (current, linguas[i], test_po_current);
    }

  return g_test_run ();
}
