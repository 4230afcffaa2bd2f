/* convene-print-layout.c
 *
 * Pagination fills a list of pages, each a list of items: a run of lines of
 * a PangoLayout, a whole (possibly rotated) PangoLayout, or a filled
 * rectangle, each at its place on the sheet. Drawing a page replays its
 * items; the boxes the items cover can be read back to check that nothing
 * overlaps and nothing crosses the margins.
 *
 * Text is measured in a PangoContext of its own at 72 dpi with unhinted
 * metrics and unrounded glyph positions, so one point of font size is one
 * unit of the cairo context, and the layout does not depend on the device
 * it is drawn on.
 *
 * Why this file is long (about 1,500 lines): it is the one paginator every
 * printed document uses: text of any length in pieces (paragraphs cut so
 * their lines break as in one layout), items, pages and their replay. The
 * documents themselves are in convene-summary-layout.c,
 * convene-matrix-layout.c and convene-report-layout.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-date.h"
#include "convene-print-layout-private.h"
#include "convene-text.h"
#include "convene-text-runs.h"

#define FONT_FAMILY      "Cantarell, DejaVu Sans, sans-serif"
#define RUNNING_SIZE     7.5
#define HEADER_RULE_GAP  3.0
#define HEADER_RULE      0.5
#define HEADER_GAP       16.0
#define FOOTER_GAP       14.0
#define RUNNING_SPACE    18.0

/* A paragraph is laid out in pieces of at most this many characters and
 * lines; a line of text is cut short beyond LINE_CHARS. */
#define PIECE_CHARS      1200
#define PIECE_LINES      24u
#define LINE_CHARS       500

/* Pieces keep their lines from measuring to drawing up to this much text
 * in a pagination (a few tens of MB of glyphs); beyond it, they are laid
 * out again to be drawn, so memory stays bounded */
#define KEEP_BYTES       (512 * 1024)

/* LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK */
#define LRM "\xe2\x80\x8e"
#define RLM "\xe2\x80\x8f"

/* The longest text handed to a PangoLayout, in bytes (for tests) */
static gsize longest_text;

typedef struct
{
  ConvenePrintRole role;
  double x, y, width, height; /* the box */
  PangoLayout *layout;        /* NULL for a filled rectangle */
  guint first_line;
  guint n_lines;
  gboolean rotated;
  double origin_x, origin_y;  /* where the layout's top left corner goes */
  guint32 rgb;
  ConvenePrintDrawFunc draw;  /* a drawing (a chart): draws object in the box */
  GObject *object;
  PangoContext *context;
  gboolean release;           /* the layout's lines are freed once drawn */
} Item;

typedef struct
{
  char *label;
  GArray *items;
} Page;

typedef struct
{
  PangoContext *context;
  ConvenePageGeometry geometry;
  ConvenePageOrientation orientation;
  char *title;
  GDateTime *print_date;
  GPtrArray *pages;
  guint current_page; /* where add_lines() and friends put things */
  gsize laid_out_bytes; /* of the pieces whose lines are kept from measuring to drawing */
  ConvenePrintCheckpointFunc checkpoint; /* called as pagination goes (nullable) */
  gpointer checkpoint_data;
  gboolean cancelled;   /* the checkpoint said to stop: the pagination ends early */
} ConvenePrintLayoutPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ConvenePrintLayout, convene_print_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORIENTATION,
  PROP_PRINT_DATE,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
  g_clear_object (&item->object);
  g_clear_object (&item->context);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_free (page->label);
  g_array_unref (page->items);
  g_free (page);
}

static Page *
get_page (ConvenePrintLayout *self,
          guint               page_nr)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (page_nr < priv->pages->len, NULL);
  return g_ptr_array_index (priv->pages, page_nr);
}

static Page *
get_current_page (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  if (priv->pages->len == 0)
    convene_print_layout_add_page (self, NULL);
  return g_ptr_array_index (priv->pages, priv->current_page);
}

static PangoContext *
create_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_get_default ());
  return context;
}

/* The running header and footer of every page */
static void
add_running_text (ConvenePrintLayout *self,
                  guint               page_nr,
                  double              x,
                  double              y,
                  double              width,
                  double              height,
                  double              ascent,
                  double              descent)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  Page *page = g_ptr_array_index (priv->pages, page_nr);
  struct {
    const char *left;
    const char *right;
    ConvenePrintRole role;
    double y;
  } rows[2];
  g_autofree char *date = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *page_of = NULL;
  ConveneDate today = { 0, };

  priv->current_page = page_nr;

  today.year = g_date_time_get_year (priv->print_date);
  today.month = g_date_time_get_month (priv->print_date);
  today.day = g_date_time_get_day_of_month (priv->print_date);
  date = convene_date_format (&today);
  /* TRANSLATORS: in the footer of a printed page; %s is today's date */
  printed = g_strdup_printf (_("Printed %s"), date);
  /* TRANSLATORS: in the footer of a printed page */
  page_of = g_strdup_printf (_("Page %u of %u"), page_nr + 1, priv->pages->len);

  rows[0].left = priv->title;
  rows[0].right = page->label;
  rows[0].role = CONVENE_PRINT_ROLE_HEADER;
  rows[0].y = y;
  rows[1].left = printed;
  rows[1].right = page_of;
  rows[1].role = CONVENE_PRINT_ROLE_FOOTER;
  rows[1].y = y + height - ascent - descent;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PangoLayout) left = NULL;
      g_autoptr(PangoLayout) right = NULL;
      double right_width = 0.0;

      if (rows[i].right != NULL && *rows[i].right != '\0')
        {
          right = convene_print_layout_create_text (self, rows[i].right, RUNNING_SIZE,
                                                    PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
          pango_layout_set_single_paragraph_mode (right, TRUE);
          right_width = convene_print_text_get_width (right);
          if (right_width > width * 0.45)
            {
              pango_layout_set_width (right, pango_units_from_double (width * 0.45));
              pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_END);
              right_width = convene_print_text_get_width (right);
            }
          convene_print_layout_add_text (self, rows[i].role, right, x + width - right_width,
                                         rows[i].y + ascent
                                           - convene_print_text_get_baseline (right),
                                         CONVENE_PRINT_INK_DIM);
        }

      if (rows[i].left != NULL && *rows[i].left != '\0')
        {
          double left_width = width - right_width - (right_width > 0 ? RUNNING_SPACE : 0.0);

          left = convene_print_layout_create_text (self, rows[i].left, RUNNING_SIZE,
                                                   PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
          pango_layout_set_single_paragraph_mode (left, TRUE);
          pango_layout_set_width (left, pango_units_from_double (left_width));
          pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
          convene_print_layout_add_text (self, rows[i].role, left, x,
                                         rows[i].y + ascent
                                           - convene_print_text_get_baseline (left),
                                         CONVENE_PRINT_INK_DIM);
        }
    }

  /* a hairline under the header */
  {
    Item rule = { 0, };

    rule.role = CONVENE_PRINT_ROLE_DECORATION;
    rule.x = x;
    rule.y = y + ascent + descent + HEADER_RULE_GAP;
    rule.width = width;
    rule.height = HEADER_RULE;
    rule.rgb = CONVENE_PRINT_RULE;
    g_array_append_val (page->items, rule);
  }
}

/* Public API */

/**
 * convene_print_layout_paginate:
 * @self: a print layout
 * @geometry: the sheet's size and margins, in points
 *
 * Lays everything out for @geometry.
 *
 * Returns: the number of pages, at least 1
 */
guint
convene_print_layout_paginate (ConvenePrintLayout        *self,
                               const ConvenePageGeometry *geometry)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  const char *probes[3];
  double x, y, width, height, ascent = 0.0, descent = 0.0, body_top, body_height;
  g_autofree char *page_of = NULL;
  guint n_pages;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), 0);
  g_return_val_if_fail (geometry != NULL, 0);

  priv->geometry = *geometry;
  g_ptr_array_set_size (priv->pages, 0);
  priv->laid_out_bytes = 0;
  priv->current_page = 0;
  priv->cancelled = FALSE;

  convene_page_geometry_get_content (geometry, &x, &y, &width, &height);
  /* a sheet too small for its margins still gets something, if cramped */
  width = MAX (width, 36.0);
  height = MAX (height, 72.0);

  /* the running header and footer are one line each, as tall as the
   * tallest script in them needs */
  page_of = g_strdup_printf (_("Page %u of %u"), 1, 1);
  probes[0] = "Xg";
  probes[1] = page_of;
  probes[2] = priv->title;
  for (guint i = 0; i < G_N_ELEMENTS (probes); i++)
    {
      g_autoptr(PangoLayout) probe = NULL;
      double baseline;

      if (probes[i] == NULL)
        continue;
      probe = convene_print_layout_create_text (self, probes[i], RUNNING_SIZE,
                                                PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1);
      pango_layout_set_single_paragraph_mode (probe, TRUE);
      baseline = convene_print_text_get_baseline (probe);
      ascent = MAX (ascent, baseline);
      descent = MAX (descent, convene_print_text_get_height (probe) - baseline);
    }

  body_top = y + ascent + descent + HEADER_RULE_GAP + HEADER_RULE + HEADER_GAP;
  body_height = height - (body_top - y) - (ascent + descent) - FOOTER_GAP;
  body_height = MAX (body_height, 36.0);

  CONVENE_PRINT_LAYOUT_GET_CLASS (self)->paginate (self, x, body_top, width, body_height);

  if (priv->pages->len == 0)
    convene_print_layout_add_page (self, NULL);

  n_pages = priv->pages->len;
  for (guint i = 0; i < n_pages && !priv->cancelled; i++)
    add_running_text (self, i, x, y, width, height, ascent, descent);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  return n_pages;
}

/* The number of pages of the last pagination, 0 before the first. */
guint
convene_print_layout_get_n_pages (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), 0);
  return priv->pages->len;
}

static void
draw_item (cairo_t    *cr,
           const Item *item)
{
  PangoLayoutIter *iter;
  guint index = 0;

  if (item->draw != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, item->x, item->y);
      cairo_rectangle (cr, 0, 0, item->width, item->height);
      cairo_clip (cr);
      item->draw (cr, item->object, item->context, item->width, item->height);
      cairo_restore (cr);
      return;
    }

  cairo_set_source_rgb (cr,
                        ((item->rgb >> 16) & 0xff) / 255.0,
                        ((item->rgb >> 8) & 0xff) / 255.0,
                        (item->rgb & 0xff) / 255.0);

  if (item->layout == NULL)
    {
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      cairo_fill (cr);
      return;
    }

  if (item->rotated)
    {
      cairo_save (cr);
      cairo_translate (cr, item->origin_x, item->origin_y);
      cairo_rotate (cr, -G_PI / 2.0);
      cairo_move_to (cr, 0.0, 0.0);
      pango_cairo_show_layout (cr, item->layout);
      cairo_restore (cr);
      return;
    }

  iter = pango_layout_get_iter (item->layout);
  do
    {
      if (index >= item->first_line && index < item->first_line + item->n_lines)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle in_layout, in_line;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &in_layout);
          pango_layout_line_get_extents (line, NULL, &in_line);
          cairo_move_to (cr,
                         item->origin_x + pango_units_to_double (in_layout.x - in_line.x),
                         item->origin_y + pango_units_to_double (baseline));
          pango_cairo_show_layout_line (cr, line);
        }
      index++;
    }
  while (index < item->first_line + item->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/**
 * convene_print_layout_draw_page:
 * @self: a paginated print layout
 * @cr: a cairo context in points, its origin at the sheet's top left corner
 * @page_nr: the page, from 0
 *
 * Draws one page. The context's state is left as it was.
 */
void
convene_print_layout_draw_page (ConvenePrintLayout *self,
                                cairo_t            *cr,
                                guint               page_nr)
{
  Page *page;

  g_return_if_fail (CONVENE_IS_PRINT_LAYOUT (self));
  g_return_if_fail (cr != NULL);

  page = get_page (self, page_nr);
  if (page == NULL)
    return;

  cairo_save (cr);
  for (guint i = 0; i < page->items->len; i++)
    draw_item (cr, &g_array_index (page->items, Item, i));
  cairo_restore (cr);

  /* a piece of a paragraph keeps its text, not its laid out lines */
  for (guint i = 0; i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);

      if (item->release)
        pango_layout_context_changed (item->layout);
    }
}

const ConvenePageGeometry *
convene_print_layout_get_geometry (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), NULL);
  return &priv->geometry;
}

/* The orientation the content is made for: a summary is portrait, the
 * attendance matrix landscape. Any geometry works; this is the default to
 * offer. */
ConvenePageOrientation
convene_print_layout_get_orientation (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), CONVENE_PAGE_PORTRAIT);
  return priv->orientation;
}

/* The running header's text: the dataset's title. */
const char *
convene_print_layout_get_title (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), NULL);
  return priv->title;
}

/* The date in the footer; today unless set. */
GDateTime *
convene_print_layout_get_print_date (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), NULL);
  return priv->print_date;
}

/* Takes effect at the next pagination. NULL means now. */
void
convene_print_layout_set_print_date (ConvenePrintLayout *self,
                                     GDateTime          *date)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_if_fail (CONVENE_IS_PRINT_LAYOUT (self));

  g_clear_pointer (&priv->print_date, g_date_time_unref);
  priv->print_date = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_local ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINT_DATE]);
}

/**
 * convene_print_layout_get_page_boxes:
 * @self: a paginated print layout
 * @page_nr: the page, from 0
 *
 * Where things are drawn on a page.
 *
 * Returns: (transfer full) (element-type ConvenePrintBox): the boxes, in drawing order
 */
GArray *
convene_print_layout_get_page_boxes (ConvenePrintLayout *self,
                                     guint               page_nr)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (ConvenePrintBox));
  Page *page;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), boxes);

  page = get_page (self, page_nr);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);
      ConvenePrintBox box = { item->role, item->x, item->y, item->width, item->height };

      g_array_append_val (boxes, box);
    }
  return boxes;
}

/* A line's text as drawn, in logical order: where the line is ellipsized,
 * the run that stands for the text left out shows as "…", not as that
 * text. */
static gint
compare_run_offsets (gconstpointer a,
                     gconstpointer b)
{
  const PangoGlyphItem *x = a, *y = b;

  return (x->item->offset > y->item->offset) - (x->item->offset < y->item->offset);
}

static void
append_line_text (GString         *text,
                  const char      *layout_text,
                  PangoLayoutLine *line)
{
  g_autoptr(GSList) runs = NULL;
  gboolean ellipsized = FALSE;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    ellipsized |= (((PangoGlyphItem *) l->data)->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0;
  if (!ellipsized)
    {
      g_string_append_len (text, layout_text + line->start_index, line->length);
      return;
    }

  runs = g_slist_sort (g_slist_copy (line->runs), compare_run_offsets);
  for (GSList *l = runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      if (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
        g_string_append (text, "…");
      else
        g_string_append_len (text, layout_text + run->item->offset, run->item->length);
    }
}

/**
 * convene_print_layout_dup_page_text:
 * @self: a paginated print layout
 * @page_nr: the page, from 0
 *
 * The body text drawn on a page (headings and text, not the running header
 * and footer), in drawing order: what each item shows of its text, exactly
 * (line breaks inside a paragraph add nothing), one item a line.
 *
 * Returns: (transfer full): the text
 */
char *
convene_print_layout_dup_page_text (ConvenePrintLayout *self,
                                    guint               page_nr)
{
  GString *text = g_string_new (NULL);
  Page *page;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), g_string_free (text, FALSE));

  page = get_page (self, page_nr);
  for (guint i = 0; page != NULL && i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);
      const char *layout_text;
      PangoLayoutIter *iter;
      guint index = 0;

      if (item->layout == NULL ||
          (item->role != CONVENE_PRINT_ROLE_TEXT && item->role != CONVENE_PRINT_ROLE_HEADING))
        continue;

      layout_text = pango_layout_get_text (item->layout);
      iter = pango_layout_get_iter (item->layout);
      do
        {
          if (index >= item->first_line && index < item->first_line + item->n_lines)
            {
              PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

              append_line_text (text, layout_text, line);
            }
          index++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* How many characters of the laid out pages no installed font has a glyph
 * for (they print as boxes); 0 when the fonts cover every script. */
guint
convene_print_layout_count_unknown_glyphs (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint count = 0;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), 0);

  for (guint i = 0; i < priv->pages->len; i++)
    {
      Page *page = g_ptr_array_index (priv->pages, i);

      for (guint j = 0; j < page->items->len; j++)
        {
          const Item *item = &g_array_index (page->items, Item, j);

          /* a paragraph split across pages is counted once */
          if (item->layout == NULL || !g_hash_table_add (seen, item->layout))
            continue;
          count += pango_layout_get_unknown_glyphs_count (item->layout);
        }
    }
  return count;
}

/* For subclasses */

void
convene_print_layout_set_title (ConvenePrintLayout *self,
                                const char         *title)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_if_fail (CONVENE_IS_PRINT_LAYOUT (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;
  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
convene_print_layout_set_orientation (ConvenePrintLayout     *self,
                                      ConvenePageOrientation  orientation)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_if_fail (CONVENE_IS_PRINT_LAYOUT (self));

  priv->orientation = orientation;
}

PangoContext *
convene_print_layout_get_pango_context (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), NULL);
  return priv->context;
}

/* cairo refuses text holding a noncharacter (U+FDD0…U+FDEF, and the last
 * two code points of every plane, U+FFFE, U+10FFFF…) with "input string
 * not valid UTF-8", and the whole PDF fails; a dataset may hold them. They
 * print as U+FFFD, without changing the text's length in bytes, so that the
 * callers' attribute ranges still hold: a four-byte noncharacter becomes
 * U+FFFD and a space. Returns NULL when text has none. */
static char *
replace_noncharacters (const char *text)
{
  GString *copy = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* every noncharacter is three or four bytes, from 0xEF or 0xF0 */
      if ((guchar) *p < 0xef)
        continue;
      c = g_utf8_get_char (p);
      if (!((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe))
        continue;
      if (copy == NULL)
        copy = g_string_new (text);
      memcpy (copy->str + (p - text), c > 0xffff ? "\xef\xbf\xbd " : "\xef\xbf\xbd",
              c > 0xffff ? 4 : 3);
    }
  return copy != NULL ? g_string_free (copy, FALSE) : NULL;
}

/**
 * convene_print_text_dup_printable:
 * @text: text for Pango and cairo
 *
 * Returns: (transfer full): @text with its noncharacters replaced (see
 *   replace_noncharacters()), so that cairo's PDF surface takes it
 */
char *
convene_print_text_dup_printable (const char *text)
{
  char *replaced;

  g_return_val_if_fail (text != NULL, NULL);

  replaced = replace_noncharacters (text);
  return replaced != NULL ? replaced : g_strdup (text);
}

/* Where a pagination may pause (see convene-print-pagination.c): between
 * one text laid out and the next, one item placed and the next, so a pause
 * comes after at most one piece of a paragraph (PIECE_CHARS characters) */
static void
checkpoint (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  if (priv->checkpoint != NULL && !priv->cancelled)
    priv->cancelled = !priv->checkpoint (priv->checkpoint_data);
}

/**
 * convene_print_layout_set_checkpoint:
 * @self: a print layout
 * @func: (nullable): called often while the layout paginates; when it
 *   returns FALSE, the pagination stops early (its pages are then of no use)
 * @data: for @func
 *
 * How a pagination is done in steps, on a thread that the main thread waits
 * for (ConvenePrintPagination).
 */
void
convene_print_layout_set_checkpoint (ConvenePrintLayout         *self,
                                     ConvenePrintCheckpointFunc  func,
                                     gpointer                    data)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_return_if_fail (CONVENE_IS_PRINT_LAYOUT (self));
  priv->checkpoint = func;
  priv->checkpoint_data = data;
}

/* Whether the pagination under way was told to stop: its loops end early. */
gboolean
convene_print_layout_is_cancelled (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  return priv->cancelled;
}

/* A layout of @length bytes of @text, in Convene's print font; @attrs
 * (nullable) are added to its own. */
static PangoLayout *
new_layout (ConvenePrintLayout *self,
            const char         *text,
            gsize               length,
            double              size,
            PangoWeight         weight,
            PangoStyle          style,
            double              width,
            PangoAttrList      *attrs)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  PangoFontDescription *font;
  PangoLayout *layout;

  checkpoint (self);
  font = pango_font_description_from_string (FONT_FAMILY);
  layout = pango_layout_new (priv->context);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  attrs = attrs != NULL ? pango_attr_list_ref (attrs) : pango_attr_list_new ();
  pango_attr_list_insert_before (attrs, pango_attr_insert_hyphens_new (FALSE));
  attrs = convene_text_runs_cut (attrs, text, length);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_text (layout, text, length);
  longest_text = MAX (longest_text, length);
  return layout;
}

/**
 * convene_print_layout_create_text:
 * @self: a print layout
 * @text: plain text: never markup
 * @size: the font size in points
 * @weight: the font weight
 * @style: normal or italic
 * @width: where to wrap, in points; 0 or less for no wrapping
 *
 * A PangoLayout in Convene's print font for a line or a few: text beyond
 * LINE_CHARS characters is cut short with "…" (a paragraph of any length
 * is laid out by convene_print_layout_create_paragraph()). Lines break
 * between words, or anywhere in a word too long for a line, and never gain
 * a hyphen.
 *
 * Returns: (transfer full): the layout
 */
PangoLayout *
convene_print_layout_create_text (ConvenePrintLayout *self,
                                  const char         *text,
                                  double              size,
                                  PangoWeight         weight,
                                  PangoStyle          style,
                                  double              width)
{
  g_autofree char *capped = convene_text_dup_capped (text != NULL ? text : "", LINE_CHARS);
  g_autofree char *replaced = replace_noncharacters (capped);
  const char *printable = replaced != NULL ? replaced : capped;

  return new_layout (self, printable, strlen (printable), size, weight, style, width, NULL);
}

/* The direction of the paragraph (between line breaks) of @text that
 * starts at byte @start: that of its first strong character. */
static PangoDirection
get_paragraph_direction (const char *text,
                         gsize       length,
                         gsize       start)
{
  const char *end = text + start;
  PangoDirection dir;

  while (end < text + length && *end != '\n' && *end != '\r')
    end++;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS  /* Pango has no replacement */
  dir = pango_find_base_dir (text + start, end - (text + start));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return dir;
}

void
convene_print_piece_free (gpointer data)
{
  ConvenePrintPiece *piece = data;

  g_clear_object (&piece->layout);
  g_clear_pointer (&piece->lines, g_array_unref);
  g_free (piece);
}

/**
 * convene_print_layout_create_paragraph:
 * @self: a print layout
 * @text: plain text of any length: never markup
 * @size: the font size in points
 * @weight: the font weight
 * @style: normal or italic
 * @width: where to wrap, in points
 * @line_spacing: as pango_layout_set_line_spacing() takes it
 * @attrs: (nullable): attributes, their indices in bytes of @text
 *
 * Lays @text out in pieces of at most PIECE_CHARS characters and
 * PIECE_LINES lines, measured: each piece begins where the previous one's
 * last line ended, so the lines are those of one layout of the whole text,
 * at a cost in proportion to its length. A piece that begins inside a
 * paragraph keeps that paragraph's direction (a mark is put before it when
 * its own text would say otherwise).
 *
 * Returns: (transfer full) (element-type ConvenePrintPiece): the pieces, at
 *   least one
 */
GPtrArray *
convene_print_layout_create_paragraph (ConvenePrintLayout *self,
                                       const char         *text,
                                       double              size,
                                       PangoWeight         weight,
                                       PangoStyle          style,
                                       double              width,
                                       double              line_spacing,
                                       PangoAttrList      *attrs)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  GPtrArray *pieces = g_ptr_array_new_with_free_func (convene_print_piece_free);
  g_autofree char *replaced = replace_noncharacters (text != NULL ? text : "");
  const char *all = replaced != NULL ? replaced : text != NULL ? text : "";
  gsize length = strlen (all);
  gsize start = 0;
  gsize para_start = 0;     /* where the paragraph holding start begins */
  gboolean para_known = FALSE;
  PangoDirection para_dir = PANGO_DIRECTION_NEUTRAL;

  do
    {
      gsize end = convene_text_piece_end (all + start, PIECE_CHARS, FALSE) - all;
      gsize next;
      g_autoptr(GString) piece_text = g_string_new (NULL);
      g_autoptr(PangoAttrList) piece_attrs = attrs != NULL ? pango_attr_list_copy (attrs) : NULL;
      ConvenePrintPiece *piece = g_new0 (ConvenePrintPiece, 1);
      gsize prefix = 0;
      guint breaks = 0;

      /* nor more lines than a piece keeps */
      for (gsize p = start; p < end; p++)
        if (all[p] == '\n' && ++breaks == PIECE_LINES)
          {
            end = p + 1;
            break;
          }
      next = end;

      /* in the middle of a paragraph, the piece keeps its direction */
      if (start > 0 && all[start - 1] != '\n' && all[start - 1] != '\r')
        {
          const char *line_end = memchr (all + start, '\n', end - start);
          PangoDirection own;

          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          own = pango_find_base_dir (all + start,
                                     (line_end != NULL ? line_end : all + end) - (all + start));
          G_GNUC_END_IGNORE_DEPRECATIONS

          if (!para_known)
            {
              para_dir = get_paragraph_direction (all, length, para_start);
              para_known = TRUE;
            }
          if (own != para_dir && para_dir != PANGO_DIRECTION_NEUTRAL)
            g_string_append (piece_text, para_dir == PANGO_DIRECTION_RTL ? RLM : LRM);
          prefix = piece_text->len;
        }
      g_string_append_len (piece_text, all + start, end - start);
      if (piece_attrs != NULL)
        pango_attr_list_update (piece_attrs, 0, start, prefix);

      piece->layout = new_layout (self, piece_text->str, piece_text->len, size, weight, style,
                                  width, piece_attrs);
      pango_layout_set_line_spacing (piece->layout, line_spacing);
      piece->lines = convene_print_text_measure_lines (piece->layout);
      piece->baseline = convene_print_text_get_baseline (piece->layout);

      /* the last line may go on in the next piece: that one begins with it */
      if (piece->lines->len > PIECE_LINES || (end < length && piece->lines->len > 1))
        {
          guint keep = MIN (piece->lines->len - 1, PIECE_LINES);
          PangoLayoutLine *line = pango_layout_get_line_readonly (piece->layout, keep);

          if (line != NULL && (gsize) line->start_index > prefix)
            {
              next = start + line->start_index - prefix;
              /* the space between lines (line_spacing) goes with the line
               * above it, so the next piece follows at the same pitch */
              g_array_index (piece->lines, ConvenePrintLine, keep - 1).bottom =
                g_array_index (piece->lines, ConvenePrintLine, keep).top;
              g_array_set_size (piece->lines, keep);
            }
        }
      /* beyond KEEP_BYTES of text in a pagination, what is kept is the
       * text: Pango lays it out again to draw it */
      if (priv->laid_out_bytes + piece_text->len > KEEP_BYTES)
        pango_layout_context_changed (piece->layout);
      else
        priv->laid_out_bytes += piece_text->len;

      g_ptr_array_add (pieces, piece);
      /* a paragraph beginning in this piece */
      for (gsize p = next; p > start; p--)
        if (all[p - 1] == '\n' || all[p - 1] == '\r')
          {
            para_start = p;
            para_known = FALSE;
            break;
          }
      start = next;
    }
  while (start < length && !priv->cancelled);
  return pieces;
}

/* The height of a piece's lines, in points */
double
convene_print_piece_get_height (const ConvenePrintPiece *piece)
{
  return g_array_index (piece->lines, ConvenePrintLine, piece->lines->len - 1).bottom
         - g_array_index (piece->lines, ConvenePrintLine, 0).top;
}

/* The longest text handed to Pango so far, in bytes; @reset sets it to 0
 * after reading it. For tests: it stays bounded, whatever the text. */
gsize
convene_print_text_get_longest (gboolean reset)
{
  gsize longest = longest_text;

  if (reset)
    longest_text = 0;
  return longest;
}

static void
insert_attribute (PangoLayout    *layout,
                  PangoAttribute *attr,
                  guint           start,
                  guint           end)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);

  attr->start_index = start;
  attr->end_index = end;
  if (attrs == NULL)
    {
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, attr);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  else
    {
      pango_attr_list_change (attrs, attr);
      /* the layout must notice that its attributes changed */
      pango_layout_set_attributes (layout, attrs);
    }
}

/* Colours the bytes start to end of the layout's text. */
void
convene_print_text_set_colour (PangoLayout *layout,
                               guint        start,
                               guint        end,
                               guint32      rgb)
{
  insert_attribute (layout, convene_print_attr_colour_new (rgb), start, end);
}

/* A foreground colour attribute, from 0xRRGGBB */
PangoAttribute *
convene_print_attr_colour_new (guint32 rgb)
{
  return pango_attr_foreground_new (((rgb >> 16) & 0xff) * 0x101, ((rgb >> 8) & 0xff) * 0x101,
                                    (rgb & 0xff) * 0x101);
}

/* Adds @attr to @attrs for bytes @start to @end */
void
convene_print_attrs_insert (PangoAttrList  *attrs,
                            PangoAttribute *attr,
                            guint           start,
                            guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

void
convene_print_text_set_weight (PangoLayout *layout,
                               guint        start,
                               guint        end,
                               PangoWeight  weight)
{
  insert_attribute (layout, pango_attr_weight_new (weight), start, end);
}

void
convene_print_text_set_size (PangoLayout *layout,
                             guint        start,
                             guint        end,
                             double       size)
{
  insert_attribute (layout, pango_attr_size_new ((int) (size * PANGO_SCALE + 0.5)), start, end);
}

/* The vertical slot of each line, in points from the layout's top. */
GArray *
convene_print_text_measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (ConvenePrintLine));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      ConvenePrintLine line;
      PangoRectangle ink;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, &ink, NULL);
      line.top = pango_units_to_double (top);
      line.bottom = pango_units_to_double (bottom);
      line.ink_left = ink.width > 0 ? pango_units_to_double (ink.x) : 0.0;
      line.ink_right = ink.width > 0 ? pango_units_to_double (ink.x + ink.width) : 0.0;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return lines;
}

/* The width the text takes, in points. */
double
convene_print_text_get_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.x + logical.width);
}

double
convene_print_text_get_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* From the top of the layout to the first line's baseline, in points. */
double
convene_print_text_get_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

/* Starts a new page; the label goes at the right of its running header. */
guint
convene_print_layout_add_page (ConvenePrintLayout *self,
                               const char         *label)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  Page *page;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (self), 0);

  page = g_new0 (Page, 1);
  /* said on every page: a label is a line, cut short (a participant's name
   * of 256k characters on each of a hundred pages took 25 MB) */
  page->label = convene_text_dup_capped (label, LINE_CHARS);
  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->items, item_clear);
  g_ptr_array_add (priv->pages, page);
  priv->current_page = priv->pages->len - 1;
  return priv->current_page;
}

/* Lines first to first + n_lines - 1 of @lines (all of @layout's, or its
 * first ones) on the current page; @release: the layout's lines are freed
 * once its page is drawn. */
static void
add_measured_lines (ConvenePrintLayout *self,
                    ConvenePrintRole    role,
                    PangoLayout        *layout,
                    GArray             *lines,
                    guint               first_line,
                    guint               n_lines,
                    double              x,
                    double              y,
                    guint32             rgb,
                    gboolean            release)
{
  Page *page = get_current_page (self);
  Item item = { 0, };
  double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;

  checkpoint (self);
  g_return_if_fail (first_line < lines->len);
  n_lines = MIN (n_lines, lines->len - first_line);
  if (n_lines == 0)
    return;

  /* the horizontal extent of the lines' ink */
  for (guint i = first_line; i < first_line + n_lines; i++)
    {
      const ConvenePrintLine *line = &g_array_index (lines, ConvenePrintLine, i);

      if (line->ink_right > line->ink_left)
        {
          left = MIN (left, line->ink_left);
          right = MAX (right, line->ink_right);
        }
    }
  if (left > right)
    left = right = 0.0;

  item.role = role;
  item.layout = g_object_ref (layout);
  item.first_line = first_line;
  item.n_lines = n_lines;
  item.origin_x = x;
  item.origin_y = y - g_array_index (lines, ConvenePrintLine, first_line).top;
  item.x = x + left;
  item.width = right - left;
  item.y = y;
  item.height = g_array_index (lines, ConvenePrintLine, first_line + n_lines - 1).bottom
                - g_array_index (lines, ConvenePrintLine, first_line).top;
  item.rgb = rgb;
  item.release = release;
  g_array_append_val (page->items, item);
}

/**
 * convene_print_layout_add_lines:
 * @self: a print layout
 * @role: what the lines are
 * @layout: the text
 * @first_line: the first line to draw, from 0
 * @n_lines: how many lines
 * @x: where the layout's left edge goes, in points
 * @y: where the top of the first line's slot goes, in points
 * @rgb: the colour of text that has no colour attribute
 *
 * Puts some lines of a layout on the current page, so a paragraph can be split
 * across pages. Each line is drawn on its own: nothing is clipped.
 */
void
convene_print_layout_add_lines (ConvenePrintLayout *self,
                                ConvenePrintRole    role,
                                PangoLayout        *layout,
                                guint               first_line,
                                guint               n_lines,
                                double              x,
                                double              y,
                                guint32             rgb)
{
  g_autoptr(GArray) lines = NULL;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  lines = convene_print_text_measure_lines (layout);
  add_measured_lines (self, role, layout, lines, first_line, n_lines, x, y, rgb, FALSE);
}

/* Lines first_line to first_line + n_lines - 1 of a piece of a paragraph
 * on the current page, as convene_print_layout_add_lines() puts them; the
 * piece is not laid out again until its page is drawn. */
void
convene_print_layout_add_piece (ConvenePrintLayout      *self,
                                ConvenePrintRole         role,
                                const ConvenePrintPiece *piece,
                                guint                    first_line,
                                guint                    n_lines,
                                double                   x,
                                double                   y,
                                guint32                  rgb)
{
  g_return_if_fail (piece != NULL);

  add_measured_lines (self, role, piece->layout, piece->lines, first_line, n_lines, x, y, rgb,
                      TRUE);
}

/* Puts a whole layout on the current page, its top left corner at x, y. */
void
convene_print_layout_add_text (ConvenePrintLayout *self,
                               ConvenePrintRole    role,
                               PangoLayout        *layout,
                               double              x,
                               double              y,
                               guint32             rgb)
{
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  convene_print_layout_add_lines (self, role, layout, 0, G_MAXUINT, x, y, rgb);
}

/* Puts a whole layout on the current page turned a quarter anticlockwise, so it
 * reads upwards; x, y is the bottom left corner of what it covers. */
void
convene_print_layout_add_rotated_text (ConvenePrintLayout *self,
                                       ConvenePrintRole    role,
                                       PangoLayout        *layout,
                                       double              x,
                                       double              y,
                                       guint32             rgb)
{
  Page *page = get_current_page (self);
  Item item = { 0, };
  PangoRectangle ink, logical;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  pango_layout_get_extents (layout, &ink, &logical);

  item.role = role;
  item.layout = g_object_ref (layout);
  item.n_lines = G_MAXUINT;
  item.rotated = TRUE;
  item.origin_x = x;
  item.origin_y = y;
  /* after the turn, the layout's x runs up the page and its y to the right */
  item.x = x + pango_units_to_double (logical.y);
  item.width = pango_units_to_double (logical.height);
  item.y = y - pango_units_to_double (ink.x + ink.width);
  item.height = pango_units_to_double (ink.width);
  item.rgb = rgb;
  g_array_append_val (page->items, item);
}

/* Puts a filled rectangle on the current page. */
void
convene_print_layout_add_rect (ConvenePrintLayout *self,
                               ConvenePrintRole    role,
                               double              x,
                               double              y,
                               double              width,
                               double              height,
                               guint32             rgb)
{
  Page *page = get_current_page (self);
  Item item = { 0, };

  item.role = role;
  item.x = x;
  item.y = y;
  item.width = width;
  item.height = height;
  item.rgb = rgb;
  g_array_append_val (page->items, item);
}

/* A drawing in the box (x, y, width, height) of the current page: @draw is
 * called with the cairo context's origin at the box's corner, the layout's
 * own PangoContext, and @object (held until the layout is paginated again). */
void
convene_print_layout_add_drawing (ConvenePrintLayout   *self,
                                  ConvenePrintRole      role,
                                  double                x,
                                  double                y,
                                  double                width,
                                  double                height,
                                  ConvenePrintDrawFunc  draw,
                                  GObject              *object)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);
  Page *page = get_current_page (self);
  Item item = { 0, };

  g_return_if_fail (draw != NULL);

  item.role = role;
  item.x = x;
  item.y = y;
  item.width = width;
  item.height = height;
  item.draw = draw;
  item.object = object != NULL ? g_object_ref (object) : NULL;
  item.context = g_object_ref (priv->context);
  g_array_append_val (page->items, item);
}

/* GObject */

static void
convene_print_layout_real_paginate (ConvenePrintLayout *self,
                                    double              x,
                                    double              y,
                                    double              width,
                                    double              height)
{
}

static void
convene_print_layout_finalize (GObject *object)
{
  ConvenePrintLayout *self = CONVENE_PRINT_LAYOUT (object);
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  g_clear_pointer (&priv->pages, g_ptr_array_unref);
  g_clear_object (&priv->context);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->print_date, g_date_time_unref);

  G_OBJECT_CLASS (convene_print_layout_parent_class)->finalize (object);
}

static void
convene_print_layout_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConvenePrintLayout *self = CONVENE_PRINT_LAYOUT (object);
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_ORIENTATION:
      g_value_set_int (value, priv->orientation);
      break;
    case PROP_PRINT_DATE:
      g_value_set_boxed (value, priv->print_date);
      break;
    case PROP_N_PAGES:
      g_value_set_uint (value, priv->pages->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_layout_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ConvenePrintLayout *self = CONVENE_PRINT_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_PRINT_DATE:
      convene_print_layout_set_print_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_layout_class_init (ConvenePrintLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = convene_print_layout_finalize;
  object_class->get_property = convene_print_layout_get_property;
  object_class->set_property = convene_print_layout_set_property;

  klass->paginate = convene_print_layout_real_paginate;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIENTATION] =
    g_param_spec_int ("orientation", NULL, NULL,
                      CONVENE_PAGE_PORTRAIT, CONVENE_PAGE_LANDSCAPE, CONVENE_PAGE_PORTRAIT,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRINT_DATE] =
    g_param_spec_boxed ("print-date", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_print_layout_init (ConvenePrintLayout *self)
{
  ConvenePrintLayoutPrivate *priv = convene_print_layout_get_instance_private (self);

  priv->context = create_pango_context ();
  priv->pages = g_ptr_array_new_with_free_func (page_free);
  priv->print_date = g_date_time_new_now_local ();
  convene_page_geometry_init (&priv->geometry, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
}
