/* convene-json-reader.h: typed members of a json-glib tree, with a path
 *
 * Private to the loader (not a GObject): a walk over a parsed document that
 * keeps the JSON path it is at ("meetings[3].start") on a stack, so that
 * any error can be located in the text again and said as
 * "FILE:LINE:COLUMN: PATH: message". Each read_* function returns FALSE
 * after recording the first error; an optional member that is absent or
 * null leaves *out as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "convene-dataset-loader.h"
#include "convene-date.h"

G_BEGIN_DECLS

/* json_object_get_member() hashes the name and compares it again: a
 * third of the build. The members of the few objects being read (a meeting,
 * its location, an attendance entry…) are gathered once, in one walk, and
 * looked up in a short list. */
#define CONVENE_JSON_CACHE_SLOTS 4
#define CONVENE_JSON_CACHE_MEMBERS 16

typedef struct
{
  JsonObject *object;         /* nullable */
  guint64 used;               /* when last looked at, for eviction */
  guint n;
  gboolean partial;           /* more members than CONVENE_JSON_CACHE_MEMBERS */
  const char *names[CONVENE_JSON_CACHE_MEMBERS];
  JsonNode *nodes[CONVENE_JSON_CACHE_MEMBERS];
} ConveneJsonMemberCache;

typedef struct
{
  const char *name;           /* how errors name the text */
  const char *data;           /* the text, to locate errors in */
  gsize len;
  GArray *path;               /* of ConveneJsonPathSegment */
  GError *error;              /* the first error */
  ConveneJsonMemberCache cache[CONVENE_JSON_CACHE_SLOTS];
  guint64 clock;
} ConveneJsonReader;

void        convene_json_reader_init       (ConveneJsonReader       *r,
                                            const char              *name,
                                            const char              *data,
                                            gsize                    len);
void        convene_json_reader_init_copy  (ConveneJsonReader       *r,
                                            const ConveneJsonReader *from);
void        convene_json_reader_clear      (ConveneJsonReader       *r);

void        convene_json_push_member       (ConveneJsonReader       *r,
                                            const char              *member);
void        convene_json_push_index        (ConveneJsonReader       *r,
                                            guint                    index);
void        convene_json_pop               (ConveneJsonReader       *r);
gboolean    convene_json_fail              (ConveneJsonReader       *r,
                                            ConveneDatasetError      code,
                                            const char              *format,
                                            ...) G_GNUC_PRINTF (3, 4);
gboolean    convene_json_wrong_type        (ConveneJsonReader       *r,
                                            const char              *name,
                                            JsonNode                *node,
                                            const char              *expected);
char       *convene_json_quote             (const char              *text);
const char *convene_json_describe_node     (JsonNode                *node);
char       *convene_json_dup_number_as_written (ConveneJsonReader   *r,
                                                gint64               value);

JsonNode   *convene_json_lookup_member     (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name);
gboolean    convene_json_node_is_string    (JsonNode                *node);
gboolean    convene_json_read_string       (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            gboolean                 required,
                                            const char             **out);
gboolean    convene_json_read_uint         (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            gboolean                 required,
                                            gint64                   min,
                                            guint                   *out);
gboolean    convene_json_read_bool         (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            gboolean                *out);
gboolean    convene_json_read_array        (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            gboolean                 required,
                                            JsonArray              **out);
gboolean    convene_json_read_object       (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            JsonObject             **out);
gboolean    convene_json_read_date         (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            gboolean                 required,
                                            ConveneDate             *out,
                                            gboolean                *present);
gboolean    convene_json_read_string_array (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char              *name,
                                            GStrv                   *out);

GPtrArray  *convene_json_read_extras       (ConveneJsonReader       *r,
                                            JsonObject              *object,
                                            const char * const      *known);

G_END_DECLS
