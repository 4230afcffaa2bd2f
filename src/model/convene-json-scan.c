/* convene-json-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

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

/* A \u0000 escape between an opening quote and its closing one. */
static const char *
find_escaped_nul (const char *p,
                  const char *close)
{
  for (p++; p < close; p++)
    {
      if (*p != '\\')
        continue;
      if (close - p >= 6 && p[1] == 'u' && memcmp (p + 2, "0000", 4) == 0)
        return p;
      p++;
    }
  return NULL;
}

static const char *
skip_string (const char *p,
             const char *end)
{
  const char *close = string_close (p, end);

  return close != NULL ? close + 1 : end;
}

ConveneJsonScanResult
convene_json_scan_structure (const char *data,
                             gsize       len,
                             guint       max_depth,
                             gsize      *offset)
{
  const char *end = data + len;
  gsize *opens = g_newa (gsize, max_depth + 1);
  guint depth = 0;

  for (const char *p = data; p < end; p++)
    {
      switch (*p)
        {
        case '"':
          {
            const char *close = string_close (p, end);

            const char *nul;

            if (close == NULL)
              {
                *offset = p - data;
                return CONVENE_JSON_SCAN_UNTERMINATED_STRING;
              }
            /* json-glib would cut the string short there */
            if ((nul = find_escaped_nul (p, close)) != NULL)
              {
                *offset = nul - data;
                return CONVENE_JSON_SCAN_ESCAPED_NUL;
              }
            p = close;
          }
          break;
        case '/':
          p = MAX (skip_comment (p, end), p + 1) - 1;
          break;
        case '{':
        case '[':
          if (depth == max_depth)
            {
              *offset = p - data;
              return CONVENE_JSON_SCAN_TOO_DEEP;
            }
          opens[depth++] = p - data;
          break;
        case '}':
        case ']':
          /* a stray closer is json-glib's to report */
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }

  if (depth > 0)
    {
      *offset = opens[depth - 1];
      return CONVENE_JSON_SCAN_UNCLOSED;
    }
  return CONVENE_JSON_SCAN_OK;
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
          while (p < end && strchr (",:{}[]\" \t\r\n/", *p) == NULL)
            p++;
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
