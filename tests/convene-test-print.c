/* convene-test-print.c: what the print tests share: PDFs read back with
 * poppler's tools, text folded as pdftotext gives it, summaries printed on a
 * fixed date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "convene-summary-layout.h"
#include "convene-test-print.h"

/* Rounds a positive length in points. */
int
convene_test_round_points (double points)
{
  return (int) (points + 0.5);
}

/* Runs argv; returns stdout, and the exit status when status is not NULL
 * (else the program must succeed). */
static char *
run (const char * const  *argv,
     char               **envp,
     int                 *status,
     char               **err)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, err, &wait_status, &error);
  g_assert_no_error (error);
  if (status != NULL)
    *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  else if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("%s: %s", argv[0], error->message);
  return out;
}
void
convene_test_pdf_info (const char *pdf,
                       guint      *pages,
                       double     *width,
                       double     *height)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = run (argv, NULL, NULL, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  gboolean have_pages = FALSE, have_size = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Pages:"))
        {
          *pages = (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
          have_pages = TRUE;
        }
      else if (g_str_has_prefix (lines[i], "Page size:"))
        {
          char *end;

          *width = g_ascii_strtod (lines[i] + strlen ("Page size:"), &end);
          g_assert_true (g_str_has_prefix (end, " x "));
          *height = g_ascii_strtod (end + 3, NULL);
          have_size = TRUE;
        }
    }
  g_assert_true (have_pages);
  g_assert_true (have_size);
}
void
convene_test_assert_pdf_size (const char *pdf,
                              double      width,
                              double      height)
{
  guint pages;
  double w, h;

  convene_test_pdf_info (pdf, &pages, &w, &h);
  g_assert_cmpint (convene_test_round_points (w), ==, convene_test_round_points (width));
  g_assert_cmpint (convene_test_round_points (h), ==, convene_test_round_points (height));
}
/* All the text of a PDF, or only what lies between top and bottom (in
 * points) on every page. */
char *
convene_test_pdf_text (const char *pdf,
                       double      top,
                       double      bottom,
                       double      width)
{
  g_autofree char *x = g_strdup ("0");
  g_autofree char *y = g_strdup_printf ("%d", (int) top);
  g_autofree char *w = g_strdup_printf ("%d", (int) width + 1);
  g_autofree char *h = g_strdup_printf ("%d", (int) bottom + 1 - (int) top);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  const char *crop[] = { "pdftotext", "-enc", "UTF-8", "-r", "72", "-x", x, "-y", y,
                         "-W", w, "-H", h, pdf, "-", NULL };

  return run (top < bottom ? crop : all, NULL, NULL, NULL);
}
/* The band of the pages that holds the body, between the running header and
 * the footer, from where the layout put things. */
void
convene_test_get_body_band (ConvenePrintLayout *layout,
                            double             *top,
                            double             *bottom)
{
  *top = G_MAXDOUBLE;
  *bottom = 0.0;

  for (guint page = 0; page < convene_print_layout_get_n_pages (layout); page++)
    {
      g_autoptr(GArray) boxes = convene_print_layout_get_page_boxes (layout, page);

      for (guint i = 0; i < boxes->len; i++)
        {
          ConvenePrintBox *box = &g_array_index (boxes, ConvenePrintBox, i);

          if (box->role != CONVENE_PRINT_ROLE_TEXT && box->role != CONVENE_PRINT_ROLE_HEADING)
            continue;
          *top = MIN (*top, box->y);
          *bottom = MAX (*bottom, box->y + box->height);
        }
    }
  *top -= 1.0;
  *bottom += 1.0;
}
void
convene_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
  g_rmdir (path);
}
guint
convene_test_count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}
/* Runs of white space become one space: line breaks differ on paper. */
char *
convene_test_fold (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
/* As fold(), for what pdftotext gives: without hyphens and the space after
 * them (it joins a word hyphenated at the end of a line and drops the
 * hyphen: "most-affected" across two lines reads "mostaffected"), and
 * without bullets on lines of their own. */
char *
convene_test_fold_pdf (const char *text)
{
  g_autoptr(GRegex) marker = g_regex_new ("^[ \t]*[•–][ \t]*$", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *unmarked = NULL;
  g_autofree char *folded = NULL;
  GString *out = g_string_new (NULL);

  /* pdftotext may take a bullet beside a paragraph for a column of its own
   * and give it on a line between the paragraph's lines */
  unmarked = g_regex_replace_literal (marker, text, -1, 0, "", 0, NULL);
  folded = convene_test_fold (unmarked);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p != '-')
        {
          g_string_append_c (out, *p);
          continue;
        }
      while (p[1] == ' ')
        p++;
    }
  return g_string_free (out, FALSE);
}
void
convene_test_assert_contains (const char *haystack,
                              const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is missing from the printed text", needle);
}
GDateTime *
convene_test_fixed_date (void)
{
  return g_date_time_new_local (2024, 3, 5, 12, 0, 0);
}
/* Every outcome and sub-point of every meeting is in the text. */
void
convene_test_assert_outcomes_in_full (ConveneDataset       *dataset,
                                      const char           *text,
                                      ConveneTestNormalise  normalise)
{
  g_autofree char *folded = normalise (text);
  GListModel *meetings = convene_dataset_get_meetings (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      GPtrArray *outcomes = convene_meeting_get_outcomes (meeting);

      for (guint j = 0; outcomes != NULL && j < outcomes->len; j++)
        {
          ConveneOutcome *outcome = g_ptr_array_index (outcomes, j);
          g_autofree char *want = normalise (outcome->text);

          convene_test_assert_contains (folded, want);
          for (guint k = 0; outcome->items[k] != NULL; k++)
            {
              g_autofree char *item = normalise (outcome->items[k]);

              convene_test_assert_contains (folded, item);
            }
        }
    }
}
void
convene_test_assert_outcomes_in_pdf (ConveneDataset *dataset,
                                     const char     *text)
{
  convene_test_assert_outcomes_in_full (dataset, text, convene_test_fold_pdf);
}
ConvenePrintLayout *
convene_test_summaries_new (ConveneDataset *dataset)
{
  ConvenePrintLayout *layout = CONVENE_PRINT_LAYOUT (convene_summary_layout_new (dataset, NULL));
  g_autoptr(GDateTime) date = convene_test_fixed_date ();

  convene_print_layout_set_print_date (layout, date);
  return layout;
}
/* The tests that read PDFs back need pdfinfo and pdftotext (poppler-utils);
 * the GNOME SDK has neither, so a Flatpak build skips them, and says why. */
static void
skip_without_poppler (gconstpointer data)
{
  g_test_skip ("pdfinfo or pdftotext (poppler-utils) is not installed, and this test "
               "reads the PDF back with them");
}
void
convene_test_add_pdf_test (const char *path,
                           GTestFunc   func)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo != NULL && pdftotext != NULL)
    g_test_add_func (path, func);
  else
    g_test_add_data_func (path, NULL, skip_without_poppler);
}
