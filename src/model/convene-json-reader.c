/* convene-json-reader.c
 *
 * The loader's walk over json-glib's tree (convene-json-reader.h): the JSON
 * path kept on a stack, the errors located by it, values quoted for
 * messages, and typed members looked up through a small cache.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-loader"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-json-reader.h"
#include "convene-json-scan.h"

void
convene_json_reader_init (ConveneJsonReader *r,
                          const char        *name,
                          const char        *data,
                          gsize              len)
{
  memset (r, 0, sizeof *r);
  r->name = name;
  r->data = data;
  r->len = len;
  r->path = g_array_new (FALSE, FALSE, sizeof (ConveneJsonPathSegment));
}

/* A reader for another thread: the same text, a copy of the path, a cache
 * and an error of its own. */
void
convene_json_reader_init_copy (ConveneJsonReader       *r,
                               const ConveneJsonReader *from)
{
  convene_json_reader_init (r, from->name, from->data, from->len);
  g_array_append_vals (r->path, from->path->data, from->path->len);
}

void
convene_json_reader_clear (ConveneJsonReader *r)
{
  g_clear_pointer (&r->path, g_array_unref);
  g_clear_error (&r->error);
}

/* Paths and errors */

void
convene_json_push_member (ConveneJsonReader *r,
                          const char        *member)
{
  ConveneJsonPathSegment seg = { member, 0 };

  g_array_append_val (r->path, seg);
}

void
convene_json_push_index (ConveneJsonReader *r,
                         guint              index)
{
  ConveneJsonPathSegment seg = { NULL, index };

  g_array_append_val (r->path, seg);
}

void
convene_json_pop (ConveneJsonReader *r)
{
  /* what g_array_set_size() does for an array with no clear function and
   * no terminating zero, without its cost: pop runs for every element */
  r->path->len--;
}

static char *
path_to_string (ConveneJsonReader *r)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < r->path->len; i++)
    {
      ConveneJsonPathSegment *seg = &g_array_index (r->path, ConveneJsonPathSegment, i);

      if (seg->member != NULL)
        g_string_append_printf (s, "%s%s", s->len > 0 ? "." : "", seg->member);
      else
        g_string_append_printf (s, "[%u]", seg->index);
    }

  return g_string_free (s, FALSE);
}

/* Records the error at the current path and returns FALSE. */
gboolean
convene_json_fail (ConveneJsonReader   *r,
                   ConveneDatasetError  code,
                   const char          *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = path_to_string (r);
  va_list args;
  gsize offset;
  guint line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  offset = convene_json_locate (r->data, r->len,
                                (ConveneJsonPathSegment *) (gpointer) r->path->data, r->path->len);
  convene_json_get_position (r->data, offset, &line, &column);

  if (r->error == NULL)
    g_set_error (&r->error, CONVENE_DATASET_ERROR, code, "%s:%u:%u: %s%s%s",
                 r->name, line, column, path, *path ? ": " : "", message);
  return FALSE;
}

/* The number at the current path as the file writes it: json-glib reads
 * one too large for 64 bits as -1, which is not what the file says. */
char *
convene_json_dup_number_as_written (ConveneJsonReader *r,
                                    gint64             value)
{
  gsize offset = convene_json_locate (r->data, r->len,
                                      (ConveneJsonPathSegment *) (gpointer) r->path->data,
                                      r->path->len);
  gsize end = offset;

  while (end < r->len && end - offset < 64 && strchr ("+-0123456789.eE", r->data[end]) != NULL &&
         r->data[end] != '\0')
    end++;
  if (end == offset)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return g_strndup (r->data + offset, end - offset);
}

/* A value from the file, quoted and cut short for a message. */
char *
convene_json_quote (const char *text)
{
  g_autofree char *escaped = NULL;
  const char *cut = text;
  gboolean shortened = FALSE;

  for (guint i = 0; *cut != '\0' && i < 40; i++)
    cut = g_utf8_next_char (cut);
  shortened = *cut != '\0';

  escaped = g_strndup (text, cut - text);
  return g_strdup_printf ("“%s%s”", escaped, shortened ? "…" : "");
}

const char *
convene_json_describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    default:
      return _("a number");
    }
}

/* Typed members. Each returns FALSE after recording an error. An optional
 * member that is absent or null leaves *out as it was. */

gboolean
convene_json_wrong_type (ConveneJsonReader *r,
                         const char        *name,
                         JsonNode          *node,
                         const char        *expected)
{
  if (name != NULL)
    convene_json_push_member (r, name);
  return convene_json_fail (r, CONVENE_DATASET_ERROR_INVALID, _("expected %s, found %s"),
                            expected, convene_json_describe_node (node));
}

static ConveneJsonMemberCache *
gather_members (ConveneJsonReader *r,
                JsonObject        *object)
{
  ConveneJsonMemberCache *slot = &r->cache[0];
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  for (guint i = 0; i < CONVENE_JSON_CACHE_SLOTS; i++)
    {
      if (r->cache[i].object == object)
        {
          r->cache[i].used = ++r->clock;
          return &r->cache[i];
        }
      if (r->cache[i].used < slot->used)
        slot = &r->cache[i];
    }

  /* the least recently used slot takes the object */
  slot->object = object;
  slot->used = ++r->clock;
  slot->n = 0;
  slot->partial = FALSE;
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      if (slot->n == CONVENE_JSON_CACHE_MEMBERS)
        {
          slot->partial = TRUE;
          break;
        }
      slot->names[slot->n] = name;
      slot->nodes[slot->n] = node;
      slot->n++;
    }
  return slot;
}

/* Members Convene does not know, kept for the writer to put back where
 * they were (convene-dataset-writer.c). Each object's members are in the
 * reader's cache already: this compares their names with the known ones. */
static gboolean
is_known (const char         *name,
          const char * const *known)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (known[i][0] == name[0] && strcmp (known[i], name) == 0)
      return TRUE;
  return FALSE;
}

/* Returns: (transfer full) (nullable): the unknown members, in the file's order */
GPtrArray *
convene_json_read_extras (ConveneJsonReader  *r,
                          JsonObject         *object,
                          const char * const *known)
{
  ConveneJsonMemberCache *slot = gather_members (r, object);
  GPtrArray *extras = NULL;
  const char *after = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (!slot->partial)
    {
      guint i;

      for (i = 0; i < slot->n && is_known (slot->names[i], known); i++)
        ;
      if (i == slot->n)
        return NULL;
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      ConveneExtra *extra;

      if (is_known (name, known))
        {
          after = name;
          continue;
        }
      if (extras == NULL)
        extras = g_ptr_array_new_with_free_func ((GDestroyNotify) convene_extra_free);
      extra = g_new0 (ConveneExtra, 1);
      extra->after = g_strdup (after);
      extra->name = g_strdup (name);
      extra->value = json_node_copy (node);
      g_ptr_array_add (extras, extra);
    }
  return extras;
}

/* As json_object_get_member(): the last of members of one name */
JsonNode *
convene_json_lookup_member (ConveneJsonReader *r,
                            JsonObject        *object,
                            const char        *name)
{
  ConveneJsonMemberCache *slot = gather_members (r, object);

  for (guint i = 0; i < slot->n; i++)
    if (slot->names[i][0] == name[0] && strcmp (slot->names[i], name) == 0)
      return slot->nodes[i];
  return slot->partial ? json_object_get_member (object, name) : NULL;
}

static JsonNode *
get_member (ConveneJsonReader *r,
            JsonObject        *object,
            const char        *name,
            gboolean           required,
            gboolean          *ok)
{
  JsonNode *node = convene_json_lookup_member (r, object, name);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        *ok = convene_json_fail (r, CONVENE_DATASET_ERROR_INVALID,
                                 _("the required member “%s” is missing"), name);
      return NULL;
    }
  return node;
}

gboolean
convene_json_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
convene_json_read_string (ConveneJsonReader  *r,
                          JsonObject         *object,
                          const char         *name,
                          gboolean            required,
                          const char        **out)
{
  gboolean ok;
  JsonNode *node = get_member (r, object, name, required, &ok);

  if (node == NULL)
    return ok;
  if (!convene_json_node_is_string (node))
    return convene_json_wrong_type (r, name, node, _("a string"));

  *out = json_node_get_string (node);
  if (required && **out == '\0')
    {
      convene_json_push_member (r, name);
      return convene_json_fail (r, CONVENE_DATASET_ERROR_INVALID, _("must not be empty"));
    }
  return TRUE;
}

gboolean
convene_json_read_uint (ConveneJsonReader *r,
                        JsonObject        *object,
                        const char        *name,
                        gboolean           required,
                        gint64             min,
                        guint             *out)
{
  gboolean ok;
  JsonNode *node = get_member (r, object, name, required, &ok);
  gint64 value;

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return convene_json_wrong_type (r, name, node, _("a whole number"));

  value = json_node_get_int (node);
  if (value < min || value > G_MAXINT32)
    {
      g_autofree char *written = NULL;

      convene_json_push_member (r, name);
      written = convene_json_dup_number_as_written (r, value);
      return convene_json_fail (r, CONVENE_DATASET_ERROR_INVALID, _("%s is out of range"), written);
    }
  *out = (guint) value;
  return TRUE;
}

gboolean
convene_json_read_bool (ConveneJsonReader *r,
                        JsonObject        *object,
                        const char        *name,
                        gboolean          *out)
{
  gboolean ok;
  JsonNode *node = get_member (r, object, name, FALSE, &ok);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return convene_json_wrong_type (r, name, node, _("true or false"));
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
convene_json_read_array (ConveneJsonReader  *r,
                         JsonObject         *object,
                         const char         *name,
                         gboolean            required,
                         JsonArray         **out)
{
  gboolean ok;
  JsonNode *node = get_member (r, object, name, required, &ok);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return convene_json_wrong_type (r, name, node, _("an array"));
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
convene_json_read_object (ConveneJsonReader  *r,
                          JsonObject         *object,
                          const char         *name,
                          JsonObject        **out)
{
  gboolean ok;
  JsonNode *node = get_member (r, object, name, FALSE, &ok);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return convene_json_wrong_type (r, name, node, _("an object"));
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
convene_json_read_date (ConveneJsonReader *r,
                        JsonObject        *object,
                        const char        *name,
                        gboolean           required,
                        ConveneDate       *out,
                        gboolean          *present)
{
  const char *text = NULL;

  if (!convene_json_read_string (r, object, name, required, &text))
    return FALSE;
  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return TRUE;

  if (!convene_date_parse (text, out))
    {
      g_autofree char *quoted = convene_json_quote (text);

      convene_json_push_member (r, name);
      return convene_json_fail (r, CONVENE_DATASET_ERROR_INVALID,
                                _("%s is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"), quoted);
    }
  return TRUE;
}

gboolean
convene_json_read_string_array (ConveneJsonReader *r,
                                JsonObject        *object,
                                const char        *name,
                                GStrv             *out)
{
  JsonArray *array = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  if (!convene_json_read_array (r, object, name, FALSE, &array))
    return FALSE;

  if (array != NULL)
    {
      convene_json_push_member (r, name);
      n = json_array_get_length (array);
      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          convene_json_push_index (r, i);
          if (!convene_json_node_is_string (node))
            return convene_json_wrong_type (r, NULL, node, _("a string"));
          g_strv_builder_add (builder, json_node_get_string (node));
          convene_json_pop (r);
        }
      convene_json_pop (r);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}
