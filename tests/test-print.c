/* test-print.c: meeting summaries and the attendance matrix on paper
 *
 * The layouts are checked box by box (nothing overlaps, nothing crosses the
 * margins, no heading ends a page), then as PDFs made in this process, read
 * back with poppler's tools. The command line's PDFs: test-command-print.c;
 * what both share: convene-test-print.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "convene-dataset-loader.h"
#include "convene-chart.h"
#include "convene-matrix-layout.h"
#include "convene-report-layout.h"
#include "convene-pdf-export.h"
#include "convene-print-layout-private.h"
#include "convene-print-pagination.h"
#include "convene-summary-layout.h"
#include "convene-test-data.h"
#include "convene-test-print.h"
#include "convene-test-run.h"

#define EPSILON 0.01
/* a glyph's ink may stick out of its advance by a side bearing */
#define INK_TOLERANCE 1.0

static ConveneDataset *bundled;

/* Helpers */




/* No white space at all: a word too long for a line is broken in two. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}







static char *
write_pdf (ConvenePrintLayout        *layout,
           const ConvenePageGeometry *geometry,
           const char                *dir,
           const char                *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = convene_pdf_export_to_bytes (layout, geometry, &error);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}



static char *
dup_all_text (ConvenePrintLayout *layout)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < convene_print_layout_get_n_pages (layout); page++)
    {
      g_autofree char *page_text = convene_print_layout_dup_page_text (layout, page);

      g_string_append (text, page_text);
    }
  return g_string_free (text, FALSE);
}

static const char *
role_name (ConvenePrintRole role)
{
  static const char *names[] = {
    "header", "footer", "heading", "text", "decoration", "background"
  };

  return role < G_N_ELEMENTS (names) ? names[role] : "?";
}

/* Nothing crosses the margins, nothing but backgrounds overlaps, and no
 * heading is the last thing on a page. */
static void
check_boxes (ConvenePrintLayout        *layout,
             const ConvenePageGeometry *geometry)
{
  double cx, cy, cw, ch;

  convene_page_geometry_get_content (geometry, &cx, &cy, &cw, &ch);

  for (guint page = 0; page < convene_print_layout_get_n_pages (layout); page++)
    {
      g_autoptr(GArray) boxes = convene_print_layout_get_page_boxes (layout, page);
      const ConvenePrintBox *last = NULL;

      g_assert_cmpuint (boxes->len, >, 0);

      for (guint i = 0; i < boxes->len; i++)
        {
          const ConvenePrintBox *a = &g_array_index (boxes, ConvenePrintBox, i);

          if (a->x < cx - INK_TOLERANCE || a->x + a->width > cx + cw + INK_TOLERANCE ||
              a->y < cy - EPSILON || a->y + a->height > cy + ch + EPSILON)
            g_error ("page %u: a %s box (%g, %g, %g × %g) crosses the margins (%g, %g, %g × %g)",
                     page + 1, role_name (a->role), a->x, a->y, a->width, a->height,
                     cx, cy, cw, ch);
          g_assert_cmpfloat (a->width, >=, 0.0);
          g_assert_cmpfloat (a->height, >=, 0.0);

          if ((a->role == CONVENE_PRINT_ROLE_TEXT || a->role == CONVENE_PRINT_ROLE_HEADING) &&
              (last == NULL || a->y + a->height > last->y + last->height + EPSILON))
            last = a;

          if (a->role == CONVENE_PRINT_ROLE_BACKGROUND)
            continue;

          for (guint j = 0; j < i; j++)
            {
              const ConvenePrintBox *b = &g_array_index (boxes, ConvenePrintBox, j);

              if (b->role == CONVENE_PRINT_ROLE_BACKGROUND)
                continue;
              if (a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
                  a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON)
                g_error ("page %u: a %s box (%g, %g, %g × %g) overlaps a %s box (%g, %g, %g × %g)",
                         page + 1, role_name (a->role), a->x, a->y, a->width, a->height,
                         role_name (b->role), b->x, b->y, b->width, b->height);
            }
        }

      g_assert_nonnull (last);
      if (last->role == CONVENE_PRINT_ROLE_HEADING)
        g_error ("page %u ends with a heading", page + 1);
    }
}

/* Neither white space nor combining marks: pdftotext puts spaces into Thai
 * and may give a tone mark after the next letter, where it is drawn. */
static char *
skeleton (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}


static void
assert_outcomes_in (ConveneDataset *dataset,
                    const char     *text)
{
  convene_test_assert_outcomes_in_full (dataset, text, convene_test_fold);
}



/* Page geometry */

static void
test_geometry (void)
{
  ConvenePageGeometry geometry;
  ConvenePaper paper = CONVENE_PAPER_A4;
  double x, y, width, height;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  g_assert_cmpfloat_with_epsilon (geometry.width, 595.2756, 0.001);
  g_assert_cmpfloat_with_epsilon (geometry.height, 841.8898, 0.001);
  g_assert_true (convene_page_geometry_is_usable (&geometry));

  convene_page_geometry_init (&geometry, CONVENE_PAPER_LETTER, CONVENE_PAGE_LANDSCAPE);
  g_assert_cmpfloat (geometry.width, ==, 792.0);
  g_assert_cmpfloat (geometry.height, ==, 612.0);

  convene_page_geometry_init_custom (&geometry, 600, 800, 10, 20, 30, 40);
  convene_page_geometry_get_content (&geometry, &x, &y, &width, &height);
  g_assert_cmpfloat (x, ==, 40);
  g_assert_cmpfloat (y, ==, 10);
  g_assert_cmpfloat (width, ==, 540);
  g_assert_cmpfloat (height, ==, 760);

  convene_page_geometry_init_custom (&geometry, 200, 200, 60, 60, 60, 60);
  g_assert_false (convene_page_geometry_is_usable (&geometry));

  g_assert_true (convene_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, CONVENE_PAPER_LETTER);
  g_assert_true (convene_paper_from_string ("a4", &paper));
  g_assert_cmpint (paper, ==, CONVENE_PAPER_A4);
  g_assert_false (convene_paper_from_string ("a5", &paper));
}

/* Summaries of the bundled record */

static void
test_summary_bundled_pages (void)
{
  GListModel *meetings = convene_dataset_get_meetings (bundled);
  ConvenePaper papers[] = { CONVENE_PAPER_A4, CONVENE_PAPER_LETTER };

  for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
    {
      ConvenePageGeometry geometry;

      convene_page_geometry_init (&geometry, papers[p], CONVENE_PAGE_PORTRAIT);
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
          g_autoptr(ConveneSummaryLayout) layout =
            convene_summary_layout_new_for_meeting (bundled, meeting);
          guint n_pages = convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (layout), &geometry);

          /* a brief: one page or two */
          if (n_pages < 1 || n_pages > 2)
            g_error ("%s takes %u pages", convene_meeting_get_id (meeting), n_pages);
        }
    }
}

static void
test_summary_bundled_boxes (void)
{
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (bundled);
  ConvenePageGeometry geometries[4];

  convene_page_geometry_init (&geometries[0], CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_page_geometry_init (&geometries[1], CONVENE_PAPER_LETTER, CONVENE_PAGE_PORTRAIT);
  /* margins a user chose: wide, and narrow and lopsided */
  convene_page_geometry_init_custom (&geometries[2], 595.28, 841.89, 72, 72, 72, 72);
  convene_page_geometry_init_custom (&geometries[3], 612, 792, 12, 30, 20, 6);

  for (guint i = 0; i < G_N_ELEMENTS (geometries); i++)
    {
      guint n_pages = convene_print_layout_paginate (layout, &geometries[i]);

      /* every meeting starts a page */
      g_assert_cmpuint (n_pages, >=, convene_dataset_get_n_meetings (bundled));
      g_assert_cmpuint (n_pages, ==, convene_print_layout_get_n_pages (layout));
      check_boxes (layout, &geometries[i]);
    }
}

static void
test_summary_bundled_text (void)
{
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (bundled);
  ConvenePageGeometry geometry;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  GListModel *meetings = convene_dataset_get_meetings (bundled);

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_print_layout_paginate (layout, &geometry);
  text = dup_all_text (layout);
  assert_outcomes_in (bundled, text);

  folded = convene_test_fold (text);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *title = convene_test_fold (convene_meeting_get_title (meeting));

      convene_test_assert_contains (folded, title);
    }
}

static void
test_summary_bundled_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (bundled);
  ConvenePageGeometry geometry;
  g_autofree char *pdf = NULL;
  g_autofree char *body = NULL;
  g_autofree char *all = NULL;
  g_autofree char *last_page = NULL;
  double top, bottom, width, height;
  guint pages;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  pdf = write_pdf (layout, &geometry, dir, "summaries.pdf");

  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, convene_print_layout_get_n_pages (layout));
  g_assert_cmpint (convene_test_round_points (width), ==, 595);
  g_assert_cmpint (convene_test_round_points (height), ==, 842);

  /* the body alone, so a paragraph split across pages reads on */
  convene_test_get_body_band (layout, &top, &bottom);
  body = convene_test_pdf_text (pdf, top, bottom, geometry.width);
  convene_test_assert_outcomes_in_pdf (bundled, body);

  all = convene_test_pdf_text (pdf, 0, 0, 0);
  convene_test_assert_contains (all, "Bali Process Ad Hoc Group");
  convene_test_assert_contains (all, "Printed 5 March 2024");
  convene_test_assert_contains (all, "Page 1 of ");
  last_page = g_strdup_printf ("Page %u of %u", pages, pages);
  convene_test_assert_contains (all, last_page);
  convene_test_assert_contains (all, "14th · AHG SOM · 2019");

  convene_test_remove_dir (dir);
}

static void
test_summary_letter (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (bundled, "ahg-som-14");
  g_autoptr(ConveneSummaryLayout) layout =
    convene_summary_layout_new_for_meeting (bundled, meeting);
  ConvenePageGeometry geometry;
  g_autofree char *pdf = NULL;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_LETTER, CONVENE_PAGE_PORTRAIT);
  pdf = write_pdf (CONVENE_PRINT_LAYOUT (layout), &geometry, dir, "letter.pdf");
  convene_test_assert_pdf_size (pdf, 612, 792);
  convene_test_remove_dir (dir);
}

/* A meeting far too long for a page */

static char *
make_words (guint first,
            guint n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%sword%05u",
                            i == 0 ? "" : i % 11 == 10 ? ", " : " ", first + i);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static char *
make_long_dataset (void)
{
  GString *json = g_string_new (NULL);
  guint next = 0;

  g_string_append (json,
                   "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Synthetic\",\n"
                   "  \"participants\": [ { \"id\": \"AUS\", \"name\": \"Australia\", \"kind\": \"country\" } ],\n"
                   "  \"meetings\": [ {\n"
                   "    \"id\": \"long\", \"kind\": \"workshop\", \"title\": \"A very long meeting\",\n"
                   "    \"start\": \"2020-01-01\",\n"
                   "    \"attendance\": [ { \"participant\": \"AUS\", \"role\": \"participant\" } ],\n"
                   "    \"purpose\": \"");
  {
    g_autofree char *purpose = make_words (next, 1200);

    g_string_append (json, purpose);
    next += 1200;
  }
  g_string_append (json, "\",\n    \"outcomes\": [\n");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *text = make_words (next, 60 + 40 * (i % 4));

      next += 60 + 40 * (i % 4);
      g_string_append_printf (json, "      %s{ \"text\": \"%s\"", i > 0 ? ", " : "", text);
      if (i % 3 == 1)
        {
          g_string_append (json, ", \"items\": [");
          for (guint j = 0; j < 4; j++)
            {
              g_autofree char *item = make_words (next, 30 + 25 * j);

              next += 30 + 25 * j;
              g_string_append_printf (json, "%s\"%s\"", j > 0 ? ", " : "", item);
            }
          g_string_append (json, "]");
        }
      g_string_append (json, " }\n");
    }
  g_string_append (json, "    ],\n    \"notes\": [ ");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = make_words (next, 150);

      next += 150;
      g_string_append_printf (json, "%s{ \"kind\": \"gap\", \"text\": \"%s\" }",
                              i > 0 ? ", " : "", text);
    }
  g_string_append (json, " ]\n  },\n");
  /* and a second meeting, which starts on a page of its own */
  g_string_append (json,
                   "  { \"id\": \"short\", \"kind\": \"workshop\", \"title\": \"A short meeting\",\n"
                   "    \"start\": \"2021-01-01\", \"outcomes\": [ { \"text\": \"The end.\" } ] } ] }\n");
  return g_string_free (json, FALSE);
}

static void
test_summary_long (void)
{
  g_autofree char *json = make_long_dataset ();
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (json);
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (dataset);
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, "long");
  ConvenePageGeometry geometry;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *last_page = NULL;
  GPtrArray *notes;
  double top, bottom;
  guint n_pages;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  n_pages = convene_print_layout_paginate (layout, &geometry);
  /* several pages for the long meeting, one for the short */
  g_assert_cmpuint (n_pages, >=, 5);
  check_boxes (layout, &geometry);

  /* the short meeting is alone on the last page */
  last_page = convene_print_layout_dup_page_text (layout, n_pages - 1);
  g_assert_nonnull (strstr (last_page, "A short meeting"));
  g_assert_null (strstr (last_page, "word"));

  /* no word is lost, in the layout or in the PDF */
  text = dup_all_text (layout);
  assert_outcomes_in (dataset, text);

  pdf = write_pdf (layout, &geometry, dir, "long.pdf");
  convene_test_get_body_band (layout, &top, &bottom);
  body = convene_test_pdf_text (pdf, top, bottom, geometry.width);
  convene_test_assert_outcomes_in_pdf (dataset, body);

  folded = convene_test_fold (body);
  purpose = convene_test_fold (convene_meeting_get_purpose (meeting));
  convene_test_assert_contains (folded, purpose);
  notes = convene_meeting_get_notes (meeting);
  for (guint i = 0; i < notes->len; i++)
    {
      g_autofree char *note = convene_test_fold (((ConveneNote *) g_ptr_array_index (notes, i))->text);

      convene_test_assert_contains (folded, note);
    }

  convene_test_remove_dir (dir);
}

/* A word longer than a line is broken, not lost or drawn off the page. */
static void
test_summary_long_word (void)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  ConvenePageGeometry geometry;
  g_autofree char *pdf = NULL;
  g_autofree char *body = NULL;
  g_autofree char *squeezed = NULL;
  double top, bottom;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (word, "x%03u", i);

  json = g_strdup_printf ("{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                          "  \"participants\": [], \"meetings\": [ { \"id\": \"w\", \"kind\": \"workshop\",\n"
                          "  \"title\": \"A long word\", \"start\": \"2020\", \"purpose\": \"%s\",\n"
                          "  \"outcomes\": [ { \"text\": \"%s\", \"items\": [ \"%s\" ] } ],\n"
                          "  \"sources\": [ { \"title\": \"S\", \"url\": \"https://example.org/%s\" } ] } ] }",
                          word->str, word->str, word->str, word->str);
  dataset = convene_test_load_json (json);
  layout = convene_test_summaries_new (dataset);

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_print_layout_paginate (layout, &geometry);
  check_boxes (layout, &geometry);

  pdf = write_pdf (layout, &geometry, dir, "word.pdf");
  convene_test_get_body_band (layout, &top, &bottom);
  body = convene_test_pdf_text (pdf, top, bottom, geometry.width);
  squeezed = squeeze (body);
  /* the purpose, the outcome, its item and the address */
  {
    const char *p = squeezed;

    for (guint i = 0; i < 4; i++)
      {
        p = strstr (p, word->str);
        g_assert_nonnull (p);
        p++;
      }
  }
  g_assert_nonnull (strstr (body, "Outcomes"));

  convene_test_remove_dir (dir);
}

/* A summary is a summary: a meeting with 40 notes of 16k characters, a
 * purpose of 60k and an outcome of 60 points prints a bounded part of each,
 * and says what it leaves out, each in a line of its own. */
static void
test_summary_bounded (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autofree char *purpose = make_words (90000, 6000);
  g_autofree char *text = NULL;
  ConvenePageGeometry geometry;
  guint n_pages;

  g_string_append_printf (json,
                          "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                          "  \"participants\": [], \"meetings\": [ { \"id\": \"m\", \"kind\": \"workshop\",\n"
                          "  \"title\": \"Notes without end\", \"start\": \"2020\", \"purpose\": \"%s\",\n"
                          "  \"outcomes\": [ { \"text\": \"Points:\", \"items\": [",
                          purpose);
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (json, "%s\"point%02u\"", i > 0 ? ", " : " ", i);
  g_string_append (json, " ] } ],\n  \"notes\": [");
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *note = make_words (i * 1640, 1640);

      g_string_append_printf (json, "%s{ \"kind\": \"remark\", \"text\": \"%s\" }",
                              i > 0 ? ", " : " ", note);
    }
  g_string_append (json, " ] } ] }");
  dataset = convene_test_load_json (json->str);
  layout = convene_test_summaries_new (dataset);

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  n_pages = convene_print_layout_paginate (layout, &geometry);
  check_boxes (layout, &geometry);
  text = dup_all_text (layout);

  /* the purpose: its first 50,000 characters, then what is left */
  convene_test_assert_contains (text, "word94000");
  g_assert_null (strstr (text, "word95999"));
  convene_test_assert_contains (text, "more characters of this text are in the dataset.");
  /* the outcome: its first 50 points */
  convene_test_assert_contains (text, "point49");
  g_assert_null (strstr (text, "point50"));
  convene_test_assert_contains (text, "… 10 more points (70 characters) are in the dataset.");
  /* the notes: 7 of them (the first 100,000 characters and a bit), then the
   * line that says how many are not printed, last */
  convene_test_assert_contains (text, "word11479");
  g_assert_null (strstr (text, "word11480"));
  g_assert_true (g_str_has_suffix (g_strchomp (text),
                                   "33 more notes (546,117 characters) are in the dataset "
                                   "and not printed here.")
                 || g_str_has_suffix (text, "33 more notes (546117 characters) are in the dataset "
                                            "and not printed here."));
  /* a few dozen pages, not the hundred and more of every character */
  g_assert_cmpuint (n_pages, <=, 40);

  /* a real record prints whole */
  {
    g_autoptr(ConvenePrintLayout) summaries = convene_test_summaries_new (bundled);
    g_autofree char *all = NULL;

    convene_print_layout_paginate (summaries, &geometry);
    all = dup_all_text (summaries);
    g_assert_null (strstr (all, "in the dataset"));
  }
}

/* Kinds print under their labels (declared, or made from the id), never as
 * their ids, in the summaries and in the matrix's column headers. */
static void
test_kind_labels (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("kinds.json");
  g_autoptr(ConvenePrintLayout) summaries = convene_test_summaries_new (dataset);
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMatrixLayout) grid = convene_matrix_layout_new (matrix);
  ConvenePrintLayout *layouts[] = { summaries, CONVENE_PRINT_LAYOUT (grid) };
  const char *ids[] = { "task-force", "working-group", "commemoration", "ahg-som" };

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      ConvenePageGeometry geometry;
      g_autofree char *text = NULL;

      convene_page_geometry_init (&geometry, CONVENE_PAPER_A4,
                                  convene_print_layout_get_orientation (layouts[i]));
      convene_print_layout_paginate (layouts[i], &geometry);
      text = dup_all_text (layouts[i]);
      for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
        if (strstr (text, ids[k]) != NULL)
          g_error ("the kind id “%s” is printed", ids[k]);
      convene_test_assert_contains (text, "Task force");
      convene_test_assert_contains (text, "Commemoration");
    }
  {
    g_autofree char *text = dup_all_text (summaries);

    convene_test_assert_contains (text, "Technical Experts Working Group");
    convene_test_assert_contains (text, "Regional Workshop");
  }
}

/* Vietnamese and Thai print as themselves; markup and format directives in
 * the data print as written. */
static void
test_summary_scripts (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("print-scripts.json");
  g_autoptr(ConvenePrintLayout) layout = convene_test_summaries_new (dataset);
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  ConvenePageGeometry geometry;
  g_autofree char *pdf = NULL;
  g_autofree char *all = NULL;
  g_autofree char *folded = NULL;
  double top, bottom;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *probe = pango_layout_new (context);
  int unknown;

  pango_layout_set_text (probe, "ที่ประชุมได้รับรอง Hội nghị Đà Nẵng", -1);
  unknown = pango_layout_get_unknown_glyphs_count (probe);
  g_object_unref (probe);
  g_object_unref (context);
  if (unknown > 0)
    {
      g_test_skip ("no font for Thai or Vietnamese: install fonts-thai-tlwg");
      convene_test_remove_dir (dir);
      return;
    }

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_print_layout_paginate (layout, &geometry);
  check_boxes (layout, &geometry);
  /* every character has a glyph: nothing prints as a box */
  g_assert_cmpuint (convene_print_layout_count_unknown_glyphs (layout), ==, 0);

  /* the layout holds the text exactly */
  {
    g_autofree char *text = dup_all_text (layout);
    g_autofree char *folded_text = convene_test_fold (text);

    assert_outcomes_in (dataset, text);
    convene_test_assert_contains (folded_text, "รัฐมนตรีว่าการกระทรวงการต่างประเทศ");
    convene_test_assert_contains (folded_text, "การประชุมนี้มีวัตถุประสงค์เพื่อทบทวนความร่วมมือระดับภูมิภาค");
    convene_test_assert_contains (folded_text, "ไม่ทราบรายชื่อผู้เข้าร่วมประชุมทั้งหมด");
  }

  pdf = write_pdf (layout, &geometry, dir, "scripts.pdf");
  convene_test_get_body_band (layout, &top, &bottom);
  all = convene_test_pdf_text (pdf, top, bottom, geometry.width);
  convene_test_assert_outcomes_in_full (dataset, all, skeleton);

  folded = convene_test_fold (all);
  convene_test_assert_contains (folded, "Hội nghị Quan chức Cấp cao lần thứ ba về Phòng chống Buôn người");
  convene_test_assert_contains (folded, "Đà Nẵng, Việt Nam · Khách sạn Furama");
  convene_test_assert_contains (folded,
                   "Thảo luận tiến độ thực hiện Tuyên bố Bộ trưởng và kế hoạch hành động khu vực.");
  convene_test_assert_contains (folded, "Tổ chức <b>Di cư</b> & Quốc tế %s %n");
  convene_test_assert_contains (folded, "<i>Not markup</i> &amp; not a format: %s %d %n 100% done.");
  {
    g_autofree char *bones = skeleton (all);
    g_autofree char *thai = skeleton ("รัฐมนตรีว่าการกระทรวงการต่างประเทศ");
    g_autofree char *thai2 = skeleton ("ไม่ทราบรายชื่อผู้เข้าร่วมประชุมทั้งหมด");

    convene_test_assert_contains (bones, thai);
    convene_test_assert_contains (bones, thai2);
  }

  g_free (all);
  all = convene_test_pdf_text (pdf, 0, 0, 0);
  convene_test_assert_contains (all, "Hồ sơ các cuộc họp · บันทึกการประชุม");

  convene_test_remove_dir (dir);
}

/* The attendance matrix */

/* Whether a header among the printed lines shows a meeting's label: whole, or
 * cut short with "…" in the middle, its beginning (the ordinal) and its end
 * (the year) kept. A header cut at its end lost the year: "6th · Technical
 * Experts Group on Returns and Reintegration · 2…" (issue #18). */
static gboolean
shows_label (char       **lines,
             const char  *label,
             guint        year)
{
  g_autofree char *year_text = g_strdup_printf ("%u", year);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *cut = strstr (lines[i], "…");
      g_autofree char *head = NULL;
      const char *tail;

      if (g_str_equal (lines[i], label))
        return TRUE;
      if (cut == NULL)
        continue;
      head = g_strndup (lines[i], cut - lines[i]);
      tail = cut + strlen ("…");
      if (*head != '\0' && g_str_has_prefix (label, head) && g_str_has_suffix (label, tail) &&
          strstr (tail, year_text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_matrix_boxes (void)
{
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (bundled, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMatrixLayout) layout = convene_matrix_layout_new (matrix);
  ConvenePrintLayout *print = CONVENE_PRINT_LAYOUT (layout);
  ConvenePageGeometry geometries[3];
  guint n_slices[G_N_ELEMENTS (geometries)] = { 0, };

  g_assert_cmpint (convene_print_layout_get_orientation (print), ==, CONVENE_PAGE_LANDSCAPE);

  convene_page_geometry_init (&geometries[0], CONVENE_PAPER_A4, CONVENE_PAGE_LANDSCAPE);
  convene_page_geometry_init (&geometries[1], CONVENE_PAPER_LETTER, CONVENE_PAGE_LANDSCAPE);
  /* portrait with wide margins: the meetings need more than one page across */
  convene_page_geometry_init_custom (&geometries[2], 595.28, 841.89, 50, 100, 50, 100);

  for (guint g = 0; g < G_N_ELEMENTS (geometries); g++)
    {
      guint n_pages = convene_print_layout_paginate (print, &geometries[g]);
      g_autoptr(GString) all = g_string_new (NULL);
      g_autofree char *folded = NULL;
      g_auto(GStrv) lines = NULL;

      g_assert_cmpuint (n_pages, >=, 2);
      check_boxes (print, &geometries[g]);

      for (guint page = 0; page < n_pages; page++)
        {
          g_autofree char *text = convene_print_layout_dup_page_text (print, page);

          /* every page has the header row and the legend */
          convene_test_assert_contains (text, "Participant");
          convene_test_assert_contains (text, "Attended");
          convene_test_assert_contains (text, "● participant");
          convene_test_assert_contains (text, "○ observer");
          convene_test_assert_contains (text, "★ co-chair");
          convene_test_assert_contains (text, "? not recorded");
          if (strstr (text, "Afghanistan") != NULL)
            n_slices[g]++;
          g_string_append (all, text);
        }

      /* every participant and every meeting is there */
      folded = convene_test_fold (all->str);
      for (guint row = 0; row < convene_matrix_get_n_rows (matrix); row++)
        {
          ConveneParticipant *participant = convene_matrix_get_participant (matrix, row);
          g_autofree char *name = convene_test_fold (convene_participant_get_display_name (participant));

          convene_test_assert_contains (folded, name);
        }
      lines = g_strsplit (all->str, "\n", -1);
      for (guint column = 0; column < convene_matrix_get_n_columns (matrix); column++)
        {
          ConveneMeeting *meeting = convene_matrix_get_meeting (matrix, column);
          g_autofree char *label = convene_meeting_dup_short_label (meeting);

          if (!shows_label (lines, label, convene_meeting_get_year (meeting)))
            g_error ("the header “%s” is not shown with its year", label);
        }
    }

  /* the bundled record's 59 meetings need two landscape pages across; narrow
   * portrait needs more */
  g_assert_cmpuint (n_slices[0], ==, 2);
  g_assert_cmpuint (n_slices[1], ==, 2);
  g_assert_cmpuint (n_slices[2], >, n_slices[0]);
}

static void
test_matrix_pdf (void)
{
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (bundled, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMatrixLayout) layout = convene_matrix_layout_new (matrix);
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  double width, height;
  guint pages;

  /* no geometry: A4 in the layout's own orientation */
  pdf = write_pdf (CONVENE_PRINT_LAYOUT (layout), NULL, dir, "matrix.pdf");
  convene_test_pdf_info (pdf, &pages, &width, &height);
  g_assert_cmpuint (pages, ==, convene_print_layout_get_n_pages (CONVENE_PRINT_LAYOUT (layout)));
  g_assert_cmpint (convene_test_round_points (width), ==, 842);
  g_assert_cmpint (convene_test_round_points (height), ==, 595);

  text = convene_test_pdf_text (pdf, 0, 0, 0);
  convene_test_assert_contains (text, "Attendance matrix");
  convene_test_assert_contains (text, "Afghanistan");
  convene_test_assert_contains (text, "Viet Nam");
  convene_test_assert_contains (text, "not recorded");
  convene_test_remove_dir (dir);
}

static void
test_matrix_empty (void)
{
  g_autoptr(ConveneDataset) dataset =
    convene_test_load_json ("{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Empty\","
               "  \"participants\": [], \"meetings\": [] }");
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(ConveneMatrixLayout) layout = convene_matrix_layout_new (matrix);
  g_autoptr(ConvenePrintLayout) summaries = convene_test_summaries_new (dataset);
  ConvenePageGeometry geometry;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_LANDSCAPE);
  g_assert_cmpuint (convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (layout), &geometry),
                    ==, 1);
  check_boxes (CONVENE_PRINT_LAYOUT (layout), &geometry);

  /* no meeting: one page with its header and footer */
  g_assert_cmpuint (convene_print_layout_paginate (summaries, &geometry), ==, 1);
}

/* A summary of every meeting of dataset, and its attendance matrix */
static GPtrArray *
summary_and_matrix (ConveneDataset *dataset)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ConveneMatrix) matrix =
    convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);

  g_ptr_array_add (layouts, convene_test_summaries_new (dataset));
  g_ptr_array_add (layouts, convene_matrix_layout_new (matrix));
  return layouts;
}

/* A bidi control left open in a name, a city, a venue or a co-chair stops
 * at the end of that piece of text on paper (test-text.c checks the model's
 * joins). */
static void
test_bidi_isolated (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (convene_test_bidi_json);
  g_autoptr(GPtrArray) layouts = summary_and_matrix (dataset);
  ConvenePageGeometry geometry;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  for (guint i = 0; i < layouts->len; i++)
    {
      guint n_pages = convene_print_layout_paginate (g_ptr_array_index (layouts, i), &geometry);

      for (guint page = 0; page < n_pages; page++)
        {
          g_autofree char *text = convene_print_layout_dup_page_text (g_ptr_array_index (layouts, i), page);

          if (convene_test_leaks_bidi (text))
            g_error ("a bidi control leaks on page %u of layout %u: %s", page, i, text);
        }
    }
}

/* Noncharacters pass the loader, so every PDF export must print them:
 * cairo refuses them, so they print as U+FFFD. */
static void
test_noncharacters (void)
{
#define NONCHARACTERS "a\xef\xbf\xbe" "b\xef\xbf\xbf" "c\xef\xb7\x90" "d\xf4\x8f\xbf\xbf" "e"
  static const char json[] =
    "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T " NONCHARACTERS "\",\n"
    "  \"participants\": [ { \"id\": \"X\", \"name\": \"P " NONCHARACTERS "\", \"kind\": \"country\" } ],\n"
    "  \"meetings\": [ { \"id\": \"m\", \"kind\": \"workshop\", \"title\": \"M " NONCHARACTERS "\",\n"
    "    \"start\": \"2020\", \"purpose\": \"" NONCHARACTERS "\",\n"
    "    \"attendance\": [ { \"participant\": \"X\", \"role\": \"participant\" } ],\n"
    "    \"sources\": [ { \"title\": \"S " NONCHARACTERS "\", \"url\": \"https://e.org/" NONCHARACTERS "\" } ] } ] }";
#undef NONCHARACTERS
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (json);
  g_autoptr(GPtrArray) layouts = summary_and_matrix (dataset);

  for (guint i = 0; i < layouts->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = convene_pdf_export_to_bytes (g_ptr_array_index (layouts, i), NULL, &error);
      g_autofree char *text = convene_print_layout_dup_page_text (g_ptr_array_index (layouts, i), 0);

      g_assert_no_error (error);
      g_assert_nonnull (pdf);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      convene_test_assert_contains (text, "a\xef\xbf\xbd" "b\xef\xbf\xbd" "c\xef\xbf\xbd" "d\xef\xbf\xbd e");
    }
}

/* A paragraph laid out in pieces breaks its lines where one layout of the
 * whole would, and stacks them at the same pitch: prose, a word longer than
 * a piece, right-to-left text and line breaks. */
static void
test_paragraph_pieces (void)
{
  static const char *words[] = { "the", "meeting", "agreed", "that", "members", "would",
                                 "continue", "to", "share", "information", "on", "people",
                                 "smuggling", "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9" };
  g_autoptr(ConveneSummaryLayout) summary = convene_summary_layout_new (bundled, NULL);
  ConvenePrintLayout *self = CONVENE_PRINT_LAYOUT (summary);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(PangoLayout) probe = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(PangoLayout) whole = NULL;
  g_autoptr(GString) from_pieces = g_string_new (NULL);
  g_autoptr(GString) from_whole = g_string_new (NULL);
  PangoLayoutIter *iter;
  double height = 0.0;
  int whole_height;

  for (guint i = 0; i < 1500; i++)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, i < 1000 ? 13 : 14)]);
      g_string_append_c (text, i % 400 == 399 ? '\n' : ' ');
      if (i == 700)
        for (guint j = 0; j < 3000; j++)
          g_string_append_c (text, 'a' + j % 26);
    }

  pieces = convene_print_layout_create_paragraph (self, text->str, 10.0, PANGO_WEIGHT_NORMAL,
                                                  PANGO_STYLE_NORMAL, 300.0, 1.12, NULL);
  g_assert_cmpuint (pieces->len, >, 10);
  for (guint i = 0; i < pieces->len; i++)
    {
      ConvenePrintPiece *piece = g_ptr_array_index (pieces, i);
      const char *piece_text = pango_layout_get_text (piece->layout);

      g_assert_cmpuint (strlen (piece_text), <=, 1200 * 4 + 3);
      iter = pango_layout_get_iter (piece->layout);
      for (guint j = 0; j < piece->lines->len; j++)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          const char *start = piece_text + line->start_index;

          /* a direction mark a piece may begin with is not the text's */
          if (j == 0 && (g_str_has_prefix (start, "\xe2\x80\x8e") ||
                         g_str_has_prefix (start, "\xe2\x80\x8f")))
            g_string_append_len (from_pieces, start + 3, line->length - 3);
          else
            g_string_append_len (from_pieces, start, line->length);
          g_string_append_c (from_pieces, '|');
          pango_layout_iter_next_line (iter);
        }
      pango_layout_iter_free (iter);
      height += convene_print_piece_get_height (piece);
    }

  /* one layout of the whole text, in the same font and attributes */
  probe = convene_print_layout_create_text (self, "x", 10.0, PANGO_WEIGHT_NORMAL,
                                            PANGO_STYLE_NORMAL, 300.0);
  whole = pango_layout_copy (probe);
  pango_layout_set_line_spacing (whole, 1.12);
  pango_layout_set_text (whole, text->str, -1);
  iter = pango_layout_get_iter (whole);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      g_string_append_len (from_whole, text->str + line->start_index, line->length);
      g_string_append_c (from_whole, '|');
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_assert_cmpstr (from_pieces->str, ==, from_whole->str);
  pango_layout_get_size (whole, NULL, &whole_height);
  g_assert_cmpfloat (fabs (height - pango_units_to_double (whole_height)), <, 0.01);
}

/* Hostile text costs time in proportion to its length: whatever the length
 * of a field (a word of 16k characters, 16k combining marks, 2,000
 * co-chairs, a kind or a name of 16k characters), no export hands Pango
 * more than a piece of it, and every character is printed. */
static void
test_long_text_bounded (void)
{
  static const struct {
    const char *member;   /* in the meeting, or "name" of a participant */
    const char *unit;     /* repeated */
    guint count;
  } cases[] = {
    { "purpose", "abcdefghijklmnopqrstuvwxyz", 16 * 1024 / 26 },
    { "title", "\xcc\x81", 16 * 1024 },                 /* U+0301, after an a */
    { "kind", "abcdefghijklmnopqrstuvwxyz", 16 * 1024 / 26 },
    { "co-chairs", "Chair", 2000 },
    { "notes", "abcdefghijklmnopqrstuvwxyz", 16 * 1024 / 26 },
    { "name", "abcdefghijklmnopqrstuvwxyz", 16 * 1024 / 26 },
    { "title", "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9 abc ", 16 * 1024 / 10 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GString) value = g_string_new (NULL);
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(ConveneDataset) dataset = NULL;
      g_autoptr(ConveneMatrix) matrix = NULL;
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      ConveneParticipant *participant;
      gboolean is_name = g_str_equal (cases[c].member, "name");
      gsize printed = 0;

      g_test_message ("%s of %u × “%s”", cases[c].member, cases[c].count, cases[c].unit);
      if (g_str_equal (cases[c].member, "co-chairs"))
        {
          g_string_append (value, "[ ");
          for (guint i = 0; i < cases[c].count; i++)
            g_string_append_printf (value, "%s\"%s %u\"", i > 0 ? ", " : "", cases[c].unit, i);
          g_string_append (value, " ]");
        }
      else
        {
          g_string_append (value, "\"a");
          for (guint i = 0; i < cases[c].count; i++)
            g_string_append (value, cases[c].unit);
          g_string_append (value, "\"");
          if (g_str_equal (cases[c].member, "notes"))
            {
              g_string_prepend (value, "[ { \"kind\": \"gap\", \"text\": ");
              g_string_append (value, " } ]");
            }
        }

      g_string_append_printf (json,
                              "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                              "  \"participants\": [ { \"id\": \"X\", \"name\": %s, \"kind\": \"country\" } ],\n"
                              "  \"meetings\": [ { \"id\": \"m\", \"kind\": \"workshop\", \"title\": \"M\",\n"
                              "    \"start\": \"2020\", %s%s%s\n"
                              "    \"attendance\": [ { \"participant\": \"X\", \"role\": \"participant\" } ] } ] }",
                              is_name ? value->str : "\"P\"",
                              is_name ? "" : "\"", is_name ? "" : cases[c].member,
                              is_name ? "" : "\": ");
      if (!is_name)
        {
          g_string_insert (json, strstr (json->str, "\n    \"attendance\"") - json->str, value->str);
          g_string_insert (json, strstr (json->str, "\n    \"attendance\"") - json->str, ",");
        }
      dataset = convene_test_load_json (json->str);
      matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
      participant = convene_dataset_lookup_participant (dataset, "X");
      g_ptr_array_add (layouts, convene_test_summaries_new (dataset));
      g_ptr_array_add (layouts, convene_matrix_layout_new (matrix));
      g_ptr_array_add (layouts, convene_report_layout_new_for_participant (
        convene_statistics_get_for_dataset (dataset), participant));
      g_ptr_array_add (layouts, convene_report_layout_new_for_statistics (
        convene_statistics_get_for_dataset (dataset)));

      for (guint i = 0; i < layouts->len; i++)
        {
          ConvenePrintLayout *layout = g_ptr_array_index (layouts, i);
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) pdf = NULL;

          convene_print_text_get_longest (TRUE);
          pdf = convene_pdf_export_to_bytes (layout, NULL, &error);
          g_assert_no_error (error);
          g_assert_nonnull (pdf);
          /* a piece: 1,200 characters of at most four bytes, and a mark */
          g_assert_cmpuint (convene_print_text_get_longest (FALSE), <=, 1200 * 4 + 3);

          /* a name is printed whole as the title of its participant's
           * report; the other fields in the summary */
          if (i == (is_name ? 2 : 0))
            {
              g_autoptr(GString) all = g_string_new (NULL);

              /* the text of every page, without the breaks between pieces
               * and the direction marks a piece may begin with */
              for (guint page = 0; page < convene_print_layout_get_n_pages (layout); page++)
                {
                  g_autofree char *text = convene_print_layout_dup_page_text (layout, page);

                  g_string_append (all, text);
                }
              g_string_replace (all, "\n", "", 0);
              g_string_replace (all, "\xe2\x80\x8e", "", 0);
              g_string_replace (all, "\xe2\x80\x8f", "", 0);
              for (const char *p = all->str; (p = strstr (p, cases[c].unit)) != NULL;
                   p += strlen (cases[c].unit))
                printed++;
            }
        }

      /* a long name fills the pages of its report (pieces split between
       * pages): every page but the last ends within a few lines of its
       * footer */
      if (is_name)
        {
          ConvenePrintLayout *report = g_ptr_array_index (layouts, 2);
          guint n_pages = convene_print_layout_get_n_pages (report);

          g_assert_cmpuint (n_pages, >=, 3);
          for (guint page = 0; page + 1 < n_pages; page++)
            {
              g_autoptr(GArray) boxes = convene_print_layout_get_page_boxes (report, page);
              double bottom = 0.0, footer = G_MAXDOUBLE;

              for (guint k = 0; k < boxes->len; k++)
                {
                  const ConvenePrintBox *box = &g_array_index (boxes, ConvenePrintBox, k);

                  if (box->role == CONVENE_PRINT_ROLE_HEADING || box->role == CONVENE_PRINT_ROLE_TEXT)
                    bottom = MAX (bottom, box->y + box->height);
                  else if (box->role == CONVENE_PRINT_ROLE_FOOTER)
                    footer = MIN (footer, box->y);
                }
              g_assert_cmpfloat (bottom, >, footer - 60.0);
            }
        }

      /* the whole field is printed (a kind, said again for each meeting,
       * is cut short) */
      if (!g_str_equal (cases[c].member, "kind"))
        g_assert_cmpuint (printed, >=, cases[c].count);
    }
}

/* Drawing: the same on any cairo context, and only on the page asked for */
static void
test_draw (void)
{
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (bundled, "ahg-som-14");
  g_autoptr(ConveneSummaryLayout) layout =
    convene_summary_layout_new_for_meeting (bundled, meeting);
  ConvenePrintLayout *print = CONVENE_PRINT_LAYOUT (layout);
  ConvenePageGeometry geometry;
  guint n_pages;

  convene_page_geometry_init (&geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  n_pages = convene_print_layout_paginate (print, &geometry);

  for (guint page = 0; page < n_pages; page++)
    {
      /* at twice the scale, as a printer's context might be */
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1191, 1684);
      cairo_t *cr = cairo_create (surface);
      double x1, y1, x2, y2;

      cairo_scale (cr, 2.0, 2.0);
      cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
      convene_print_layout_draw_page (print, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

      /* the context's state is left as it was */
      x1 = 1.0, y1 = 1.0;
      cairo_user_to_device (cr, &x1, &y1);
      g_assert_cmpfloat (x1, ==, 2.0);
      g_assert_cmpfloat (y1, ==, 2.0);
      {
        cairo_pattern_t *source = cairo_get_source (cr);
        double r, g, b, a;

        cairo_pattern_get_rgba (source, &r, &g, &b, &a);
        g_assert_cmpfloat (r, ==, 0.5);
      }

      /* something was drawn inside the margins and nothing outside */
      cairo_surface_flush (surface);
      {
        const guint8 *data = cairo_image_surface_get_data (surface);
        int stride = cairo_image_surface_get_stride (surface);
        int inked = 0;

        x2 = 2 * geometry.margin_left - 2;
        y2 = 2 * geometry.margin_top - 2;
        for (int y = 0; y < 1684; y++)
          for (int x = 0; x < 1191; x++)
            {
              guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);

              if ((pixel & 0xffffff) == 0)
                continue;
              inked++;
              if (x < x2 || y < y2 || x > 1191 - x2 || y > 1684 - 2 * geometry.margin_bottom + 2)
                g_error ("page %u: ink at (%d, %d), in the margins", page + 1, x, y);
            }
        g_assert_cmpint (inked, >, 1000);
      }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* A participant's report and the record's statistics: nothing crosses the margins or
 * overlaps, no heading ends a page, on A4, Letter and a narrow custom page; the report says
 * the figures and lists every meeting attended */
static void
test_report_boxes (void)
{
  ConveneStatistics *statistics = convene_statistics_get_for_dataset (bundled);
  ConveneParticipant *canada = convene_dataset_lookup_participant (bundled, "CAN");
  g_autoptr(ConveneReportLayout) report = convene_report_layout_new_for_participant (statistics, canada);
  g_autoptr(ConveneReportLayout) patterns = convene_report_layout_new_for_statistics (statistics);
  ConvenePageGeometry geometries[3];
  g_autofree char *attended = convene_participant_figures_dup_attended (
                                convene_statistics_get_figures (statistics, canada, NULL));
  const ConveneAttended *list;
  guint n;

  convene_page_geometry_init (&geometries[0], CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  convene_page_geometry_init (&geometries[1], CONVENE_PAPER_LETTER, CONVENE_PAGE_PORTRAIT);
  convene_page_geometry_init_custom (&geometries[2], 300, 500, 30, 30, 30, 30);

  for (guint g = 0; g < G_N_ELEMENTS (geometries); g++)
    {
      g_autofree char *text = NULL;
      g_autofree char *summary = convene_statistics_dup_summary (statistics);

      g_assert_cmpuint (convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (report), &geometries[g]), >=, 1);
      check_boxes (CONVENE_PRINT_LAYOUT (report), &geometries[g]);
      text = dup_all_text (CONVENE_PRINT_LAYOUT (report));
      convene_test_assert_contains (text, "Canada");
      convene_test_assert_contains (text, attended);
      list = convene_statistics_get_attended (statistics, canada, &n);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *meeting = convene_meeting_dup_kind_and_date (list[i].meeting);

          convene_test_assert_contains (text, meeting);
        }
      g_clear_pointer (&text, g_free);

      g_assert_cmpuint (convene_print_layout_paginate (CONVENE_PRINT_LAYOUT (patterns), &geometries[g]), >=, 1);
      check_boxes (CONVENE_PRINT_LAYOUT (patterns), &geometries[g]);
      text = dup_all_text (CONVENE_PRINT_LAYOUT (patterns));
      convene_test_assert_contains (text, summary);
      convene_test_assert_contains (text, "Most Regular Participants");
    }
}

/* The charts: their items are the statistics' figures, their text alternative says each
 * one, and the item found at a point is the one drawn there */
static void
test_charts (void)
{
  ConveneStatistics *statistics = convene_statistics_get_for_dataset (bundled);
  ConveneParticipant *canada = convene_dataset_lookup_participant (bundled, "CAN");
  g_autoptr(ConveneChart) timeline = convene_chart_new_timeline (statistics, canada);
  g_autoptr(ConveneChart) per_year = convene_chart_new_meetings_per_year (statistics);
  g_autoptr(ConveneChart) delegations = convene_chart_new_delegations (statistics);
  ConveneChart *charts[] = { timeline, per_year, delegations };
  guint years = convene_statistics_get_last_year (statistics) - convene_statistics_get_first_year (statistics) + 1;

  g_assert_cmpuint (convene_chart_get_n_items (timeline), ==, convene_dataset_get_n_meetings (bundled));
  g_assert_cmpuint (convene_chart_get_n_items (per_year), ==, years);
  g_assert_cmpuint (convene_chart_get_n_items (delegations), ==, convene_statistics_get_n_recorded (statistics, NULL));

  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autofree char *table = convene_chart_dup_table (charts[c]);
      g_auto(GStrv) lines = g_strsplit (table, "\n", -1);

      /* a line an item, and an empty string after the last newline */
      g_assert_cmpuint (g_strv_length (lines), ==, convene_chart_get_n_items (charts[c]) + 1);

      for (guint i = 0; i < convene_chart_get_n_items (charts[c]); i++)
        {
          double x, y, w, h;

          g_assert_true (convene_chart_get_item_area (charts[c], i, 800, 300, 12, &x, &y, &w, &h));
          g_assert_cmpfloat (w, >, 0);
          /* the middle of a bar's column, or of a mark (marks may overlap: the nearest wins) */
          if (c > 0)
            g_assert_cmpint (convene_chart_hit (charts[c], 800, 300, 12, x + w / 2, y + h / 2), ==, (int) i);
          else
            g_assert_cmpint (convene_chart_hit (charts[c], 800, 300, 12, x + w / 2, y + h / 2), >=, 0);
        }
    }
  g_assert_cmpint (convene_chart_hit (per_year, 800, 300, 12, -50, 10), ==, -1);

  /* the 14th AHG SOM on Canada's timeline, and the year 2016 */
  for (guint i = 0; i < convene_chart_get_n_items (timeline); i++)
    if (g_str_equal (convene_meeting_get_id (convene_chart_get_item_meeting (timeline, i)), "ahg-som-14"))
      {
        g_autofree char *text = convene_chart_dup_item_description (timeline, i);

        g_assert_true (g_str_has_suffix (text, ": participant"));
      }
  for (guint i = 0; i < convene_chart_get_n_items (per_year); i++)
    if (convene_chart_get_item_year (per_year, i) == 2016)
      {
        g_autofree char *text = convene_chart_dup_item_description (per_year, i);
        g_autofree char *expected = g_strdup_printf ("2016: %u meetings",
                                                     convene_statistics_get_meetings_in_year (statistics, 2016, NULL));

        g_assert_true (g_str_has_prefix (text, expected));
      }
}

/* Draws @chart on an image, either directly (marks copied from one drawn mark each) or
 * through a recording surface (marks as paths, as on paper) */
static cairo_surface_t *
draw_timeline_image (ConveneChart *chart,
                     gboolean      as_paths)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  cairo_surface_t *target = as_paths ? cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL)
                                     : cairo_surface_reference (image);
  cairo_t *cr = cairo_create (target);
  PangoContext *context = pango_cairo_create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");

  convene_chart_draw (chart, cr, context, font, 800, 300, convene_chart_palette_for_paper (), -1);
  cairo_destroy (cr);
  if (as_paths)
    {
      cr = cairo_create (image);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (target);
  cairo_surface_flush (image);
  pango_font_description_free (font);
  g_object_unref (context);
  return image;
}

static void
count_fill_cb (cairo_surface_t *observer,
               cairo_surface_t *target,
               void            *data)
{
  (*(guint *) data)++;
}

/* A chart of more bars than its width has pixels costs its width to draw: the bars of a
 * pixel's column are drawn as the tallest of them (10,000 meetings' delegations held the
 * overview's frame 40 ms), and the tallest bar of each column is still drawn */
static void
test_chart_bars_bounded (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (3000, 60);
  ConveneStatistics *statistics = convene_statistics_get_for_dataset (dataset);
  g_autoptr(ConveneChart) delegations = convene_chart_new_delegations (statistics);
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_surface_t *observer = cairo_surface_create_observer (image, CAIRO_SURFACE_OBSERVER_NORMAL);
  cairo_t *cr = cairo_create (observer);
  PangoContext *context = pango_cairo_create_context (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  guint fills = 0;

  g_assert_cmpuint (convene_chart_get_n_items (delegations), >, 2000);
  cairo_surface_observer_add_fill_callback (observer, count_fill_cb, &fills);
  convene_chart_draw (delegations, cr, context, font, 400, 200, convene_chart_palette_for_paper (), -1);
  /* a fill for each series of each pixel's column at most, and the frame's */
  g_assert_cmpuint (fills, >, 100);
  g_assert_cmpuint (fills, <=, 3 * 400 + 20);

  cairo_destroy (cr);
  cairo_surface_destroy (observer);
  cairo_surface_destroy (image);
  pango_font_description_free (font);
  g_object_unref (context);
}

/* On an image, a timeline's marks are copied from one drawn mark each: each lands where
 * its path would, in its role's colour */
static void
test_timeline_marks (void)
{
  ConveneStatistics *statistics = convene_statistics_get_for_dataset (bundled);
  g_autoptr(ConveneChart) timeline = convene_chart_new_timeline (statistics,
                                                                 convene_dataset_lookup_participant (bundled, "CAN"));
  cairo_surface_t *stamped = draw_timeline_image (timeline, FALSE);
  cairo_surface_t *paths = draw_timeline_image (timeline, TRUE);
  const guchar *a = cairo_image_surface_get_data (stamped);
  const guchar *b = cairo_image_surface_get_data (paths);
  int stride = cairo_image_surface_get_stride (stamped);
  const double *green = convene_chart_palette_for_paper ()->roles[CONVENE_ROLE_PARTICIPANT];
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  cairo_t *cr = cairo_create (stamped);
  PangoContext *context = pango_cairo_create_context (cr);
  double em = convene_chart_get_em (context, font);
  guint differ = 0, participant_marks = 0;

  /* nearly the same pixels (marks move by less than a pixel to whole pixels) */
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 800 * 4; x++)
      if (ABS (a[y * stride + x] - b[y * stride + x]) > 96)
        differ++;
  g_assert_cmpuint (differ, <, 800 * 300 * 4 / 100);

  /* the middle of each participant's mark is its colour */
  for (guint i = 0; i < convene_chart_get_n_items (timeline); i++)
    {
      g_autofree char *text = convene_chart_dup_item_description (timeline, i);
      double x, y, w, h;
      const guint32 *pixel;

      if (!g_str_has_suffix (text, ": participant"))
        continue;
      g_assert_true (convene_chart_get_item_area (timeline, i, 800, 300, em, &x, &y, &w, &h));
      pixel = (const guint32 *) (a + (int) (y + h / 2) * stride) + (int) (x + w / 2);
      g_assert_cmpint (ABS ((int) ((*pixel >> 8) & 0xff) - (int) (green[1] * 255)), <=, 8);
      g_assert_cmpint (ABS ((int) ((*pixel >> 16) & 0xff) - (int) (green[0] * 255)), <=, 8);
      participant_marks++;
    }
  g_assert_cmpuint (participant_marks, ==, 2);

  g_object_unref (context);
  cairo_destroy (cr);
  pango_font_description_free (font);
  cairo_surface_destroy (stamped);
  cairo_surface_destroy (paths);
}



/* The window paginates in steps (ConvenePrintPagination), so it goes on
 * drawing while a large document is laid out: every layout pauses at least
 * once a page (after each text laid out, each item placed), the pages come
 * out as from one pagination, and a pagination cancelled stops at its next
 * pause and leaves the layout fit to paginate again. */
static void
test_pagination_steps (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  ConvenePageGeometry a4;

  g_string_append (json, "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                         "  \"participants\": [ { \"id\": \"X\", \"name\": \"P\", \"kind\": \"country\" } ],\n"
                         "  \"meetings\": [ { \"id\": \"m\", \"kind\": \"workshop\", \"title\": \"M\",\n"
                         "    \"start\": \"2020\", \"co-chairs\": [");
  for (guint i = 0; i < 600; i++)
    g_string_append_printf (json, "%s\"Chair %u\"", i > 0 ? ", " : "", i);
  g_string_append (json, "], \"purpose\": \"");
  for (guint i = 0; i < 3000; i++)
    g_string_append (json, "people smuggling and trafficking ");
  g_string_append (json, "\",\n    \"attendance\": [ { \"participant\": \"X\", \"role\": \"participant\" } ] } ] }");
  dataset = convene_test_load_json (json->str);
  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_ptr_array_add (layouts, convene_test_summaries_new (dataset));
  g_ptr_array_add (layouts, convene_matrix_layout_new (matrix));
  g_ptr_array_add (layouts, convene_report_layout_new_for_statistics (
    convene_statistics_get_for_dataset (dataset)));
  convene_page_geometry_init (&a4, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);

  for (guint i = 0; i < layouts->len; i++)
    {
      ConvenePrintLayout *layout = g_ptr_array_index (layouts, i);
      g_autoptr(ConvenePrintPagination) pagination = NULL;
      g_autoptr(ConvenePrintPagination) cancelled = NULL;
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      guint n_pages = convene_print_layout_paginate (layout, &a4);

      for (guint page = 0; page < n_pages; page++)
        g_ptr_array_add (texts, convene_print_layout_dup_page_text (layout, page));

      /* no time at all: a step goes to the next pause */
      pagination = convene_print_pagination_new (layout, &a4);
      g_assert_cmpuint (convene_print_pagination_get_n_pages (pagination), ==, 0);
      while (!convene_print_pagination_step (pagination, 0))
        g_assert_false (convene_print_pagination_is_done (pagination));
      g_assert_true (convene_print_pagination_is_done (pagination));
      g_assert_false (convene_print_pagination_is_cancelled (pagination));
      g_assert_cmpuint (convene_print_pagination_get_n_pages (pagination), ==, n_pages);
      g_assert_cmpuint (convene_print_layout_get_n_pages (layout), ==, n_pages);
      g_test_message ("layout %u: %u pages, %u steps", i, n_pages,
                      convene_print_pagination_get_n_steps (pagination));
      g_assert_cmpuint (convene_print_pagination_get_n_steps (pagination), >, n_pages);
      for (guint page = 0; page < n_pages; page++)
        {
          g_autofree char *text = convene_print_layout_dup_page_text (layout, page);

          g_assert_cmpstr (text, ==, g_ptr_array_index (texts, page));
        }
      /* stepping on does nothing more */
      g_assert_true (convene_print_pagination_step (pagination, 0));

      /* cancelled after a few steps: the next step ends it */
      cancelled = convene_print_pagination_new (layout, &a4);
      for (guint step = 0; step < 3; step++)
        g_assert_false (convene_print_pagination_step (cancelled, 0));
      convene_print_pagination_cancel (cancelled);
      g_assert_true (convene_print_pagination_step (cancelled, 0));
      g_assert_true (convene_print_pagination_is_cancelled (cancelled));
      if (n_pages > 1)
        g_assert_cmpuint (convene_print_layout_get_n_pages (layout), <, n_pages);

      /* and the layout paginates as before */
      g_assert_cmpuint (convene_print_layout_paginate (layout, &a4), ==, n_pages);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  bundled = convene_dataset_new_bundled ();

  g_test_add_func ("/print/geometry", test_geometry);
  g_test_add_func ("/print/summary/bundled/pages", test_summary_bundled_pages);
  g_test_add_func ("/print/summary/bundled/boxes", test_summary_bundled_boxes);
  g_test_add_func ("/print/summary/bundled/text", test_summary_bundled_text);
  convene_test_add_pdf_test ("/print/summary/bundled/pdf", test_summary_bundled_pdf);
  convene_test_add_pdf_test ("/print/summary/letter", test_summary_letter);
  convene_test_add_pdf_test ("/print/summary/long", test_summary_long);
  convene_test_add_pdf_test ("/print/summary/long-word", test_summary_long_word);
  g_test_add_func ("/print/summary/bounded", test_summary_bounded);
  convene_test_add_pdf_test ("/print/summary/scripts", test_summary_scripts);
  g_test_add_func ("/print/matrix/boxes", test_matrix_boxes);
  convene_test_add_pdf_test ("/print/matrix/pdf", test_matrix_pdf);
  g_test_add_func ("/print/matrix/empty", test_matrix_empty);
  g_test_add_func ("/print/kind-labels", test_kind_labels);
  g_test_add_func ("/print/draw", test_draw);
  g_test_add_func ("/print/report/boxes", test_report_boxes);
  g_test_add_func ("/print/charts", test_charts);
  g_test_add_func ("/print/chart-bars-bounded", test_chart_bars_bounded);
  g_test_add_func ("/print/timeline-marks", test_timeline_marks);
  g_test_add_func ("/print/bidi-isolated", test_bidi_isolated);
  g_test_add_func ("/print/noncharacters", test_noncharacters);
  g_test_add_func ("/print/paragraph-pieces", test_paragraph_pieces);
  g_test_add_func ("/print/long-text-bounded", test_long_text_bounded);
  g_test_add_func ("/print/pagination-steps", test_pagination_steps);

  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
