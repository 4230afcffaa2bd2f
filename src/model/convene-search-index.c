/* convene-search-index.c
 *
 * The distinct words, each followed by a NUL, in one block; for each word the
 * meetings it appears in: a list of positions when they are few, a bit set
 * when a list would take more room than a bit set (more than one meeting in
 * 32). The common words are then bit sets: matching a common term is a few
 * hundred thousand ORs of 64 bits, whatever the number of meetings that hold it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE             /* memmem() */
#include <string.h>

#include "convene-meeting-private.h"
#include "convene-search-index.h"

typedef struct
{
  gsize start;     /* into positions, or the number of the bit set */
  guint32 count;   /* meetings */
} Postings;

struct _ConveneSearchIndex
{
  guint n_meetings;
  gsize n_blocks;
  char *words;              /* "word\0word\0…" */
  gsize words_len;
  gsize *starts;            /* of each word in words, and words_len after the last */
  guint n_words;
  Postings *postings;       /* of each word */
  guint32 *positions;       /* the lists */
  guint64 *sets;            /* the bit sets, n_blocks each */
  gsize n_positions;
  gsize n_sets;
};

static inline gboolean
is_dense (guint64 count,
          guint   n_meetings)
{
  return count * 32 > n_meetings;
}

static inline gboolean
is_separator (char c)
{
  /* what splits a query into terms (convene_search_query_new()) */
  return c == ' ' || c == '\n' || c == '\t';
}

/* Building: the words are gathered in an open-addressing table */

typedef struct
{
  GString *words;
  GArray *starts;           /* gsize */
  GArray *counts;           /* guint32, meetings of each word */
  GArray *last_seen;        /* guint32, the last meeting (+ 1) each word was counted for */
  guint32 *table;           /* word + 1, or 0 for an empty slot */
  guint32 *hashes;
  gsize capacity;           /* a power of two */
} Builder;

static inline guint32
hash_word (const char *word,
           gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) word[i]) * 16777619u;
  return h;
}

static void
grow_table (Builder *b)
{
  gsize capacity = b->capacity * 2;
  guint32 *table = g_new0 (guint32, capacity);
  guint32 *hashes = g_new (guint32, capacity);

  for (gsize i = 0; i < b->capacity; i++)
    if (b->table[i] != 0)
      {
        gsize slot = b->hashes[i] & (capacity - 1);

        while (table[slot] != 0)
          slot = (slot + 1) & (capacity - 1);
        table[slot] = b->table[i];
        hashes[slot] = b->hashes[i];
      }
  g_free (b->table);
  g_free (b->hashes);
  b->table = table;
  b->hashes = hashes;
  b->capacity = capacity;
}

static guint32
find_or_add (Builder    *b,
             const char *word,
             gsize       len)
{
  guint32 hash = hash_word (word, len);
  gsize slot = hash & (b->capacity - 1);
  guint32 id, zero = 0;

  for (; b->table[slot] != 0; slot = (slot + 1) & (b->capacity - 1))
    if (b->hashes[slot] == hash)
      {
        gsize start;

        id = b->table[slot] - 1;
        start = g_array_index (b->starts, gsize, id);
        if (g_array_index (b->starts, gsize, id + 1) - start == len + 1 &&
            memcmp (b->words->str + start, word, len) == 0)
          return id;
      }

  id = b->counts->len;
  b->table[slot] = id + 1;
  b->hashes[slot] = hash;
  g_string_append_len (b->words, word, len);
  g_string_append_c (b->words, '\0');
  g_array_append_val (b->starts, b->words->len);
  g_array_append_val (b->counts, zero);
  g_array_append_val (b->last_seen, zero);
  if ((gsize) b->counts->len * 2 > b->capacity)
    grow_table (b);
  return id;
}

/* Appends the ids of the meeting's distinct words to ids. */
static void
add_meeting (Builder    *b,
             const char *text,
             gsize       len,
             guint32     position,
             GArray     *ids)
{
  gsize i = 0;

  while (i < len)
    {
      gsize start;
      guint32 id;

      while (i < len && is_separator (text[i]))
        i++;
      if (i == len)
        break;
      start = i;
      while (i < len && !is_separator (text[i]))
        i++;

      id = find_or_add (b, text + start, i - start);
      if (g_array_index (b->last_seen, guint32, id) != position + 1)
        {
          g_array_index (b->last_seen, guint32, id) = position + 1;
          g_array_index (b->counts, guint32, id)++;
          g_array_append_val (ids, id);
        }
    }
}

/**
 * convene_search_index_new:
 * @meetings: (array length=n_meetings): the dataset's meetings in date order,
 *   their texts folded
 *
 * Reads every meeting's folded text once; safe on any thread while nothing
 * changes the meetings.
 */
ConveneSearchIndex *
convene_search_index_new (ConveneMeeting * const *meetings,
                          guint                   n_meetings)
{
  g_autofree const char **texts = g_new (const char *, MAX (n_meetings, 1));
  g_autofree gsize *lengths = g_new (gsize, MAX (n_meetings, 1));

  for (guint i = 0; i < n_meetings; i++)
    {
      texts[i] = meetings[i]->search_text;
      lengths[i] = texts[i] != NULL ? meetings[i]->search_len : 0;
    }
  return convene_search_index_new_for_texts (texts, lengths, n_meetings);
}

/**
 * convene_search_index_new_for_texts:
 * @texts: (array length=n_meetings): the meetings' folded texts in date
 *   order (convene_meeting_get_search_text()), nullable
 * @lengths: (array length=n_meetings): their lengths
 *
 * The same from the texts alone, which the caller keeps while it runs (a
 * dataset being edited takes references to them, see
 * convene_dataset_build_search_index()).
 */
ConveneSearchIndex *
convene_search_index_new_for_texts (const char * const *texts,
                                    const gsize        *lengths,
                                    guint               n_meetings)
{
  ConveneSearchIndex *index = g_new0 (ConveneSearchIndex, 1);
  Builder b = { 0 };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree gsize *bounds = g_new (gsize, (gsize) n_meetings + 1);
  g_autofree guint32 *fill = NULL;
  gsize first = 0;

  b.words = g_string_new (NULL);
  b.starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  b.counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.last_seen = g_array_new (FALSE, FALSE, sizeof (guint32));
  b.capacity = 1024;
  b.table = g_new0 (guint32, b.capacity);
  b.hashes = g_new (guint32, b.capacity);
  g_array_append_val (b.starts, first);

  bounds[0] = 0;
  for (guint i = 0; i < n_meetings; i++)
    {
      add_meeting (&b, texts[i], texts[i] != NULL ? lengths[i] : 0, i, ids);
      bounds[i + 1] = ids->len;
    }

  index->n_meetings = n_meetings;
  index->n_blocks = CONVENE_MEETING_SET_BLOCKS (n_meetings);
  index->n_words = b.counts->len;
  index->words_len = b.words->len;
  index->words = g_string_free (b.words, FALSE);
  index->starts = (gsize *) g_array_free (b.starts, FALSE);
  index->postings = g_new (Postings, MAX (index->n_words, 1));

  /* where each word's list or bit set goes */
  for (guint w = 0; w < index->n_words; w++)
    {
      guint32 count = g_array_index (b.counts, guint32, w);

      index->postings[w].count = count;
      if (is_dense (count, n_meetings))
        index->postings[w].start = index->n_sets++;
      else
        {
          index->postings[w].start = index->n_positions;
          index->n_positions += count;
        }
    }
  index->positions = g_new (guint32, MAX (index->n_positions, 1));
  index->sets = g_new0 (guint64, MAX (index->n_sets * index->n_blocks, 1));

  /* meetings come in order: every list is sorted */
  fill = g_new0 (guint32, MAX (index->n_words, 1));
  for (guint i = 0; i < n_meetings; i++)
    for (gsize k = bounds[i]; k < bounds[i + 1]; k++)
      {
        guint32 w = g_array_index (ids, guint32, k);
        const Postings *p = &index->postings[w];

        if (is_dense (p->count, n_meetings))
          convene_meeting_set_add (index->sets + p->start * index->n_blocks, i);
        else
          index->positions[p->start + fill[w]++] = i;
      }

  g_array_unref (b.counts);
  g_array_unref (b.last_seen);
  g_free (b.table);
  g_free (b.hashes);
  return index;
}

void
convene_search_index_free (ConveneSearchIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->words);
  g_free (index->starts);
  g_free (index->postings);
  g_free (index->positions);
  g_free (index->sets);
  g_free (index);
}

guint
convene_search_index_get_n_meetings (ConveneSearchIndex *index)
{
  return index->n_meetings;
}

/* The distinct words of all the meetings' texts. */
guint
convene_search_index_get_n_words (ConveneSearchIndex *index)
{
  return index->n_words;
}

/* Bytes held, for the benchmark. */
gsize
convene_search_index_get_size (ConveneSearchIndex *index)
{
  return sizeof *index + index->words_len + (index->n_words + 1) * sizeof (gsize) +
         index->n_words * sizeof (Postings) + index->n_positions * sizeof (guint32) +
         index->n_sets * index->n_blocks * sizeof (guint64);
}

/* Sets of meetings */

/* Puts every one of n_meetings in the set, and nothing past them. */
void
convene_meeting_set_fill (guint64 *set,
                          guint    n_meetings)
{
  memset (set, 0xff, CONVENE_MEETING_SET_BLOCKS (n_meetings) * sizeof (guint64));
  if (n_meetings % 64 != 0)
    set[n_meetings / 64] = (G_GUINT64_CONSTANT (1) << (n_meetings % 64)) - 1;
}

/* Matching */

/* The word whose text holds offset: the last that starts at or before it. */
static guint32
word_at (ConveneSearchIndex *index,
         gsize               offset)
{
  guint32 low = 0, high = index->n_words;

  while (high - low > 1)
    {
      guint32 mid = low + (high - low) / 2;

      if (index->starts[mid] <= offset)
        low = mid;
      else
        high = mid;
    }
  return low;
}

static void
add_word (ConveneSearchIndex *index,
          guint32             word,
          guint64            *set)
{
  const Postings *p = &index->postings[word];

  if (is_dense (p->count, index->n_meetings))
    {
      const guint64 *words = index->sets + (gsize) p->start * index->n_blocks;

      for (gsize i = 0; i < index->n_blocks; i++)
        set[i] |= words[i];
    }
  else
    for (guint32 k = 0; k < p->count; k++)
      convene_meeting_set_add (set, index->positions[p->start + k]);
}

/* The meetings with a word that contains term. */
static void
select_term (ConveneSearchIndex *index,
             const char         *term,
             gsize               len,
             guint64            *set)
{
  const char *from = index->words;
  const char *end = index->words + index->words_len;
  const char *hit;

  memset (set, 0, index->n_blocks * sizeof (guint64));
  while (from < end && (hit = memmem (from, end - from, term, len)) != NULL)
    {
      guint32 word = word_at (index, hit - index->words);

      add_word (index, word, set);
      from = index->words + index->starts[word + 1];
    }
}

/**
 * convene_search_index_select:
 * @selected: (out caller-allocates): CONVENE_MEETING_SET_BLOCKS() blocks
 *
 * Sets the bits of the meetings whose text has every term of @query, and
 * clears the others. An empty query selects every meeting.
 */
void
convene_search_index_select (ConveneSearchIndex *index,
                             ConveneSearchQuery *query,
                             guint64            *selected)
{
  guint n_terms = query != NULL ? convene_search_query_get_n_terms (query) : 0;
  g_autofree guint64 *term_set = NULL;

  if (n_terms == 0)
    {
      convene_meeting_set_fill (selected, index->n_meetings);
      return;
    }

  term_set = g_new (guint64, MAX (index->n_blocks, 1));
  for (guint t = 0; t < n_terms; t++)
    {
      gsize len;
      const char *term = convene_search_query_get_term (query, t, &len);

      select_term (index, term, len, t == 0 ? selected : term_set);
      for (gsize i = 0; t > 0 && i < index->n_blocks; i++)
        selected[i] &= term_set[i];
    }
}
