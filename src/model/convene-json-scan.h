/* convene-json-scan.h: a look at raw JSON text before and after json-glib
 *
 * Before parsing, convene_json_scan_structure() refuses nesting that would
 * make json-glib recurse too deeply, and explains truncated files better than
 * json-glib can. After parsing, convene_json_locate() finds where a member
 * stands in the text, so that errors can give its line and column.
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
} ConveneJsonScanResult;

/* One step of a JSON path: a member of an object, or an element of an array
 * when member is NULL. */
typedef struct
{
  const char *member;
  guint index;
} ConveneJsonPathSegment;

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

G_END_DECLS
