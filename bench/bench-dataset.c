/* bench-dataset.c: the benchmarks' dataset, and the edits they time
 *
 * bench_load_dataset() loads a file as the window does (edit-frame,
 * window-set-dataset, detail-select).
 *
 * bench/edit-bench (the model and its views' models) and bench/edit-frame
 * (the window, to the frame painted) time the same edits, each on the
 * middle meeting or the first participant, and each undone after it is
 * timed, so that every run edits the same dataset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "bench-dataset.h"
#include "convene-dataset-loader.h"

static ConveneMeeting *
middle_meeting (ConveneDocument *document)
{
  GListModel *meetings = convene_dataset_get_meetings (convene_document_get_dataset (document));
  ConveneMeeting *meeting = g_list_model_get_item (meetings, g_list_model_get_n_items (meetings) / 2);

  g_object_unref (meeting);
  return meeting;
}

static ConveneParticipant *
first_participant (ConveneDocument *document)
{
  GListModel *participants = convene_dataset_get_participants (convene_document_get_dataset (document));
  ConveneParticipant *participant = g_list_model_get_item (participants, 0);

  g_object_unref (participant);
  return participant;
}

/* A title as typed; it still holds "meeting", the word edit-frame searches */
void
bench_edit_title (ConveneDocument *document, guint run)
{
  g_autofree char *title = g_strdup_printf ("Edited meeting %u", run);

  convene_document_set_meeting_text (document, middle_meeting (document), CONVENE_MEETING_FIELD_TITLE, title);
}

static void
set_role (ConveneDocument *document, guint run)
{
  ConveneMeeting *meeting = middle_meeting (document);
  ConveneParticipant *participant = first_participant (document);

  convene_document_set_role (document, meeting, participant,
                             convene_meeting_get_role (meeting, participant) == CONVENE_ROLE_OBSERVER
                             ? CONVENE_ROLE_CO_CHAIR : CONVENE_ROLE_OBSERVER);
}

static void
move_date (ConveneDocument *document, guint run)
{
  GListModel *meetings = convene_dataset_get_meetings (convene_document_get_dataset (document));
  g_autoptr(ConveneMeeting) first = g_list_model_get_item (meetings, 0);
  ConveneDate start = { 2999, 1, 1 };

  /* from the first place to the last */
  convene_document_set_meeting_dates (document, first, &start, NULL);
}

static void
add_meeting (ConveneDocument *document, guint run)
{
  convene_document_add_meeting (document, NULL);
}

static void
duplicate_meeting (ConveneDocument *document, guint run)
{
  convene_document_duplicate_meeting (document, middle_meeting (document));
}

static void
delete_meeting (ConveneDocument *document, guint run)
{
  convene_document_remove_meeting (document, middle_meeting (document));
}

static void
rename_participant (ConveneDocument *document, guint run)
{
  g_autofree char *name = g_strdup_printf ("Renamed %u", run);

  convene_document_set_participant_text (document, first_participant (document),
                                         CONVENE_PARTICIPANT_FIELD_NAME, name);
}

static void
delete_participant (ConveneDocument *document, guint run)
{
  convene_document_remove_participant (document, first_participant (document));
}

const BenchEditCase bench_edit_cases[] = {
  { "title (typing)", bench_edit_title },
  { "role (a matrix cell)", set_role },
  { "date: first to last", move_date },
  { "new meeting", add_meeting },
  { "duplicate meeting", duplicate_meeting },
  { "delete meeting", delete_meeting },
  { "rename participant", rename_participant },
  { "delete participant", delete_participant },
};
const guint bench_n_edit_cases = G_N_ELEMENTS (bench_edit_cases);

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The dataset at @path, loaded as the window loads it (on a worker thread,
 * this thread's main context turning meanwhile); when it does not load, the
 * program ends (status 1) after saying why on stderr. */
ConveneDataset *
bench_load_dataset (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset;

  convene_dataset_load_async (file, NULL, on_loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  dataset = convene_dataset_load_finish (result, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  return dataset;
}
