/* test-validate.c: one set of rules for the loader and the editor
 *
 * Validation is never weaker than the loader: each rule an edit can break
 * is named on its field, the loader refuses the writer's text of that
 * dataset, and saving refuses to write. Nor is it stronger: every test
 * file the loader takes breaks no rule.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document.h"
#include "convene-test-data.h"
#include "convene-validate.h"

typedef void (*Break) (ConveneDocument *document, ConveneDataset *dataset);

static ConveneMeeting *
m (ConveneDataset *dataset,
   const char     *id)
{
  ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, id);

  g_assert_nonnull (meeting);
  return meeting;
}

static void
empty_title (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_meeting_text (d, m (s, "m2"), CONVENE_MEETING_FIELD_TITLE, "");
}

static void
empty_id (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_meeting_text (d, m (s, "m2"), CONVENE_MEETING_FIELD_ID, "");
}

static void
duplicate_id (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_meeting_text (d, m (s, "m2"), CONVENE_MEETING_FIELD_ID, "m1");
}

static void
bad_kind (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_meeting_text (d, m (s, "m2"), CONVENE_MEETING_FIELD_KIND, "Working Group");
}

static void
end_before_start (ConveneDocument *d, ConveneDataset *s)
{
  ConveneDate start = { 2021, 9, 28 }, end = { 2021, 9, 1 };

  convene_document_set_meeting_dates (d, m (s, "m2"), &start, &end);
}

static void
no_such_day (ConveneDocument *d, ConveneDataset *s)
{
  ConveneDate start = { 2021, 2, 30 };

  convene_document_set_meeting_dates (d, m (s, "m2"), &start, NULL);
}

static void
empty_outcome (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_insert_outcome (d, m (s, "m1"), 0, "");
}

static void
empty_note (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_insert_note (d, m (s, "m1"), 0, CONVENE_NOTE_GAP, "");
}

static void
untitled_source (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_insert_source (d, m (s, "m1"), 0, "", "https://example.org");
}

static void
unnamed_participant (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_participant_text (d, convene_dataset_lookup_participant (s, "HKG"),
                                         CONVENE_PARTICIPANT_FIELD_NAME, "");
}

static void
untitled_dataset (ConveneDocument *d, ConveneDataset *s)
{
  convene_document_set_title (d, "");
}

static const struct
{
  const char *name;
  Break edit;
  const char *meeting;  /* the meeting whose field is named (its id before), or NULL */
  int field;
} rules[] = {
  { "empty-title", empty_title, "m2", CONVENE_MEETING_FIELD_TITLE },
  { "empty-id", empty_id, "m2", CONVENE_MEETING_FIELD_ID },
  { "duplicate-id", duplicate_id, "m2", CONVENE_MEETING_FIELD_ID },
  { "bad-kind", bad_kind, "m2", CONVENE_MEETING_FIELD_KIND },
  { "end-before-start", end_before_start, "m2", CONVENE_MEETING_FIELD_DATES },
  { "no-such-day", no_such_day, "m2", CONVENE_MEETING_FIELD_DATES },
  { "empty-outcome", empty_outcome, "m1", CONVENE_MEETING_FIELD_OUTCOMES },
  { "empty-note", empty_note, "m1", CONVENE_MEETING_FIELD_NOTES },
  { "untitled-source", untitled_source, "m1", CONVENE_MEETING_FIELD_SOURCES },
  { "unnamed-participant", unnamed_participant, NULL, CONVENE_PARTICIPANT_FIELD_NAME },
  { "untitled-dataset", untitled_dataset, NULL, CONVENE_DATASET_FIELD_TITLE },
};

static void
test_rule (gconstpointer data)
{
  guint r = GPOINTER_TO_UINT (data);
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("every-member.json");
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConveneDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-validate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *message = NULL;
  ConveneMeeting *meeting = rules[r].meeting != NULL ? m (dataset, rules[r].meeting) : NULL;

  problems = convene_validate_dataset (dataset, 0);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  rules[r].edit (document, dataset);

  /* named on the field */
  problems = convene_validate_dataset (dataset, 0);
  g_assert_cmpuint (problems->len, >=, 1);
  if (meeting != NULL)
    message = convene_validate_meeting_field (dataset, meeting, rules[r].field);
  else if (rules[r].field == CONVENE_PARTICIPANT_FIELD_NAME && r != G_N_ELEMENTS (rules) - 1)
    message = convene_validate_participant_field (dataset, convene_dataset_lookup_participant (dataset, "HKG"),
                                                  rules[r].field);
  else
    message = convene_validate_dataset_field (dataset, rules[r].field);
  g_assert_nonnull (message);
  g_test_message ("%s: %s", rules[r].name, message);

  /* the loader refuses the same */
  bytes = convene_dataset_to_bytes (dataset);
  reloaded = convene_dataset_new_from_bytes (bytes, "broken", &error);
  g_assert_null (reloaded);
  g_assert_error (error, CONVENE_DATASET_ERROR, error->code);
  g_clear_error (&error);

  /* and nothing is written */
  g_assert_false (convene_document_save (document, file, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_test_message ("save: %s", error->message);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (convene_document_get_modified (document));

  /* undone, it keeps every rule again */
  g_assert_true (convene_document_undo (document));
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = convene_validate_dataset (dataset, 0);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every test file the loader takes keeps every rule. */
static void
test_loaded_files_valid (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(ConveneDataset) dataset = NULL;
      g_autoptr(GPtrArray) problems = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      file = g_file_new_for_path (path);
      dataset = convene_dataset_new_from_file (file, name, NULL, NULL);
      if (dataset == NULL)
        continue;
      problems = convene_validate_dataset (dataset, 0);
      if (problems->len > 0)
        g_error ("%s loads but breaks a rule: %s", name,
                 ((ConveneProblem *) g_ptr_array_index (problems, 0))->message);
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

static void
test_bundled_valid (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  g_autoptr(GError) error = NULL;

  g_assert_true (convene_validate_check (dataset, &error));
  g_assert_no_error (error);
}

static void
test_rules (void)
{
  ConveneDate feb30 = { 2021, 2, 30 }, year = { 2021, 0, 0 }, month = { 2021, 13, 0 };

  g_assert_true (convene_validate_kind_id ("ahg-som"));
  g_assert_true (convene_validate_kind_id ("group2"));
  g_assert_false (convene_validate_kind_id ("AHG"));
  g_assert_false (convene_validate_kind_id ("ahg--som"));
  g_assert_false (convene_validate_kind_id ("-ahg"));
  g_assert_false (convene_validate_kind_id (""));
  g_assert_true (convene_validate_is_blank (" \t\u00a0"));
  g_assert_false (convene_validate_is_blank (" x "));
  g_assert_false (convene_validate_date (&feb30));
  g_assert_true (convene_validate_date (&year));
  g_assert_false (convene_validate_date (&month));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *path = g_strdup_printf ("/validate/rule/%s", rules[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_rule);
    }
  g_test_add_func ("/validate/loaded-files", test_loaded_files_valid);
  g_test_add_func ("/validate/bundled", test_bundled_valid);
  g_test_add_func ("/validate/rules", test_rules);
  return g_test_run ();
}
