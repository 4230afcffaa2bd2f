/* convene-text-runs.c: long unbroken runs handed to Pango in pieces
 *
 * Pango 1.50 breaks a run of text that has no break opportunity in time
 * that grows with the square of its length (a 16,000-character word took
 * seconds). A word longer than CONVENE_TEXT_RUN_CHARS is given to Pango in
 * pieces of that length, each a run of its own (a neutral attribute on every
 * other piece), so that breaking it costs time in proportion to its length;
 * the line breaks and the glyphs stay the same. Used by the detail pane's
 * text and the print layouts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-text-runs.h"

static gboolean
breaks_after (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B /* ZERO WIDTH SPACE */ || c == '-' || c == '/';
}

/**
 * convene_text_runs_cut:
 * @attrs: (nullable) (transfer full): the text's attributes, if any
 * @text: the text a layout is given
 * @length: its length in bytes
 *
 * Adds to @attrs what cuts every unbroken run of @text longer than
 * CONVENE_TEXT_RUN_CHARS into pieces (never before a combining mark): a
 * letter spacing of 0 on every other piece, which changes nothing but
 * Pango's runs.
 *
 * Returns: (transfer full) (nullable): @attrs, or a new list when @attrs is
 *   NULL and a run needs cutting; NULL when neither
 */
PangoAttrList *
convene_text_runs_cut (PangoAttrList *attrs,
                       const char    *text,
                       gsize          length)
{
  const char *end = text + length;
  const char *piece_start = text;
  guint piece_chars = 0;
  guint piece = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (breaks_after (c))
        {
          piece_chars = piece = 0;
          piece_start = g_utf8_next_char (p);
          continue;
        }
      if (piece_chars++ < CONVENE_TEXT_RUN_CHARS || g_unichar_ismark (c))
        continue;

      /* [piece_start, p) is a piece of a long run */
      if (piece++ % 2 == 1)
        {
          PangoAttribute *attr = pango_attr_letter_spacing_new (0);

          attr->start_index = piece_start - text;
          attr->end_index = p - text;
          if (attrs == NULL)
            attrs = pango_attr_list_new ();
          pango_attr_list_insert (attrs, attr);
        }
      piece_start = p;
      piece_chars = 1;
    }
  return attrs;
}
