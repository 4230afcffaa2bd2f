/* convene-country-names.c
 *
 * iso-codes lists every ISO 3166-1 country with its English name, and ships
 * the translations of those names in the gettext domain "iso_3166-1". A
 * participant whose id is an alpha-3 code is shown under that translation
 * when the user's language has one; otherwise under the dataset's own name,
 * which keeps the spelling the sources use ("Viet Nam").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-country-names"

#include <libintl.h>

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "convene-country-names.h"

#define ISO_DOMAIN "iso_3166-1"

/* alpha-3 → English name; NULL when iso-codes is not installed */
static GHashTable *
load_names (void)
{
  g_autofree char *path = g_build_filename (ISO_CODES_PREFIX, "share", "iso-codes", "json",
                                            "iso_3166-1.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GHashTable *names;
  JsonNode *root;
  JsonArray *entries;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_debug ("No country names from iso-codes: %s", error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "3166-1"))
    return NULL;

  entries = json_object_get_array_member (json_node_get_object (root), "3166-1");
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const char *alpha_3 = json_object_get_string_member_with_default (entry, "alpha_3", NULL);
      const char *name = json_object_get_string_member_with_default (entry, "name", NULL);

      if (alpha_3 != NULL && name != NULL)
        g_hash_table_insert (names, g_strdup (alpha_3), g_strdup (name));
    }

  bind_textdomain_codeset (ISO_DOMAIN, "UTF-8");
  return names;
}

static int
compare_codes (const void *a,
               const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* iso-codes' names by code, read once; NULL without iso-codes */
static GHashTable *
get_names (void)
{
  static GHashTable *names = NULL;
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      names = load_names ();
      g_once_init_leave (&loaded, 1);
    }
  return names;
}

/* Returns: (transfer full): every ISO 3166-1 alpha-3 code iso-codes knows,
 * in code order (empty without iso-codes): the countries a participant can
 * be made from */
GStrv
convene_country_codes (void)
{
  GHashTable *names = get_names ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree gpointer *codes = NULL;
  guint n = 0;

  if (names != NULL)
    codes = g_hash_table_get_keys_as_array (names, &n);
  if (codes != NULL)
    qsort (codes, n, sizeof (gpointer), compare_codes);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, codes[i]);
  return g_strv_builder_end (builder);
}

/* Returns: (nullable): iso-codes' English name of the country, as datasets
 * write names (NULL for a code it does not know) */
const char *
convene_country_name (const char *alpha_3)
{
  GHashTable *names = get_names ();

  return names != NULL && alpha_3 != NULL ? g_hash_table_lookup (names, alpha_3) : NULL;
}

/* Returns: (nullable): the country's name in the user's language, or NULL
 * when iso-codes has no translation for it (or does not know the code). */
const char *
convene_country_name_translate (const char *alpha_3)
{
  const char *name = convene_country_name (alpha_3);
  const char *translated;

  if (name == NULL)
    return NULL;

  /* gettext returns its argument itself when there is no translation */
  translated = dgettext (ISO_DOMAIN, name);
  return translated != name ? translated : NULL;
}
