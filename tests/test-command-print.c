/* test-command-print.c: convene --summary-pdf and --matrix-pdf, run as a
 * user runs them (without a display), their PDFs read back with poppler's
 * tools; what they refuse, and that a failure keeps the file there was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-matrix-layout.h"
#include "convene-test-data.h"
#include "convene-test-print.h"
#include "convene-test-run.h"

static ConveneDataset *bundled;

/* Runs convene without a display, with paper (CONVENE_PAPER) when not NULL. */
static void
run_convene (ConveneRun *r,
             const char *paper,
             const char *first_arg,
             ...)
{
  const char *env[] = { "CONVENE_PAPER", paper, NULL };
  va_list args;

  va_start (args, first_arg);
  convene_run_convene_valist (r, NULL, env, first_arg, args);
  va_end (args);
}

static void
test_cli_summary (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "all.pdf", NULL);
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (bundled);
  g_auto(ConveneRun) r = { 0 };
  ConvenePageGeometry geometry;
  g_autofree char *body = NULL;
  double top, bottom, width, height;
  guint pages;

  run_convene (&r, NULL, "--summary-pdf", pdf, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpuint (convene_test_count_files (dir), ==, 1);

  /* A4, as the layout paginates it here */
  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpint (convene_test_round_points (width), ==, 595);
  g_assert_cmpint (convene_test_round_points (height), ==, 842);
  g_assert_cmpuint (pages, ==, convene_print_layout_paginate (layout, &geometry));

  convene_test_get_body_band (layout, &top, &bottom);
  body = convene_test_pdf_text (pdf, top, bottom, geometry.width);
  convene_test_assert_outcomes_in_pdf (bundled, body);

  convene_test_remove_dir (dir);
}

static void
test_cli_summary_meetings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "two.pdf", NULL);
  g_auto(ConveneRun) r = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  const char *first, *second;
  double width, height;
  guint pages;

  run_convene (&r, NULL, "--summary-pdf", pdf, "--meeting", "ahg-som-14",
               "--meeting", "ahg-som-01", NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);

  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, >=, 2);
  g_assert_cmpuint (pages, <=, 4);

  /* in the order given */
  text = convene_test_pdf_text (pdf, 0, 0, 0);
  folded = convene_test_fold (text);
  first = strstr (folded, "Fourteenth Meeting of the Ad Hoc Group Senior Officials");
  second = strstr (folded, "First Meeting of the Ad Hoc Group Senior Officials");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_true (first < second);
  g_assert_null (strstr (folded, "Second Meeting of the Ad Hoc Group"));

  convene_test_remove_dir (dir);
}

static void
test_cli_summary_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "small.pdf", NULL);
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  g_auto(ConveneRun) r = { 0 };
  g_autofree char *text = NULL;
  double width, height;
  guint pages;

  run_convene (&r, NULL, "--summary-pdf", pdf, data, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, 4);

  text = convene_test_pdf_text (pdf, 0, 0, 0);
  convene_test_assert_contains (text, "A small test record");
  convene_test_assert_contains (text, "endorsed the work plan");
  convene_test_assert_contains (text, "cut short");

  convene_test_remove_dir (dir);
}

static void
test_cli_unknown_meeting (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "valid-small.json", NULL);
  g_autofree char *expected = NULL;
  g_auto(ConveneRun) r = { 0 };
  g_auto(ConveneRun) r2 = { 0 };

  run_convene (&r, NULL, "--summary-pdf", pdf,
               "--meeting", "ahg-som-14", "--meeting", "nope", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "nope: no such meeting in the bundled dataset\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (convene_test_count_files (dir), ==, 0);

  run_convene (&r2, NULL, "--summary-pdf", pdf, "--meeting", "ahg-som-16", data, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  expected = g_strdup_printf ("ahg-som-16: no such meeting in %s\n", data);
  g_assert_cmpstr (r2.err, ==, expected);
  g_assert_cmpuint (convene_test_count_files (dir), ==, 0);

  convene_test_remove_dir (dir);
}

static void
test_cli_unwritable (void)
{
  g_auto(ConveneRun) r = { 0 };
  g_auto(ConveneRun) r2 = { 0 };

  run_convene (&r, NULL, "--summary-pdf", "/nonexistent-dir/out.pdf", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "/nonexistent-dir/out.pdf: No such file or directory\n");
  g_assert_false (g_file_test ("/nonexistent-dir/out.pdf", G_FILE_TEST_EXISTS));

  run_convene (&r2, NULL, "--matrix-pdf", "/nonexistent-dir/matrix.pdf", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_cmpstr (r2.err, ==, "/nonexistent-dir/matrix.pdf: No such file or directory\n");
}

static void
test_cli_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: a folder: give the name of a file\n", dir);
  g_auto(ConveneRun) r = { 0 };

  /* OUT is a directory: refused, and nothing is left beside it */
  run_convene (&r, NULL, "--summary-pdf", dir, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, expected);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *parent = g_path_get_dirname (dir);
    g_autofree char *base = g_path_get_basename (dir);
    g_autoptr(GDir) listing = g_dir_open (parent, 0, NULL);
    g_autofree char *prefix = g_strdup_printf (".%s.", base);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_false (g_str_has_prefix (name, prefix));
  }

  convene_test_remove_dir (dir);
}

static void
test_cli_bad_dataset (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "not-json.json", NULL);
  g_auto(ConveneRun) r = { 0 };
  g_auto(ConveneRun) r2 = { 0 };

  run_convene (&r, NULL, "--summary-pdf", pdf, data, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, data));
  g_assert_cmpuint (convene_test_count_files (dir), ==, 0);

  run_convene (&r2, NULL, "--matrix-pdf", pdf, "/nonexistent-dir/data.json", NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_true (g_str_has_prefix (r2.err, "/nonexistent-dir/data.json"));
  g_assert_cmpuint (convene_test_count_files (dir), ==, 0);

  convene_test_remove_dir (dir);
}

/* A file that is there stays as it was unless the new one is written whole. */
static void
test_cli_keeps_old_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "not-json.json", NULL);
  g_autofree char *contents = NULL;
  g_auto(ConveneRun) r = { 0 };
  g_auto(ConveneRun) r2 = { 0 };
  g_auto(ConveneRun) r3 = { 0 };

  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));

  run_convene (&r, NULL, "--summary-pdf", pdf, "--meeting", "nope", NULL);
  g_assert_cmpint (r.status, ==, 1);
  run_convene (&r2, NULL, "--matrix-pdf", pdf, bad, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (convene_test_count_files (dir), ==, 1);

  run_convene (&r3, NULL, "--summary-pdf", pdf, "--meeting", "ahg-som-14", NULL);
  g_assert_cmpint (r3.status, ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (convene_test_count_files (dir), ==, 1);

  convene_test_remove_dir (dir);
}

static void
test_cli_matrix (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "matrix.pdf", NULL);
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (bundled, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMatrixLayout) layout = convene_matrix_layout_new (matrix);
  g_auto(ConveneRun) r = { 0 };
  ConvenePageGeometry geometry;
  double width, height;
  guint pages;

  run_convene (&r, NULL, "--matrix-pdf", pdf, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);

  /* landscape A4, paginated as here */
  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_LANDSCAPE);
  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpint (convene_test_round_points (width), ==, 842);
  g_assert_cmpint (convene_test_round_points (height), ==, 595);
  g_assert_cmpuint (pages, ==,
                    convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (layout), &geometry));

  convene_test_remove_dir (dir);
}

static void
test_cli_letter (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *summary = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *matrix = g_build_filename (dir, "matrix.pdf", NULL);
  g_autofree char *other = g_build_filename (dir, "a5.pdf", NULL);
  g_auto(ConveneRun) r = { 0 };
  g_auto(ConveneRun) r2 = { 0 };
  g_auto(ConveneRun) r3 = { 0 };

  run_convene (&r, "letter", "--summary-pdf", summary, "--meeting", "ahg-som-14", NULL);
  g_assert_cmpint (r.status, ==, 0);
  convene_test_assert_pdf_size (summary, 612, 792);

  run_convene (&r2, "letter", "--matrix-pdf", matrix, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  convene_test_assert_pdf_size (matrix, 792, 612);

  run_convene (&r3, "a5", "--matrix-pdf", other, NULL);
  g_assert_cmpint (r3.status, ==, 2);
  g_assert_cmpstr (r3.err, ==, "CONVENE_PAPER: unknown paper size “a5” (give a4 or letter)\n");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));

  convene_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  bundled = convene_dataset_new_bundled ();

  convene_test_add_pdf_test ("/print/cli/summary", test_cli_summary);
  convene_test_add_pdf_test ("/print/cli/summary-meetings", test_cli_summary_meetings);
  convene_test_add_pdf_test ("/print/cli/summary-file", test_cli_summary_file);
  g_test_add_func ("/print/cli/unknown-meeting", test_cli_unknown_meeting);
  g_test_add_func ("/print/cli/unwritable", test_cli_unwritable);
  g_test_add_func ("/print/cli/directory", test_cli_directory);
  g_test_add_func ("/print/cli/bad-dataset", test_cli_bad_dataset);
  g_test_add_func ("/print/cli/keeps-old-file", test_cli_keeps_old_file);
  convene_test_add_pdf_test ("/print/cli/matrix", test_cli_matrix);
  convene_test_add_pdf_test ("/print/cli/letter", test_cli_letter);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
