/* test-command-line.c: convene's headless commands, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "convene-test-run.h"

/* Runs convene with args in the tests' source directory, with no display. */
static void
run_convene (ConveneRun *run,
             const char *first_arg,
             ...)
{
  va_list args;

  va_start (args, first_arg);
  convene_run_convene_valist (run, g_getenv ("G_TEST_SRCDIR"), NULL, first_arg, args);
  va_end (args);
}

static void
test_check_bundled (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_autoptr(GRegex) summary =
    g_regex_new ("^bundled dataset: [0-9]+ meetings, [0-9]+ participants, 20[0-9-]+ to 20[0-9-]+\n$",
                 0, 0, NULL);

  run_convene (&run, "--check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_regex_match (summary, run.out, 0, NULL));
}

static void
test_check_file (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--check", "data/cli-two-meetings.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* the range runs to the latest end, not the latest start */
  g_assert_cmpstr (run.out, ==,
                   "data/cli-two-meetings.json: 2 meetings, 1 participants, 2020-01-10 to 2021-06-02\n");
}

static void
test_check_bad_file (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--check", "data/cli-end-before-start.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "data/cli-end-before-start.json:12:14: meetings[0].end: "
                   "the meeting ends (2020-03-04) before it starts (2020-03-05)\n");
}

static void
test_check_missing_file (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--check", "data/no-such-file.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* the file named once, in plain words (GIO's message names its whole path again) */
  g_assert_cmpstr (run.err, ==, "data/no-such-file.json: there is no such file\n");
}

static void
test_check_two_files (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--check", "a.json", "b.json", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, "Give one dataset FILE at most\n");
}

/* --matrix-csv */

static const char small_csv[] =
  "participant,name,som-1,som-2,ws-2021,som-3\r\n"
  "NZL,New Zealand,co-chair,not-recorded,absent,participant\r\n"
  "KOR,\"Korea, Republic of\",participant,not-recorded,absent,co-chair\r\n"
  "QUO,\"The \"\"Quoted\"\" Forum\",observer,not-recorded,absent,absent\r\n"
  "TUR,Türkiye,absent,not-recorded,absent,participant\r\n"
  "RSO,Regional Support Office,absent,not-recorded,absent,participant\r\n";

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("convene-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
test_matrix_csv_file (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "matrix.csv", NULL);
  g_autofree char *contents = NULL;

  run_convene (&run, "--matrix-csv", out, "data/matrix-small.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, small_csv);

  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_matrix_csv_bundled (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "matrix.csv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  run_convene (&run, "--matrix-csv", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_true (g_str_has_suffix (contents, "\r\n"));
  lines = g_strsplit (contents, "\r\n", -1);
  /* a header, one line per participant, and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 87 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "participant,name,ministerial-conference-01,"
                                             "coordination-meeting-2003-jakarta,"));
  g_assert_true (g_str_has_suffix (lines[0], ",steering-group-18,teg-rr-2024-phnom-penh,ahg-som-18,steering-group-19,teg-rr-2025-manila"));
  g_assert_cmpstr (lines[1], ==,
                   "AFG,Afghanistan,participant,absent,not-recorded,not-recorded,absent,not-recorded,"
                   "not-recorded,participant,observer,participant,participant,participant,not-recorded,"
                   "participant,not-recorded,not-recorded,participant,participant,participant,"
                   "not-recorded,participant,participant,participant,not-recorded,participant,"
                   "not-recorded,not-recorded,participant,participant,participant,not-recorded,absent,"
                   "not-recorded,not-recorded,not-recorded,not-recorded,absent,participant,absent,"
                   "not-recorded,not-recorded,participant,participant,participant,participant,absent,"
                   "absent,absent,absent,not-recorded,absent,not-recorded,not-recorded,absent,"
                   "not-recorded,not-recorded,absent,absent,not-recorded");
  g_assert_true (g_strv_contains ((const char * const *) lines,
                                  "VNM,Viet Nam,participant,absent,not-recorded,not-recorded,absent,not-recorded,"
                                  "not-recorded,absent,absent,absent,absent,absent,not-recorded,absent,not-recorded,"
                                  "not-recorded,absent,participant,participant,not-recorded,participant,participant,"
                                  "participant,not-recorded,participant,not-recorded,not-recorded,participant,"
                                  "participant,participant,not-recorded,participant,not-recorded,not-recorded,"
                                  "not-recorded,not-recorded,absent,participant,participant,not-recorded,not-recorded,"
                                  "participant,participant,participant,participant,participant,absent,participant,"
                                  "participant,not-recorded,participant,not-recorded,not-recorded,participant,"
                                  "not-recorded,not-recorded,participant,absent,not-recorded"));

  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_matrix_csv_unwritable (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_auto(ConveneRun) into_dir = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "no-such-dir", "matrix.csv", NULL);
  g_autofree char *prefix = g_strconcat (out, ": ", NULL);
  g_autofree char *dir_prefix = g_strconcat (dir, ": ", NULL);

  run_convene (&run, "--matrix-csv", out, "data/matrix-small.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  g_assert_nonnull (strstr (run.err, "No such file or directory"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* a directory is not a file to write */
  run_convene (&into_dir, "--matrix-csv", dir, "data/matrix-small.json", NULL);
  g_assert_cmpint (into_dir.status, ==, 1);
  g_assert_true (g_str_has_prefix (into_dir.err, dir_prefix));
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_matrix_csv_bad_dataset (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "matrix.csv", NULL);

  run_convene (&run, "--matrix-csv", out, "data/cli-end-before-start.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==,
                   "data/cli-end-before-start.json:12:14: meetings[0].end: "
                   "the meeting ends (2020-03-04) before it starts (2020-03-05)\n");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* --participants-csv: counted by hand from tests/data/participants-formula.json (two of
 * its three meetings have recorded attendance); names a spreadsheet would take for a
 * formula start with a ' */
static const char formula_csv[] =
  "id,name,kind,attended,recorded,participant,observer,co-chair,first,last\r\n"
  "EQ,'=SUM(A1:A2),country,2,2,1,0,1,2020-01-10,2021-03-01\r\n"
  "PLUS,\"'+1, \"\"quoted\"\"\",organisation,1,2,0,1,0,2020-01-10,2020-01-10\r\n"
  "AT,'@home,body,1,2,1,0,0,2021-03-01,2021-03-01\r\n"
  "MIN,'-x,country,0,2,0,0,0,,\r\n";

static void
test_participants_csv (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_auto(ConveneRun) bundled = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "participants.csv", NULL);
  g_autofree char *contents = NULL;

  run_convene (&run, "--participants-csv", out, "data/participants-formula.json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, formula_csv);
  g_clear_pointer (&contents, g_free);

  /* the bundled record: Canada as counted by hand (test-statistics.c) */
  run_convene (&bundled, "--participants-csv", out, NULL);
  g_assert_cmpint (bundled.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\r\nCAN,Canada,country,20,35,2,18,0,2002-02-26,2022-07-27\r\n"));

  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* --participant-pdf and --statistics-pdf; --participant only with --participant-pdf */
static void
test_participant_pdf (void)
{
  g_auto(ConveneRun) run = { 0 };
  g_auto(ConveneRun) unknown = { 0 };
  g_auto(ConveneRun) alone = { 0 };
  g_auto(ConveneRun) missing = { 0 };
  g_auto(ConveneRun) statistics = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *out = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  run_convene (&run, "--participant-pdf", out, "--participant", "CAN", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "%PDF", 4) == 0);
  g_assert_cmpint (g_remove (out), ==, 0);

  run_convene (&unknown, "--participant-pdf", out, "--participant", "XXX", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "XXX: no such participant"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  run_convene (&alone, "--participant", "CAN", NULL);
  g_assert_cmpint (alone.status, ==, 2);
  run_convene (&missing, "--participant-pdf", out, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  run_convene (&statistics, "--statistics-pdf", out, NULL);
  g_assert_cmpint (statistics.status, ==, 0);
  g_assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_remove (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The exports share one output path: each refuses a FIFO at once
 * (one with no reader would block for ever), writes through a link onto
 * its target, keeps a file's mode, and never writes over its own dataset,
 * whatever name the dataset goes by. */
static void
test_exports_output_path (void)
{
  const char *commands[] = { "--matrix-csv", "--matrix-pdf", "--summary-pdf", "--participants-csv",
                             "--statistics-pdf", "--ics" };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "matrix-small.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *input = g_build_filename (dir, "data.json", NULL);
  g_autofree char *to_input = g_build_filename (dir, "to-data.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *target = g_build_filename (dir, "target.out", NULL);
  g_autofree char *to_target = g_build_filename (dir, "to-target.out", NULL);
  gsize json_len;

  g_assert_true (g_file_get_contents (source, &json, &json_len, NULL));
  g_assert_true (g_file_set_contents (input, json, json_len, NULL));
  g_assert_no_errno (symlink ("data.json", to_input));
  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_no_errno (symlink ("target.out", to_target));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(ConveneRun) onto_input = { 0 };
      g_auto(ConveneRun) through_link = { 0 };
      g_auto(ConveneRun) onto_fifo = { 0 };
      g_auto(ConveneRun) written = { 0 };
      g_autofree char *after = NULL;
      g_autofree char *out = NULL;
      gsize after_len;
      GStatBuf st;

      run_convene (&onto_input, commands[i], input, input, NULL);
      g_assert_cmpint (onto_input.status, ==, 1);
      g_assert_nonnull (strstr (onto_input.err, "the dataset being exported"));
      run_convene (&through_link, commands[i], to_input, input, NULL);
      g_assert_cmpint (through_link.status, ==, 1);
      g_assert_true (g_file_get_contents (input, &after, &after_len, NULL));
      g_assert_true (after_len == json_len && memcmp (after, json, json_len) == 0);

      run_convene (&onto_fifo, commands[i], fifo, input, NULL);
      g_assert_cmpint (onto_fifo.status, ==, 1);
      g_assert_nonnull (strstr (onto_fifo.err, "not a regular file"));
      g_assert_no_errno (g_lstat (fifo, &st));
      g_assert_true (S_ISFIFO (st.st_mode));

      g_assert_true (g_file_set_contents (target, "old", -1, NULL));
      g_assert_no_errno (g_chmod (target, 0600));
      run_convene (&written, commands[i], to_target, input, NULL);
      g_assert_cmpint (written.status, ==, 0);
      g_assert_no_errno (g_lstat (to_target, &st));
      g_assert_true (S_ISLNK (st.st_mode));
      g_assert_no_errno (g_stat (target, &st));
      g_assert_cmpint (st.st_mode & 07777, ==, 0600);
      g_assert_true (g_file_get_contents (target, &out, NULL, NULL));
      g_assert_cmpstr (out, !=, "old");
    }

  {
    const char *names[] = { "data.json", "to-data.json", "fifo", "target.out", "to-target.out" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (dir, names[i], NULL);

        g_assert_no_errno (g_remove (path));
      }
    /* nothing else was left behind */
    g_assert_no_errno (g_rmdir (dir));
  }
}

/* An empty name is said to be one, for the dataset and for what to write
 * (it would otherwise be taken for the current folder). */
static void
test_empty_names (void)
{
  g_auto(ConveneRun) check = { 0 };
  g_auto(ConveneRun) export = { 0 };

  run_convene (&check, "--check", "", NULL);
  g_assert_cmpint (check.status, ==, 2);
  g_assert_cmpstr (check.err, ==, "“”: the dataset FILE given is an empty name\n");
  run_convene (&export, "--matrix-csv", "", "data/matrix-small.json", NULL);
  g_assert_cmpint (export.status, ==, 2);
  g_assert_cmpstr (export.err, ==, "--matrix-csv “”: the file name given is empty\n");
}

static void
test_version (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Convene "));
}

static void
test_help (void)
{
  g_auto(ConveneRun) run = { 0 };

  run_convene (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--check"));
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* --save-as writes a dataset as Save As does: it loads again, saving it again
 * gives the same bytes, it may replace its own input, and a failure leaves
 * OUT as it was. */
static void
test_save_as (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-save-as-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (dir, "second.json", NULL);
  g_autofree char *in_place = g_build_filename (dir, "in-place.json", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no-such-folder", "out.json", NULL);
  g_autofree char *saved = NULL, *again = NULL, *original = NULL, *replaced = NULL;

  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--save-as", first, "data/every-member.json", NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--check", first, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_suffix (run.out, ": 3 meetings, 4 participants, 2010 to 2022-08\n"));
  }
  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--save-as", second, first, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  saved = read_file (first);
  again = read_file (second);
  g_assert_cmpstr (again, ==, saved);
  /* the writer's text, not the hand-written file's */
  original = read_file (g_test_get_filename (G_TEST_DIST, "data", "every-member.json", NULL));
  g_assert_cmpstr (saved, !=, original);
  g_assert_true (g_str_has_prefix (saved, "{\n  \"format\": \"convene-dataset\",\n  \"version\": 1,\n"));

  /* the one command allowed to replace its input */
  g_assert_true (g_file_set_contents (in_place, original, -1, NULL));
  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--save-as", in_place, in_place, NULL);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpint (run.status, ==, 0);
  }
  replaced = read_file (in_place);
  g_assert_cmpstr (replaced, ==, saved);

  /* a bad dataset writes nothing; an unwritable OUT says where */
  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--save-as", in_place, "data/cli-end-before-start.json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "data/cli-end-before-start.json:12:14: "));
  }
  g_free (replaced);
  replaced = read_file (in_place);
  g_assert_cmpstr (replaced, ==, saved);
  {
    g_auto(ConveneRun) run = { 0 };

    run_convene (&run, "--save-as", missing_dir, "data/every-member.json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, missing_dir));
  }

  g_unlink (first);
  g_unlink (second);
  g_unlink (in_place);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/command-line/check/bundled", test_check_bundled);
  g_test_add_func ("/command-line/check/file", test_check_file);
  g_test_add_func ("/command-line/check/bad-file", test_check_bad_file);
  g_test_add_func ("/command-line/check/missing-file", test_check_missing_file);
  g_test_add_func ("/command-line/check/two-files", test_check_two_files);
  g_test_add_func ("/command-line/matrix-csv/file", test_matrix_csv_file);
  g_test_add_func ("/command-line/matrix-csv/bundled", test_matrix_csv_bundled);
  g_test_add_func ("/command-line/matrix-csv/unwritable", test_matrix_csv_unwritable);
  g_test_add_func ("/command-line/matrix-csv/bad-dataset", test_matrix_csv_bad_dataset);
  g_test_add_func ("/command-line/participants-csv", test_participants_csv);
  g_test_add_func ("/command-line/participant-pdf", test_participant_pdf);
  g_test_add_func ("/command-line/exports/output-path", test_exports_output_path);
  g_test_add_func ("/command-line/save-as", test_save_as);
  g_test_add_func ("/command-line/empty-names", test_empty_names);
  g_test_add_func ("/command-line/version", test_version);
  g_test_add_func ("/command-line/help", test_help);

  return g_test_run ();
}
