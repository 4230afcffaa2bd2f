/* convene-json-scan.h: a look at raw JSON text before and after json-glib
 *
 * Before parsing, convene_json_scan() refuses nesting that would make
 * json-glib recurse too deeply, text that would cost it too much memory or
 * time (long strings, huge objects and arrays, too many values, several
 * top-level values), and explains truncated files better than json-glib
 * can; convene_json_check_text() says so as a dataset error, with the size
 * and the encoding checked too. After parsing, convene_json_locate() finds
 * where a member stands in the text, so that errors can give its line and
 * column, and convene_json_set_syntax_error() rewords json-glib's own
 * errors to name the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CONVENE_JSON_SCAN_OK,
  CONVENE_JSON_SCAN_TOO_DEEP,            /* offset: the bracket past the limit */
  CONVENE_JSON_SCAN_UNTERMINATED_STRING, /* offset: its opening quote */
  CONVENE_JSON_SCAN_UNCLOSED,            /* offset: the bracket never closed */
  CONVENE_JSON_SCAN_ESCAPED_NUL,         /* offset: a \u0000 in a string */
  CONVENE_JSON_SCAN_TRAILING_VALUE,      /* offset: a second top-level object or array */
  CONVENE_JSON_SCAN_STRING_TOO_LONG,     /* offset: its opening quote */
  CONVENE_JSON_SCAN_TOO_MANY_MEMBERS,    /* offset: the ":" of the member past the limit */
  CONVENE_JSON_SCAN_TOO_MANY_ELEMENTS,   /* offset: the element past the limit */
  CONVENE_JSON_SCAN_TOO_MANY_VALUES,     /* offset: the value past the limit */
  CONVENE_JSON_SCAN_BAD_ESCAPE,          /* offset: its backslash */
  CONVENE_JSON_SCAN_BAD_COMMENT,         /* offset: the "/" that makes it not a C comment */
  CONVENE_JSON_SCAN_UNTERMINATED_COMMENT,/* offset: its "/" */
  CONVENE_JSON_SCAN_SINGLE_QUOTE,        /* offset: the quote */
} ConveneJsonScanResult;

/* What convene_json_scan() refuses. */
typedef struct
{
  guint max_depth;       /* objects and arrays inside each other */
  gsize max_string;      /* bytes between a string's quotes, escapes as written */
  guint max_members;     /* of one object, counting repeated names */
  guint max_elements;    /* of one array */
  guint64 max_values;    /* in the whole text: strings (not member names), numbers,
                          * literals, objects and arrays */
} ConveneJsonLimits;

/* One step of a JSON path: a member of an object, or an element of an array
 * when member is NULL. */
typedef struct
{
  const char *member;
  guint index;
} ConveneJsonPathSegment;

extern const ConveneJsonLimits convene_json_dataset_limits;

ConveneJsonScanResult convene_json_scan           (const char                   *data,
                                                   gsize                         len,
                                                   const ConveneJsonLimits      *limits,
                                                   gsize                        *offset);
ConveneJsonScanResult convene_json_scan_structure (const char                   *data,
                                                   gsize                         len,
                                                   guint                         max_depth,
                                                   gsize                        *offset);
gsize                 convene_json_locate         (const char                   *data,
                                                   gsize                         len,
                                                   const ConveneJsonPathSegment *path,
                                                   guint                         n_segments);
void                  convene_json_get_position   (const char                   *data,
                                                   gsize                         offset,
                                                   guint                        *line,
                                                   guint                        *column);

gboolean              convene_json_check_text       (const char                 *data,
                                                     gsize                       len,
                                                     const char                 *name,
                                                     GError                    **error);
void                  convene_json_set_syntax_error (const char                 *data,
                                                     gsize                       len,
                                                     const char                 *name,
                                                     const GError               *json_error,
                                                     GError                    **error);

G_END_DECLS
