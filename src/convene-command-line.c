/* convene-command-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "convene-dataset-loader.h"
#include "convene-command-line.h"

/* Loads the dataset at path (the bundled one when NULL); errors go to stderr
 * as "FILE:LINE:COLUMN: message". */
ConveneDataset *
convene_command_load_dataset (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  ConveneDataset *dataset;

  if (path == NULL)
    return convene_dataset_new_bundled ();

  file = g_file_new_for_commandline_arg (path);
  dataset = convene_dataset_new_from_file (file, path, NULL, &error);
  if (dataset == NULL)
    g_printerr ("%s\n", error->message);
  return dataset;
}

/* How the commands name the dataset at path in a message */
const char *
convene_command_dataset_name (const char *path)
{
  return path != NULL ? path : _("the bundled dataset");
}

/* The exit status of a command that wrote OUT: 0 when it was written, or 1
 * after saying "OUT: message" on stderr. (Give it what wrote OUT as a
 * variable, not as a call: C does not say in which order arguments are
 * evaluated, and error would be read before it was set.) */
int
convene_command_written (const char   *output,
                         gboolean      written,
                         const GError *error)
{
  if (written)
    return 0;
  g_printerr ("%s: %s\n", output, error->message);
  return 1;
}

/* Loads FILE (or the bundled record) and has save write OUT: the exit
 * status (convene_command_written()) */
int
convene_command_save_dataset (const char         *output,
                              const char         *path,
                              ConveneCommandSave  save)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean written;

  if (dataset == NULL)
    return 1;

  file = g_file_new_for_commandline_arg (output);
  written = save (dataset, file, &error);
  return convene_command_written (output, written, error);
}

/* The meetings named by meeting_ids, looked up in dataset (read from path);
 * NULL when no id is given (every meeting). Every unknown id is reported on
 * stderr as "ID: no such meeting in FILE", and then FALSE is returned. */
gboolean
convene_command_lookup_meetings (ConveneDataset      *dataset,
                                 const char * const  *meeting_ids,
                                 const char          *path,
                                 GPtrArray          **meetings)
{
  g_autoptr(GPtrArray) found = NULL;
  gboolean unknown = FALSE;

  *meetings = NULL;
  if (meeting_ids == NULL || meeting_ids[0] == NULL)
    return TRUE;

  found = g_ptr_array_new ();
  for (guint i = 0; meeting_ids[i] != NULL; i++)
    {
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, meeting_ids[i]);

      if (meeting == NULL)
        {
          /* TRANSLATORS: the first %s is a meeting id, the second a file */
          g_printerr (_("%s: no such meeting in %s\n"), meeting_ids[i],
                      convene_command_dataset_name (path));
          unknown = TRUE;
        }
      else
        g_ptr_array_add (found, meeting);
    }
  if (unknown)
    return FALSE;
  *meetings = g_steal_pointer (&found);
  return TRUE;
}

/* convene --check [FILE]: one line about the dataset, or its first error. */
int
convene_command_check (const char *path)
{
  g_autoptr(ConveneDataset) dataset = convene_command_load_dataset (path);
  GListModel *meetings;
  guint n_meetings;

  if (dataset == NULL)
    return 1;

  meetings = convene_dataset_get_meetings (dataset);
  n_meetings = g_list_model_get_n_items (meetings);

  if (n_meetings > 0)
    {
      g_autoptr(ConveneMeeting) first = g_list_model_get_item (meetings, 0);
      g_autofree char *from = convene_date_to_iso (convene_meeting_get_start (first));
      g_autofree char *to = NULL;
      ConveneDate latest = *convene_meeting_get_end (first);

      /* the last meeting to start need not be the last to end */
      for (guint i = 1; i < n_meetings; i++)
        {
          g_autoptr(ConveneMeeting) m = g_list_model_get_item (meetings, i);

          if (convene_date_compare (convene_meeting_get_end (m), &latest) > 0)
            latest = *convene_meeting_get_end (m);
        }
      to = convene_date_to_iso (&latest);

      g_print (_("%s: %u meetings, %u participants, %s to %s\n"),
               path != NULL ? path : _("bundled dataset"), n_meetings,
               convene_dataset_get_n_participants (dataset), from, to);
    }
  else
    g_print (_("%s: no meetings, %u participants\n"),
             path != NULL ? path : _("bundled dataset"),
             convene_dataset_get_n_participants (dataset));

  return 0;
}
