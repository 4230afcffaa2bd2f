/* convene-text.c: dataset text joined with other text
 *
 * A piece of dataset text shown beside other text (names in a list, a city
 * and its country, a title in a description) is wrapped in a directional
 * isolate, FSI … PDI (Unicode's bidirectional algorithm, rule X5c). Inside,
 * the text takes the direction of its first strong character; outside, it
 * counts as one neutral character. So a right-to-left name keeps the
 * separator after it in place, and an embedding or override the text
 * leaves open (an unterminated U+202E) ends at the PDI instead of
 * reversing whatever follows.
 *
 * A CSV cell is dataset text too: it never begins a spreadsheet formula.
 *
 * Text is laid out in pieces of bounded length: Pango's cost grows faster
 * than the text for a run with no break opportunity or one long cluster
 * (a 64k-character word, 64k combining marks), so whatever lays dataset
 * text out (the detail pane, the print layouts) cuts it first with
 * convene_text_piece_end(), or caps a one-line text with
 * convene_text_dup_capped().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-text.h"

/**
 * convene_string_append_isolated:
 * @string: where to append
 * @text: (nullable): a piece of dataset text
 *
 * Appends @text between FSI and PDI. Nothing is appended for NULL.
 */
void
convene_string_append_isolated (GString    *string,
                                const char *text)
{
  g_return_if_fail (string != NULL);

  if (text == NULL)
    return;
  g_string_append (string, CONVENE_TEXT_FSI);
  g_string_append (string, text);
  g_string_append (string, CONVENE_TEXT_PDI);
}

/**
 * convene_text_isolate:
 * @text: (nullable): a piece of dataset text
 *
 * Returns: (transfer full) (nullable): @text between FSI and PDI, or NULL
 *   for NULL
 */
char *
convene_text_isolate (const char *text)
{
  GString *string;

  if (text == NULL)
    return NULL;

  string = g_string_sized_new (strlen (text) + 2 * strlen (CONVENE_TEXT_FSI));
  convene_string_append_isolated (string, text);
  return g_string_free (string, FALSE);
}

/**
 * convene_text_append_csv_field:
 * @line: a CSV line being built
 * @field: a cell
 *
 * Appends a comma (unless @line is empty) and @field, quoted as RFC 4180
 * says when it holds a comma, a double quote, CR or LF (its quotes doubled).
 * A field that a spreadsheet would take for a formula (one that begins
 * with =, +, -, @, a tab or a carriage return) gets a single quote in
 * front, so it is read as text (OWASP's advice against CSV injection,
 * CWE-1236).
 */
void
convene_text_append_csv_field (GString    *line,
                               const char *field)
{
  gboolean quote = strpbrk (field, ",\"\r\n") != NULL;

  if (line->len > 0)
    g_string_append_c (line, ',');
  if (quote)
    g_string_append_c (line, '"');
  if (field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL)
    g_string_append_c (line, '\'');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote)
    g_string_append_c (line, '"');
}

/* The most combining marks kept with their base character when a piece
 * must end: a longer run is no real text (Unicode's stream-safe format
 * allows 30), and is cut. */
#define MAX_MARKS 32

/**
 * convene_text_piece_end:
 * @text: UTF-8 text
 * @max_chars: the most characters the piece may have (at least 1)
 * @at_space: whether to end the piece after the last white space of its
 *   second half, when there is one
 *
 * Where a piece of @text of at most @max_chars characters ends: at the end
 * of @text if it is that short; else after a space (when @at_space), or else
 * before a character that is not a combining mark, so that no character is
 * parted from its marks, unless it has more than 32 of them. The cost is in
 * proportion to @max_chars, whatever the length of @text.
 *
 * Returns: a pointer into @text, after @text unless @text is empty
 */
const char *
convene_text_piece_end (const char *text,
                        guint       max_chars,
                        gboolean    at_space)
{
  const char *p = text;
  const char *space = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  max_chars = MAX (max_chars, 1);
  for (guint n = 0; n < max_chars; n++, p = g_utf8_next_char (p))
    {
      if (*p == '\0')
        return p;
      if (at_space && n >= max_chars / 2 && g_unichar_isspace (g_utf8_get_char (p)))
        space = g_utf8_next_char (p);
    }
  if (*p == '\0')
    return p;
  if (space != NULL)
    return space;
  /* back to the start of the cluster, unless it holds too many marks… */
  {
    const char *cut = p;
    guint marks = 0;

    while (p > text && marks <= MAX_MARKS && g_unichar_ismark (g_utf8_get_char (p)))
      {
        p = g_utf8_prev_char (p);
        marks++;
      }
    if (marks > MAX_MARKS)
      return cut;
    if (p > text)
      return p;
    /* …or, when the piece is one cluster, on after its marks */
    p = cut;
    for (marks = 0; marks < MAX_MARKS && *p != '\0' && g_unichar_ismark (g_utf8_get_char (p)); marks++)
      p = g_utf8_next_char (p);
  }
  return p;
}

/**
 * convene_text_dup_capped:
 * @text: (nullable): UTF-8 text shown on one line
 * @max_chars: the most characters to keep
 *
 * Returns: (transfer full) (nullable): @text, or when it is longer than
 *   @max_chars characters, its first characters (see
 *   convene_text_piece_end()) and "…"
 */
char *
convene_text_dup_capped (const char *text,
                         guint       max_chars)
{
  const char *end;
  g_autofree char *head = NULL;

  if (text == NULL)
    return NULL;
  end = convene_text_piece_end (text, max_chars, FALSE);
  if (*end == '\0')
    return g_strdup (text);
  head = g_strndup (text, end - text);
  return g_strconcat (head, "…", NULL);
}
