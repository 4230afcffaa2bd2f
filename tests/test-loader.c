#include <stdio.h>
/* test-loader.c: reading datasets, and every way of refusing one
 *
 * Each refused file in tests/data/ is loaded under its own name, so that the
 * whole message, "NAME:LINE:COLUMN: json.path: what", can be compared.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "convene-dataset-loader.h"
#include "convene-intern.h"
#include "convene-json-scan.h"
#include "convene-test-data.h"

typedef struct
{
  const char *file;
  ConveneDatasetError code;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
    { "not-json.json", CONVENE_DATASET_ERROR_SYNTAX,
      "not-json.json:1:5: not valid JSON: unexpected identifier `hello', expected value" },
    { "empty.json", CONVENE_DATASET_ERROR_EMPTY,
      "empty.json: the file is empty" },
    { "whitespace-only.json", CONVENE_DATASET_ERROR_EMPTY,
      "whitespace-only.json: the file is empty" },
    { "truncated-object.json", CONVENE_DATASET_ERROR_SYNTAX,
      "truncated-object.json:10:5: the file ends before this bracket is closed: is it truncated?" },
    { "unterminated-string.json", CONVENE_DATASET_ERROR_SYNTAX,
      "unterminated-string.json:4:12: the file ends inside this string: is it truncated?" },
    { "top-level-array.json", CONVENE_DATASET_ERROR_FORMAT,
      "top-level-array.json:1:1: not a Convene dataset: expected an object at the top level, found an array" },
    { "missing-format.json", CONVENE_DATASET_ERROR_FORMAT,
      "missing-format.json:1:1: not a Convene dataset: the member “format” is missing" },
    { "wrong-format.json", CONVENE_DATASET_ERROR_FORMAT,
      "wrong-format.json:2:13: format: not a Convene dataset: expected “convene-dataset”" },
    { "format-number.json", CONVENE_DATASET_ERROR_FORMAT,
      "format-number.json:2:13: format: not a Convene dataset: expected “convene-dataset”" },
    { "version-newer.json", CONVENE_DATASET_ERROR_VERSION,
      "version-newer.json:3:14: version: version 2 is newer than this version of Convene reads (1); a newer Convene may open it" },
    { "version-zero.json", CONVENE_DATASET_ERROR_INVALID,
      "version-zero.json:3:14: version: must be 1 or more" },
    { "version-string.json", CONVENE_DATASET_ERROR_INVALID,
      "version-string.json:3:14: version: expected a whole number, found a string" },
    { "version-missing.json", CONVENE_DATASET_ERROR_INVALID,
      "version-missing.json:1:1: the required member “version” is missing" },
    { "title-number.json", CONVENE_DATASET_ERROR_INVALID,
      "title-number.json:4:12: title: expected a string, found a number" },
    { "title-empty.json", CONVENE_DATASET_ERROR_INVALID,
      "title-empty.json:4:12: title: must not be empty" },
    { "title-null.json", CONVENE_DATASET_ERROR_INVALID,
      "title-null.json:1:1: the required member “title” is missing" },
    { "meetings-object.json", CONVENE_DATASET_ERROR_INVALID,
      "meetings-object.json:9:15: meetings: expected an array, found an object" },
    { "participants-missing.json", CONVENE_DATASET_ERROR_INVALID,
      "participants-missing.json:1:1: the required member “participants” is missing" },
    { "sources-without-title.json", CONVENE_DATASET_ERROR_INVALID,
      "sources-without-title.json:5:16: sources[0]: the required member “title” is missing" },
    { "attendance-string.json", CONVENE_DATASET_ERROR_INVALID,
      "attendance-string.json:15:23: meetings[0].attendance[0]: expected an object, found a string" },
    { "number-float.json", CONVENE_DATASET_ERROR_INVALID,
      "number-float.json:15:17: meetings[0].number: expected a whole number, found a number" },
    { "number-negative.json", CONVENE_DATASET_ERROR_INVALID,
      "number-negative.json:15:17: meetings[0].number: -3 is out of range" },
    { "number-zero.json", CONVENE_DATASET_ERROR_INVALID,
      "number-zero.json:15:17: meetings[0].number: 0 is out of range" },
    { "missing-start.json", CONVENE_DATASET_ERROR_INVALID,
      "missing-start.json:10:5: meetings[0]: the required member “start” is missing" },
    { "participant-without-name.json", CONVENE_DATASET_ERROR_INVALID,
      "participant-without-name.json:7:5: participants[1]: the required member “name” is missing" },
    { "bad-date.json", CONVENE_DATASET_ERROR_INVALID,
      "bad-date.json:14:16: meetings[0].start: “2019-02-30” is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
    { "long-bad-date.json", CONVENE_DATASET_ERROR_INVALID,
      "long-bad-date.json:14:16: meetings[0].start: “Sometime in the northern summer of two t…” is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
    { "end-before-start.json", CONVENE_DATASET_ERROR_INVALID,
      "end-before-start.json:15:14: meetings[0].end: the meeting ends (2019-07-22) before it starts (2019-07-23)" },
    { "duplicate-meeting-id.json", CONVENE_DATASET_ERROR_DUPLICATE_ID,
      "duplicate-meeting-id.json:23:13: meetings[2].id: the id “m1” is already used by meetings[0]" },
    { "duplicate-participant-id.json", CONVENE_DATASET_ERROR_DUPLICATE_ID,
      "duplicate-participant-id.json:8:13: participants[2].id: the id “VNM” is already used by participants[0]" },
    { "undeclared-attendance.json", CONVENE_DATASET_ERROR_UNKNOWN_REFERENCE,
      "undeclared-attendance.json:17:26: meetings[0].attendance[1].participant: “AUS” is not declared in “participants”" },
    { "undeclared-country.json", CONVENE_DATASET_ERROR_UNKNOWN_REFERENCE,
      "undeclared-country.json:15:51: meetings[0].location.country: “THA” is not declared in “participants”" },
    { "unknown-role.json", CONVENE_DATASET_ERROR_INVALID,
      "unknown-role.json:15:55: meetings[0].attendance[0].role: unknown role “chair” (expected participant, observer or co-chair)" },
    { "unknown-participant-kind.json", CONVENE_DATASET_ERROR_INVALID,
      "unknown-participant-kind.json:6:48: participants[0].kind: unknown participant kind “state” (expected country, territory, organisation or body)" },
    { "unknown-note-kind.json", CONVENE_DATASET_ERROR_INVALID,
      "unknown-note-kind.json:15:45: meetings[0].notes[1].kind: unknown note kind “warning” (expected remark, contradiction or gap)" },
    { "unknown-mode.json", CONVENE_DATASET_ERROR_INVALID,
      "unknown-mode.json:15:48: meetings[0].location.mode: unknown mode “online” (expected in-person, virtual or hybrid)" },
    { "attendance-twice.json", CONVENE_DATASET_ERROR_DUPLICATE_ID,
      "attendance-twice.json:18:26: meetings[0].attendance[2].participant: “VNM” is listed twice in this meeting’s attendance" },
    { "bad-kind.json", CONVENE_DATASET_ERROR_INVALID,
      "bad-kind.json:12:15: meetings[0].kind: “AHG SOM” is not a kind: use lower-case words joined by “-”" },
    { "kinds-duplicate-id.json", CONVENE_DATASET_ERROR_DUPLICATE_ID,
      "kinds-duplicate-id.json:8:13: kinds[2].id: the id “task-force” is already used by kinds[0]" },
    { "kinds-bad-id.json", CONVENE_DATASET_ERROR_INVALID,
      "kinds-bad-id.json:7:13: kinds[1].id: “Task Force” is not a kind: use lower-case words joined by “-”" },
    { "kinds-empty-label.json", CONVENE_DATASET_ERROR_INVALID,
      "kinds-empty-label.json:6:36: kinds[0].label: must not be empty" },
    { "kinds-blank-label.json", CONVENE_DATASET_ERROR_INVALID,
      "kinds-blank-label.json:7:36: kinds[1].label: must not be empty" },
    { "kinds-without-label.json", CONVENE_DATASET_ERROR_INVALID,
      "kinds-without-label.json:6:5: kinds[0]: the required member “label” is missing" },
    { "membership-until-before-since.json", CONVENE_DATASET_ERROR_INVALID,
      "membership-until-before-since.json:8:100: participants[0].memberships[0].until: the membership ends before it begins" },
    { "outcomes-incomplete-string.json", CONVENE_DATASET_ERROR_INVALID,
      "outcomes-incomplete-string.json:15:30: meetings[0].outcomes-incomplete: expected true or false, found a string" },
    { "note-number.json", CONVENE_DATASET_ERROR_INVALID,
      "note-number.json:15:18: meetings[0].notes[0]: expected a string or an object, found a number" },
    { "co-chair-number.json", CONVENE_DATASET_ERROR_INVALID,
      "co-chair-number.json:15:35: meetings[0].co-chairs[1]: expected a string, found a number" },
    { "outcome-without-text.json", CONVENE_DATASET_ERROR_INVALID,
      "outcome-without-text.json:15:45: meetings[0].outcomes[1]: the required member “text” is missing" },
    { "location-string.json", CONVENE_DATASET_ERROR_INVALID,
      "location-string.json:15:19: meetings[0].location: expected an object, found a string" },
    { "meeting-not-object.json", CONVENE_DATASET_ERROR_INVALID,
      "meeting-not-object.json:10:5: meetings[0]: expected an object, found a string" },
    { "trailing-garbage.json", CONVENE_DATASET_ERROR_SYNTAX,
      "trailing-garbage.json:13:1: not valid JSON: unexpected character `}', expected end of file" },
    { "line-comment.json", CONVENE_DATASET_ERROR_SYNTAX,
      "line-comment.json:2:3: not valid JSON: only /* … */ comments are allowed, with no “/” inside" },
    { "comments-error.json", CONVENE_DATASET_ERROR_INVALID,
      "comments-error.json:12:28: meetings[0].start: “2019-02-30” is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
};

static GFile *
data_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);

  return g_file_new_for_path (path);
}

static ConveneDataset *
load_data_file (const char  *name,
                GError     **error)
{
  g_autoptr(GFile) file = data_file (name);

  return convene_dataset_new_from_file (file, name, NULL, error);
}

static ConveneDataset *
load_text (const char  *text,
           gssize       len,
           const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return convene_dataset_new_from_bytes (bytes, name, error);
}

/* Refused files */

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file (c->file, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, ==, c->message);
}

/* A caller that does not want the error still gets NULL, and no crash. */
static void
test_error_ignored (void)
{
  g_autoptr(GFile) file = data_file ("bad-date.json");
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, NULL, NULL, NULL);

  g_assert_null (dataset);
}

/* Without a display name the file's base name stands in errors. */
static void
test_error_base_name (void)
{
  g_autoptr(GFile) file = data_file ("bad-date.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "bad-date.json:14:16: meetings[0].start: "));
}

/* ...and bytes without a name are "<data>". */
static void
test_error_bytes_default_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text ("{}", -1, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==,
                   "<data>:1:1: not a Convene dataset: the member “format” is missing");
}

static void
test_error_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("does-not-exist.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "does-not-exist.json: "));
  g_assert_cmpuint (strlen (error->message), >, strlen ("does-not-exist.json: "));
}

static void
test_error_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, "data", NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "data: "));
}

/* A file over the limit is refused from its size, before it is read: a
 * sparse file makes one without using the disk. */
static void
test_error_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "huge.json", NULL);
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);

  if (!g_seekable_truncate (G_SEEKABLE (stream), (goffset) CONVENE_DATASET_MAX_SIZE + 1, NULL, &error))
    {
      g_autofree char *reason = g_strdup_printf ("cannot make a sparse file: %s", error->message);

      g_test_skip (reason);
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &error);
  g_assert_no_error (error);

  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "huge.json: the file is larger than 1 GiB");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Invalid UTF-8, written to a real file; the column counts characters, so
 * the two-byte "é" before the bad byte counts once. */
static void
test_error_invalid_utf8 (void)
{
  static const char text[] =
    "{\n"
    "  \"format\": \"convene-dataset\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"caf\xc3\xa9 \xff\",\n"
    "  \"participants\": [],\n"
    "  \"meetings\": []\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "invalid-utf8.json", NULL);
  g_file_set_contents (path, text, sizeof text - 1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "invalid-utf8.json:4:18: the text is not valid UTF-8");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_error_invalid_utf8_sequences (void)
{
  const struct {
    const char *text;
    const char *message;
  } cases[] = {
    /* a lone continuation byte */
    { "{\"title\": \"\x80\"}", "x.json:1:12: the text is not valid UTF-8" },
    /* a sequence cut short */
    { "{\"title\": \"\xc3\"}", "x.json:1:12: the text is not valid UTF-8" },
    /* an overlong encoding of "/" */
    { "{\"title\": \"\xc0\xaf\"}", "x.json:1:12: the text is not valid UTF-8" },
    /* a UTF-16 surrogate encoded in UTF-8 */
    { "{\"title\": \"\xed\xa0\x80\"}", "x.json:1:12: the text is not valid UTF-8" },
    /* Latin-1 after a valid line */
    { "{\n\"title\": \"Caf\xe9\"}", "x.json:2:14: the text is not valid UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConveneDataset) dataset = load_text (cases[i].text, -1, "x.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_ENCODING);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_error_nul_byte (void)
{
  static const char text[] =
    "{\n"
    "  \"format\": \"convene-dataset\",\n"
    "  \"title\": \"a\0b\"\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text (text, sizeof text - 1, "nul.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "nul.json:3:14: the file contains a NUL byte");
}

/* A valid document followed by a NUL byte is refused too: the text ends at
 * its length, not at a NUL. */
static void
test_error_trailing_nul (void)
{
  static const char text[] = "{\"format\": \"convene-dataset\"}\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text (text, sizeof text - 1, "nul.json", &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==, "nul.json:1:30: the file contains a NUL byte");
}

/* A UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are named. */
static void
test_byte_order_marks (void)
{
  static const char json[] = "{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\","
                             " \"participants\": [], \"meetings\": []}";
  const char *encodings[] = { "UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32" };
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", json, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text (with_bom, -1, "bom.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "T");

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      gsize len = 0;
      g_autofree char *wide = g_convert (json, -1, encodings[i], "UTF-8", NULL, &len, NULL);
      g_autoptr(GError) wide_error = NULL;
      g_autoptr(ConveneDataset) refused = NULL;
      const char *expected = i < 3 ? "wide.json:1:1: the file is UTF-16 text: Convene reads UTF-8 (save it as UTF-8)"
                                   : "wide.json:1:1: the file is UTF-32 text: Convene reads UTF-8 (save it as UTF-8)";

      g_assert_nonnull (wide);
      refused = load_text (wide, len, "wide.json", &wide_error);
      g_assert_null (refused);
      g_assert_error (wide_error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_ENCODING);
      g_assert_cmpstr (wide_error->message, ==, expected);
    }
}

/* A number too large for 64 bits is named as the file writes it (json-glib
 * reads it as -1). */
static void
test_huge_numbers (void)
{
  const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\", \"participants\": [],\n"
      " \"meetings\": [{\"id\": \"a\", \"kind\": \"workshop\", \"title\": \"x\", \"start\": \"2020\",\n"
      "   \"number\": 99999999999999999999}]}",
      "huge.json:3:14: meetings[0].number: 99999999999999999999 is out of range" },
    { "{\"format\": \"convene-dataset\", \"version\": 18446744073709551617}",
      "huge.json:1:42: version: 18446744073709551617 is out of range" },
    { "{\"format\": \"convene-dataset\", \"version\": 0}",
      "huge.json:1:42: version: must be 1 or more" },
    { "{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\", \"participants\": [],\n"
      " \"meetings\": [{\"id\": \"a\", \"kind\": \"workshop\", \"title\": \"x\", \"start\": \"2020\",\n"
      "   \"number\": -1}]}",
      "huge.json:3:14: meetings[0].number: -1 is out of range" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConveneDataset) dataset = load_text (cases[i].json, -1, "huge.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* What is not a regular file is refused at once, before it is opened: a
 * FIFO with no writer would block, a device like /dev/zero never ends. */
static void
test_error_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("convene-test-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  const char *paths[] = { fifo, "/dev/zero" };

  g_assert_no_errno (mkfifo (fifo, 0600));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConveneDataset) dataset = NULL;

      if (!g_file_test (paths[i], G_FILE_TEST_EXISTS))
        continue;
      dataset = convene_dataset_new_from_file (file, "special", NULL, &error);
      g_assert_null (dataset);
      g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_READ);
      g_assert_cmpstr (error->message, ==,
                       "special: not a regular file (a device, a FIFO or a socket): "
                       "Convene reads datasets from regular files");
    }
  g_assert_no_errno (g_remove (fifo));
  g_assert_no_errno (g_rmdir (dir));
}

/* json-glib recurses: deep nesting is refused before it parses. */
static void
test_error_too_deep (void)
{
  const gsize n = 100000;
  g_autofree char *text = g_malloc (n);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  memset (text, '[', n);
  dataset = load_text (text, n, "deep.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "deep.json:1:65: the data is nested more than 64 levels deep");

  /* and closed, or of objects */
  {
    g_autoptr(GString) closed = g_string_new (NULL);
    g_autoptr(GError) closed_error = NULL;
    g_autoptr(ConveneDataset) closed_dataset = NULL;

    for (gsize i = 0; i < n; i++)
      g_string_append (closed, "{\"a\":");
    g_string_append (closed, "1");
    for (gsize i = 0; i < n; i++)
      g_string_append_c (closed, '}');

    closed_dataset = load_text (closed->str, closed->len, "deep.json", &closed_error);
    g_assert_null (closed_dataset);
    g_assert_error (closed_error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_DEEP);
    /* the 65th "{" of "{"a":{"a":…" */
    g_assert_cmpstr (closed_error->message, ==,
                     "deep.json:1:321: the data is nested more than 64 levels deep");
  }
}

/* A dataset with an unknown member nested @levels arrays deep: with the
 * top-level object that makes levels + 1. */
static GString *
nested_dataset (guint  levels,
                gsize *column_of_last_bracket)
{
  GString *text = g_string_new ("{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Deep\", "
                                "\"participants\": [], \"meetings\": [], \"x-deep\": ");

  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, '[');
  *column_of_last_bracket = text->len;
  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}\n");
  return text;
}

/* CONVENE_DATASET_MAX_DEPTH counts open brackets, the top-level one too. */
static void
test_depth_limit (void)
{
  gsize column;
  g_autoptr(GString) at_limit = nested_dataset (CONVENE_DATASET_MAX_DEPTH - 1, &column);
  g_autoptr(GString) over_limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autofree char *expected = NULL;

  dataset = load_text (at_limit->str, at_limit->len, "deep.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "Deep");
  g_clear_object (&dataset);

  over_limit = nested_dataset (CONVENE_DATASET_MAX_DEPTH, &column);
  dataset = load_text (over_limit->str, over_limit->len, "deep.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_DEEP);
  expected = g_strdup_printf ("deep.json:1:%" G_GSIZE_FORMAT ": the data is nested more than 64 levels deep",
                              column);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Brackets in strings and comments are not structure. */
static void
test_depth_in_strings (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"convene-dataset\", \"version\": 1, "
                                          "/* [[[[[[[[ */ \"title\": \"Brackets\", "
                                          "\"description\": \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "[{");
  g_string_append (text, "\\\"[\", \"participants\": [], \"meetings\": []}");

  dataset = load_text (text->str, text->len, "brackets.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (strlen (convene_dataset_get_description (dataset)), ==, 2000 + 2);
}

/* json-glib's reading of comments, quotes and escapes differs from JSON's;
 * wherever it could hide nesting from the check before parsing (and let
 * json-glib recurse until the stack overflows), the text is refused. */
static void
test_depth_hidden_from_scan (void)
{
  const gsize n = 100000;
  g_autofree char *open = g_malloc (n + 1);
  g_autofree char *close = g_malloc (n + 1);
  const struct {
    const char *before;
    const char *after;
    ConveneDatasetError code;
    const char *message;
  } cases[] = {
    /* for json-glib, a comment runs from a "/" to the next one */
    { "/\"/ ", " /\"/", CONVENE_DATASET_ERROR_SYNTAX,
      "h.json:1:1: not valid JSON: only /* … */ comments are allowed, with no “/” inside" },
    /* single quotes make a string */
    { "['\"', ", ", '\"']", CONVENE_DATASET_ERROR_SYNTAX,
      "h.json:1:2: not valid JSON: strings are written in double quotes" },
    /* after a lone surrogate, json-glib swallows a character: here the closing quote */
    { "[\"\\ud800\"x\", ", ", \"y\"]\"]", CONVENE_DATASET_ERROR_SYNTAX,
      "h.json:1:3: not valid JSON: an escape other than \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
      "or \\uXXXX (surrogates in pairs)" },
  };

  memset (open, '[', n);
  memset (close, ']', n);
  open[n] = close[n] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].before, open, close, cases[i].after, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ConveneDataset) dataset = load_text (text, -1, "h.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, CONVENE_DATASET_ERROR, (int) cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Files that would cost json-glib far more memory or time than their size
 * suggests are refused before json-glib sees them. */
static void
test_absurd_sizes (void)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  /* a string of more than 1 MiB */
  text = g_string_new ("{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"");
  for (gsize i = 0; i < CONVENE_DATASET_MAX_STRING + 1; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "\", \"participants\": [], \"meetings\": []}");
  dataset = load_text (text->str, text->len, "a.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "a.json:1:54: this string is longer than 1 MiB");
  g_clear_error (&error);

  /* 1,000,001 tiny elements: json-glib would spend about 100 bytes on each */
  g_string_assign (text, "{\"meetings\": [0");
  for (gsize i = 0; i < CONVENE_DATASET_MAX_ELEMENTS; i++)
    g_string_append (text, ",0");
  g_string_append (text, "]}");
  dataset = load_text (text->str, text->len, "a.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "a.json:1:2000015: this array has more than 1,000,000 elements");
  g_clear_error (&error);

  /* 1,001 members of one name: json-glib looks each one up in a list */
  g_string_assign (text, "{\"a\": 0");
  for (gsize i = 0; i < CONVENE_DATASET_MAX_MEMBERS; i++)
    g_string_append (text, ", \"a\": 0");
  g_string_append (text, "}");
  dataset = load_text (text->str, text->len, "a.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "a.json:1:8005: this object has more than 1,000 members");
  g_clear_error (&error);

  /* two documents in one file: json-glib would keep the second and leak the first */
  dataset = load_text ("{\"a\": 1} {\"b\": 2}", -1, "a.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "a.json:1:10: not valid JSON: a second document begins here (a file holds one)");
  g_clear_error (&error);

  /* comments and nothing else: json-glib finds no document at all */
  dataset = load_text ("/* nothing */", -1, "a.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "a.json: the file holds nothing but comments");
}

/* Accepted files */

static void
test_valid_small (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = data_file ("valid-small.json");
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 4);
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, 4);
  g_assert_true (g_file_equal (convene_dataset_get_file (dataset), file));
  g_assert_false (convene_dataset_is_bundled (dataset));
}

static void
test_valid_from_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset =
    load_text ("{\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Empty\", "
               "\"participants\": [], \"meetings\": []}", -1, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "Empty");
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 0);
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, 0);
  g_assert_null (convene_dataset_get_file (dataset));
  g_assert_false (convene_dataset_is_bundled (dataset));
}

/* Forward compatibility: members this version does not know are ignored,
 * at every level, and so is an unknown meeting kind. */
static void
test_unknown_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("unknown-members.json", &error);
  ConveneMeeting *meeting;
  ConveneParticipant *vnm;
  GPtrArray *outcomes;
  GPtrArray *notes;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "Members a later version may add");
  g_assert_cmpuint (convene_dataset_get_sources (dataset)->len, ==, 1);
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 1);

  vnm = convene_dataset_lookup_participant (dataset, "VNM");
  g_assert_nonnull (vnm);
  g_assert_cmpuint (convene_participant_get_memberships (vnm)->len, ==, 1);

  meeting = convene_dataset_lookup_meeting (dataset, "m1");
  g_assert_nonnull (meeting);
  g_assert_cmpstr (convene_meeting_get_kind (meeting), ==, "a-kind-not-known-yet");
  g_assert_cmpstr (convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting)), ==,
                   "A kind not known yet");
  g_assert_true (convene_meeting_get_country (meeting) == vnm);
  g_assert_cmpint (convene_meeting_get_role (meeting, vnm), ==, CONVENE_ROLE_PARTICIPANT);

  outcomes = convene_meeting_get_outcomes (meeting);
  g_assert_cmpuint (outcomes->len, ==, 1);
  g_assert_cmpstr (((ConveneOutcome *) g_ptr_array_index (outcomes, 0))->text, ==, "Agreed.");
  notes = convene_meeting_get_notes (meeting);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((ConveneNote *) g_ptr_array_index (notes, 0))->text, ==, "A note.");
  g_assert_cmpuint (convene_meeting_get_sources (meeting)->len, ==, 1);
}

/* A dataset's own kinds: declared labels, the order of menus, and a readable
 * label for a kind it does not declare. */
static void
test_kinds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("kinds.json", &error);
  GListModel *kinds;
  static const struct {
    const char *id, *label;
  } expected[] = {
    /* declared, in the file's order ("never-held" has no meeting) */
    { "working-group", "Technical Experts Working Group" },
    { "workshop", "Regional Workshop" },
    { "commemoration", "Commemoration" },
    /* then the others, by their first meeting */
    { "task-force", "Task force" },
    { "ahg-som", "Ad Hoc Group Senior Officials’ Meeting" },
  };

  g_assert_no_error (error);
  kinds = convene_dataset_get_kinds (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (kinds, i);

      g_assert_cmpstr (convene_meeting_kind_get_id (kind), ==, expected[i].id);
      g_assert_cmpstr (convene_meeting_kind_get_label (kind), ==, expected[i].label);
      g_assert_true (convene_dataset_lookup_kind (dataset, expected[i].id) == kind);
    }
  g_assert_cmpstr (convene_meeting_kind_get_label (convene_dataset_lookup_kind (dataset, "never-held")),
                   ==, "A kind no meeting has");
  g_assert_null (convene_dataset_lookup_kind (dataset, "steering-group"));

  /* each meeting has its kind, the very object the dataset lists */
  for (guint i = 0; i < convene_dataset_get_n_meetings (dataset); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (convene_dataset_get_meetings (dataset), i);
      ConveneMeetingKind *kind = convene_meeting_get_meeting_kind (meeting);

      g_assert_true (convene_dataset_lookup_kind (dataset, convene_meeting_get_kind (meeting)) == kind);
      g_assert_true (convene_meeting_kind_get_id (kind) == convene_meeting_get_kind (meeting));
    }
  {
    g_autofree char *row = convene_meeting_dup_kind_label (convene_dataset_lookup_meeting (dataset, "wg-1"), FALSE);
    g_autofree char *tf = convene_meeting_dup_kind_label (convene_dataset_lookup_meeting (dataset, "tf-2"), TRUE);

    /* isolated, as dataset text joined with other text is */
    g_assert_cmpstr (row, ==, "2nd \u2068Technical Experts Working Group\u2069");
    g_assert_cmpstr (tf, ==, "2nd · \u2068Task force\u2069");
  }
}

/* null stands for an absent optional member. */
static void
test_null_members (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("null-optional-members.json", &error);
  ConveneParticipant *vnm;
  ConveneMeeting *m1, *m2;
  GPtrArray *outcomes;
  ConveneOutcome *outcome;
  ConveneSource *source;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_null (convene_dataset_get_description (dataset));
  g_assert_cmpuint (convene_dataset_get_sources (dataset)->len, ==, 0);

  vnm = convene_dataset_lookup_participant (dataset, "VNM");
  g_assert_nonnull (vnm);
  g_assert_null (convene_participant_get_short_name (vnm));
  g_assert_cmpstr (convene_participant_get_label (vnm), ==, "Viet Nam");
  g_assert_nonnull (convene_participant_get_aliases (vnm));
  g_assert_null (convene_participant_get_aliases (vnm)[0]);
  g_assert_cmpuint (convene_participant_get_memberships (vnm)->len, ==, 0);

  m1 = convene_dataset_lookup_meeting (dataset, "m1");
  g_assert_nonnull (m1);
  g_assert_cmpuint (convene_meeting_get_number (m1), ==, 0);
  g_assert_cmpint (convene_date_compare (convene_meeting_get_end (m1), convene_meeting_get_start (m1)), ==, 0);
  g_assert_null (convene_meeting_get_city (m1));
  g_assert_null (convene_meeting_get_venue (m1));
  g_assert_null (convene_meeting_get_country (m1));
  g_assert_cmpint (convene_meeting_get_mode (m1), ==, CONVENE_MEETING_MODE_IN_PERSON);
  g_assert_null (convene_meeting_dup_place_label (m1));
  g_assert_nonnull (convene_meeting_get_co_chairs (m1));
  g_assert_null (convene_meeting_get_co_chairs (m1)[0]);
  /* "attendance": null is not an empty attendance: it was not recorded */
  g_assert_false (convene_meeting_get_attendance_recorded (m1));
  g_assert_null (convene_meeting_get_attendance (m1));
  g_assert_cmpint (convene_meeting_get_role (m1, vnm), ==, CONVENE_ROLE_NOT_RECORDED);
  g_assert_null (convene_meeting_get_purpose (m1));
  g_assert_false (convene_meeting_get_outcomes_incomplete (m1));
  g_assert_cmpuint (convene_meeting_get_notes (m1)->len, ==, 0);

  outcomes = convene_meeting_get_outcomes (m1);
  g_assert_cmpuint (outcomes->len, ==, 1);
  outcome = g_ptr_array_index (outcomes, 0);
  g_assert_cmpstr (outcome->text, ==, "Agreed.");
  g_assert_nonnull (outcome->items);
  g_assert_null (outcome->items[0]);

  g_assert_cmpuint (convene_meeting_get_sources (m1)->len, ==, 1);
  source = g_ptr_array_index (convene_meeting_get_sources (m1), 0);
  g_assert_cmpstr (source->title, ==, "A page");
  g_assert_null (source->url);

  m2 = convene_dataset_lookup_meeting (dataset, "m2");
  g_assert_nonnull (m2);
  g_assert_null (convene_meeting_get_city (m2));
  g_assert_cmpint (convene_meeting_get_mode (m2), ==, CONVENE_MEETING_MODE_IN_PERSON);
}

static void
test_notes_as_strings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("notes-as-strings.json", &error);
  ConveneMeeting *meeting;
  ConveneParticipant *vnm;
  GPtrArray *notes;
  const struct {
    ConveneNoteKind kind;
    const char *text;
  } expected[] = {
    { CONVENE_NOTE_REMARK, "First, a plain string." },
    { CONVENE_NOTE_REMARK, "Then an object without a kind." },
    { CONVENE_NOTE_GAP, "A gap." },
  };

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  meeting = convene_dataset_lookup_meeting (dataset, "m1");
  g_assert_nonnull (meeting);
  notes = convene_meeting_get_notes (meeting);
  g_assert_cmpuint (notes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);

      g_assert_cmpint (note->kind, ==, expected[i].kind);
      g_assert_cmpstr (note->text, ==, expected[i].text);
    }
  g_assert_false (convene_meeting_has_contradiction (meeting));

  vnm = convene_dataset_lookup_participant (dataset, "VNM");
  notes = convene_participant_get_notes (vnm);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((ConveneNote *) g_ptr_array_index (notes, 0))->kind, ==, CONVENE_NOTE_REMARK);
  g_assert_cmpstr (((ConveneNote *) g_ptr_array_index (notes, 0))->text, ==, "A participant note.");
}

/* json-glib accepts C comments: brackets and quotes in them are not taken
 * for an unclosed structure, and errors are still located past them (see
 * comments-error.json in the table). */
static void
test_comments (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_data_file ("comments.json", &error);
  ConveneMeeting *meeting;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "Commented");
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 1);
  meeting = convene_dataset_lookup_meeting (dataset, "m1");
  g_assert_nonnull (meeting);
  g_assert_null (convene_dataset_lookup_meeting (dataset, "wrong"));
  g_assert_cmpstr (convene_meeting_get_title (meeting), ==, "A \"quoted\" /* not a comment */ title");
}

/* A large dataset */

#define N_LARGE_MEETINGS 20000
#define N_LARGE_PARTICIPANTS 50

/* N_LARGE_MEETINGS meetings, one a line, in reverse date order: meeting i
 * is on 1 January 1950 plus (N - 1 - i) days. When bad_index is a meeting,
 * its start is "2019-02-30" and *line and *column say where. */
static GString *
large_dataset (guint  bad_index,
               guint *line,
               guint *column)
{
  GString *text = g_string_new ("{\n\"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Large\",\n"
                                "\"participants\": [\n");
  guint n_lines = 3;

  for (guint i = 0; i < N_LARGE_PARTICIPANTS; i++)
    {
      g_string_append_printf (text, "{ \"id\": \"P%03u\", \"name\": \"Participant %u\", \"kind\": \"country\" }%s\n",
                              i, i, i + 1 < N_LARGE_PARTICIPANTS ? "," : "");
      n_lines++;
    }
  g_string_append (text, "],\n\"meetings\": [\n");
  n_lines += 2;

  for (guint i = 0; i < N_LARGE_MEETINGS; i++)
    {
      GDate date;
      gsize line_start = text->len;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1950);
      g_date_add_days (&date, N_LARGE_MEETINGS - 1 - i);

      g_string_append_printf (text, "{ \"id\": \"m%05u\", \"kind\": \"workshop\", \"number\": %u, "
                              "\"title\": \"Meeting %u\", \"start\": ", i, i + 1, i);
      if (i == bad_index)
        {
          *line = n_lines + 1;
          *column = text->len - line_start + 1;
          g_string_append (text, "\"2019-02-30\"");
        }
      else
        g_string_append_printf (text, "\"%04u-%02u-%02u\"", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
      g_string_append_printf (text, ", \"attendance\": [ { \"participant\": \"P%03u\", \"role\": \"participant\" }, "
                              "{ \"participant\": \"P%03u\", \"role\": \"observer\" } ] }%s\n",
                              i % N_LARGE_PARTICIPANTS, (i + 1) % N_LARGE_PARTICIPANTS,
                              i + 1 < N_LARGE_MEETINGS ? "," : "");
      n_lines++;
    }
  g_string_append (text, "]\n}\n");
  return text;
}

static void
test_large (void)
{
  guint line = 0, column = 0;
  g_autoptr(GString) text = large_dataset (G_MAXUINT, &line, &column);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text (text->str, text->len, "large.json", &error);
  GListModel *meetings;
  g_autoptr(ConveneMeeting) first = NULL;
  g_autoptr(ConveneMeeting) last = NULL;
  ConveneMeeting *middle;
  guint previous_key = 0;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, N_LARGE_MEETINGS);
  g_assert_cmpuint (convene_dataset_get_n_participants (dataset), ==, N_LARGE_PARTICIPANTS);

  meetings = convene_dataset_get_meetings (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, N_LARGE_MEETINGS);
  first = g_list_model_get_item (meetings, 0);
  last = g_list_model_get_item (meetings, N_LARGE_MEETINGS - 1);
  g_assert_cmpstr (convene_meeting_get_id (first), ==, "m19999");
  g_assert_cmpuint (convene_meeting_get_date_key (first), ==, 19500101);
  g_assert_cmpstr (convene_meeting_get_id (last), ==, "m00000");

  for (guint i = 0; i < N_LARGE_MEETINGS; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      guint key = convene_meeting_get_date_key (meeting);

      g_assert_cmpuint (key, >, previous_key);
      previous_key = key;
    }

  middle = convene_dataset_lookup_meeting (dataset, "m10007");
  g_assert_nonnull (middle);
  g_assert_cmpuint (convene_meeting_get_number (middle), ==, 10008);
  g_assert_cmpint (convene_meeting_get_role (middle, convene_dataset_lookup_participant (dataset, "P007")),
                   ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpint (convene_meeting_get_role (middle, convene_dataset_lookup_participant (dataset, "P008")),
                   ==, CONVENE_ROLE_OBSERVER);
  g_assert_cmpint (convene_meeting_get_role (middle, convene_dataset_lookup_participant (dataset, "P009")),
                   ==, CONVENE_ROLE_NONE);
}

/* An error in the last of many meetings is still located exactly. */
static void
test_large_error (void)
{
  guint line = 0, column = 0;
  g_autoptr(GString) text = large_dataset (N_LARGE_MEETINGS - 1, &line, &column);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text (text->str, text->len, "large.json", &error);
  g_autofree char *expected = NULL;

  g_assert_cmpuint (line, >, N_LARGE_MEETINGS);
  expected = g_strdup_printf ("large.json:%u:%u: meetings[%u].start: “2019-02-30” is not a date "
                              "(expected YYYY-MM-DD, YYYY-MM or YYYY)", line, column, N_LARGE_MEETINGS - 1);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Loading on a worker thread */

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} AsyncData;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;

  g_assert_null (source);
  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

static ConveneDataset *
load_async (GFile         *file,
            GCancellable  *cancellable,
            GError       **error)
{
  AsyncData data = { g_main_loop_new (NULL, FALSE), NULL };
  ConveneDataset *dataset;

  convene_dataset_load_async (file, cancellable, on_loaded, &data);
  g_main_loop_run (data.loop);

  g_assert_nonnull (data.result);
  dataset = convene_dataset_load_finish (data.result, error);
  g_object_unref (data.result);
  g_main_loop_unref (data.loop);
  return dataset;
}

static void
test_async_success (void)
{
  g_autoptr(GFile) file = data_file ("valid-small.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_async (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (convene_dataset_get_title (dataset), ==, "A small test record");
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 4);
  g_assert_true (g_file_equal (convene_dataset_get_file (dataset), file));
}

static void
test_async_failure (void)
{
  g_autoptr(GFile) file = data_file ("bad-date.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_async (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "bad-date.json:14:16: meetings[0].start: “2019-02-30” is not a date "
                   "(expected YYYY-MM-DD, YYYY-MM or YYYY)");
}

static void
test_async_missing (void)
{
  g_autoptr(GFile) file = data_file ("does-not-exist.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_async (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "does-not-exist.json: "));
}

static void
test_async_cancelled (void)
{
  g_autoptr(GFile) file = data_file ("valid-small.json");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  g_cancellable_cancel (cancellable);
  dataset = load_async (file, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Interned strings, taken and given back on several threads at once (as
 * two halves of the meetings are built, while another load ends) */
static gpointer
intern_a_lot (gpointer data)
{
  for (guint i = 0; i < 200000; i++)
    {
      g_autofree char *text = g_strdup_printf ("kind-%u", i % 7);
      const char *a = convene_intern (text);
      const char *b = convene_intern (text);

      g_assert_true (a == b);
      g_assert_cmpstr (a, ==, text);
      convene_intern_release (a);
      convene_intern_release (b);
    }
  return NULL;
}

static void
test_intern_threads (void)
{
  GThread *threads[3];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("intern", intern_a_lot, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

/* Large datasets: progress and cancellation */

/* The id of the meeting at position i in the file */
static char *
meeting_id_at (GBytes *bytes,
               guint   i)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *meetings;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), NULL));
  meetings = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "meetings");
  return g_strdup (json_object_get_string_member (json_array_get_object_element (meetings, i), "id"));
}

/* The text with the first occurrence of from replaced by to */
static GBytes *
replace_once (GBytes     *bytes,
              const char *from,
              const char *to)
{
  const char *text = g_bytes_get_data (bytes, NULL);
  const char *at = g_strstr_len (text, g_bytes_get_size (bytes), from);
  g_autoptr(GString) out = g_string_new_len (text, g_bytes_get_size (bytes));

  g_assert_nonnull (at);
  g_string_erase (out, at - text, strlen (from));
  g_string_insert (out, at - text, to);
  return g_bytes_new (out->str, out->len);
}

/* Large datasets are built in two halves on two threads: the error is still
 * the first a reading from the start meets, repeated ids across the halves
 * included. */
static void
test_errors_across_halves (void)
{
  g_autoptr(GBytes) bytes = convene_test_generate (2000, 250);
  g_autofree char *first = meeting_id_at (bytes, 10);
  g_autofree char *early = meeting_id_at (bytes, 300);
  g_autofree char *late = meeting_id_at (bytes, 1500);
  g_autofree char *first_id = g_strdup_printf ("\"id\": \"%s\"", first);
  g_autofree char *late_id = g_strdup_printf ("\"id\": \"%s\"", late);
  /* the generator writes the kind right after the id */
  g_autofree char *early_kind = g_strdup_printf ("\"id\": \"%s\", \"kind\": \"", early);
  g_autofree char *late_kind = g_strdup_printf ("\"id\": \"%s\", \"kind\": \"", late);
  g_autofree char *bad_late_kind = g_strdup_printf ("\"id\": \"%s\", \"kind\": \"Bad ", first);
  g_autofree char *bad_early_kind = g_strdup_printf ("\"id\": \"%s\", \"kind\": \"Bad ", early);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) duplicate = NULL;
  g_autoptr(GBytes) two_errors = NULL;
  g_autoptr(GBytes) duplicate_late = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  /* meetings[1500] takes the id of meetings[10], across the halves */
  duplicate = replace_once (bytes, late_id, first_id);
  dataset = convene_dataset_new_from_bytes (duplicate, "g.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_DUPLICATE_ID);
  expected = g_strdup_printf ("meetings[1500].id: the id “%s” is already used by meetings[10]", first);
  g_assert_nonnull (strstr (error->message, expected));
  g_clear_error (&error);

  /* a bad kind in the first half and the duplicate in the second: the first */
  two_errors = replace_once (duplicate, early_kind, bad_early_kind);
  dataset = convene_dataset_new_from_bytes (two_errors, "g.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "meetings[300].kind: “Bad "));
  g_clear_error (&error);

  /* a meeting that is wrong and repeats an id: the id is read first, and said first */
  duplicate_late = replace_once (bytes, late_kind, bad_late_kind);
  dataset = convene_dataset_new_from_bytes (duplicate_late, "g.json", &error);
  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, expected));
}

static void
collect_fraction (double   fraction,
                  gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
test_progress (void)
{
  g_autoptr(GBytes) bytes = convene_test_generate (2000, 250);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  dataset = convene_dataset_new_from_bytes_full (bytes, "g.json", NULL, collect_fraction, fractions,
                                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (convene_dataset_get_n_meetings (dataset), ==, 2000);

  /* from the start to the end, never back, and more than once while building */
  g_assert_cmpuint (fractions->len, >, 10);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >=, 0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
}

static void
cancel_while_building (double   fraction,
                       gpointer user_data)
{
  /* json-glib's parse is over at 0.6: the meetings are being built */
  if (fraction > 0.6)
    g_cancellable_cancel (user_data);
}

static void
test_cancel_while_building (void)
{
  g_autoptr(GBytes) bytes = convene_test_generate (2000, 250);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;

  dataset = convene_dataset_new_from_bytes_full (bytes, "g.json", cancellable, cancel_while_building,
                                                 cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* A generated dataset of n_meetings (and 250 participants) in a temporary
 * file, whose path is returned in path */
static GFile *
write_generated (guint   n_meetings,
                 char  **path)
{
  g_autoptr(GBytes) bytes = convene_test_generate (n_meetings, 250);
  g_autoptr(GError) error = NULL;
  int fd = g_file_open_tmp ("convene-large-XXXXXX.json", path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (*path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      &error));
  g_assert_no_error (error);
  return g_file_new_for_path (*path);
}

typedef struct
{
  GThread *caller;
  guint n_reports;
  guint n_elsewhere;
  GAsyncResult *result;
} ThreadData;

static void
on_progress_thread (double   fraction,
                    gpointer user_data)
{
  ThreadData *data = user_data;

  data->n_reports++;
  if (g_thread_self () != data->caller)
    data->n_elsewhere++;
}

static void
on_thread_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ((ThreadData *) user_data)->result = g_object_ref (result);
}

/* Progress is reported on the caller's main context, never on the loading
 * thread, even while the caller is busy and not iterating its context (a
 * window then showed progress from the loading thread: AddressSanitizer
 * found a label's text freed there while the main thread measured it). */
static void
test_progress_on_caller_thread (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = write_generated (2000, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  ThreadData data = { g_thread_self (), 0, 0, NULL };

  convene_dataset_load_with_progress_async (file, NULL, on_progress_thread, &data, NULL,
                                            on_thread_loaded, &data);
  /* busy: the load runs meanwhile, its first reports made */
  g_usleep (G_USEC_PER_SEC / 2);
  while (data.result == NULL)
    g_main_context_iteration (NULL, TRUE);

  dataset = convene_dataset_load_finish (data.result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data.n_reports, >=, 1);
  g_assert_cmpuint (data.n_elsewhere, ==, 0);
  g_object_unref (data.result);
  g_unlink (path);
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
  GCancellable *cancellable;
  guint n_reports;
  guint n_reports_after_cancel;
} CancelData;

static void
on_large_progress (double   fraction,
                   gpointer user_data)
{
  CancelData *data = user_data;

  data->n_reports++;
  if (g_cancellable_is_cancelled (data->cancellable))
    data->n_reports_after_cancel++;
  /* the first report, as a user would press Stop while it loads */
  g_cancellable_cancel (data->cancellable);
}

static void
on_large_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CancelData *data = user_data;

  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

typedef struct
{
  GThread *caller;
  GCancellable *cancellable;
  gboolean loaded;
  gboolean freed;
  gboolean freed_elsewhere;
} FreeData;

static void
cancel_at_once (double   fraction,
                gpointer user_data)
{
  g_cancellable_cancel (((FreeData *) user_data)->cancellable);
}

static void
free_progress_data (gpointer user_data)
{
  FreeData *data = user_data;

  data->freed_elsewhere = g_thread_self () != data->caller;
  data->freed = TRUE;
  /* (from another thread, the waiting loop must hear of it) */
  g_main_context_wakeup (NULL);
}

static void
on_cancelled_loaded (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  FreeData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_load_finish (result, &error);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  data->loaded = TRUE;
}

/* A cancelled load returns at once, and its thread lets the task go later:
 * the progress data (a window, in the app) is freed on the caller's thread
 * all the same. (It was freed with the task, on the loading thread: a
 * window was then destroyed there, and test-window failed now and then.) */
static void
test_progress_data_freed_on_caller_thread (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = write_generated (20000, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  FreeData data = { g_thread_self (), cancellable, FALSE, FALSE, FALSE };

  convene_dataset_load_with_progress_async (file, cancellable, cancel_at_once, &data,
                                            free_progress_data, on_cancelled_loaded, &data);
  while (!data.loaded || !data.freed)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (data.freed_elsewhere);
  g_unlink (path);
}

/* A load of 20,000 meetings, cancelled from the main loop as it goes,
 * completes at once with G_IO_ERROR_CANCELLED and reports nothing after. */
static void
test_async_cancel_large (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = write_generated (20000, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  CancelData data = { g_main_loop_new (NULL, FALSE), NULL, g_cancellable_new (), 0, 0 };

  convene_dataset_load_with_progress_async (file, data.cancellable, on_large_progress, &data, NULL,
                                            on_large_loaded, &data);
  g_main_loop_run (data.loop);

  dataset = convene_dataset_load_finish (data.result, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (data.n_reports, ==, 1);
  g_assert_cmpuint (data.n_reports_after_cancel, ==, 0);

  /* reports the worker made before it saw the cancellation are not delivered */
  for (guint i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  g_assert_cmpuint (data.n_reports, ==, 1);

  g_object_unref (data.result);
  g_object_unref (data.cancellable);
  g_main_loop_unref (data.loop);
  g_unlink (path);
}

/* The raw-text scanner */

static void
test_scan_structure (void)
{
  const struct {
    const char *text;
    guint max_depth;
    ConveneJsonScanResult result;
    gsize offset;  /* when not OK */
  } cases[] = {
    { "{}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "[[]]", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "[[[]]]", 2, CONVENE_JSON_SCAN_TOO_DEEP, 2 },
    { "[{}, [[1]]]", 2, CONVENE_JSON_SCAN_TOO_DEEP, 6 },
    { "[[", 2, CONVENE_JSON_SCAN_UNCLOSED, 1 },        /* the innermost */
    { "[[], [", 2, CONVENE_JSON_SCAN_UNCLOSED, 5 },
    { "]]]{", 2, CONVENE_JSON_SCAN_UNCLOSED, 3 },      /* stray closers are json-glib's */
    { "{\"a\": \"b", 2, CONVENE_JSON_SCAN_UNTERMINATED_STRING, 6 },
    { "{\"a\": \"b\\\"}", 2, CONVENE_JSON_SCAN_UNTERMINATED_STRING, 6 },
    { "{\"a\": \"b\\\"}\"}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "{\"a\": \"b\\\\\"}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "{\"a\": \"[[[[{{{{\"}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "/* [[[[ \" */ {}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "{} /* [[[[ unclosed comment", 2, CONVENE_JSON_SCAN_UNTERMINATED_COMMENT, 3 },
    /* json-glib reads a comment from a "/" to the next: only C comments without
     * a "/" inside read the same for it and for this scan */
    { "{\"a\": 1 / 2}", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 8 },
    { "/", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 0 },
    { "{}/", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 2 },
    { "// a line comment\n{}", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 0 },
    { "/* a/b */ {}", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 4 },
    { "/*/ [[[ */ {}", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 2 },
    { "/**/ {}", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "/\"/ [[[]]] /\"/", 2, CONVENE_JSON_SCAN_BAD_COMMENT, 0 },
    /* json-glib takes 'text' for a string */
    { "['\"' [[[]]] '\"']", 2, CONVENE_JSON_SCAN_SINGLE_QUOTE, 1 },
    /* escapes: JSON's only, surrogates in pairs (json-glib swallows the
     * character after a lone one, even a closing quote) */
    { "[\"\\u00e9 \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"]", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "[\"\\ud83d\\ude00\"]", 2, CONVENE_JSON_SCAN_OK, 0 },
    { "[\"\\ud800\" \"[[[]]]\" \"\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\ud800\\u0041\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\udc00\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\u12\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\x41\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\101\"]", 2, CONVENE_JSON_SCAN_BAD_ESCAPE, 2 },
    { "[\"\\u0000\"]", 2, CONVENE_JSON_SCAN_ESCAPED_NUL, 2 },
    { "[\"\\", 2, CONVENE_JSON_SCAN_UNTERMINATED_STRING, 2 },
    /* json-glib would read a second document, and leak the first */
    { "{} {}", 2, CONVENE_JSON_SCAN_TRAILING_VALUE, 3 },
    { "\"x\" {}", 2, CONVENE_JSON_SCAN_TRAILING_VALUE, 4 },
    { "1 [2]", 2, CONVENE_JSON_SCAN_TRAILING_VALUE, 2 },
    { "{} ]", 2, CONVENE_JSON_SCAN_OK, 0 },             /* json-glib's to report */
    { "$d {}", 2, CONVENE_JSON_SCAN_TRAILING_VALUE, 3 }, /* json-glib's hexadecimal 13 */
    { "hello {}", 2, CONVENE_JSON_SCAN_TRAILING_VALUE, 6 },
    { "hello", 2, CONVENE_JSON_SCAN_OK, 0 },             /* json-glib's to report */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize offset = G_MAXSIZE;
      ConveneJsonScanResult result;
      g_autofree char *escaped = g_strescape (cases[i].text, NULL);

      g_test_message ("scanning %s", escaped);
      result = convene_json_scan_structure (cases[i].text, strlen (cases[i].text),
                                            cases[i].max_depth, &offset);
      g_assert_cmpint (result, ==, cases[i].result);
      if (result != CONVENE_JSON_SCAN_OK)
        g_assert_cmpuint (offset, ==, cases[i].offset);
    }
}

/* The limits on size, apart from depth */
static void
test_scan_limits (void)
{
  const ConveneJsonLimits limits = {
    .max_depth = 64,
    .max_string = 4,
    .max_members = 2,
    .max_elements = 3,
    .max_values = 7,
  };
  const struct {
    const char *text;
    ConveneJsonScanResult result;
    gsize offset;  /* when not OK */
  } cases[] = {
    { "[\"abcd\"]", CONVENE_JSON_SCAN_OK, 0 },
    { "[\"abcde\"]", CONVENE_JSON_SCAN_STRING_TOO_LONG, 1 },
    { "{\"long member name\": 1}", CONVENE_JSON_SCAN_STRING_TOO_LONG, 1 },
    { "{\"a\": 1, \"b\": {\"c\": 2}}", CONVENE_JSON_SCAN_OK, 0 },
    /* repeated names count: json-glib's cost grows with them */
    { "{\"a\": 1, \"a\": 2, \"a\": 3}", CONVENE_JSON_SCAN_TOO_MANY_MEMBERS, 20 },
    { "[1, [2, 3, 4], 5]", CONVENE_JSON_SCAN_OK, 0 },
    { "[1, 2, 3, 4]", CONVENE_JSON_SCAN_TOO_MANY_ELEMENTS, 10 },
    { "[[1, 2], [3, 4, 5]]", CONVENE_JSON_SCAN_TOO_MANY_VALUES, 16 },
    /* member names are not values; numbers and literals are one value each */
    { "{\"a\": [true, null, -1.5e3]}", CONVENE_JSON_SCAN_OK, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize offset = G_MAXSIZE;
      ConveneJsonScanResult result;

      g_test_message ("scanning %s", cases[i].text);
      result = convene_json_scan (cases[i].text, strlen (cases[i].text), &limits, &offset);
      g_assert_cmpint (result, ==, cases[i].result);
      if (result != CONVENE_JSON_SCAN_OK)
        g_assert_cmpuint (offset, ==, cases[i].offset);
    }
}

static gsize
locate (const char                   *json,
        const ConveneJsonPathSegment *path,
        guint                         n_segments)
{
  return convene_json_locate (json, strlen (json), path, n_segments);
}

/* The byte offset of the first occurrence of needle */
static gsize
offset_of (const char *json,
           const char *needle)
{
  const char *p = strstr (json, needle);

  g_assert_nonnull (p);
  return p - json;
}

static void
test_locate (void)
{
  const char *json = "{\"a\": {\"b\": [10, 20, {\"c\": \"x\"}], \"e\": {}}, \"d\": 1}";
  const ConveneJsonPathSegment a_b_2_c[] = { { "a", 0 }, { "b", 0 }, { NULL, 2 }, { "c", 0 } };
  const ConveneJsonPathSegment a_b_1[] = { { "a", 0 }, { "b", 0 }, { NULL, 1 } };
  const ConveneJsonPathSegment a_b_0[] = { { "a", 0 }, { "b", 0 }, { NULL, 0 } };
  const ConveneJsonPathSegment a_b_5[] = { { "a", 0 }, { "b", 0 }, { NULL, 5 } };
  const ConveneJsonPathSegment a_z[] = { { "a", 0 }, { "z", 0 } };
  const ConveneJsonPathSegment a_e_z[] = { { "a", 0 }, { "e", 0 }, { "z", 0 } };
  const ConveneJsonPathSegment d[] = { { "d", 0 } };
  const ConveneJsonPathSegment d_0[] = { { "d", 0 }, { NULL, 0 } };
  const ConveneJsonPathSegment t[] = { { "t", 0 } };
  const ConveneJsonPathSegment i_0_1_1[] = { { NULL, 0 }, { NULL, 1 }, { NULL, 1 } };
  const ConveneJsonPathSegment i_1_0[] = { { NULL, 1 }, { NULL, 0 } };
  const char *strings = "{\"s\": \"\\\"t\\\": 5, {\", \"x\": {\"t\": 7}, \"t\": 6}";
  const char *arrays = "[[1, [2, 3]], [4]]";
  const char *commented = "  /* {\"a\": 0} */ {/* \"a\": 1, */ \"a\": /* 2 */ 3}";
  const char *spaced = "\n{\n  \"a\" :\n    {\n      \"b\"\t:\t[ 10 ,\n 20 ]\n    }\n}\n";
  const ConveneJsonPathSegment a[] = { { "a", 0 } };

  g_assert_cmpuint (locate (json, a_b_2_c, 4), ==, offset_of (json, "\"x\""));
  g_assert_cmpuint (locate (json, a_b_1, 3), ==, offset_of (json, "20"));
  g_assert_cmpuint (locate (json, a_b_0, 3), ==, offset_of (json, "10"));
  g_assert_cmpuint (locate (json, d, 1), ==, offset_of (json, "1}"));

  /* what is missing is located at the deepest part that exists */
  g_assert_cmpuint (locate (json, a_b_5, 3), ==, offset_of (json, "[10"));
  g_assert_cmpuint (locate (json, a_z, 2), ==, offset_of (json, "{\"b\""));
  g_assert_cmpuint (locate (json, a_e_z, 3), ==, offset_of (json, "{}"));
  g_assert_cmpuint (locate (json, d_0, 2), ==, offset_of (json, "1}"));
  g_assert_cmpuint (locate (json, NULL, 0), ==, 0);

  /* keys inside strings and deeper objects are not members */
  g_assert_cmpuint (locate (strings, t, 1), ==, offset_of (strings, "6}"));

  /* arrays of arrays */
  g_assert_cmpuint (locate (arrays, i_0_1_1, 3), ==, offset_of (arrays, "3]"));
  g_assert_cmpuint (locate (arrays, i_1_0, 2), ==, offset_of (arrays, "4]"));

  /* comments and white space */
  g_assert_cmpuint (locate (commented, NULL, 0), ==, offset_of (commented, "{/*"));
  g_assert_cmpuint (locate (commented, a, 1), ==, offset_of (commented, "3}"));
  g_assert_cmpuint (locate (spaced, a_b_1, 3), ==, offset_of (spaced, "20"));
}

static void
test_position (void)
{
  /* "é" is two bytes, "ü" two, "€" three, "😀" four: columns count characters */
  const char *json = "{\n  \"é\": 1,\n  \"ü€😀\": \"x\",\n\n  \"y\": 2}";
  const ConveneJsonPathSegment u[] = { { "ü€😀", 0 } };
  const ConveneJsonPathSegment y[] = { { "y", 0 } };
  guint line = 0, column = 0;

  convene_json_get_position (json, 0, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);

  convene_json_get_position (json, 1, &line, &column);  /* the first "\n" */
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 2);

  convene_json_get_position (json, 2, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 1);

  convene_json_get_position (json, offset_of (json, "1,"), &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 8);

  convene_json_get_position (json, locate (json, u, 1), &line, &column);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 10);

  convene_json_get_position (json, locate (json, y, 1), &line, &column);
  g_assert_cmpuint (line, ==, 5);
  g_assert_cmpuint (column, ==, 8);
}

#define HEAD "{\"format\":\"convene-dataset\",\"version\":1,\"title\":\"T\",\"participants\":[],"

typedef struct
{
  const char *text;
  ConveneDatasetError code;
  const char *message;
} TextCase;

/* Hostile or odd text, each refused with its own message. */
static void
test_hostile_text (void)
{
  const TextCase cases[] = {
    /* json-glib would cut the string at the NUL */
    { HEAD "\"meetings\":[{\"id\":\"a\",\"kind\":\"workshop\",\"title\":\"x\\u0000y\",\"start\":\"2019\"}]}",
      CONVENE_DATASET_ERROR_ENCODING,
      "t.json:1:121: a string contains the NUL character (\\u0000)" },
    /* an empty note is refused whichever form it takes */
    { HEAD "\"meetings\":[{\"id\":\"a\",\"kind\":\"workshop\",\"title\":\"x\",\"start\":\"2019\",\"notes\":[\"\"]}]}",
      CONVENE_DATASET_ERROR_INVALID,
      "t.json:1:147: meetings[0].notes[0]: must not be empty" },
    /* kinds are words joined by single hyphens */
    { HEAD "\"meetings\":[{\"id\":\"a\",\"kind\":\"ahg--som\",\"title\":\"x\",\"start\":\"2019\"}]}",
      CONVENE_DATASET_ERROR_INVALID,
      "t.json:1:100: meetings[0].kind: “ahg--som” is not a kind: use lower-case words joined by “-”" },
    { HEAD "\"meetings\":[{\"id\":\"a\",\"kind\":\"som-\",\"title\":\"x\",\"start\":\"2019\"}]}",
      CONVENE_DATASET_ERROR_INVALID,
      "t.json:1:100: meetings[0].kind: “som-” is not a kind: use lower-case words joined by “-”" },
    /* json-glib keeps the last of two members of one name: the error points there */
    { HEAD "\"meetings\":[{\"id\":\"a\",\"kind\":\"workshop\",\"title\":\"x\",\"start\":\"2019\",\"start\":\"2019-02-30\"}]}",
      CONVENE_DATASET_ERROR_INVALID,
      "t.json:1:146: meetings[0].start: “2019-02-30” is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConveneDataset) dataset = load_text (cases[i].text, -1, "t.json", &error);

      g_assert_null (dataset);
      g_assert_error (error, CONVENE_DATASET_ERROR, (int) cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* json-glib counts bytes; the message counts characters. */
static void
test_syntax_column_in_characters (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = load_text ("{\"titlé\": \"ŝŝŝ\" 1}", -1, "t.json", &error);
  guint line, column;

  g_assert_null (dataset);
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_SYNTAX);
  g_assert_cmpint (sscanf (error->message, "t.json:%u:%u:", &line, &column), ==, 2);
  g_assert_cmpuint (line, ==, 1);
  /* the line has 19 characters in 23 bytes: a byte column would pass its end */
  g_assert_cmpuint (column, <=, 19);
}

/* A meeting with a very long attendance loads in linear time: a quadratic
 * duplicate check would not finish. */
static void
test_long_attendance (void)
{
  g_autoptr(GString) text = g_string_new ("{\"format\":\"convene-dataset\",\"version\":1,\"title\":\"T\",\"participants\":[");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = NULL;
  const guint n = 200000;
  ConveneMeeting *meeting;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\":\"P%u\",\"name\":\"P%u\",\"kind\":\"body\"}", i ? "," : "", i, i);
  g_string_append (text, "],\"meetings\":[{\"id\":\"m\",\"kind\":\"workshop\",\"title\":\"x\",\"start\":\"2019\",\"attendance\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"participant\":\"P%u\",\"role\":\"observer\"}", i ? "," : "", i);
  g_string_append (text, "]}]}");

  dataset = load_text (text->str, (gssize) text->len, "t.json", &error);
  g_assert_no_error (error);
  meeting = convene_dataset_lookup_meeting (dataset, "m");
  g_assert_cmpuint (convene_meeting_get_attendance (meeting)->len, ==, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/loader/error/", error_cases[i].file, NULL);

      g_test_add_data_func (path, &error_cases[i], test_error_case);
    }

  g_test_add_func ("/loader/error/ignored", test_error_ignored);
  g_test_add_func ("/loader/error/base-name", test_error_base_name);
  g_test_add_func ("/loader/error/bytes-default-name", test_error_bytes_default_name);
  g_test_add_func ("/loader/error/missing-file", test_error_missing_file);
  g_test_add_func ("/loader/error/directory", test_error_directory);
  g_test_add_func ("/loader/error/special-files", test_error_special_files);
  g_test_add_func ("/loader/byte-order-marks", test_byte_order_marks);
  g_test_add_func ("/loader/huge-numbers", test_huge_numbers);
  g_test_add_func ("/loader/error/too-large", test_error_too_large);
  g_test_add_func ("/loader/error/invalid-utf8", test_error_invalid_utf8);
  g_test_add_func ("/loader/error/invalid-utf8-sequences", test_error_invalid_utf8_sequences);
  g_test_add_func ("/loader/error/nul-byte", test_error_nul_byte);
  g_test_add_func ("/loader/error/trailing-nul", test_error_trailing_nul);
  g_test_add_func ("/loader/error/too-deep", test_error_too_deep);
  g_test_add_func ("/loader/depth/limit", test_depth_limit);
  g_test_add_func ("/loader/depth/strings-and-comments", test_depth_in_strings);
  g_test_add_func ("/loader/depth/hidden-from-scan", test_depth_hidden_from_scan);
  g_test_add_func ("/loader/absurd-sizes", test_absurd_sizes);

  g_test_add_func ("/loader/valid/small", test_valid_small);
  g_test_add_func ("/loader/valid/from-bytes", test_valid_from_bytes);
  g_test_add_func ("/loader/valid/unknown-members", test_unknown_members);
  g_test_add_func ("/loader/valid/null-members", test_null_members);
  g_test_add_func ("/loader/valid/kinds", test_kinds);
  g_test_add_func ("/loader/valid/notes-as-strings", test_notes_as_strings);
  g_test_add_func ("/loader/valid/comments", test_comments);
  g_test_add_func ("/loader/large/valid", test_large);
  g_test_add_func ("/loader/large/error", test_large_error);

  g_test_add_func ("/loader/async/success", test_async_success);
  g_test_add_func ("/loader/async/failure", test_async_failure);
  g_test_add_func ("/loader/async/missing", test_async_missing);
  g_test_add_func ("/loader/async/cancelled", test_async_cancelled);
  g_test_add_func ("/loader/async/cancel-large", test_async_cancel_large);
  g_test_add_func ("/loader/large/progress", test_progress);
  g_test_add_func ("/loader/large/progress-on-caller-thread", test_progress_on_caller_thread);
  g_test_add_func ("/loader/large/progress-data-freed-on-caller-thread",
                   test_progress_data_freed_on_caller_thread);
  g_test_add_func ("/loader/large/cancel-while-building", test_cancel_while_building);
  g_test_add_func ("/loader/large/errors-across-halves", test_errors_across_halves);
  g_test_add_func ("/loader/intern/threads", test_intern_threads);

  g_test_add_func ("/loader/json/scan-structure", test_scan_structure);
  g_test_add_func ("/loader/json/scan-limits", test_scan_limits);
  g_test_add_func ("/loader/json/locate", test_locate);
  g_test_add_func ("/loader/json/position", test_position);
  g_test_add_func ("/loader/hostile-text", test_hostile_text);
  g_test_add_func ("/loader/syntax-column-in-characters", test_syntax_column_in_characters);
  g_test_add_func ("/loader/long-attendance", test_long_attendance);

  return g_test_run ();
}
