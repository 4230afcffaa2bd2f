/* convene-report-layout.c
 *
 * A report is a column of blocks walked down the pages: headings, lines of
 * text, and charts. A participant's report gives its names, its figures
 * (overall and by kind of meeting), its timeline, every meeting it attended
 * and its memberships; the record's statistics give the record in figures,
 * meetings per year by kind, delegations per meeting and the most regular
 * participants. Figures are worded by the model (convene-statistics.h), so
 * paper and screen say the same; charts are ConveneCharts, drawn by the same
 * code as on screen.
 *
 * A block is a piece of a paragraph (at most 24 lines:
 * convene_print_layout_create_paragraph() cuts a long name or description
 * into pieces whose lines are those of the whole), or a chart, kept whole.
 * A block moves whole to the next page, but for a piece of a paragraph,
 * which fills the page first. A heading moves to the next
 * page with the block after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n-lib.h>

#include "convene-chart.h"
#include "convene-print-layout-private.h"
#include "convene-report-layout.h"
#include "convene-text.h"

#define TITLE_SIZE      18.0
#define HEADING_SIZE    12.0
#define BODY_SIZE       10.0
#define FACT_SIZE       9.5
#define CHART_FONT      "Cantarell, DejaVu Sans 7.5"
#define HEADING_SPACE   14.0
#define LINE_SPACE      2.0
#define MAX_REGULAR     15
#define FACT_CHARS      300

struct _ConveneReportLayout
{
  ConvenePrintLayout parent_instance;

  ConveneStatistics *statistics;
  ConveneParticipant *participant;  /* NULL: the record's statistics */
};

G_DEFINE_FINAL_TYPE (ConveneReportLayout, convene_report_layout, CONVENE_TYPE_PRINT_LAYOUT)

typedef struct
{
  ConvenePrintRole role;
  ConvenePrintPiece *piece;  /* a text block (the Builder's); NULL: a chart */
  ConveneChart *chart;
  double height;
  double space_before;
  guint32 rgb;
  gboolean keep_with_next;
} Block;

typedef struct
{
  ConveneReportLayout *self;
  GPtrArray *blocks;
  GPtrArray *pieces;    /* of ConvenePrintPiece, owned */
  double width;
} Builder;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->chart);
  g_free (block);
}

/* A paragraph, a block for each of its pieces; returns the last. */
static Block *
add_paragraph (Builder          *b,
               ConvenePrintRole  role,
               const char       *text,
               double            size,
               PangoWeight       weight,
               double            space_before,
               guint32           rgb,
               PangoAttrList    *attrs)
{
  GPtrArray *pieces = convene_print_layout_create_paragraph (CONVENE_PRINT_LAYOUT (b->self), text,
                                                            size, weight, PANGO_STYLE_NORMAL,
                                                            b->width, 0.0, attrs);
  Block *block = NULL;

  for (guint i = 0; i < pieces->len; i++)
    {
      block = g_new0 (Block, 1);
      block->role = role;
      block->piece = g_ptr_array_index (pieces, i);
      block->height = convene_print_piece_get_height (block->piece);
      block->space_before = i == 0 ? space_before : 0.0;
      block->rgb = rgb;
      g_ptr_array_add (b->blocks, block);
    }
  g_ptr_array_extend_and_steal (b->pieces, pieces);
  return block;
}

static Block *
add_text (Builder          *b,
          ConvenePrintRole  role,
          const char       *text,
          double            size,
          PangoWeight       weight,
          double            space_before,
          guint32           rgb)
{
  return add_paragraph (b, role, text, size, weight, space_before, rgb, NULL);
}

static void
add_heading (Builder    *b,
             const char *text)
{
  Block *block = add_text (b, CONVENE_PRINT_ROLE_HEADING, text, HEADING_SIZE, PANGO_WEIGHT_BOLD,
                           HEADING_SPACE, CONVENE_PRINT_INK);

  block->keep_with_next = TRUE;
}

static void
add_line (Builder    *b,
          const char *text)
{
  add_text (b, CONVENE_PRINT_ROLE_TEXT, text, BODY_SIZE, PANGO_WEIGHT_NORMAL, LINE_SPACE,
            CONVENE_PRINT_INK);
}

/* "Attended: 11 of 17 meetings with recorded attendance", the name in bold */
static void
add_fact (Builder    *b,
          const char *name,
          const char *value)
{
  /* names and values are labels (a kind, a role, a participant), repeated
   * from line to line: each is cut short beyond FACT_CHARS characters, so
   * that one long label does not cost its length once for every meeting */
  g_autofree char *short_name = convene_text_dup_capped (name, FACT_CHARS);
  g_autofree char *short_value = convene_text_dup_capped (value, FACT_CHARS);
  /* TRANSLATORS: a figure's name and its value, as in "Attended: 11 of 17 meetings" */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), short_name, short_value);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  convene_print_attrs_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0,
                              strlen (short_name) + 1);
  add_paragraph (b, CONVENE_PRINT_ROLE_TEXT, text, BODY_SIZE, PANGO_WEIGHT_NORMAL, LINE_SPACE,
                 CONVENE_PRINT_INK, attrs);
}

static PangoFontDescription *
chart_font (void)
{
  return pango_font_description_from_string (CHART_FONT);
}

static void
add_chart (Builder      *b,
           ConveneChart *chart)
{
  Block *block = g_new0 (Block, 1);
  g_autoptr(PangoFontDescription) font = chart_font ();

  /* a chart is content, with text in it: a heading may end a page above it no more than
   * above a paragraph */
  block->role = CONVENE_PRINT_ROLE_TEXT;
  block->chart = chart;
  block->height = convene_chart_get_natural_height (chart, pango_font_description_get_size (font) /
                                                           (double) PANGO_SCALE);
  block->space_before = 6.0;
  g_ptr_array_add (b->blocks, block);
}

static void
draw_chart (cairo_t      *cr,
            GObject      *object,
            PangoContext *context,
            double        width,
            double        height)
{
  g_autoptr(PangoFontDescription) font = chart_font ();

  convene_chart_draw (CONVENE_CHART (object), cr, context, font, width, height,
                      convene_chart_palette_for_paper (), -1);
}

/* The participant */

static void
build_participant (Builder *b)
{
  ConveneStatistics *stats = b->self->statistics;
  ConveneParticipant *p = b->self->participant;
  const ConveneParticipantFigures *f = convene_statistics_get_figures (stats, p, NULL);
  g_autofree char *identity = convene_participant_dup_identity (p);
  g_autofree char *attended = convene_participant_figures_dup_attended (f);
  g_autofree char *roles = convene_participant_figures_dup_roles (f);
  GPtrArray *memberships = convene_participant_get_memberships (p);
  const ConveneAttended *list;
  guint n;

  add_text (b, CONVENE_PRINT_ROLE_HEADING, convene_participant_get_display_name (p), TITLE_SIZE,
            PANGO_WEIGHT_BOLD, 0, CONVENE_PRINT_INK)->keep_with_next = TRUE;
  add_text (b, CONVENE_PRINT_ROLE_TEXT, identity, FACT_SIZE, PANGO_WEIGHT_NORMAL, 4,
            CONVENE_PRINT_INK_DIM);

  add_heading (b, _("Attendance"));
  add_fact (b, _("Attended"), attended);
  add_fact (b, _("By role"), roles);
  if (f->first != NULL)
    {
      g_autofree char *first = convene_meeting_dup_kind_and_date (f->first);
      g_autofree char *last = convene_meeting_dup_kind_and_date (f->last);
      g_autofree char *run = convene_participant_figures_dup_run (f);

      add_fact (b, _("First attended"), first);
      add_fact (b, _("Last attended"), last);
      add_fact (b, _("Longest run"), run);
    }

  add_heading (b, _("By Kind of Meeting"));
  for (guint k = 0; k < convene_statistics_get_n_kinds (stats); k++)
    {
      const char *kind = convene_statistics_get_kind (stats, k);
      const ConveneParticipantFigures *kf = convene_statistics_get_figures (stats, p, kind);
      g_autofree char *text = NULL;

      if (kf->recorded == 0)
        continue;
      text = convene_participant_figures_dup_summary (kf);
      add_fact (b, convene_meeting_kind_get_label (convene_statistics_get_meeting_kind (stats, k)), text);
    }

  add_heading (b, _("Timeline"));
  add_chart (b, convene_chart_new_timeline (stats, p));

  add_heading (b, _("Meetings Attended"));
  list = convene_statistics_get_attended (stats, p, &n);
  if (n == 0)
    add_line (b, _("None recorded"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *meeting = convene_meeting_dup_kind_and_date (list[i].meeting);

      add_fact (b, convene_role_get_label (list[i].role), meeting);
    }

  if (memberships != NULL && memberships->len > 0)
    {
      add_heading (b, _("Memberships"));
      for (guint i = 0; i < memberships->len; i++)
        {
          g_autofree char *text = convene_membership_dup_description (memberships->pdata[i]);

          add_line (b, text);
        }
    }
}

/* The record */

static void
build_statistics (Builder *b)
{
  ConveneStatistics *stats = b->self->statistics;
  g_autofree char *summary = convene_statistics_dup_summary (stats);
  g_autoptr(GPtrArray) regular = convene_statistics_dup_most_regular (stats, NULL, MAX_REGULAR);

  add_text (b, CONVENE_PRINT_ROLE_HEADING, _("The Record in Figures"), TITLE_SIZE,
            PANGO_WEIGHT_BOLD, 0, CONVENE_PRINT_INK)->keep_with_next = TRUE;
  add_text (b, CONVENE_PRINT_ROLE_TEXT, summary, BODY_SIZE, PANGO_WEIGHT_NORMAL, 6,
            CONVENE_PRINT_INK);

  add_heading (b, _("Kinds of Meeting"));
  for (guint k = 0; k < convene_statistics_get_n_kinds (stats); k++)
    {
      const char *kind = convene_statistics_get_kind (stats, k);
      g_autofree char *text = convene_statistics_dup_kind_summary (stats, kind);

      add_fact (b, convene_meeting_kind_get_label (convene_statistics_get_meeting_kind (stats, k)), text);
    }

  add_heading (b, _("Meetings per Year"));
  add_chart (b, convene_chart_new_meetings_per_year (stats));
  add_heading (b, _("Delegations per Meeting"));
  add_chart (b, convene_chart_new_delegations (stats));

  add_heading (b, _("Most Regular Participants"));
  for (guint i = 0; i < regular->len; i++)
    {
      const ConveneParticipantFigures *f = convene_statistics_get_figures (stats, regular->pdata[i], NULL);
      g_autofree char *attended = convene_participant_figures_dup_attended (f);

      add_fact (b, convene_participant_get_display_name (regular->pdata[i]), attended);
    }
}

/* Pagination */

static double
block_extent (const Block *block,
              gboolean     first_on_page)
{
  return (first_on_page ? 0 : block->space_before) + block->height;
}

static void
convene_report_layout_paginate (ConvenePrintLayout *layout,
                                double              x,
                                double              y,
                                double              width,
                                double              height)
{
  ConveneReportLayout *self = CONVENE_REPORT_LAYOUT (layout);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (block_free);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (convene_print_piece_free);
  Builder b = { self, blocks, pieces, width };
  g_autofree char *label = self->participant != NULL
                           ? g_strdup (convene_participant_get_display_name (self->participant))
                           : g_strdup (_("Statistics"));
  double top = y, bottom = y + height;
  gboolean first_on_page = TRUE;

  if (self->participant != NULL)
    build_participant (&b);
  else
    build_statistics (&b);

  convene_print_layout_add_page (layout, label);
  for (guint i = 0; i < blocks->len && !convene_print_layout_is_cancelled (layout); i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      double needed = block_extent (block, first_on_page);

      /* a heading goes with what follows it */
      if (block->keep_with_next && i + 1 < blocks->len)
        needed += block_extent (g_ptr_array_index (blocks, i + 1), FALSE);

      /* a piece of a paragraph, a long heading's too, fills the page before
       * it goes on to the next (two lines at least on each side; a heading's
       * last lines go with what follows them) */
      if (!first_on_page && top + needed > bottom && block->piece != NULL)
        {
          GArray *lines = block->piece->lines;
          double first_top = g_array_index (lines, ConvenePrintLine, 0).top;
          double start = top + block->space_before;
          guint fit = 0;

          while (fit < lines->len &&
                 g_array_index (lines, ConvenePrintLine, fit).bottom - first_top <= bottom - start)
            fit++;
          /* all but a line or two fit: the last two go on to the next page */
          if (fit + 2 > lines->len && lines->len >= 4)
            fit = lines->len - 2;
          if (fit >= 2 && lines->len - fit >= 2)
            {
              convene_print_layout_add_piece (layout, block->role, block->piece, 0, fit, x, start,
                                              block->rgb);
              convene_print_layout_add_page (layout, label);
              convene_print_layout_add_piece (layout, block->role, block->piece, fit, G_MAXUINT,
                                              x, y, block->rgb);
              top = y + g_array_index (lines, ConvenePrintLine, lines->len - 1).bottom
                    - g_array_index (lines, ConvenePrintLine, fit).top;
              continue;
            }
        }

      if (!first_on_page && top + needed > bottom)
        {
          convene_print_layout_add_page (layout, label);
          top = y;
          first_on_page = TRUE;
        }
      if (!first_on_page)
        top += block->space_before;

      if (block->piece != NULL)
        convene_print_layout_add_piece (layout, block->role, block->piece, 0, G_MAXUINT, x, top,
                                        block->rgb);
      else
        convene_print_layout_add_drawing (layout, block->role, x, top, width,
                                          MIN (block->height, bottom - top), draw_chart,
                                          G_OBJECT (block->chart));
      top += block->height;
      first_on_page = FALSE;
    }
}

/* GObject */

static void
convene_report_layout_finalize (GObject *object)
{
  ConveneReportLayout *self = CONVENE_REPORT_LAYOUT (object);

  g_clear_object (&self->participant);
  g_clear_object (&self->statistics);
  G_OBJECT_CLASS (convene_report_layout_parent_class)->finalize (object);
}

static void
convene_report_layout_class_init (ConveneReportLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_report_layout_finalize;
  CONVENE_PRINT_LAYOUT_CLASS (klass)->paginate = convene_report_layout_paginate;
}

static void
convene_report_layout_init (ConveneReportLayout *self)
{
}

static ConveneReportLayout *
report_new (ConveneStatistics  *statistics,
            ConveneParticipant *participant)
{
  ConveneReportLayout *self = g_object_new (CONVENE_TYPE_REPORT_LAYOUT, NULL);

  self->statistics = g_object_ref (statistics);
  self->participant = participant != NULL ? g_object_ref (participant) : NULL;
  convene_print_layout_set_title (CONVENE_PRINT_LAYOUT (self),
                                  convene_dataset_get_title (convene_statistics_get_dataset (statistics)));
  return self;
}

/* The participant's report: identity, figures, timeline, meetings attended */
ConveneReportLayout *
convene_report_layout_new_for_participant (ConveneStatistics  *statistics,
                                           ConveneParticipant *participant)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (statistics), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);
  return report_new (statistics, participant);
}

/* The record's statistics: figures, meetings per year, delegations, the most regular */
ConveneReportLayout *
convene_report_layout_new_for_statistics (ConveneStatistics *statistics)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (statistics), NULL);
  return report_new (statistics, NULL);
}
