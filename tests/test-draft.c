/* test-draft.c: unsaved work found again after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-dataset-writer.h"
#include "convene-document.h"
#include "convene-draft.h"
#include "convene-test-data.h"
#include "convene-validate.h"

static char *state_dir;

static guint
n_drafts (void)
{
  g_autoptr(GListModel) drafts = convene_draft_list ();

  return g_list_model_get_n_items (drafts);
}

static void
wait_for_drafts (guint n)
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (n_drafts () != n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static ConveneDocument *
edited_document (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, path, NULL, NULL);
  ConveneDocument *document;

  g_assert_nonnull (dataset);
  document = convene_document_new (dataset);
  convene_document_set_draft_delay (document, 20);
  convene_document_set_meeting_text (document, convene_dataset_lookup_meeting (dataset, "m2"),
                                     CONVENE_MEETING_FIELD_TITLE, "Edited before the crash");
  convene_document_add_participant (document, "IDN", "Indonesia", CONVENE_PARTICIPANT_KIND_COUNTRY, NULL);
  return document;
}

/* Edits, waits for the draft, and crashes; the next start finds the draft
 * and restores it as it was. */
static void
test_crash (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "every-member.json", NULL);
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(ConveneDraft) draft = NULL;
  g_autoptr(ConveneDocument) restored = NULL;
  g_autoptr(ConveneDocument) expected = NULL;
  g_autoptr(GBytes) restored_bytes = NULL;
  g_autoptr(GBytes) expected_bytes = NULL;
  g_autoptr(GFile) original = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      ConveneDocument *document = edited_document (path);

      wait_for_drafts (1);
      (void) document;
      abort ();
    }

  g_assert_cmpuint (n_drafts (), ==, 0);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  drafts = convene_draft_list ();
  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);
  draft = g_list_model_get_item (drafts, 0);
  g_assert_cmpstr (convene_draft_get_title (draft), ==, "Every member");
  g_assert_true (g_file_equal (convene_draft_get_original (draft), original));
  g_assert_nonnull (convene_draft_get_written (draft));

  restored = convene_draft_restore (draft, &error);
  g_assert_no_error (error);
  g_assert_true (convene_document_get_modified (restored));
  g_assert_true (g_file_equal (convene_document_get_file (restored), original));
  g_assert_true (convene_document_can_save (restored));

  /* the very dataset the crashed process had */
  expected = edited_document (path);
  convene_document_set_draft_delay (expected, 0);
  restored_bytes = convene_dataset_to_bytes (convene_document_get_dataset (restored));
  expected_bytes = convene_dataset_to_bytes (convene_document_get_dataset (expected));
  g_assert_true (g_bytes_equal (restored_bytes, expected_bytes));

  /* until saved or discarded, the draft stays */
  g_assert_cmpuint (n_drafts (), ==, 1);
  convene_document_discard_draft (restored);
  g_assert_cmpuint (n_drafts (), ==, 0);
}

/* Saving removes the draft; so does undoing back to the saved state. */
static void
test_saved_or_undone (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("every-member.json");
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autofree char *dir = g_dir_make_tmp ("convene-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  ConveneMeeting *m1 = convene_dataset_lookup_meeting (dataset, "m1");

  convene_document_set_draft_delay (document, 10);
  convene_document_set_meeting_text (document, m1, CONVENE_MEETING_FIELD_CITY, "Bali");
  wait_for_drafts (1);
  convene_document_undo (document);
  g_assert_cmpuint (n_drafts (), ==, 0);

  convene_document_redo (document);
  wait_for_drafts (1);
  g_assert_true (convene_document_save (document, file, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_drafts (), ==, 0);

  /* no draft for a document without changes, nor without a delay */
  convene_document_set_draft_delay (document, 0);
  convene_document_set_meeting_text (document, m1, CONVENE_MEETING_FIELD_CITY, "Jakarta");
  for (guint i = 0; i < 20; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (n_drafts (), ==, 0);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Restores the one draft on disk, and checks it holds @dataset's very text */
static ConveneDocument *
restore_only_draft (ConveneDataset *dataset)
{
  g_autoptr(GListModel) drafts = convene_draft_list ();
  g_autoptr(ConveneDraft) draft = NULL;
  g_autoptr(GBytes) bytes = convene_dataset_to_bytes (dataset);
  g_autoptr(GBytes) restored_bytes = NULL;
  g_autoptr(GError) error = NULL;
  ConveneDocument *restored;

  g_assert_cmpuint (g_list_model_get_n_items (drafts), ==, 1);
  draft = g_list_model_get_item (drafts, 0);
  restored = convene_draft_restore (draft, &error);
  g_assert_no_error (error);
  restored_bytes = convene_dataset_to_bytes (convene_document_get_dataset (restored));
  g_assert_true (g_bytes_equal (bytes, restored_bytes));
  return restored;
}

/* The draft's text is made a few meetings at a time between frames: not
 * there yet when the delay has passed, and, the dataset changed meanwhile,
 * made again, so the draft written is of the dataset as it is now */
static void
test_written_in_steps (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (3000, 100);
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(ConveneDocument) restored = NULL;
  g_autoptr(ConveneMeeting) first = g_list_model_get_item (convene_dataset_get_meetings (dataset), 0);
  g_autoptr(ConveneMeeting) last = g_list_model_get_item (convene_dataset_get_meetings (dataset), 2999);

  convene_document_set_draft_delay (document, 1);
  convene_document_set_meeting_text (document, first, CONVENE_MEETING_FIELD_TITLE, "Before");
  while (convene_document_get_draft (document) == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* the delay passed: the text is being made, and one step is not all */
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (n_drafts (), ==, 0);

  convene_document_set_meeting_text (document, last, CONVENE_MEETING_FIELD_TITLE, "Meanwhile");
  wait_for_drafts (1);
  restored = restore_only_draft (dataset);

  /* discarded: gone, even while its files are being written */
  convene_document_set_meeting_text (document, last, CONVENE_MEETING_FIELD_TITLE, "Again");
  convene_document_discard_draft (restored);
  convene_document_discard_draft (document);
  for (guint i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  g_assert_cmpuint (n_drafts (), ==, 0);
  convene_document_set_draft_delay (document, 0);
}

/* The messages of every rule @dataset breaks, one a line */
static char *
dup_problems (ConveneDataset *dataset)
{
  g_autoptr(GPtrArray) problems = convene_validate_dataset (dataset, 0);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      ConveneProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "%s\n", problem->message);
    }
  return g_string_free (text, FALSE);
}

/* A draft written while rules were broken (a person typing) is restored as
 * it was, the rules still broken, for the editor to show on their fields;
 * a draft that does not load for another reason stays, and says why. */
static void
test_broken_draft (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_file ("every-member.json");
  g_autoptr(ConveneDocument) document = convene_document_new (dataset);
  g_autoptr(ConveneDocument) restored = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *restored_problems = NULL;
  ConveneMeeting *m1 = convene_dataset_lookup_meeting (dataset, "m1");
  ConveneMeeting *m2 = convene_dataset_lookup_meeting (dataset, "m2");
  ConveneMeeting *m3 = convene_dataset_lookup_meeting (dataset, "m3");
  ConveneDate start = { 2012, 5, 0 }, end = { 2011, 0, 0 };
  g_autofree char *dir = g_dir_make_tmp ("convene-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.json", NULL);
  g_autoptr(GFile) elsewhere = g_file_new_for_path (path);

  convene_document_add_meeting (document, "retreat");   /* no title yet */
  convene_document_set_meeting_dates (document, m1, &start, &end);
  convene_document_set_meeting_text (document, m2, CONVENE_MEETING_FIELD_TITLE, "");
  convene_document_set_outcome_text (document, m2, 1, "");
  convene_document_set_note (document, m2, 0, CONVENE_NOTE_REMARK, "");
  convene_document_set_source (document, m2, 0, "", NULL);
  convene_document_set_meeting_text (document, m3, CONVENE_MEETING_FIELD_ID, "m2");
  convene_document_set_participant_text (document, convene_dataset_lookup_participant (dataset, "HKG"),
                                         CONVENE_PARTICIPANT_FIELD_NAME, "");
  convene_document_set_title (document, "");
  problems = dup_problems (dataset);
  g_assert_nonnull (strstr (problems, "Give the meeting a title"));
  g_assert_nonnull (strstr (problems, "before it starts"));
  g_assert_nonnull (strstr (problems, "Another meeting has the ID “m2”"));
  g_assert_nonnull (strstr (problems, "Give the dataset a title"));

  g_assert_true (convene_document_write_draft (document, &error));
  g_assert_no_error (error);
  /* what was being edited, the same rules broken */
  restored = restore_only_draft (dataset);
  bytes = convene_dataset_to_bytes (dataset);
  restored_problems = dup_problems (convene_document_get_dataset (restored));
  g_assert_cmpstr (restored_problems, ==, problems);
  /* the first of two meetings with one ID is the one found by it */
  g_assert_cmpstr (convene_meeting_get_title (convene_dataset_lookup_meeting (convene_document_get_dataset (restored), "m2")),
                   ==, "");
  /* and nothing of it is saved until mended */
  g_assert_false (convene_document_save (restored, elsewhere, CONVENE_DOCUMENT_SAVE_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_false (g_file_query_exists (elsewhere, NULL));
  g_clear_error (&error);
  /* an ordinary load still refuses such a file */
  g_assert_null (convene_dataset_new_from_bytes (bytes, "draft.json", &error));
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_clear_error (&error);
  convene_document_discard_draft (restored);
  g_assert_cmpuint (n_drafts (), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A draft that does not load (it was damaged) stays, and says why */
static void
test_damaged_draft (void)
{
  g_autoptr(ConveneDocument) document = convene_document_new_empty ();
  g_autoptr(GListModel) drafts = NULL;
  g_autoptr(ConveneDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  g_assert_true (convene_document_write_draft (document, &error));
  g_assert_no_error (error);
  drafts = convene_draft_list ();
  draft = g_list_model_get_item (drafts, 0);
  path = g_file_get_path (convene_draft_get_file (draft));
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": 3 }", -1, NULL));
  g_assert_null (convene_draft_restore (draft, &error));
  g_assert_error (error, CONVENE_DATASET_ERROR, CONVENE_DATASET_ERROR_INVALID);
  g_assert_true (g_file_query_exists (convene_draft_get_file (draft), NULL));
  g_assert_true (convene_draft_discard (draft, NULL));
  g_assert_cmpuint (n_drafts (), ==, 0);
}

int
main (int argc, char *argv[])
{
  int status;

  /* the drafts of this test only, before GLib reads the variable */
  if (g_getenv ("CONVENE_TEST_STATE_DIR") == NULL)
    {
      state_dir = g_dir_make_tmp ("convene-state-XXXXXX", NULL);
      g_setenv ("CONVENE_TEST_STATE_DIR", state_dir, TRUE);
    }
  g_setenv ("XDG_STATE_HOME", g_getenv ("CONVENE_TEST_STATE_DIR"), TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/draft/crash", test_crash);
  g_test_add_func ("/draft/saved-or-undone", test_saved_or_undone);
  g_test_add_func ("/draft/broken", test_broken_draft);
  g_test_add_func ("/draft/damaged", test_damaged_draft);
  g_test_add_func ("/draft/written-in-steps", test_written_in_steps);
  status = g_test_run ();
  if (state_dir != NULL && !g_test_subprocess ())
    {
      g_autofree char *convene = g_build_filename (state_dir, "convene", NULL);

      g_rmdir (convene);
      g_rmdir (state_dir);
    }
  return status;
}
