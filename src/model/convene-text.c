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
