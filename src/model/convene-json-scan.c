/* convene-json-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-loader"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-loader.h"
#include "convene-json-scan.h"

/* json-glib accepts C comments; they must not count as structure. */
static const char *
skip_comment (const char *p,
              const char *end)
{
  const char *close;

  if (end - p < 2 || p[0] != '/' || p[1] != '*')
    return p;
  close = g_strstr_len (p + 2, end - p - 2, "*/");
  return close != NULL ? close + 2 : end;
}

static const char *
skip_ws (const char *p,
         const char *end)
{
  while (p < end)
    {
      const char *after;

      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      else if ((after = skip_comment (p, end)) != p)
        p = after;
      else
        break;
    }
  return p;
}

/* p is at an opening quote; returns its closing quote, or NULL. */
static const char *
string_close (const char *p,
              const char *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p;
    }
  return NULL;
}

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* The code unit of a \uXXXX escape at p (at its backslash), or -1. */
static int
unicode_escape (const char *p,
                const char *end)
{
  int unit = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int i = 2; i < 6; i++)
    {
      if (hex_value (p[i]) < 0)
        return -1;
      unit = unit * 16 + hex_value (p[i]);
    }
  return unit;
}

/* p is at an opening quote. Checks the string's escapes and finds its
 * closing quote (*close), or returns where it goes wrong (*offset).
 *
 * Only JSON's escapes are allowed, with surrogates in pairs: json-glib
 * reads others in ways of its own (an octal escape; a lone surrogate that
 * swallows the next character, even the closing quote), and the structure
 * json-glib sees must be the one checked here. */
static ConveneJsonScanResult
check_string (const char  *p,
              const char  *end,
              const char **close)
{
  const char *quote = NULL;

  for (const char *q = p + 1; q < end; q++)
    {
      const char *backslash;
      int unit;

      /* most of a file is the text of its strings: skip it with memchr,
       * looking for the next quote again only past an escaped one */
      if (quote == NULL || quote < q)
        quote = memchr (q, '"', end - q);
      backslash = memchr (q, '\\', (quote != NULL ? quote : end) - q);
      if (backslash == NULL)
        {
          if (quote == NULL)
            break;
          *close = quote;
          return CONVENE_JSON_SCAN_OK;
        }
      q = backslash;

      *close = q;  /* where it goes wrong, if it does */
      if (q + 1 >= end)
        return CONVENE_JSON_SCAN_UNTERMINATED_STRING;
      if (strchr ("\"\\/bfnrt", q[1]) != NULL && q[1] != '\0')
        {
          q++;
          continue;
        }

      unit = unicode_escape (q, end);
      if (unit == 0)
        return CONVENE_JSON_SCAN_ESCAPED_NUL;
      if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
        return CONVENE_JSON_SCAN_BAD_ESCAPE;
      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          int low = unicode_escape (q + 6, end);

          if (low < 0xDC00 || low > 0xDFFF)
            return CONVENE_JSON_SCAN_BAD_ESCAPE;
          q += 6;
        }
      q += 5;
    }

  *close = p;
  return CONVENE_JSON_SCAN_UNTERMINATED_STRING;
}

static const char *
skip_string (const char *p,
             const char *end)
{
  const char *close = string_close (p, end);

  return close != NULL ? close + 1 : end;
}

/* One open object or array. */
typedef struct
{
  gsize open;          /* offset of its bracket */
  guint n;             /* members or elements so far */
  gboolean object;
  gboolean expect_key; /* an object, after "{" or ",": the next string is a key */
} Level;

static gboolean
is_literal_char (char c)
{
  return strchr (",:{}[]\"' \t\r\n/", c) == NULL;
}

/* Checks the text in one pass, before json-glib sees it: json-glib recurses
 * once per level of nesting, keeps every value in a tree of about 80 bytes
 * a value, searches an object's members in a list (an object with n members
 * repeated costs n² string comparisons) and silently keeps only the last of
 * several top-level values, leaking the others. The limits bound all that by
 * the size of the text alone. */
ConveneJsonScanResult
convene_json_scan (const char              *data,
                   gsize                    len,
                   const ConveneJsonLimits *limits,
                   gsize                   *offset)
{
  const char *end = data + len;
  Level *levels = g_newa (Level, limits->max_depth + 1);
  guint depth = 0;
  guint64 n_values = 0;
  gboolean top_seen = FALSE;    /* a whole top-level value has been read */

  for (const char *p = data; p < end; p++)
    {
      Level *level = depth > 0 ? &levels[depth - 1] : NULL;
      gboolean is_key = FALSE;

      switch (*p)
        {
        case ' ': case '\t': case '\n': case '\r':
        case ']': case '}': case ',': case ':': case '/': case '\'':
          break;
        default:
          if (level != NULL && level->object)
            {
              is_key = level->expect_key && *p == '"';
              level->expect_key = FALSE;
            }
          if (is_key)
            break;
          /* the start of a value */
          if (++n_values > limits->max_values)
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TOO_MANY_VALUES;
            }
          if (level != NULL && !level->object && ++level->n > limits->max_elements)
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TOO_MANY_ELEMENTS;
            }
          /* json-glib would read it as another document, and leak the first */
          if (level == NULL && top_seen && (*p == '{' || *p == '['))
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TRAILING_VALUE;
            }
          break;
        }

      switch (*p)
        {
        case '"':
          {
            const char *close = NULL;
            ConveneJsonScanResult result = check_string (p, end, &close);

            /* (json-glib would cut a string short at a \u0000) */
            if (result != CONVENE_JSON_SCAN_OK)
              {
                *offset = close - data;
                return result;
              }
            if ((gsize) (close - p - 1) > limits->max_string)
              {
                *offset = p - data;
                return CONVENE_JSON_SCAN_STRING_TOO_LONG;
              }
            if (depth == 0)
              top_seen = TRUE;
            p = close;
          }
          break;
        case '/':
          {
            /* json-glib reads a comment from a slash to the next slash: a C
             * comment works only because it ends in one, and only when it
             * holds no other slash. Anything else json-glib reads in a way
             * of its own, so it is refused. */
            const char *next = p + 2 < end ? memchr (p + 2, '/', end - p - 2) : NULL;

            if (end - p < 2 || p[1] != '*')
              {
                *offset = p - data;
                return CONVENE_JSON_SCAN_BAD_COMMENT;
              }
            if (next == NULL)
              {
                *offset = p - data;
                return CONVENE_JSON_SCAN_UNTERMINATED_COMMENT;
              }
            if (next < p + 3 || next[-1] != '*')
              {
                *offset = next - data;
                return CONVENE_JSON_SCAN_BAD_COMMENT;
              }
            p = next;
          }
          break;
        case '\'':
          /* json-glib takes 'text' for a string: JSON does not */
          *offset = p - data;
          return CONVENE_JSON_SCAN_SINGLE_QUOTE;
        case '{':
        case '[':
          if (depth == limits->max_depth)
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TOO_DEEP;
            }
          levels[depth++] = (Level) { p - data, 0, *p == '{', *p == '{' };
          break;
        case '}':
        case ']':
          /* a stray closer is json-glib's to report */
          if (depth > 0 && --depth == 0)
            top_seen = TRUE;
          break;
        case ',':
          if (level != NULL && level->object)
            level->expect_key = TRUE;
          break;
        case ':':
          if (level != NULL && level->object && ++level->n > limits->max_members)
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TOO_MANY_MEMBERS;
            }
          break;
        case ' ': case '\t': case '\n': case '\r':
          break;
        default:
          /* a number or a literal: one value however long (json-glib takes
           * more than JSON's for one, such as $1f or .5) */
          while (p + 1 < end && is_literal_char (p[1]))
            p++;
          if (depth == 0)
            top_seen = TRUE;
          break;
        }
    }

  if (depth > 0)
    {
      *offset = levels[depth - 1].open;
      return CONVENE_JSON_SCAN_UNCLOSED;
    }
  return CONVENE_JSON_SCAN_OK;
}

/* Only the nesting, strings and top-level values are checked. */
ConveneJsonScanResult
convene_json_scan_structure (const char *data,
                             gsize       len,
                             guint       max_depth,
                             gsize      *offset)
{
  ConveneJsonLimits limits = {
    .max_depth = max_depth,
    .max_string = G_MAXSIZE,
    .max_members = G_MAXUINT,
    .max_elements = G_MAXUINT,
    .max_values = G_MAXUINT64,
  };

  return convene_json_scan (data, len, &limits, offset);
}

/* Any value: returns just past it. The text is known to be valid JSON. */
static const char *
skip_value (const char *p,
            const char *end)
{
  guint depth = 0;

  do
    {
      p = skip_ws (p, end);
      if (p >= end)
        return end;

      switch (*p)
        {
        case '"':
          p = skip_string (p, end);
          break;
        case '{':
        case '[':
          depth++;
          p++;
          break;
        case '}':
        case ']':
          depth--;
          p++;
          break;
        case ',':
        case ':':
          p++;
          break;
        default:
          /* at least one character, so that nothing unforeseen loops */
          do
            p++;
          while (p < end && strchr (",:{}[]\" \t\r\n/", *p) == NULL);
          break;
        }
    }
  while (depth > 0 && p < end);

  return p;
}

static gboolean
key_equals (const char *quote,
            const char *after,
            const char *member)
{
  gsize key_len = after - quote - 2;

  return after - quote >= 2 && strlen (member) == key_len &&
         memcmp (quote + 1, member, key_len) == 0;
}

/* Finds the value of one member of the object at p; NULL when absent. */
static const char *
find_member (const char *p,
             const char *end,
             const char *member)
{
  const char *found = NULL;

  p = skip_ws (p, end);
  if (p >= end || *p != '{')
    return NULL;

  for (p++;;)
    {
      const char *quote = skip_ws (p, end);
      const char *after;

      if (quote >= end || *quote != '"')
        return NULL;
      after = skip_string (quote, end);
      p = skip_ws (after, end);
      if (p >= end || *p != ':')
        return NULL;
      p = skip_ws (p + 1, end);
      /* json-glib keeps the last of duplicate members: so does this */
      if (key_equals (quote, after, member))
        found = p;
      p = skip_ws (skip_value (p, end), end);
      if (p >= end || *p != ',')
        return found;
      p++;
    }
}

static const char *
find_element (const char *p,
              const char *end,
              guint       index)
{
  p = skip_ws (p, end);
  if (p >= end || *p != '[')
    return NULL;

  p = skip_ws (p + 1, end);
  for (guint i = 0; i < index; i++)
    {
      p = skip_ws (skip_value (p, end), end);
      if (p >= end || *p != ',')
        return NULL;
      p = skip_ws (p + 1, end);
    }
  return p < end && *p != ']' ? p : NULL;
}

/* Returns the byte offset of the value at path, or of the deepest part of
 * the path that exists (the object a missing member belongs in). */
gsize
convene_json_locate (const char                   *data,
                     gsize                         len,
                     const ConveneJsonPathSegment *path,
                     guint                         n_segments)
{
  const char *end = data + len;
  const char *p = skip_ws (data, end);

  for (guint i = 0; i < n_segments && p < end; i++)
    {
      const char *next;

      if (path[i].member != NULL)
        next = find_member (p, end, path[i].member);
      else
        next = find_element (p, end, path[i].index);

      if (next == NULL)
        break;
      p = next;
    }

  return MIN ((gsize) (p - data), len);
}

/* 1-based line and column (in characters) of a byte offset. */
void
convene_json_get_position (const char *data,
                           gsize       offset,
                           guint      *line,
                           guint      *column)
{
  const char *line_start = data;
  guint n_lines = 1;
  guint n_chars = 1;

  for (const char *p = data; p < data + offset; p++)
    if (*p == '\n')
      {
        n_lines++;
        line_start = p + 1;
      }

  for (const char *p = line_start; p < data + offset; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      n_chars++;

  *line = n_lines;
  *column = n_chars;
}

/* Checking the raw text, and saying what is wrong with it */

/* Above this size, the text's encoding is checked on a thread of its own */
#define PARALLEL_CHECK (1 << 20)

typedef struct
{
  const char *data;
  gsize len;
  const char *invalid;
  gboolean valid;
} Utf8Check;

static gpointer
check_utf8_thread (gpointer data)
{
  Utf8Check *check = data;

  check->valid = g_utf8_validate_len (check->data, check->len, &check->invalid);
  return NULL;
}

/* UTF-16 or UTF-32 text, by its byte order mark or, without one, by the
 * NUL bytes beside the first character (JSON text begins with ASCII). */
static const char *
describe_wide_encoding (const char *data,
                        gsize       len)
{
  const guchar *b = (const guchar *) data;

  if (len >= 4 && ((b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0) ||
                   (b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff)))
    return _("the file is UTF-32 text: Convene reads UTF-8 (save it as UTF-8)");
  if (len >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff) ||
                   (b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0)))
    return _("the file is UTF-16 text: Convene reads UTF-8 (save it as UTF-8)");
  return NULL;
}

/* What a dataset may hold (convene-dataset-loader.h) */
const ConveneJsonLimits convene_json_dataset_limits = {
  .max_depth = CONVENE_DATASET_MAX_DEPTH,
  .max_string = CONVENE_DATASET_MAX_STRING,
  .max_members = CONVENE_DATASET_MAX_MEMBERS,
  .max_elements = CONVENE_DATASET_MAX_ELEMENTS,
  .max_values = CONVENE_DATASET_MAX_VALUES,
};

/* What each refusal of convene_json_scan() is, and how it is said */
static const struct
{
  ConveneDatasetError code;
  const char *message;
} scan_errors[] = {
  [CONVENE_JSON_SCAN_TOO_DEEP] = {
    CONVENE_DATASET_ERROR_TOO_DEEP,
    N_("the data is nested more than 64 levels deep"),
  },
  [CONVENE_JSON_SCAN_UNTERMINATED_STRING] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("the file ends inside this string: is it truncated?"),
  },
  [CONVENE_JSON_SCAN_UNCLOSED] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("the file ends before this bracket is closed: is it truncated?"),
  },
  [CONVENE_JSON_SCAN_ESCAPED_NUL] = {
    CONVENE_DATASET_ERROR_ENCODING,
    N_("a string contains the NUL character (\\u0000)"),
  },
  [CONVENE_JSON_SCAN_TRAILING_VALUE] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("not valid JSON: a second document begins here (a file holds one)"),
  },
  [CONVENE_JSON_SCAN_STRING_TOO_LONG] = {
    CONVENE_DATASET_ERROR_TOO_LARGE,
    N_("this string is longer than 1 MiB"),
  },
  [CONVENE_JSON_SCAN_TOO_MANY_MEMBERS] = {
    CONVENE_DATASET_ERROR_TOO_LARGE,
    N_("this object has more than 1,000 members"),
  },
  [CONVENE_JSON_SCAN_TOO_MANY_ELEMENTS] = {
    CONVENE_DATASET_ERROR_TOO_LARGE,
    N_("this array has more than 1,000,000 elements"),
  },
  [CONVENE_JSON_SCAN_TOO_MANY_VALUES] = {
    CONVENE_DATASET_ERROR_TOO_LARGE,
    N_("the file holds more than 40,000,000 values"),
  },
  [CONVENE_JSON_SCAN_BAD_ESCAPE] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("not valid JSON: an escape other than \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
       "or \\uXXXX (surrogates in pairs)"),
  },
  [CONVENE_JSON_SCAN_BAD_COMMENT] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("not valid JSON: only /* … */ comments are allowed, with no “/” inside"),
  },
  [CONVENE_JSON_SCAN_UNTERMINATED_COMMENT] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("the file ends inside this comment: is it truncated?"),
  },
  [CONVENE_JSON_SCAN_SINGLE_QUOTE] = {
    CONVENE_DATASET_ERROR_SYNTAX,
    N_("not valid JSON: strings are written in double quotes"),
  },
};

/* Checks the raw text of a dataset before json-glib reads it: its size,
 * that it holds something, its encoding, and what convene_json_scan()
 * refuses within the dataset's limits. Returns FALSE with error set to
 * "NAME:LINE:COLUMN: what" (a CONVENE_DATASET_ERROR). */
gboolean
convene_json_check_text (const char  *data,
                         gsize        len,
                         const char  *name,
                         GError     **error)
{
  Utf8Check utf8 = { data, len, NULL, FALSE };
  GThread *thread = NULL;
  ConveneJsonScanResult scanned;
  gsize offset = 0, scan_offset = 0;
  guint line, column;
  ConveneDatasetError code;
  const char *message;

  if (len > CONVENE_DATASET_MAX_SIZE)
    {
      g_set_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_LARGE,
                   _("%s: the file is larger than 1 GiB"), name);
      return FALSE;
    }

  for (gsize i = 0; i < len && g_ascii_isspace (data[i]); i++)
    offset = i + 1;
  if (offset == len)
    {
      g_set_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_EMPTY,
                   _("%s: the file is empty"), name);
      return FALSE;
    }

  /* the scan reads bytes, whatever they are: the encoding is checked
   * meanwhile on another thread, and an error in it comes first */
  if (len >= PARALLEL_CHECK)
    thread = g_thread_new ("convene-utf8", check_utf8_thread, &utf8);
  scanned = convene_json_scan (data, len, &convene_json_dataset_limits, &scan_offset);
  if (thread != NULL)
    g_thread_join (thread);
  else
    check_utf8_thread (&utf8);

  if (!utf8.valid && (message = describe_wide_encoding (data, len)) != NULL)
    {
      offset = 0;
      code = CONVENE_DATASET_ERROR_ENCODING;
    }
  else if (!utf8.valid)
    {
      offset = utf8.invalid - data;
      code = CONVENE_DATASET_ERROR_ENCODING;
      message = *utf8.invalid == '\0' ? _("the file contains a NUL byte")
                                      : _("the text is not valid UTF-8");
    }
  else if (scanned == CONVENE_JSON_SCAN_OK)
    return TRUE;
  else
    {
      if ((gsize) scanned >= G_N_ELEMENTS (scan_errors) || scan_errors[scanned].message == NULL)
        scanned = CONVENE_JSON_SCAN_UNCLOSED;
      offset = scan_offset;
      code = scan_errors[scanned].code;
      message = _(scan_errors[scanned].message);
    }

  convene_json_get_position (data, offset, &line, &column);
  g_set_error (error, CONVENE_DATASET_ERROR, code, "%s:%u:%u: %s", name, line, column, message);
  return FALSE;
}

/* json-glib counts columns in bytes; Convene's messages count characters. */
static guint
byte_column_to_chars (const char *data,
                      gsize       len,
                      guint       line,
                      guint       column)
{
  const char *p = data;
  const char *end = data + len;
  guint chars = 1;

  for (guint n = 1; n < line && p < end; p++)
    if (*p == '\n')
      n++;
  for (guint i = 1; i < column && p < end && *p != '\n'; i++, p++)
    if (((guchar) *p & 0xC0) != 0x80)
      chars++;
  return chars;
}

/* json-glib says "<data>:3:4: Parse error: unexpected …", quoting the
 * offending byte, which may be one byte of a character: its error is said
 * again as "NAME:LINE:COLUMN: not valid JSON: …", in valid UTF-8, the column
 * in characters. */
void
convene_json_set_syntax_error (const char    *data,
                               gsize          len,
                               const char    *name,
                               const GError  *json_error,
                               GError       **error)
{
  guint line = 0, column = 0;
  g_autofree char *valid = g_utf8_make_valid (json_error->message, -1);
  const char *detail = valid;
  const char *p;

  if (sscanf (valid, "<data>:%u:%u:", &line, &column) == 2 &&
      (p = strstr (valid, ": ")) != NULL)
    {
      column = byte_column_to_chars (data, len, line, column);
      detail = p + 2;
      if (g_str_has_prefix (detail, "Parse error: "))
        detail = detail + strlen ("Parse error: ");
      g_set_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_SYNTAX,
                   _("%s:%u:%u: not valid JSON: %s"), name, line, column, detail);
    }
  else
    g_set_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_SYNTAX,
                 _("%s: not valid JSON: %s"), name, detail);
}
