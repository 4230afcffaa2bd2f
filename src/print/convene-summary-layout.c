/* convene-summary-layout.c
 *
 * A summary is a column of blocks: the kind line, the title, the facts
 * (dates, place, co-chairs), then the sections (attendance, purpose,
 * outcomes, notes, sources), each a heading followed by paragraphs,
 * bullets or note cards. Every block is a piece of a paragraph
 * (convene_print_layout_create_paragraph(): a long paragraph is several
 * blocks, one after the other, whose lines are those of the whole) wrapped
 * at the column's width, with an optional "aside" beside its first line (a
 * bullet, a number, the name of a fact) and an optional bar down its left
 * side.
 *
 * Pagination walks the blocks down the page. A block that does not fit is
 * split between lines, leaving at least two lines on each side (a block of
 * three lines or fewer moves whole). A block marked keep-with-next (a
 * heading, or an outcome that introduces sub-points) moves to the next page
 * unless what follows it can start on the same page too. Every meeting
 * starts on a new page.
 *
 * Dataset text only ever goes through pango_layout_set_text(); emphasis is
 * done with attributes.
 *
 * Why it is over 1,000 lines: one document's blocks in reading order
 * (kind, title, facts, then each section); the notes and outcomes are the
 * longest parts and are laid out as the summary's own, and what is too long
 * to print whole is cut short with a line saying how much is left out
 * (add_more_things(), add_more_chars()). Its pagination (the second half)
 * does what convene-report-layout.c's does with more rules (asides, bars,
 * rules, a page per meeting); one block flow in convene-print-layout.c
 * serving both would be the way to make it shorter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n-lib.h>

#include "convene-print-layout-private.h"
#include "convene-summary-layout.h"
#include "convene-text.h"

/* Sizes in points */
#define KIND_SIZE       9.5
#define TITLE_SIZE      18.0
#define FACT_KEY_SIZE   9.0
#define BODY_SIZE       10.0
#define HEADING_SIZE    12.0
#define NOTE_SIZE       9.5
#define SOURCE_SIZE     9.0
#define URL_SIZE        8.0

#define LINE_SPACING    1.12 /* of the font's line height */
#define FACT_GAP        12.0
#define BULLET_INDENT   14.0
#define SUB_INDENT      28.0
#define NOTE_INDENT     11.0
#define NOTE_BAR        2.5
#define SOURCE_INDENT   20.0
#define RULE_HEIGHT     0.75

/* A summary is a summary: Pango shapes about 1.5 µs a character, so a
 * meeting with 100 MB of notes would take minutes and 35,000 pages to print.
 * What one meeting's summary lays out is bounded, well above what a real
 * record holds (the bundled one's fullest meeting has 9 notes of 2,274
 * characters in all, 8 outcomes of 2,532), and a line of its own says what
 * is left out: the window shows all of it. */
#define MAX_TEXT_CHARS     50000u  /* of one text: the purpose, a note, an outcome */
#define MAX_NOTES          16u
#define MAX_NOTES_CHARS    100000u /* of a meeting's notes, together */
#define MAX_OUTCOMES       100u
#define MAX_OUTCOME_ITEMS  50u     /* the points of one outcome */
#define MAX_OUTCOMES_CHARS 100000u /* of a meeting's outcomes and points, together */

struct _ConveneSummaryLayout
{
  ConvenePrintLayout parent_instance;

  ConveneDataset *dataset;
  GPtrArray *meetings;
};

G_DEFINE_FINAL_TYPE (ConveneSummaryLayout, convene_summary_layout, CONVENE_TYPE_PRINT_LAYOUT)

typedef enum
{
  BLOCK_TEXT,
  BLOCK_RULE,
} BlockKind;

typedef struct
{
  BlockKind kind;
  ConvenePrintRole role;
  ConvenePrintPiece *piece; /* the Builder's */
  PangoLayout *aside;      /* beside the first line; nullable */
  double x;                /* from the column's left edge */
  double aside_x;
  double aside_top;        /* from the block's top, so the baselines line up */
  double aside_height;
  double space_before;
  double rule_width;
  guint32 rgb;
  guint32 aside_rgb;
  gboolean has_bar;
  guint32 bar_rgb;
  gboolean keep_with_next;
  gboolean new_page;
  char *page_label;        /* with new_page */
} Block;

typedef struct
{
  ConveneSummaryLayout *self;
  GPtrArray *blocks;
  GPtrArray *pieces;       /* of ConvenePrintPiece, owned */
  double width;
  guint first;             /* the first block of the last paragraph added */
} Builder;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->aside);
  g_free (block->page_label);
  g_free (block);
}

static guint
block_get_n_lines (const Block *block)
{
  return block->kind == BLOCK_RULE ? 1 : block->piece->lines->len;
}

/* The height of lines first to first + n - 1 of a block, with its aside when
 * they include the first line. */
static double
block_get_height (const Block *block,
                  guint        first,
                  guint        n)
{
  const ConvenePrintLine *top, *bottom;
  double height;

  if (block->kind == BLOCK_RULE)
    return RULE_HEIGHT;
  if (n == 0)
    return 0.0;

  top = &g_array_index (block->piece->lines, ConvenePrintLine, first);
  bottom = &g_array_index (block->piece->lines, ConvenePrintLine, first + n - 1);
  height = bottom->bottom - top->top;
  if (first == 0 && block->aside != NULL)
    height = MAX (height, block->aside_top + block->aside_height);
  return height;
}

/* The fewest lines a block may start a page with, or end one with, when it
 * is split: two, or all of a block of three lines or fewer. */
static guint
block_get_min_lines (const Block *block)
{
  guint n = block_get_n_lines (block);

  return n <= 3 ? n : 2;
}

static PangoLayout *
create_text (Builder     *b,
             const char  *text,
             double       size,
             PangoWeight  weight,
             PangoStyle   style,
             double       width)
{
  PangoLayout *layout = convene_print_layout_create_text (CONVENE_PRINT_LAYOUT (b->self), text,
                                                          size, weight, style, width);

  pango_layout_set_line_spacing (layout, LINE_SPACING);
  return layout;
}

/* A paragraph, one block for each of its pieces. Returns the first; the
 * last is the last of b->blocks, and b->first the first's index. */
static Block *
add_paragraph (Builder          *b,
               ConvenePrintRole  role,
               const char       *text,
               double            size,
               PangoWeight       weight,
               PangoStyle        style,
               double            x,
               double            space_before,
               guint32           rgb,
               double            line_spacing,
               PangoAttrList    *attrs)
{
  GPtrArray *pieces;

  pieces = convene_print_layout_create_paragraph (CONVENE_PRINT_LAYOUT (b->self), text, size,
                                                  weight, style, b->width - x, line_spacing,
                                                  attrs);
  b->first = b->blocks->len;
  for (guint i = 0; i < pieces->len; i++)
    {
      Block *block = g_new0 (Block, 1);

      block->kind = BLOCK_TEXT;
      block->role = role;
      block->x = x;
      block->space_before = i == 0 ? space_before : 0.0;
      block->rgb = rgb;
      block->piece = g_ptr_array_index (pieces, i);
      g_ptr_array_add (b->blocks, block);
    }
  g_ptr_array_extend_and_steal (b->pieces, pieces);
  return g_ptr_array_index (b->blocks, b->first);
}

static Block *
add_text (Builder          *b,
          ConvenePrintRole  role,
          const char       *text,
          double            size,
          PangoWeight       weight,
          PangoStyle        style,
          double            x,
          double            space_before,
          guint32           rgb)
{
  return add_paragraph (b, role, text, size, weight, style, x, space_before, rgb, LINE_SPACING,
                        NULL);
}

/* The last block of the last paragraph added */
static Block *
get_last (Builder *b)
{
  return g_ptr_array_index (b->blocks, b->blocks->len - 1);
}

static void
add_rule (Builder *b,
          double   space_before)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_RULE;
  block->role = CONVENE_PRINT_ROLE_DECORATION;
  block->space_before = space_before;
  block->rule_width = b->width;
  block->rgb = CONVENE_PRINT_RULE;
  g_ptr_array_add (b->blocks, block);
}

static void
block_set_aside (Builder     *b,
                 Block       *block,
                 const char  *text,
                 double       size,
                 PangoWeight  weight,
                 double       x,
                 guint32      rgb)
{
  block->aside = create_text (b, text, size, weight, PANGO_STYLE_NORMAL,
                              MAX (block->x - x - 2.0, 1.0));
  block->aside_x = x;
  block->aside_rgb = rgb;
}

static void
add_heading (Builder    *b,
             const char *text)
{
  add_text (b, CONVENE_PRINT_ROLE_HEADING, text, HEADING_SIZE, PANGO_WEIGHT_BOLD,
            PANGO_STYLE_NORMAL, 0.0, 18.0, CONVENE_PRINT_ACCENT);
  get_last (b)->keep_with_next = TRUE;
}

static void
add_dim_line (Builder    *b,
              const char *text)
{
  add_text (b, CONVENE_PRINT_ROLE_TEXT, text, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
            0.0, 5.0, CONVENE_PRINT_INK_DIM);
}

/* What a summary leaves out: a dim line of its own */

static char *
dup_number (guint64 n)
{
  /* in the locale's digits and grouping */
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, n);
}

typedef enum
{
  LEFT_NOTES,
  LEFT_OUTCOMES,
  LEFT_POINTS,
} LeftOut;

/* "12 more notes (3,456 characters) are in the dataset…", or outcomes, or
 * points of an outcome (under the outcome, at x) */
static void
add_more_things (Builder *b,
                 LeftOut  what,
                 guint64  n_left,
                 guint64  n_chars,
                 double   x)
{
  g_autofree char *number = dup_number (n_left);
  g_autofree char *chars_number = dup_number (n_chars);
  g_autofree char *chars = NULL;
  g_autofree char *line = NULL;

  if (n_left == 0)
    return;
  /* TRANSLATORS: a number of characters of text, in "12 more notes
   * (%s) are in the dataset and not printed here."; %s is the number */
  chars = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s character", "%s characters",
                                        n_chars),
                           chars_number);
  switch (what)
    {
    case LEFT_NOTES:
      /* TRANSLATORS: in a printed summary; the first %s is a number, the
       * second a number of characters */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s more note (%s) is in the dataset and not printed here.",
                                           "%s more notes (%s) are in the dataset and not printed here.",
                                           n_left),
                              number, chars);
      break;
    case LEFT_OUTCOMES:
      /* TRANSLATORS: in a printed summary; the first %s is a number, the
       * second a number of characters */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s more outcome (%s) is in the dataset and not printed here.",
                                           "%s more outcomes (%s) are in the dataset and not printed here.",
                                           n_left),
                              number, chars);
      break;
    case LEFT_POINTS:
    default:
      /* TRANSLATORS: in a printed summary, under the points of an outcome;
       * the first %s is a number, the second a number of characters */
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "… %s more point (%s) is in the dataset.",
                                           "… %s more points (%s) are in the dataset.",
                                           n_left),
                              number, chars);
      break;
    }
  add_text (b, CONVENE_PRINT_ROLE_TEXT, line, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
            x, what == LEFT_POINTS ? 3.0 : 9.0, CONVENE_PRINT_INK_DIM);
}

/* The first MAX_TEXT_CHARS characters of text (at a space when there is
 * one near the end), and in *n_left how many are left out. */
static char *
dup_head (const char *text,
          guint64    *n_left)
{
  const char *end = convene_text_piece_end (text, MAX_TEXT_CHARS, TRUE);

  *n_left = *end == '\0' ? 0 : (guint64) g_utf8_strlen (end, -1);
  return g_strndup (text, end - text);
}

static void
add_more_chars (Builder *b,
                guint64  n_left,
                double   x)
{
  g_autofree char *number = NULL;
  g_autofree char *line = NULL;

  if (n_left == 0)
    return;
  number = dup_number (n_left);
  /* TRANSLATORS: in a printed summary, after a text cut short; %s is a
   * number */
  line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "… %s more character of this text is in the dataset.",
                                       "… %s more characters of this text are in the dataset.",
                                       n_left),
                          number);
  add_text (b, CONVENE_PRINT_ROLE_TEXT, line, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
            x, 3.0, CONVENE_PRINT_INK_DIM);
}

/* The kind line, the title and the facts */

typedef struct
{
  const char *key;
  char *value;
} Fact;

static void
add_facts (Builder *b,
           Fact    *facts,
           guint    n_facts)
{
  double key_width = 0.0;

  for (guint i = 0; i < n_facts; i++)
    {
      g_autoptr(PangoLayout) probe = NULL;

      if (facts[i].value == NULL)
        continue;
      probe = create_text (b, facts[i].key, FACT_KEY_SIZE, PANGO_WEIGHT_NORMAL,
                           PANGO_STYLE_NORMAL, -1);
      key_width = MAX (key_width, convene_print_text_get_width (probe));
    }
  key_width = MIN (key_width, b->width / 3.0);

  for (guint i = 0; i < n_facts; i++)
    {
      Block *block;

      if (facts[i].value == NULL)
        continue;
      block = add_text (b, CONVENE_PRINT_ROLE_TEXT, facts[i].value, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                        PANGO_STYLE_NORMAL, key_width + FACT_GAP, i == 0 ? 12.0 : 3.0,
                        CONVENE_PRINT_INK);
      block_set_aside (b, block, facts[i].key, FACT_KEY_SIZE, PANGO_WEIGHT_NORMAL, 0.0,
                       CONVENE_PRINT_INK_DIM);
    }
}

static void
add_title (Builder        *b,
           ConveneMeeting *meeting)
{
  g_autofree char *kind = convene_meeting_dup_kind_label (meeting, FALSE);
  g_autofree char *date = convene_meeting_dup_date_label (meeting);
  const char * const *co_chairs = convene_meeting_get_co_chairs (meeting);
  Fact facts[3] = {
    /* TRANSLATORS: a label in a printed meeting summary */
    { C_("summary", "Dates"), NULL },
    /* TRANSLATORS: a label in a printed meeting summary */
    { C_("summary", "Place"), NULL },
    /* TRANSLATORS: a label in a printed meeting summary */
    { C_("summary", "Co-chairs"), NULL },
  };
  Block *block;

  block = add_text (b, CONVENE_PRINT_ROLE_TEXT, kind, KIND_SIZE, PANGO_WEIGHT_BOLD,
                    PANGO_STYLE_NORMAL, 0.0, 0.0, CONVENE_PRINT_ACCENT);
  block->new_page = TRUE;
  get_last (b)->keep_with_next = TRUE;
  block->page_label = convene_meeting_dup_short_label (meeting);

  add_paragraph (b, CONVENE_PRINT_ROLE_HEADING, convene_meeting_get_title (meeting), TITLE_SIZE,
                 PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0.0, 4.0, CONVENE_PRINT_INK, 0.0, NULL);
  get_last (b)->keep_with_next = TRUE;

  facts[0].value = g_strdup (date);
  facts[1].value = convene_meeting_dup_where_label (meeting);
  if (co_chairs != NULL && co_chairs[0] != NULL)
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; co_chairs[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          /* one a line: a line break ends whatever direction a name
           * leaves open, so no isolate is needed (and each would cost a
           * third more to lay out, with thousands of co-chairs) */
          g_string_append (text, co_chairs[i]);
        }
      facts[2].value = g_string_free (text, FALSE);
    }

  add_facts (b, facts, G_N_ELEMENTS (facts));
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    g_free (facts[i].value);

  add_rule (b, 12.0);
}

/* Attendance, grouped as in the window */

static void
add_attendance (Builder        *b,
                ConveneMeeting *meeting)
{
  GPtrArray *attendance = convene_meeting_get_attendance (meeting);
  char *names[CONVENE_N_ATTENDANCE_GROUPS];
  guint counts[CONVENE_N_ATTENDANCE_GROUPS];
  gboolean any = FALSE;

  add_heading (b, _("Attendance"));

  if (!convene_meeting_get_attendance_recorded (meeting) || attendance == NULL)
    {
      add_dim_line (b, _("Attendance was not recorded in the sources."));
      return;
    }

  convene_meeting_list_attendance (meeting, names, counts);

  for (guint group = 0; group < CONVENE_N_ATTENDANCE_GROUPS; group++)
    {
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;

      if (names[group] == NULL)
        continue;

      heading = convene_attendance_group_dup_heading (group, counts[group]);
      text = names[group];
      add_text (b, CONVENE_PRINT_ROLE_HEADING, heading, BODY_SIZE, PANGO_WEIGHT_BOLD,
                PANGO_STYLE_NORMAL, 0.0, any ? 9.0 : 5.0, CONVENE_PRINT_INK);
      get_last (b)->keep_with_next = TRUE;
      add_text (b, CONVENE_PRINT_ROLE_TEXT, text, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                PANGO_STYLE_NORMAL, 0.0, 1.5, CONVENE_PRINT_INK);
      any = TRUE;
    }

  if (!any)
    add_dim_line (b, _("The sources list no attendees."));
}

/* Paragraphs are separated by a blank line. */
static void
add_paragraphs (Builder    *b,
                const char *text,
                double      first_space,
                double      space)
{
  g_auto(GStrv) paragraphs = NULL;
  gboolean first = TRUE;

  if (text == NULL)
    return;

  paragraphs = g_regex_split_simple ("\\n[ \\t]*\\n", text, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      add_text (b, CONVENE_PRINT_ROLE_TEXT, paragraphs[i], BODY_SIZE, PANGO_WEIGHT_NORMAL,
                PANGO_STYLE_NORMAL, 0.0, first ? first_space : space, CONVENE_PRINT_INK);
      first = FALSE;
    }
}

static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;
  return FALSE;
}

static void
add_purpose (Builder        *b,
             ConveneMeeting *meeting)
{
  const char *purpose = convene_meeting_get_purpose (meeting);
  g_autofree char *head = NULL;
  guint64 n_left;

  if (!has_text (purpose))
    return;
  add_heading (b, _("Purpose"));
  head = dup_head (purpose, &n_left);
  add_paragraphs (b, head, 5.0, 6.0);
  add_more_chars (b, n_left, 0.0);
}

static void
add_outcomes (Builder        *b,
              ConveneMeeting *meeting)
{
  GPtrArray *outcomes = convene_meeting_get_outcomes (meeting);
  gboolean incomplete = convene_meeting_get_outcomes_incomplete (meeting);
  guint64 n_chars = 0;

  if (!incomplete && (outcomes == NULL || outcomes->len == 0))
    return;

  add_heading (b, _("Outcomes"));

  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, i);
      gboolean has_items = outcome->items != NULL && outcome->items[0] != NULL;
      g_autofree char *head = NULL;
      guint64 n_left;
      Block *block;

      if (i == MAX_OUTCOMES || n_chars >= MAX_OUTCOMES_CHARS)
        {
          guint64 chars_left = 0;

          for (guint k = i; k < outcomes->len; k++)
            {
              ConveneOutcome *rest = g_ptr_array_index (outcomes, k);

              chars_left += g_utf8_strlen (rest->text, -1);
              for (guint j = 0; rest->items != NULL && rest->items[j] != NULL; j++)
                chars_left += g_utf8_strlen (rest->items[j], -1);
            }
          add_more_things (b, LEFT_OUTCOMES, outcomes->len - i, chars_left, 0.0);
          break;
        }

      head = dup_head (outcome->text, &n_left);
      n_chars += g_utf8_strlen (head, -1);
      block = add_text (b, CONVENE_PRINT_ROLE_TEXT, head, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                        PANGO_STYLE_NORMAL, BULLET_INDENT, i == 0 ? 5.0 : 6.0, CONVENE_PRINT_INK);
      block_set_aside (b, block, "•", BODY_SIZE, PANGO_WEIGHT_NORMAL, 2.0, CONVENE_PRINT_ACCENT);
      /* a lead-in ("Members:") stays with its first point */
      get_last (b)->keep_with_next = has_items && n_left == 0;
      add_more_chars (b, n_left, BULLET_INDENT);

      for (guint j = 0; has_items && outcome->items[j] != NULL; j++)
        {
          g_autofree char *item = NULL;

          /* the points of an outcome count as its text */
          if (j == MAX_OUTCOME_ITEMS || n_chars >= MAX_OUTCOMES_CHARS)
            {
              guint64 chars_left = 0;
              guint k;

              for (k = j; outcome->items[k] != NULL; k++)
                chars_left += g_utf8_strlen (outcome->items[k], -1);
              add_more_things (b, LEFT_POINTS, k - j, chars_left, SUB_INDENT);
              break;
            }
          item = dup_head (outcome->items[j], &n_left);
          n_chars += g_utf8_strlen (item, -1);
          block = add_text (b, CONVENE_PRINT_ROLE_TEXT, item, BODY_SIZE,
                            PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, SUB_INDENT, 3.0,
                            CONVENE_PRINT_INK);
          block_set_aside (b, block, "–", BODY_SIZE, PANGO_WEIGHT_NORMAL, BULLET_INDENT + 1.0,
                           CONVENE_PRINT_INK_DIM);
          add_more_chars (b, n_left, SUB_INDENT);
        }
    }

  if (incomplete)
    add_dim_line (b, _("The source’s list of outcomes is cut short; more may have been agreed."));
}

static void
add_notes (Builder        *b,
           ConveneMeeting *meeting)
{
  GPtrArray *notes = convene_meeting_get_notes (meeting);
  guint64 n_chars = 0;

  if (notes == NULL || notes->len == 0)
    return;

  add_heading (b, _("Notes"));

  for (guint i = 0; i < notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *head = NULL;
      guint64 n_left;
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      const char *heading = convene_note_kind_get_heading (note->kind);
      guint32 rgb;
      guint heading_end;

      if (i == MAX_NOTES || n_chars >= MAX_NOTES_CHARS)
        {
          guint64 chars_left = 0;

          for (guint k = i; k < notes->len; k++)
            chars_left += g_utf8_strlen (((ConveneNote *) g_ptr_array_index (notes, k))->text, -1);
          add_more_things (b, LEFT_NOTES, notes->len - i, chars_left, 0.0);
          break;
        }
      head = dup_head (note->text, &n_left);
      n_chars += g_utf8_strlen (head, -1);

      switch (note->kind)
        {
        case CONVENE_NOTE_CONTRADICTION:
          rgb = CONVENE_PRINT_WARNING;
          break;
        case CONVENE_NOTE_GAP:
        case CONVENE_NOTE_REMARK:
        default:
          rgb = CONVENE_PRINT_INK_DIM;
          break;
        }

      /* the kind, in bold on a line of its own, then the note */
      g_string_append (text, heading);
      heading_end = text->len;
      g_string_append_c (text, '\n');
      g_string_append (text, head);

      convene_print_attrs_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0,
                                  heading_end);
      convene_print_attrs_insert (attrs, convene_print_attr_colour_new (rgb), 0, heading_end);
      add_paragraph (b, CONVENE_PRINT_ROLE_TEXT, text->str, NOTE_SIZE, PANGO_WEIGHT_NORMAL,
                     PANGO_STYLE_NORMAL, NOTE_INDENT, i == 0 ? 7.0 : 9.0, CONVENE_PRINT_INK,
                     LINE_SPACING, attrs);
      /* the bar runs down every piece of a long note */
      for (guint j = b->first; j < b->blocks->len; j++)
        {
          Block *block = g_ptr_array_index (b->blocks, j);

          block->has_bar = TRUE;
          block->bar_rgb = note->kind == CONVENE_NOTE_CONTRADICTION ? CONVENE_PRINT_WARNING
                                                                    : CONVENE_PRINT_RULE;
        }
      add_more_chars (b, n_left, NOTE_INDENT);
    }
}

static void
add_sources (Builder        *b,
             ConveneMeeting *meeting)
{
  GPtrArray *sources = convene_meeting_get_sources (meeting);

  if (sources == NULL || sources->len == 0)
    return;

  add_heading (b, _("Sources"));

  for (guint i = 0; i < sources->len; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GString) text = g_string_new (source->title);
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      g_autofree char *number = NULL;
      Block *block;
      guint url_start = 0;

      if (source->url != NULL && *source->url != '\0')
        {
          g_string_append_c (text, '\n');
          url_start = text->len;
          g_string_append (text, source->url);
        }

      if (url_start > 0)
        {
          convene_print_attrs_insert (attrs,
                                      pango_attr_size_new ((int) (URL_SIZE * PANGO_SCALE + 0.5)),
                                      url_start, text->len);
          convene_print_attrs_insert (attrs, convene_print_attr_colour_new (CONVENE_PRINT_INK_DIM),
                                      url_start, text->len);
        }
      block = add_paragraph (b, CONVENE_PRINT_ROLE_TEXT, text->str, SOURCE_SIZE,
                             PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, SOURCE_INDENT, 5.0,
                             CONVENE_PRINT_INK, LINE_SPACING, attrs);
      /* TRANSLATORS: the number of a source in a printed list, as in "1." */
      number = g_strdup_printf (_("%u."), i + 1);
      block_set_aside (b, block, number, SOURCE_SIZE, PANGO_WEIGHT_NORMAL, 0.0,
                       CONVENE_PRINT_INK_DIM);
    }
}

static void
add_meeting (Builder        *b,
             ConveneMeeting *meeting)
{
  add_title (b, meeting);
  add_attendance (b, meeting);
  add_purpose (b, meeting);
  add_outcomes (b, meeting);
  add_notes (b, meeting);
  add_sources (b, meeting);
}

/* Pagination */

static void
measure_block (Block *block)
{
  if (block->kind == BLOCK_RULE)
    return;

  if (block->aside != NULL)
    {
      block->aside_top = block->piece->baseline
                         - convene_print_text_get_baseline (block->aside);
      block->aside_height = convene_print_text_get_height (block->aside);
      /* an aside taller than its line moves the text down instead */
      if (block->aside_top < 0.0)
        block->aside_top = 0.0;
    }
}

/* How much room block i needs on the page where it starts: all of it, and
 * when it is kept with the next block, the least of that block that may
 * start a page too. */
static double
get_keep_height (GPtrArray *blocks,
                 guint      i,
                 gboolean   whole)
{
  Block *block = g_ptr_array_index (blocks, i);
  Block *next;
  double height;

  if (!whole && !block->keep_with_next)
    return block_get_height (block, 0, block_get_min_lines (block));

  height = block_get_height (block, 0, block_get_n_lines (block));
  if (!block->keep_with_next || i + 1 >= blocks->len)
    return height;

  next = g_ptr_array_index (blocks, i + 1);
  if (next->new_page)
    return height;
  return height + next->space_before + get_keep_height (blocks, i + 1, FALSE);
}

static void
place_fragment (ConveneSummaryLayout *self,
                Block                *block,
                guint                 first,
                guint                 n,
                double                x,
                double                y)
{
  ConvenePrintLayout *layout = CONVENE_PRINT_LAYOUT (self);
  double height = block_get_height (block, first, n);

  if (block->kind == BLOCK_RULE)
    {
      convene_print_layout_add_rect (layout, block->role, x, y, block->rule_width,
                                     RULE_HEIGHT, block->rgb);
      return;
    }

  /* the aside first, so the text reads in order */
  if (first == 0 && block->aside != NULL)
    convene_print_layout_add_text (layout, block->role, block->aside,
                                   x + block->aside_x, y + block->aside_top, block->aside_rgb);
  convene_print_layout_add_piece (layout, block->role, block->piece, first, n,
                                  x + block->x, y, block->rgb);
  if (block->has_bar)
    convene_print_layout_add_rect (layout, CONVENE_PRINT_ROLE_DECORATION,
                                   x, y, NOTE_BAR, height, block->bar_rgb);
}

static void
convene_summary_layout_paginate (ConvenePrintLayout *layout,
                                 double              x,
                                 double              y,
                                 double              width,
                                 double              height)
{
  ConveneSummaryLayout *self = CONVENE_SUMMARY_LAYOUT (layout);
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (block_free);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (convene_print_piece_free);
  Builder builder = { self, blocks, pieces, width, 0 };
  double bottom = y + height;
  double cursor = y;
  gboolean page_empty = TRUE;
  const char *label = NULL;

  for (guint i = 0; i < self->meetings->len && !convene_print_layout_is_cancelled (layout); i++)
    add_meeting (&builder, g_ptr_array_index (self->meetings, i));

  for (guint i = 0; i < blocks->len; i++)
    measure_block (g_ptr_array_index (blocks, i));

  for (guint i = 0; i < blocks->len && !convene_print_layout_is_cancelled (layout); i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      guint n_lines = block_get_n_lines (block);
      guint first = 0;

      if (block->new_page)
        {
          label = block->page_label;
          convene_print_layout_add_page (layout, label);
          cursor = y;
          page_empty = TRUE;
        }
      else if (i == 0)
        {
          convene_print_layout_add_page (layout, label);
          page_empty = TRUE;
        }

      while (first < n_lines)
        {
          double space = (page_empty || first > 0) ? 0.0 : block->space_before;
          double room = bottom - cursor - space;
          guint remaining = n_lines - first;
          guint fit = 0;
          guint take;

          /* a rule never starts a page */
          if (block->kind == BLOCK_RULE && page_empty)
            break;

          /* a heading (or lead-in) goes where what follows can start too */
          if (first == 0 && !page_empty && block->keep_with_next)
            {
              double needed = get_keep_height (blocks, i, TRUE);

              if (needed > room && needed <= height)
                {
                  convene_print_layout_add_page (layout, label);
                  cursor = y;
                  page_empty = TRUE;
                  continue;
                }
            }

          while (fit < remaining && block_get_height (block, first, fit + 1) <= room)
            fit++;

          if (fit == remaining)
            take = remaining;
          else
            {
              guint min_lines = block_get_min_lines (block);

              take = fit;
              /* leave enough for the next page… */
              if (remaining - take < min_lines)
                take = remaining > min_lines ? remaining - min_lines : 0;
              /* …and put enough on this one */
              if (take < min_lines)
                take = 0;
              /* a line taller than the page goes on a page of its own */
              if (take == 0 && page_empty)
                take = MAX (fit, 1);
            }

          if (take > 0)
            {
              place_fragment (self, block, first, take, x, cursor + space);
              cursor += space + block_get_height (block, first, take);
              page_empty = FALSE;
              first += take;
            }

          if (first < n_lines)
            {
              convene_print_layout_add_page (layout, label);
              cursor = y;
              page_empty = TRUE;
            }
        }
    }
}

/* GObject */

static void
convene_summary_layout_dispose (GObject *object)
{
  ConveneSummaryLayout *self = CONVENE_SUMMARY_LAYOUT (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);

  G_OBJECT_CLASS (convene_summary_layout_parent_class)->dispose (object);
}

static void
convene_summary_layout_class_init (ConveneSummaryLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ConvenePrintLayoutClass *layout_class = CONVENE_PRINT_LAYOUT_CLASS (klass);

  object_class->dispose = convene_summary_layout_dispose;
  layout_class->paginate = convene_summary_layout_paginate;
}

static void
convene_summary_layout_init (ConveneSummaryLayout *self)
{
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  convene_print_layout_set_orientation (CONVENE_PRINT_LAYOUT (self), CONVENE_PAGE_PORTRAIT);
}

/**
 * convene_summary_layout_new:
 * @dataset: the dataset the meetings belong to
 * @meetings: (nullable) (element-type ConveneMeeting): the meetings to print,
 *   in order; NULL for every meeting of the dataset
 *
 * Returns: (transfer full): a layout of one summary per meeting, each
 *   starting on a new page
 */
ConveneSummaryLayout *
convene_summary_layout_new (ConveneDataset *dataset,
                            GPtrArray      *meetings)
{
  ConveneSummaryLayout *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_SUMMARY_LAYOUT, NULL);
  self->dataset = g_object_ref (dataset);
  convene_print_layout_set_title (CONVENE_PRINT_LAYOUT (self), convene_dataset_get_title (dataset));

  if (meetings != NULL)
    {
      for (guint i = 0; i < meetings->len; i++)
        g_ptr_array_add (self->meetings, g_object_ref (g_ptr_array_index (meetings, i)));
    }
  else
    {
      GListModel *model = convene_dataset_get_meetings (dataset);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->meetings, g_list_model_get_item (model, i));
    }
  return self;
}

/* The summary of one meeting. */
ConveneSummaryLayout *
convene_summary_layout_new_for_meeting (ConveneDataset *dataset,
                                        ConveneMeeting *meeting)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  g_ptr_array_add (meetings, meeting);
  return convene_summary_layout_new (dataset, meetings);
}
