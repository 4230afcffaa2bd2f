/* convene-collate.c
 *
 * Keys that sort names as a reader expects: compared with strcmp(), made once
 * per name. In a locale with its own collation (en_US.UTF-8, vi_VN.UTF-8,
 * th_TH.UTF-8), the key is the C library's (g_utf8_collate_key()). In the C
 * locale (C.UTF-8, often the only one installed), that would sort by code
 * point: "ASEAN Secretariat" before "Afghanistan", "Úc" after "Việt Nam",
 * Thai words by their leading vowel. Then the key is made here: letters
 * without case or accents first, then the folded text, then the text itself
 * to break ties; in Vietnamese, Ă Â Đ Ê Ô Ơ Ư are letters of their own
 * after A D E O U (as the Vietnamese alphabet orders them), and Thai's
 * leading vowels sort after the consonant they precede.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "convene-collate.h"

/* Stand-ins that sort after every letter, in the Vietnamese alphabet's order */
#define AFTER_BREVE 0xE001       /* Ă; also Đ */
#define AFTER_CIRCUMFLEX 0xE002  /* Â Ê Ô */
#define AFTER_HORN 0xE003        /* Ơ Ư */

static gboolean
collation_is_by_code_point (void)
{
  const char *collate = setlocale (LC_COLLATE, NULL);

  return collate == NULL || strcmp (collate, "C") == 0 || strcmp (collate, "POSIX") == 0 ||
         g_str_has_prefix (collate, "C.");
}

static gboolean
language_is_vietnamese (void)
{
  const char * const *languages = g_get_language_names ();

  return languages[0] != NULL && (strcmp (languages[0], "vi") == 0 || g_str_has_prefix (languages[0], "vi_"));
}

static gboolean
is_thai_leading_vowel (gunichar c)
{
  return c >= 0x0E40 && c <= 0x0E44;
}

static gboolean
is_thai_consonant (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E2E;
}

/* The letters, without case or accents (but with Vietnamese's own letters) */
static void
append_letters (GString    *key,
                const char *text,
                gboolean    vietnamese)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);

  for (const char *p = decomposed; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_thai_leading_vowel (c) && *next != '\0' && is_thai_consonant (g_utf8_get_char (next)))
        {
          g_string_append_unichar (key, g_utf8_get_char (next));
          g_string_append_unichar (key, c);
          p = next;
          continue;
        }
      if (g_unichar_ismark (c))
        {
          if (vietnamese && c == 0x0306)
            g_string_append_unichar (key, AFTER_BREVE);
          else if (vietnamese && c == 0x0302)
            g_string_append_unichar (key, AFTER_CIRCUMFLEX);
          else if (vietnamese && c == 0x031B)
            g_string_append_unichar (key, AFTER_HORN);
          continue;
        }
      if (c == 0x0110 || c == 0x0111) /* Đ đ: a D with a stroke, which NFD keeps whole */
        {
          g_string_append_c (key, 'd');
          if (vietnamese)
            g_string_append_unichar (key, AFTER_BREVE);
          continue;
        }
      g_string_append_unichar (key, g_unichar_tolower (c));
    }
}

/**
 * convene_collate_key:
 * @text: UTF-8 text, such as a participant's name as shown
 *
 * Returns: (transfer full): a key; strcmp() on two keys orders their texts
 * as the user's language does
 */
char *
convene_collate_key (const char *text)
{
  GString *key;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!collation_is_by_code_point ())
    return g_utf8_collate_key (text, -1);

  key = g_string_new (NULL);
  append_letters (key, text, language_is_vietnamese ());
  /* "\1" ends each level below any character of the next key's level */
  folded = g_utf8_casefold (text, -1);
  g_string_append_c (key, '\1');
  g_string_append (key, folded);
  g_string_append_c (key, '\1');
  g_string_append (key, text);
  return g_string_free (key, FALSE);
}
