/* convene-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-meeting-private.h"
#include "convene-search.h"

struct _ConveneSearchQuery
{
  GStrv terms; /* folded; every one must appear */
};

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Lower case without accents: "Viet Nam" and "Việt Nam" both fold to
 * "viet nam". Typographic apostrophes fold to "'". */
char *
convene_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *folded;

  if (text == NULL)
    return g_strdup ("");
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x2018 || c == 0x2019)
        c = '\'';
      g_string_append_unichar (folded, g_unichar_tolower (c));
    }

  return g_string_free (folded, FALSE);
}

static void
append_field (GString    *haystack,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append (haystack, text);
  g_string_append_c (haystack, '\n');
}

static void
append_participant (GString            *haystack,
                    ConveneParticipant *participant)
{
  const char * const *aliases = convene_participant_get_aliases (participant);

  append_field (haystack, convene_participant_get_name (participant));
  if (convene_participant_get_display_name (participant) != convene_participant_get_name (participant))
    append_field (haystack, convene_participant_get_display_name (participant));
  append_field (haystack, convene_participant_get_short_name (participant));
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    append_field (haystack, aliases[i]);
}

/* The meeting's title, place, participants with their aliases, purpose,
 * outcomes and notes, folded, one field a line. */
char *
convene_search_build_meeting_text (ConveneMeeting *meeting)
{
  g_autoptr(GString) haystack = g_string_new (NULL);

  append_field (haystack, meeting->title);
  append_field (haystack, meeting->city);
  append_field (haystack, meeting->venue);
  if (meeting->country != NULL)
    append_participant (haystack, meeting->country);
  for (guint i = 0; meeting->co_chairs[i] != NULL; i++)
    append_field (haystack, meeting->co_chairs[i]);

  if (meeting->attendance != NULL)
    for (guint i = 0; i < meeting->attendance->len; i++)
      append_participant (haystack,
                          ((ConveneAttendance *) g_ptr_array_index (meeting->attendance, i))->participant);

  append_field (haystack, meeting->purpose);
  for (guint i = 0; i < meeting->outcomes->len; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (meeting->outcomes, i);

      append_field (haystack, outcome->text);
      for (guint j = 0; outcome->items[j] != NULL; j++)
        append_field (haystack, outcome->items[j]);
    }
  for (guint i = 0; i < meeting->notes->len; i++)
    append_field (haystack, ((ConveneNote *) g_ptr_array_index (meeting->notes, i))->text);

  return convene_search_fold (haystack->str);
}

/* Words separated by spaces; each must appear somewhere in a meeting. */
ConveneSearchQuery *
convene_search_query_new (const char *text)
{
  ConveneSearchQuery *query = g_new0 (ConveneSearchQuery, 1);
  g_autofree char *folded = convene_search_fold (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);

  query->terms = g_strv_builder_end (builder);
  return query;
}

void
convene_search_query_free (ConveneSearchQuery *query)
{
  if (query == NULL)
    return;
  g_strfreev (query->terms);
  g_free (query);
}

gboolean
convene_search_query_is_empty (ConveneSearchQuery *query)
{
  return query == NULL || query->terms[0] == NULL;
}

gboolean
convene_search_query_matches (ConveneSearchQuery *query,
                              ConveneMeeting     *meeting)
{
  const char *haystack = convene_meeting_get_search_text (meeting);

  if (query == NULL)
    return TRUE;
  for (guint i = 0; query->terms[i] != NULL; i++)
    if (strstr (haystack, query->terms[i]) == NULL)
      return FALSE;
  return TRUE;
}
