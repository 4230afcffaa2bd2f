/* convene-intern.c
 *
 * Participant ids, meeting kinds and cities come from files: they are kept
 * once, so that equal ones are the same pointer, but only while a
 * participant, meeting or filter holds them, never for the life of the
 * process as g_intern_string() would.
 *
 * (GLib 2.74's g_ref_string_new_intern() does this, but a string released
 * to nothing on one thread can be taken again from its table on another
 * before it is removed: the fuzzer found that with meetings built on two
 * threads. Here one lock covers both the count and the table.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-intern.h"

typedef struct
{
  char *text;
  guint holders;
} Entry;

static GMutex lock;
static GHashTable *table;  /* text → Entry, which owns it */

static void
entry_free (Entry *entry)
{
  g_free (entry->text);
  g_free (entry);
}

/* Returns: (transfer full): text, kept once; give it back with convene_intern_release() */
const char *
convene_intern (const char *text)
{
  Entry *entry;

  g_return_val_if_fail (text != NULL, NULL);

  g_mutex_lock (&lock);
  if (table == NULL)
    table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) entry_free);
  entry = g_hash_table_lookup (table, text);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->text = g_strdup (text);
      g_hash_table_insert (table, entry->text, entry);
    }
  entry->holders++;
  g_mutex_unlock (&lock);
  return entry->text;
}

void
convene_intern_release (const char *interned)
{
  Entry *entry;

  if (interned == NULL)
    return;

  g_mutex_lock (&lock);
  entry = g_hash_table_lookup (table, interned);
  g_assert (entry != NULL && entry->text == interned);
  if (--entry->holders == 0)
    g_hash_table_remove (table, interned);
  g_mutex_unlock (&lock);
}
