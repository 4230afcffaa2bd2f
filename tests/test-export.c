/* test-export.c: where exports write, and what a CSV holds
 *
 * Every export goes through convene_output_file_write(): regular files
 * only (or a link to one, written through), mode and owner kept, whole or
 * not at all, never onto a device, a FIFO or the dataset being exported.
 * The reproducers are made here, in a temporary folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "convene-matrix.h"
#include "convene-output-file.h"
#include "convene-test-data.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("convene-export-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_no_errno (g_remove (path));
    }
  g_assert_no_errno (g_rmdir (f->dir));
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

static guint
count_files (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Writes "new" to path; with fail_after_bytes, writes that much and fails. */
typedef struct
{
  gboolean fail;
} WriteHow;

static gboolean
write_new (gpointer        user_data,
           GOutputStream  *stream,
           GCancellable   *cancellable,
           GError        **error)
{
  WriteHow *how = user_data;

  if (!g_output_stream_write_all (stream, "new", 3, NULL, cancellable, error))
    return FALSE;
  if (how != NULL && how->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
      return FALSE;
    }
  return TRUE;
}

static gboolean
export_to (const char  *path,
           const char  *input,
           gboolean     fail,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) input_file = input != NULL ? g_file_new_for_path (input) : NULL;
  WriteHow how = { fail };

  return convene_output_file_write (file, input_file, write_new, &how, NULL, error);
}

static void
test_new_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = path_in (f, "out.csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (export_to (out, NULL, FALSE, &error));
  g_assert_no_error (error);
  text = read_text (out);
  g_assert_cmpstr (text, ==, "new");
  g_assert_cmpuint (count_files (f), ==, 1);
}

/* A 0600 file owned by someone else stays 0600 and theirs. */
static void
test_keeps_mode_and_owner (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *out = path_in (f, "private.csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gboolean root = getuid () == 0;

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_no_errno (g_chmod (out, 0600));
  if (root)
    g_assert_no_errno (chown (out, 65534, 65534));

  g_assert_true (export_to (out, NULL, FALSE, &error));
  g_assert_no_error (error);
  text = read_text (out);
  g_assert_cmpstr (text, ==, "new");
  g_assert_no_errno (g_stat (out, &st));
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  if (root)
    {
      g_assert_cmpint (st.st_uid, ==, 65534);
      g_assert_cmpint (st.st_gid, ==, 65534);
    }
  else
    g_test_message ("not root: the owner is not checked");
}

/* A link to a file is written through; the link stays a link. */
static void
test_symlink_written_through (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *target = path_in (f, "target.csv");
  g_autofree char *link = path_in (f, "link.csv");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_no_errno (symlink ("target.csv", link));

  g_assert_true (export_to (link, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_no_errno (g_lstat (link, &st));
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_text (target);
  g_assert_cmpstr (text, ==, "new");
  g_assert_cmpuint (count_files (f), ==, 2);
}

/* A link to nothing is not followed to make a file. */
static void
test_dangling_symlink (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *link = path_in (f, "link.csv");
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (symlink ("nowhere.csv", link));
  g_assert_false (export_to (link, NULL, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (count_files (f), ==, 1);
}

/* A FIFO nobody reads is refused at once (opening it would block), and so
 * are a folder and a device, which stay what they are. */
static void
test_special_files (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *fifo = path_in (f, "fifo");
  g_autofree char *device = path_in (f, "null");
  g_autofree char *folder = path_in (f, "folder");
  g_autofree char *to_fifo = path_in (f, "to-fifo");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_false (export_to (fifo, NULL, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_no_errno (symlink ("fifo", to_fifo));
  g_assert_false (export_to (to_fifo, NULL, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);
  g_assert_no_errno (g_lstat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_no_errno (g_mkdir (folder, 0700));
  g_assert_false (export_to (folder, NULL, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  /* a device node like /dev/null (only root can make one) */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) == 0)
    {
      g_assert_false (export_to (device, NULL, FALSE, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_clear_error (&error);
      g_assert_no_errno (g_lstat (device, &st));
      g_assert_true (S_ISCHR (st.st_mode));
    }
  else
    g_test_message ("no device node made (%s): not checked", g_strerror (errno));
}

/* The dataset being exported is never written over: not by its name, not
 * through a link, not through another hard link. */
static void
test_not_onto_input (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *input = path_in (f, "data.json");
  g_autofree char *soft = path_in (f, "link.json");
  g_autofree char *hard = path_in (f, "hard.json");
  const char *outputs[] = { input, soft, hard };

  g_assert_true (g_file_set_contents (input, "{}", -1, NULL));
  g_assert_no_errno (symlink ("data.json", soft));
  g_assert_no_errno (link (input, hard));

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_false (export_to (outputs[i], input, FALSE, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      text = read_text (input);
      g_assert_cmpstr (text, ==, "{}");
      /* and the other way round: the input named through the link */
      g_clear_error (&error);
      g_assert_false (export_to (input, outputs[i], FALSE, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
    }
  g_assert_cmpuint (count_files (f), ==, 3);
}

/* A write that fails leaves the old file whole, even one with several hard
 * links (which GIO's g_file_replace() writes in place), and no temporary
 * file behind. */
static void
test_failed_write (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = path_in (f, "out.csv");
  g_autofree char *other = path_in (f, "other-name.csv");
  g_autofree char *fresh = path_in (f, "fresh.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;

  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_no_errno (link (out, other));

  g_assert_false (export_to (out, NULL, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  text = read_text (out);
  other_text = read_text (other);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpstr (other_text, ==, "old");
  g_clear_error (&error);

  /* a new file that fails is not made at all */
  g_assert_false (export_to (fresh, NULL, TRUE, &error));
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (f), ==, 2);
}

/* The CSV goes the same way: not onto its own dataset. */
static void
test_csv_not_onto_dataset (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *input = path_in (f, "data.json");
  g_autoptr(GFile) file = g_file_new_for_path (input);
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (input, convene_test_bidi_json, -1, NULL));
  dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_assert_false (convene_matrix_save_csv (matrix, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  text = read_text (input);
  g_assert_cmpstr (text, ==, convene_test_bidi_json);
}

/* CSV injection: no cell, header and ids included, begins with what a
 * spreadsheet reads as a formula. */
static void
test_csv_formulas (void)
{
  static const char json[] =
    "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"=T\",\n"
    "  \"participants\": [\n"
    "    { \"id\": \"P1\", \"name\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P2\", \"name\": \"+cmd|' /C calc'!A0\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P3\", \"name\": \"-2+3\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P4\", \"name\": \"@SUM(1)\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P5\", \"name\": \"\\tTab\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P6\", \"name\": \"\\rReturn\", \"kind\": \"country\" },\n"
    "    { \"id\": \"P7\", \"name\": \"Plain = text\", \"kind\": \"country\" } ],\n"
    "  \"meetings\": [ { \"id\": \"m1\", \"kind\": \"workshop\", \"title\": \"M\", \"start\": \"2020\",\n"
    "    \"attendance\": [ { \"participant\": \"P1\", \"role\": \"participant\" } ] } ] }";
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (json);
  g_autoptr(ConveneMatrix) matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (convene_matrix_write_csv (matrix, stream, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);
  g_output_stream_close (stream, NULL, NULL);
  csv = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));

  g_assert_nonnull (strstr (csv, "P1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",participant\r\n"));
  g_assert_nonnull (strstr (csv, "P2,'+cmd|' /C calc'!A0,"));
  g_assert_nonnull (strstr (csv, "P3,'-2+3,"));
  g_assert_nonnull (strstr (csv, "P4,'@SUM(1),"));
  g_assert_nonnull (strstr (csv, "P5,'\tTab,"));
  g_assert_nonnull (strstr (csv, "P6,\"'\rReturn\","));
  g_assert_nonnull (strstr (csv, "P7,Plain = text,"));

  /* every cell of every line, split as a spreadsheet would */
  lines = g_strsplit (csv, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

      for (guint j = 0; cells[j] != NULL; j++)
        {
          const char *cell = cells[j][0] == '"' ? cells[j] + 1 : cells[j];

          if (cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL)
            g_error ("line %u, cell %u begins a formula: %s", i, j, cells[j]);
        }
    }
}

/* The ids of the header, too */
static void
test_csv_formula_ids (void)
{
  static const char json[] =
    "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
    "  \"participants\": [ { \"id\": \"-P\", \"name\": \"N\", \"kind\": \"country\" } ],\n"
    "  \"meetings\": [ { \"id\": \"-m\", \"kind\": \"workshop\", \"title\": \"M\", \"start\": \"2020\" } ] }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_bytes (bytes, "ids.json", &error);
  g_autoptr(ConveneMatrix) matrix = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autofree char *csv = NULL;

  if (dataset == NULL)
    {
      /* ids cannot begin with "-": nothing to neutralise */
      g_test_message ("ids beginning with “-” are refused: %s", error->message);
      g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
      return;
    }
  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  g_assert_true (convene_matrix_write_csv (matrix, stream, NULL, &error));
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);
  g_output_stream_close (stream, NULL, NULL);
  csv = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_str_has_prefix (csv, "participant,name,'-m\r\n'-P,N,"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("new-file", test_new_file);
  ADD ("keeps-mode-and-owner", test_keeps_mode_and_owner);
  ADD ("symlink-written-through", test_symlink_written_through);
  ADD ("dangling-symlink", test_dangling_symlink);
  ADD ("special-files", test_special_files);
  ADD ("not-onto-input", test_not_onto_input);
  ADD ("failed-write", test_failed_write);
  ADD ("csv-not-onto-dataset", test_csv_not_onto_dataset);
#undef ADD
  g_test_add_func ("/export/csv-formulas", test_csv_formulas);
  g_test_add_func ("/export/csv-formula-ids", test_csv_formula_ids);

  return g_test_run ();
}
