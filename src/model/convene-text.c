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
