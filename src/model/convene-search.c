/* convene-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-meeting-private.h"
#include "convene-participant-private.h"
#include "convene-search.h"

struct _ConveneSearchQuery
{
  GStrv terms; /* folded; every one must appear */
};

/* Appends text to out in lower case without accents: "Viet Nam" and
 * "Việt Nam" both fold to "viet nam". Typographic apostrophes fold to "'".
 * ASCII text, the most of it, is lowered in one pass as it is copied. */
static void
fold_into (GString    *out,
           const char *text)
{
  gsize start = out->len;
  gsize len = strlen (text);
  g_autofree char *decomposed = NULL;
  char *dst;

  g_string_set_size (out, start + len);
  dst = out->str + start;
  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      if (c >= 0x80)
        goto unicode;
      dst[i] = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
  return;

unicode:
  g_string_truncate (out, start);
  decomposed = g_utf8_normalize (text, len, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (c == 0x2018 || c == 0x2019)
        c = '\'';
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
}

char *
convene_search_fold (const char *text)
{
  GString *folded;

  if (text == NULL)
    return g_strdup ("");
  folded = g_string_sized_new (strlen (text));
  fold_into (folded, text);
  return g_string_free (folded, FALSE);
}

/* Folds one field into the haystack, on a line of its own. Folding goes
 * character by character, and a line break stops anything from being
 * removed or reordered across it: fields folded apart and put together are
 * the fields put together and folded. */
static void
append_field (GString    *haystack,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  fold_into (haystack, text);
  g_string_append_c (haystack, '\n');
}

/* A participant's names and aliases, folded, one a line: made once, for
 * every meeting it attended. */
static const char *
participant_text (ConveneParticipant *participant)
{
  if (participant->search_text == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      const char * const *aliases = convene_participant_get_aliases (participant);

      append_field (names, convene_participant_get_name (participant));
      if (convene_participant_get_display_name (participant) != convene_participant_get_name (participant))
        append_field (names, convene_participant_get_display_name (participant));
      append_field (names, convene_participant_get_short_name (participant));
      for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
        append_field (names, aliases[i]);
      participant->search_text = g_strndup (names->str, names->len);
    }
  return participant->search_text;
}

/* Makes the participant's text ahead, so that meetings can be folded on
 * several threads at once (see convene_search_fold_meeting_text()). */
void
convene_search_prepare_participant (ConveneParticipant *participant)
{
  participant_text (participant);
}

/**
 * convene_search_fold_meeting_text:
 * @scratch: a buffer to work in, reused from one meeting to the next
 *
 * The meeting's title, place, participants with their aliases, purpose,
 * outcomes and notes, folded, one field a line.
 *
 * Returns: (transfer full): the text, in a block of its own size
 */
char *
convene_search_fold_meeting_text (ConveneMeeting *meeting,
                                  GString        *scratch)
{
  g_string_truncate (scratch, 0);
  append_field (scratch, meeting->title);
  append_field (scratch, meeting->city);
  append_field (scratch, meeting->venue);
  for (guint i = 0; meeting->co_chairs[i] != NULL; i++)
    append_field (scratch, meeting->co_chairs[i]);
  append_field (scratch, meeting->purpose);
  for (guint i = 0; i < meeting->outcomes->len; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (meeting->outcomes, i);

      append_field (scratch, outcome->text);
      for (guint j = 0; outcome->items[j] != NULL; j++)
        append_field (scratch, outcome->items[j]);
    }
  for (guint i = 0; i < meeting->notes->len; i++)
    append_field (scratch, ((ConveneNote *) g_ptr_array_index (meeting->notes, i))->text);

  if (meeting->country != NULL)
    g_string_append (scratch, participant_text (meeting->country));
  if (meeting->attendance != NULL)
    for (guint i = 0; i < meeting->attendance->len; i++)
      g_string_append (scratch,
                       participant_text (((ConveneAttendance *) g_ptr_array_index (meeting->attendance, i))->participant));

  return g_strndup (scratch->str, scratch->len);
}

char *
convene_search_build_meeting_text (ConveneMeeting *meeting)
{
  g_autoptr(GString) scratch = g_string_new (NULL);

  return convene_search_fold_meeting_text (meeting, scratch);
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
