/* convene-search.c
 *
 * Searching meetings: the query is split into terms on spaces and line
 * breaks, and a meeting's text is folded (case, accents) into words that
 * hold neither, so a term is in the text if and only if it is in one of its
 * words. Once a dataset is shown, a ConveneSearchIndex is built on a thread
 * (convene_dataset_build_search_index(); the dataset's has-search-index says
 * when it is there): a keystroke then reads the distinct words with memmem()
 * and ORs the meetings of those that hold the term, ANDs the terms, and asks
 * the other filters only of the meetings left. Until then each meeting's
 * text is read; each meeting keeps a few bits of its text (which letters and
 * digits, which pairs of bytes) that turn most meetings away unread, and a
 * word typed on is looked for from where the previous keystroke found its
 * beginning (convene_search_query_new_after()). tests/test-meeting-list.c
 * checks that the index and the reading agree on 300 queries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-meeting-private.h"
#include "convene-participant-private.h"
#include "convene-search.h"


/* The bits: which of a-z, 0-9 appear (one bit each, exactly) and any other
 * byte (bit 36 + byte % 27, only "maybe"); which pairs of a-z, 0-9 and
 * space appear (one bit each, exactly); other pairs of bytes, hashed into
 * 512 bits. A query's bits must all be in a text it matches. */
static inline int
symbol (guchar c)
{
  if (c >= 'a' && c <= 'z')
    return c - 'a';
  if (c >= '0' && c <= '9')
    return 26 + (c - '0');
  return c == ' ' ? 36 : -1;
}

static inline guint
char_bit (guchar c)
{
  int sym = symbol (c);

  return sym >= 0 && sym < 36 ? (guint) sym : 36u + c % 27;
}

static inline void
set_bit (guint64 *words,
         guint    bit)
{
  words[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static void
add_bits (ConveneSearchBits *bits,
          const char        *text,
          gsize              len)
{
  const guchar *p = (const guchar *) text;
  int sym = len > 0 ? symbol (p[0]) : -1;

  for (gsize i = 0; i < len; i++)
    {
      int next = i + 1 < len ? symbol (p[i + 1]) : -1;

      bits->chars |= G_GUINT64_CONSTANT (1) << char_bit (p[i]);
      if (i + 1 < len)
        {
          if (sym >= 0 && next >= 0)
            set_bit (bits->exact, sym * CONVENE_SEARCH_SYMBOLS + next);
          else
            set_bit (bits->hashed, (((guint32) p[i] * 257 + p[i + 1]) * 2654435761u) >> (32 - 9));
        }
      sym = next;
    }
}

static void
merge_bits (ConveneSearchBits       *bits,
            const ConveneSearchBits *more)
{
  bits->chars |= more->chars;
  for (guint i = 0; i < CONVENE_SEARCH_EXACT_WORDS; i++)
    bits->exact[i] |= more->exact[i];
  for (guint i = 0; i < CONVENE_SEARCH_HASHED_WORDS; i++)
    bits->hashed[i] |= more->hashed[i];
}

/* A term's bits, as the few words that are not zero */
#define TERM_WORDS (1 + CONVENE_SEARCH_EXACT_WORDS + CONVENE_SEARCH_HASHED_WORDS)

typedef struct
{
  guint n;
  guint8 index[TERM_WORDS];    /* into a ConveneSearchBits seen as guint64[] */
  guint64 mask[TERM_WORDS];
} TermBits;

static void
term_bits_init (TermBits   *term,
                const char *text,
                gsize       len)
{
  ConveneSearchBits bits = { 0 };
  const guint64 *words = (const guint64 *) &bits;

  G_STATIC_ASSERT (sizeof (ConveneSearchBits) == TERM_WORDS * sizeof (guint64));

  add_bits (&bits, text, len);
  term->n = 0;
  for (guint i = 0; i < TERM_WORDS; i++)
    if (words[i] != 0)
      {
        term->index[term->n] = i;
        term->mask[term->n] = words[i];
        term->n++;
      }
}

struct _ConveneSearchQuery
{
  GStrv terms;              /* folded; every one must appear */
  guint n_terms;
  gsize *lengths;           /* of each term */
  TermBits *bits;           /* of each term */
  gboolean *by_bits;        /* whether the bits alone tell (a letter or a digit) */
  guint32 serial;           /* names this query in meetings' search hints */
  guint32 prefix_serial;    /* the query before, when its last term begins this one's; or 0 */
};

/* A search hint's place when the query's last term is not in the text */
#define NOT_FOUND G_MAXUINT32

/* Queries are numbered from 1; 0 is no query */
static guint serials = 0;

static inline gboolean
has_bits (const ConveneSearchBits *bits,
          const TermBits          *term)
{
  const guint64 *words = (const guint64 *) bits;

  for (guint i = 0; i < term->n; i++)
    if ((words[term->index[i]] & term->mask[i]) != term->mask[i])
      return FALSE;
  return TRUE;
}

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
      add_bits (&participant->search_bits, names->str, names->len);
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

static char *append_people (ConveneMeeting *meeting,
                            GString        *scratch);

/**
 * convene_search_fold_meeting_text:
 * @scratch: a buffer to work in, reused from one meeting to the next
 *
 * The meeting's title, place, participants with their aliases, purpose,
 * outcomes and notes, folded, one field a line.
 *
 * Returns: (transfer full): the text, a GRefString (g_ref_string_release()):
 *   a search index built on a thread holds it while an edit replaces it
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

  /* pairs across the end of one field and the start of the next are a
   * line break and a character: every text has them, no term does */
  memset (&meeting->search_bits, 0, sizeof meeting->search_bits);
  add_bits (&meeting->search_bits, scratch->str, scratch->len);
  meeting->search_own_len = scratch->len;
  meeting->search_own_bits = meeting->search_bits;
  return append_people (meeting, scratch);
}

/**
 * convene_search_refold_meeting_people:
 *
 * The same text, when only the meeting's participants (its host, its
 * attendance, or their names) changed since it was last folded: the
 * meeting's own fields, the most of the text, are kept as they were folded,
 * and its participants' texts, each folded once, appended anew.
 *
 * Returns: (transfer full): the text, a GRefString
 */
char *
convene_search_refold_meeting_people (ConveneMeeting *meeting,
                                      GString        *scratch)
{
  if (meeting->search_text == NULL)
    return convene_search_fold_meeting_text (meeting, scratch);
  g_string_truncate (scratch, 0);
  g_string_append_len (scratch, meeting->search_text, meeting->search_own_len);
  meeting->search_bits = meeting->search_own_bits;
  return append_people (meeting, scratch);
}

/* Appends the texts of the meeting's host and attendance to its own
 * (folded in scratch), their bits to its bits. */
static char *
append_people (ConveneMeeting *meeting,
               GString        *scratch)
{
  if (meeting->country != NULL)
    {
      g_string_append (scratch, participant_text (meeting->country));
      merge_bits (&meeting->search_bits, &meeting->country->search_bits);
    }
  if (meeting->attendance != NULL)
    for (guint i = 0; i < meeting->attendance->len; i++)
      {
        ConveneParticipant *participant =
          ((ConveneAttendance *) g_ptr_array_index (meeting->attendance, i))->participant;

        g_string_append (scratch, participant_text (participant));
        merge_bits (&meeting->search_bits, &participant->search_bits);
      }

  meeting->search_len = scratch->len;
  return g_ref_string_new_len (scratch->str, scratch->len);
}

/* The same, as a plain string (g_free()) */
char *
convene_search_build_meeting_text (ConveneMeeting *meeting)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  char *text = convene_search_fold_meeting_text (meeting, scratch);
  char *copy = g_strndup (text, scratch->len);

  g_ref_string_release (text);
  return copy;
}

/* Words separated by spaces; each must appear somewhere in a meeting. */
ConveneSearchQuery *
convene_search_query_new (const char *text)
{
  return convene_search_query_new_after (text, NULL);
}

/**
 * convene_search_query_new_after:
 * @before: (nullable): the query this one follows, as one keystroke follows
 *   another
 *
 * When @before's last term begins this query's last term (the user typed
 * on), meetings where @before was matched last are searched from where its
 * last term was found: an occurrence of the longer term cannot come before.
 */
ConveneSearchQuery *
convene_search_query_new_after (const char         *text,
                                ConveneSearchQuery *before)
{
  ConveneSearchQuery *query = g_new0 (ConveneSearchQuery, 1);
  g_autofree char *folded = convene_search_fold (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (builder, words[i]);

  query->terms = g_strv_builder_end (builder);
  query->n_terms = g_strv_length (query->terms);
  query->lengths = g_new (gsize, query->n_terms);
  query->bits = g_new0 (TermBits, query->n_terms);
  query->by_bits = g_new0 (gboolean, query->n_terms);
  for (guint i = 0; i < query->n_terms; i++)
    {
      guchar c = query->terms[i][0];

      query->lengths[i] = strlen (query->terms[i]);
      term_bits_init (&query->bits[i], query->terms[i], query->lengths[i]);
      /* one letter or digit, or two: the bits are exact */
      query->by_bits[i] = (query->lengths[i] == 1 && symbol (c) >= 0) ||
                          (query->lengths[i] == 2 && symbol (c) >= 0 &&
                           symbol (query->terms[i][1]) >= 0);
    }

  /* never 0, even after wrapping around */
  do
    query->serial = (guint32) g_atomic_int_add (&serials, 1) + 1;
  while (query->serial == 0);

  if (before != NULL && before->n_terms == query->n_terms && query->n_terms > 0 &&
      g_str_has_prefix (query->terms[query->n_terms - 1], before->terms[before->n_terms - 1]))
    query->prefix_serial = before->serial;
  return query;
}

void
convene_search_query_free (ConveneSearchQuery *query)
{
  if (query == NULL)
    return;
  g_strfreev (query->terms);
  g_free (query->lengths);
  g_free (query->bits);
  g_free (query->by_bits);
  g_free (query);
}

gboolean
convene_search_query_is_empty (ConveneSearchQuery *query)
{
  return query == NULL || query->terms[0] == NULL;
}

/* The query's words, folded: each must be in a meeting's text. */
guint
convene_search_query_get_n_terms (ConveneSearchQuery *query)
{
  return query != NULL ? query->n_terms : 0;
}

const char *
convene_search_query_get_term (ConveneSearchQuery *query,
                               guint               i,
                               gsize              *len)
{
  g_return_val_if_fail (query != NULL && i < query->n_terms, NULL);

  if (len != NULL)
    *len = query->lengths[i];
  return query->terms[i];
}

/* Whether every term is in the meeting's text. The bits turn most meetings
 * away at once. The last term (the one being typed) is then looked for from
 * where the query before found its own last term, when that began this one:
 * typing a word letter by letter, it is nearly always still there, and the
 * text is not read again. Each meeting keeps that place and the query that
 * found it in one 64-bit word, read and written atomically. */
gboolean
convene_search_query_matches (ConveneSearchQuery *query,
                              ConveneMeeting     *meeting)
{
  const char *haystack = convene_meeting_get_search_text (meeting);
  guint last;

  if (query == NULL || query->n_terms == 0)
    return TRUE;
  if (meeting->search_text == NULL)
    return FALSE;

  for (guint i = 0; i < query->n_terms; i++)
    if (!has_bits (&meeting->search_bits, &query->bits[i]))
      return FALSE;

  last = query->n_terms - 1;
  for (guint i = 0; i < last; i++)
    if (!query->by_bits[i] && strstr (haystack, query->terms[i]) == NULL)
      return FALSE;

  if (!query->by_bits[last])
    {
      guint64 hint = __atomic_load_n (&meeting->search_hint, __ATOMIC_RELAXED);
      guint32 hint_serial = hint >> 32;
      guint32 from = hint & G_MAXUINT32;
      const char *found;

      if (hint_serial == query->serial)
        {
          /* this very query was asked of this very text (a new text clears
           * the hint): a list following an edit asks again of meetings that
           * did not change */
          if (from == NOT_FOUND)
            return FALSE;
          found = haystack + from;
        }
      else if (query->prefix_serial != 0 && hint_serial == query->prefix_serial)
        {
          /* the first occurrence of the shorter term is at from */
          if (from == NOT_FOUND)
            found = NULL;
          else if (from + query->lengths[last] <= meeting->search_len &&
                   memcmp (haystack + from, query->terms[last], query->lengths[last]) == 0)
            found = haystack + from;
          else
            found = strstr (haystack + from + 1, query->terms[last]);
        }
      else
        found = strstr (haystack, query->terms[last]);

      hint = ((guint64) query->serial << 32) | (found != NULL ? (guint32) (found - haystack) : NOT_FOUND);
      __atomic_store_n (&meeting->search_hint, hint, __ATOMIC_RELAXED);
      return found != NULL;
    }
  return TRUE;
}

/**
 * convene_search_query_matches_participant:
 *
 * Whether every term of the query is in the participant's names (its name,
 * its name as shown, its short name, its aliases) or its id (an ISO code
 * for a country), case and accents aside: what a search of the attendance
 * matrix leaves.
 */
gboolean
convene_search_query_matches_participant (ConveneSearchQuery *query,
                                          ConveneParticipant *participant)
{
  const char *names;
  g_autofree char *id = NULL;

  if (query == NULL || query->n_terms == 0)
    return TRUE;

  names = participant_text (participant);
  id = convene_search_fold (convene_participant_get_id (participant));
  for (guint i = 0; i < query->n_terms; i++)
    if (strstr (names, query->terms[i]) == NULL && strstr (id, query->terms[i]) == NULL)
      return FALSE;
  return TRUE;
}
