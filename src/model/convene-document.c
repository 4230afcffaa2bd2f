/* convene-document.c: a dataset being edited, its history and its file
 *
 * The one door through which the window changes a dataset: each function
 * makes an edit (convene-meeting-edit.c, convene-meeting-add-edit.c,
 * convene-participant-edit.c, convene-participant-add-edit.c,
 * convene-dataset-edit.c) and pushes it on the history, which applies it.
 * Nothing here tells views anything: the dataset, its meetings and its
 * participants do, with "items-changed" and property notifications.
 *
 * An edit that changes nothing is not made: setting a field to the value it
 * has leaves the history as it is.
 *
 * Saving checks the rules (convene-validate.c: a file the loader would
 * refuse is never written; the fuzz harness checks that what the writer
 * writes of a valid dataset loads) and writes the writer's bytes
 * (convene-dataset-writer.c) through the exports' output path (whole or
 * not at all, the file's mode kept, a symbolic link written through). A file changed on disk
 * since it was loaded or last saved (its etag) is not overwritten unless
 * the caller says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-edit.h"
#include "convene-dataset-loader.h"
#include "convene-dataset-private.h"
#include "convene-dataset-writer.h"
#include "convene-intern.h"
#include "convene-document.h"
#include "convene-draft.h"
#include "convene-meeting-add-edit.h"
#include "convene-meeting-edit-private.h"
#include "convene-output-file.h"
#include "convene-participant-add-edit.h"
#include "convene-participant-edit.h"
#include "convene-validate.h"

struct _ConveneDocument
{
  GObject parent_instance;

  ConveneDataset *dataset;
  ConveneHistory *history;
  char *etag;               /* of the file as loaded or last saved; NULL: unknown */
  ConveneDraft *draft;      /* nullable: made when first written */
  guint draft_delay;        /* ms after the last change; 0: no drafts */
  guint draft_source;
  GFileMonitor *monitor;    /* of the file, when it is a local one */
  gboolean changed_on_disk; /* by someone else, since loaded or saved */
  guint saving;             /* saves under way: their own changes are not someone else's */
};

G_DEFINE_FINAL_TYPE (ConveneDocument, convene_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_HISTORY,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CHANGED_ON_DISK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
convene_document_dispose (GObject *object)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft != NULL)
    _convene_draft_cancel (self->draft);
  g_clear_object (&self->draft);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->history);
  g_clear_object (&self->dataset);
  G_OBJECT_CLASS (convene_document_parent_class)->dispose (object);
}

static void
convene_document_finalize (GObject *object)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  g_free (self->etag);
  G_OBJECT_CLASS (convene_document_parent_class)->finalize (object);
}

static void
convene_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConveneDocument *self = CONVENE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, convene_document_get_file (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, convene_document_get_modified (self));
      break;
    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_document_class_init (ConveneDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = convene_document_dispose;
  object_class->finalize = convene_document_finalize;
  object_class->get_property = convene_document_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, flags);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, CONVENE_TYPE_HISTORY, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  /* the file was changed by someone else since it was loaded or saved: the
   * window reloads it when there are no unsaved changes, or asks before
   * saving over it */
  properties[PROP_CHANGED_ON_DISK] =
    g_param_spec_boolean ("changed-on-disk", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_document_init (ConveneDocument *self)
{
}

static void
on_modified_cb (ConveneDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
on_file_cb (ConveneDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Drafts */

/* The text is made between frames, the files written on a thread
 * (convene-draft.c) */
static gboolean
on_draft_timeout_cb (gpointer data)
{
  ConveneDocument *self = data;

  self->draft_source = 0;
  if (self->draft == NULL)
    self->draft = _convene_draft_new_for_document ();
  _convene_draft_write_in_steps (self->draft, self);
  return G_SOURCE_REMOVE;
}

static void
on_history_changed_cb (ConveneDocument *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  /* a text being made is of the dataset as it was */
  if (self->draft != NULL)
    _convene_draft_cancel (self->draft);
  if (!convene_history_is_modified (self->history))
    convene_document_discard_draft (self);
  else if (self->draft_delay > 0)
    self->draft_source = g_timeout_add (self->draft_delay, on_draft_timeout_cb, self);
}

/**
 * convene_document_set_draft_delay:
 * @delay_ms: how long after the last change a draft is written; 0: never
 *   (the default)
 *
 * Unsaved work kept on disk (convene-draft.c): the window sets a few
 * seconds. Undoing back to the saved state, or saving, removes the draft.
 */
void
convene_document_set_draft_delay (ConveneDocument *self,
                                  guint            delay_ms)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  self->draft_delay = delay_ms;
  if (delay_ms == 0)
    g_clear_handle_id (&self->draft_source, g_source_remove);
}

/* Writes the draft now (it is written by itself after the delay). */
gboolean
convene_document_write_draft (ConveneDocument  *self,
                              GError          **error)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft == NULL)
    self->draft = _convene_draft_new_for_document ();
  return _convene_draft_write (self->draft, self, error);
}

/* Returns: (transfer none) (nullable): the document's draft, once written
 * or restored */
ConveneDraft *
convene_document_get_draft (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->draft;
}

/* Removes the draft: saved, or closed without saving (Discard). */
void
convene_document_discard_draft (ConveneDocument *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->draft != NULL && !convene_draft_discard (self->draft, &error))
    g_debug ("Draft not removed: %s", error->message);
}

/* For convene_draft_restore(): the draft is the document's own, and the
 * document is not what its file holds. */
void
_convene_document_take_draft (ConveneDocument *self,
                              ConveneDraft    *draft)
{
  g_set_object (&self->draft, draft);
  g_object_unref (draft);
  convene_history_mark_unsaved (self->history);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL || !g_file_is_native (file))
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* Watching the file */

static void
set_changed_on_disk (ConveneDocument *self,
                     gboolean         changed)
{
  if (self->changed_on_disk == changed)
    return;
  self->changed_on_disk = changed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON_DISK]);
}

/* Whether the file on disk is no longer the one loaded or saved: its etag
 * differs, or it is gone. */
static void
check_file (ConveneDocument *self)
{
  GFile *file = convene_dataset_get_file (self->dataset);
  g_autofree char *etag = NULL;

  if (self->saving > 0 || file == NULL || self->etag == NULL)
    return;
  etag = query_etag (file);
  set_changed_on_disk (self, g_strcmp0 (etag, self->etag) != 0);
}

static void
on_file_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    ConveneDocument   *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
      check_file (self);
      break;
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

/* Watches the dataset's file, when it is a local one. */
static void
watch_file (ConveneDocument *self)
{
  GFile *file = convene_dataset_get_file (self->dataset);
  g_autofree char *path = file != NULL && g_file_is_native (file) ? g_file_get_path (file) : NULL;
  g_autofree char *real = NULL;
  g_autoptr(GFile) target = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (path == NULL)
    return;
  /* a symbolic link is written through: its target is what changes */
  real = realpath (path, NULL);
  target = g_file_new_for_path (real != NULL ? real : path);
  self->monitor = g_file_monitor_file (target, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed_cb), self);
}

/* Whether someone else changed the file since it was loaded or saved
 * ("changed-on-disk"). */
gboolean
convene_document_get_changed_on_disk (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  return self->changed_on_disk;
}

/**
 * convene_document_new:
 * @dataset: a dataset as loaded
 *
 * Returns: (transfer full): a document editing @dataset, unmodified
 */
ConveneDocument *
convene_document_new (ConveneDataset *dataset)
{
  ConveneDocument *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_DOCUMENT, NULL);
  self->dataset = g_object_ref (dataset);
  self->history = convene_history_new ();
  convene_history_mark_clean (self->history);
  self->etag = query_etag (convene_dataset_get_file (dataset));
  g_signal_connect_object (self->history, "notify::modified", G_CALLBACK (on_modified_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dataset, "notify::file", G_CALLBACK (on_file_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "changed", G_CALLBACK (on_history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  watch_file (self);
  return self;
}

/* Returns: (transfer full): New Dataset: no participants, no meetings, no file */
ConveneDocument *
convene_document_new_empty (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_empty (_("Untitled Dataset"));

  return convene_document_new (dataset);
}

ConveneDataset *
convene_document_get_dataset (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->dataset;
}

ConveneHistory *
convene_document_get_history (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return self->history;
}

/* Returns: (nullable) (transfer none): where the dataset is kept (a
 * resource:// file for the bundled record), NULL for a new one */
GFile *
convene_document_get_file (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return convene_dataset_get_file (self->dataset);
}

/* Whether there are changes not saved */
gboolean
convene_document_get_modified (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  return convene_history_is_modified (self->history);
}

/* Whether Save can write the file the dataset came from: not for a new
 * dataset, nor for the bundled record (only Save As). */
gboolean
convene_document_can_save (ConveneDocument *self)
{
  GFile *file;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  file = convene_dataset_get_file (self->dataset);
  return file != NULL && !convene_dataset_is_bundled (self->dataset);
}

/* The file's name as people see it, or the dataset's title when it has no file */
char *
convene_document_dup_display_name (ConveneDocument *self)
{
  GFile *file;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  file = convene_dataset_get_file (self->dataset);
  if (file == NULL || convene_dataset_is_bundled (self->dataset))
    return g_strdup (convene_dataset_get_title (self->dataset));
  return convene_dataset_file_display_name (file);
}

/* The history */

/* Applies @edit and keeps it (convene_history_push()). */
void
convene_document_push (ConveneDocument *self,
                       ConveneEdit     *edit)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  _convene_dataset_begin_changes (self->dataset);
  convene_history_push (self->history, edit);
  _convene_dataset_end_changes (self->dataset);
}

void
convene_document_begin_group (ConveneDocument *self,
                              const char      *label)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_begin_group (self->history, label);
}

void
convene_document_end_group (ConveneDocument *self)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_end_group (self->history);
}

/* The next edit is a step of its own (a field lost the focus). */
void
convene_document_end_burst (ConveneDocument *self)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  convene_history_end_burst (self->history);
}

/* Undo and redo, like every edit, tell the meetings a step changed in
 * place together, once (_convene_dataset_begin_changes()). */
gboolean
convene_document_undo (ConveneDocument *self)
{
  gboolean done;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  _convene_dataset_begin_changes (self->dataset);
  done = convene_history_undo (self->history);
  _convene_dataset_end_changes (self->dataset);
  return done;
}

gboolean
convene_document_redo (ConveneDocument *self)
{
  gboolean done;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);

  _convene_dataset_begin_changes (self->dataset);
  done = convene_history_redo (self->history);
  _convene_dataset_end_changes (self->dataset);
  return done;
}

static void
push_labelled (ConveneDocument *self,
               ConveneEdit     *edit,
               const char      *label)
{
  convene_edit_set_label (edit, label);
  convene_document_push (self, edit);
  g_object_unref (edit);
}

/* The dataset */

void
convene_document_set_title (ConveneDocument *self,
                            const char      *title)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  if (g_strcmp0 (title != NULL ? title : "", convene_dataset_get_title (self->dataset)) == 0)
    return;
  push_labelled (self, convene_dataset_edit_new_text (self->dataset, CONVENE_DATASET_FIELD_TITLE, title),
                 _("Edit Dataset Title"));
}

void
convene_document_set_description (ConveneDocument *self,
                                  const char      *description)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));

  if (description != NULL && *description == '\0')
    description = NULL;
  if (g_strcmp0 (description, convene_dataset_get_description (self->dataset)) == 0)
    return;
  push_labelled (self, convene_dataset_edit_new_text (self->dataset, CONVENE_DATASET_FIELD_DESCRIPTION,
                                                      description),
                 _("Edit Description"));
}

/* A meeting's fields */

static const char *
field_label (ConveneMeetingField field)
{
  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID: return _("Edit Meeting ID");
    case CONVENE_MEETING_FIELD_KIND: return _("Edit Kind");
    case CONVENE_MEETING_FIELD_NUMBER: return _("Edit Number");
    case CONVENE_MEETING_FIELD_TITLE: return _("Edit Title");
    case CONVENE_MEETING_FIELD_DATES: return _("Edit Dates");
    case CONVENE_MEETING_FIELD_CITY: return _("Edit City");
    case CONVENE_MEETING_FIELD_COUNTRY: return _("Edit Host Country");
    case CONVENE_MEETING_FIELD_VENUE: return _("Edit Venue");
    case CONVENE_MEETING_FIELD_MODE: return _("Edit Mode");
    case CONVENE_MEETING_FIELD_CO_CHAIRS: return _("Edit Co-chairs");
    case CONVENE_MEETING_FIELD_ATTENDANCE: return _("Edit Attendance");
    case CONVENE_MEETING_FIELD_PURPOSE: return _("Edit Purpose");
    case CONVENE_MEETING_FIELD_OUTCOMES: return _("Edit Outcomes");
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE: return _("Edit Outcomes");
    case CONVENE_MEETING_FIELD_NOTES: return _("Edit Notes");
    case CONVENE_MEETING_FIELD_SOURCES: return _("Edit Sources");
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Pushes an edit of @field to @value (taken), labelled after the field. */
static void
push_meeting_value (ConveneDocument     *self,
                    ConveneMeeting      *meeting,
                    ConveneMeetingField  field,
                    ConveneMeetingValue *value,
                    gboolean             mergeable)
{
  ConveneEdit *edit = _convene_meeting_edit_new (self->dataset, meeting, field, value, mergeable);

  push_labelled (self, edit, field_label (field));
}

static char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * convene_document_set_meeting_text:
 * @field: ID, KIND, TITLE, CITY, VENUE or PURPOSE
 * @text: (nullable): the new text; NULL or empty clears a field that may
 *   be left out (city, venue, purpose)
 *
 * Typing into the field, letter by letter, is one step of the history.
 */
void
convene_document_set_meeting_text (ConveneDocument     *self,
                                   ConveneMeeting      *meeting,
                                   ConveneMeetingField  field,
                                   const char          *text)
{
  ConveneMeetingValue value = { 0 };
  const char *now;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      now = meeting->id;
      value.text = g_strdup (text != NULL ? text : "");
      break;
    case CONVENE_MEETING_FIELD_TITLE:
      now = meeting->title;
      value.text = g_strdup (text != NULL ? text : "");
      break;
    case CONVENE_MEETING_FIELD_VENUE:
      now = meeting->venue;
      value.text = nonempty (text);
      break;
    case CONVENE_MEETING_FIELD_PURPOSE:
      now = meeting->purpose;
      value.text = nonempty (text);
      break;
    case CONVENE_MEETING_FIELD_KIND:
      now = meeting->kind;
      value.interned = convene_intern (text != NULL ? text : "");
      value.meeting_kind = g_object_ref (_convene_dataset_ensure_kind (self->dataset, value.interned));
      break;
    case CONVENE_MEETING_FIELD_CITY:
      now = meeting->city;
      value.interned = text != NULL && *text != '\0' ? convene_intern (text) : NULL;
      break;
    default:
      g_return_if_reached ();
    }

  if (g_strcmp0 (now, value.text != NULL ? value.text : value.interned) == 0)
    {
      _convene_meeting_value_clear (&value);
      return;
    }
  push_meeting_value (self, meeting, field, &value, field != CONVENE_MEETING_FIELD_KIND);
}

/* The number in its series; 0: none */
void
convene_document_set_meeting_number (ConveneDocument *self,
                                     ConveneMeeting  *meeting,
                                     guint            number)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->number == number)
    return;
  value.number = number;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_NUMBER, &value, TRUE);
}

/**
 * convene_document_set_meeting_dates:
 * @end: (nullable): the last day; NULL: the same as @start
 *
 * Each date has its precision: a month or a day of 0 is not known
 * (ConveneDate). An end before the start is kept, and validation names it.
 */
void
convene_document_set_meeting_dates (ConveneDocument   *self,
                                    ConveneMeeting    *meeting,
                                    const ConveneDate *start,
                                    const ConveneDate *end)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (start != NULL);

  value.start = *start;
  value.end = end != NULL ? *end : *start;
  if (memcmp (&value.start, &meeting->start, sizeof value.start) == 0 &&
      memcmp (&value.end, &meeting->end, sizeof value.end) == 0)
    return;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_DATES, &value, FALSE);
}

/* The host country (or territory, organisation…): one of the dataset's
 * participants, or NULL */
void
convene_document_set_meeting_country (ConveneDocument    *self,
                                      ConveneMeeting     *meeting,
                                      ConveneParticipant *country)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->country == country)
    return;
  value.participant = country != NULL ? g_object_ref (country) : NULL;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_COUNTRY, &value, FALSE);
}

void
convene_document_set_meeting_mode (ConveneDocument    *self,
                                   ConveneMeeting     *meeting,
                                   ConveneMeetingMode  mode)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (meeting->mode == mode)
    return;
  value.mode = mode;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_MODE, &value, FALSE);
}

/* @co_chairs: (nullable): the co-chairs' names as the sources give them */
void
convene_document_set_meeting_co_chairs (ConveneDocument    *self,
                                        ConveneMeeting     *meeting,
                                        const char * const *co_chairs)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  value.strv = co_chairs != NULL ? g_strdupv ((char **) co_chairs) : g_new0 (char *, 1);
  if (g_strv_equal ((const char * const *) value.strv, (const char * const *) meeting->co_chairs))
    {
      _convene_meeting_value_clear (&value);
      return;
    }
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_CO_CHAIRS, &value, TRUE);
}

void
convene_document_set_outcomes_incomplete (ConveneDocument *self,
                                          ConveneMeeting  *meeting,
                                          gboolean         incomplete)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if (!meeting->outcomes_incomplete == !incomplete)
    return;
  value.flag = !!incomplete;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE, &value, FALSE);
}

/**
 * convene_document_set_attendance_recorded:
 *
 * Whether the meeting's attendance is recorded: an empty list (recorded,
 * nobody listed yet) or none ("not recorded", which drops the list; undoing
 * brings it back).
 */
void
convene_document_set_attendance_recorded (ConveneDocument *self,
                                          ConveneMeeting  *meeting,
                                          gboolean         recorded)
{
  ConveneMeetingValue value = { 0 };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  if ((meeting->attendance != NULL) == !!recorded)
    return;
  value.array = recorded ? convene_attendance_array_new () : NULL;
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_ATTENDANCE, &value, FALSE);
}

/**
 * convene_document_set_role:
 * @role: PARTICIPANT, OBSERVER or CO_CHAIR; NONE (or NOT_RECORDED) takes
 *   the participant off the list
 *
 * A participant's role at a meeting (a cell of the attendance matrix). A
 * role at a meeting whose attendance is not recorded records it.
 */
void
convene_document_set_role (ConveneDocument    *self,
                           ConveneMeeting     *meeting,
                           ConveneParticipant *participant,
                           ConveneRole         role)
{
  ConveneMeetingValue value = { 0 };
  guint found = G_MAXUINT;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (role == CONVENE_ROLE_NOT_RECORDED)
    role = CONVENE_ROLE_NONE;
  if (convene_meeting_get_role (meeting, participant) == role ||
      (role == CONVENE_ROLE_NONE && meeting->attendance == NULL))
    return;

  value.array = meeting->attendance != NULL
                ? convene_attendance_array_copy (meeting->attendance)
                : convene_attendance_array_new ();
  for (guint i = 0; i < value.array->len; i++)
    if (((ConveneAttendance *) g_ptr_array_index (value.array, i))->participant == participant)
      found = i;

  if (role == CONVENE_ROLE_NONE)
    g_ptr_array_remove_index (value.array, found);
  else if (found != G_MAXUINT)
    ((ConveneAttendance *) g_ptr_array_index (value.array, found))->role = role;
  else
    {
      ConveneAttendance *entry = g_new0 (ConveneAttendance, 1);

      entry->participant = g_object_ref (participant);
      entry->role = role;
      g_ptr_array_add (value.array, entry);
    }
  push_meeting_value (self, meeting, CONVENE_MEETING_FIELD_ATTENDANCE, &value, FALSE);
}

/* Lists: each change makes the list anew */

static GPtrArray *
copy_list (ConveneMeeting      *meeting,
           ConveneMeetingField  field)
{
  switch (field)
    {
    case CONVENE_MEETING_FIELD_OUTCOMES:
      return convene_outcome_array_copy (meeting->outcomes);
    case CONVENE_MEETING_FIELD_NOTES:
      return convene_note_array_copy (meeting->notes);
    case CONVENE_MEETING_FIELD_SOURCES:
      return convene_source_array_copy (meeting->sources);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
push_list (ConveneDocument     *self,
           ConveneMeeting      *meeting,
           ConveneMeetingField  field,
           GPtrArray           *list,
           gboolean             mergeable)
{
  ConveneMeetingValue value = { 0 };

  value.array = list;
  push_meeting_value (self, meeting, field, &value, mergeable);
}

/* Moves the element at from to to, in place. */
static void
move_element (GPtrArray *array,
              guint      from,
              guint      to)
{
  gpointer element = g_ptr_array_steal_index (array, from);

  g_ptr_array_insert (array, to, element);
}

static void
move_in_list (ConveneDocument     *self,
              ConveneMeeting      *meeting,
              ConveneMeetingField  field,
              guint                from,
              guint                to)
{
  GPtrArray *list = copy_list (meeting, field);

  g_return_if_fail (from < list->len && to < list->len);
  if (from == to)
    {
      g_ptr_array_unref (list);
      return;
    }
  move_element (list, from, to);
  push_list (self, meeting, field, list, FALSE);
}

static void
remove_from_list (ConveneDocument     *self,
                  ConveneMeeting      *meeting,
                  ConveneMeetingField  field,
                  guint                index)
{
  GPtrArray *list = copy_list (meeting, field);

  if (index >= list->len)
    {
      g_ptr_array_unref (list);
      g_return_if_reached ();
    }
  g_ptr_array_remove_index (list, index);
  push_list (self, meeting, field, list, FALSE);
}

/* @index: where it goes; G_MAXUINT or beyond the end: last */
void
convene_document_insert_outcome (ConveneDocument *self,
                                 ConveneMeeting  *meeting,
                                 guint            index,
                                 const char      *text)
{
  GPtrArray *list;
  ConveneOutcome *outcome;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  list = copy_list (meeting, CONVENE_MEETING_FIELD_OUTCOMES);
  outcome = g_new0 (ConveneOutcome, 1);
  outcome->text = g_strdup (text != NULL ? text : "");
  outcome->items = g_new0 (char *, 1);
  g_ptr_array_insert (list, MIN (index, list->len), outcome);
  push_list (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, list, FALSE);
}

void
convene_document_set_outcome_text (ConveneDocument *self,
                                   ConveneMeeting  *meeting,
                                   guint            index,
                                   const char      *text)
{
  GPtrArray *list;
  ConveneOutcome *outcome;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (index < meeting->outcomes->len);

  if (g_strcmp0 (((ConveneOutcome *) g_ptr_array_index (meeting->outcomes, index))->text,
                 text != NULL ? text : "") == 0)
    return;
  list = copy_list (meeting, CONVENE_MEETING_FIELD_OUTCOMES);
  outcome = g_ptr_array_index (list, index);
  g_free (outcome->text);
  outcome->text = g_strdup (text != NULL ? text : "");
  push_list (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, list, TRUE);
}

void
convene_document_remove_outcome (ConveneDocument *self,
                                 ConveneMeeting  *meeting,
                                 guint            index)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  remove_from_list (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, index);
}

void
convene_document_move_outcome (ConveneDocument *self,
                               ConveneMeeting  *meeting,
                               guint            from,
                               guint            to)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  move_in_list (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, from, to);
}

/* The outcomes with the items of outcome @outcome made editable: a GPtrArray of its items */
static GPtrArray *
copy_outcomes_items (ConveneMeeting  *meeting,
                     guint            outcome,
                     GPtrArray      **outcomes)
{
  ConveneOutcome *target;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  *outcomes = copy_list (meeting, CONVENE_MEETING_FIELD_OUTCOMES);
  target = g_ptr_array_index (*outcomes, outcome);
  for (guint i = 0; target->items[i] != NULL; i++)
    g_ptr_array_add (items, g_strdup (target->items[i]));
  return items;
}

/* Puts @items (taken) into outcome @outcome of @outcomes and pushes them. */
static void
push_items (ConveneDocument *self,
            ConveneMeeting  *meeting,
            GPtrArray       *outcomes,
            guint            outcome,
            GPtrArray       *items,
            gboolean         mergeable)
{
  ConveneOutcome *target = g_ptr_array_index (outcomes, outcome);

  g_strfreev (target->items);
  g_ptr_array_add (items, NULL);
  g_ptr_array_set_free_func (items, NULL);
  target->items = (GStrv) g_ptr_array_free (items, FALSE);
  push_list (self, meeting, CONVENE_MEETING_FIELD_OUTCOMES, outcomes, mergeable);
}

void
convene_document_insert_outcome_item (ConveneDocument *self,
                                      ConveneMeeting  *meeting,
                                      guint            outcome,
                                      guint            index,
                                      const char      *text)
{
  GPtrArray *outcomes, *items;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (outcome < meeting->outcomes->len);

  items = copy_outcomes_items (meeting, outcome, &outcomes);
  g_ptr_array_insert (items, MIN (index, items->len), g_strdup (text != NULL ? text : ""));
  push_items (self, meeting, outcomes, outcome, items, FALSE);
}

void
convene_document_set_outcome_item (ConveneDocument *self,
                                   ConveneMeeting  *meeting,
                                   guint            outcome,
                                   guint            index,
                                   const char      *text)
{
  GPtrArray *outcomes, *items;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (outcome < meeting->outcomes->len);
  g_return_if_fail (index < g_strv_length (((ConveneOutcome *) g_ptr_array_index (meeting->outcomes, outcome))->items));

  if (g_strcmp0 (((ConveneOutcome *) g_ptr_array_index (meeting->outcomes, outcome))->items[index],
                 text != NULL ? text : "") == 0)
    return;
  items = copy_outcomes_items (meeting, outcome, &outcomes);
  g_free (g_ptr_array_index (items, index));
  g_ptr_array_index (items, index) = g_strdup (text != NULL ? text : "");
  push_items (self, meeting, outcomes, outcome, items, TRUE);
}

void
convene_document_remove_outcome_item (ConveneDocument *self,
                                      ConveneMeeting  *meeting,
                                      guint            outcome,
                                      guint            index)
{
  GPtrArray *outcomes, *items;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (outcome < meeting->outcomes->len);

  items = copy_outcomes_items (meeting, outcome, &outcomes);
  if (index >= items->len)
    {
      g_ptr_array_unref (items);
      g_ptr_array_unref (outcomes);
      g_return_if_reached ();
    }
  g_ptr_array_remove_index (items, index);
  push_items (self, meeting, outcomes, outcome, items, FALSE);
}

void
convene_document_move_outcome_item (ConveneDocument *self,
                                    ConveneMeeting  *meeting,
                                    guint            outcome,
                                    guint            from,
                                    guint            to)
{
  GPtrArray *outcomes, *items;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (outcome < meeting->outcomes->len);

  items = copy_outcomes_items (meeting, outcome, &outcomes);
  if (from >= items->len || to >= items->len || from == to)
    {
      g_ptr_array_unref (items);
      g_ptr_array_unref (outcomes);
      g_return_if_fail (from < items->len && to < items->len);
      return;
    }
  move_element (items, from, to);
  push_items (self, meeting, outcomes, outcome, items, FALSE);
}

/* Notes */

void
convene_document_insert_note (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            index,
                              ConveneNoteKind  kind,
                              const char      *text)
{
  GPtrArray *list;
  ConveneNote *note;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  list = copy_list (meeting, CONVENE_MEETING_FIELD_NOTES);
  note = g_new0 (ConveneNote, 1);
  note->kind = kind;
  note->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_insert (list, MIN (index, list->len), note);
  push_list (self, meeting, CONVENE_MEETING_FIELD_NOTES, list, FALSE);
}

void
convene_document_set_note (ConveneDocument *self,
                           ConveneMeeting  *meeting,
                           guint            index,
                           ConveneNoteKind  kind,
                           const char      *text)
{
  GPtrArray *list;
  ConveneNote *note;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (index < meeting->notes->len);

  note = g_ptr_array_index (meeting->notes, index);
  if (note->kind == kind && g_strcmp0 (note->text, text != NULL ? text : "") == 0)
    return;
  list = copy_list (meeting, CONVENE_MEETING_FIELD_NOTES);
  note = g_ptr_array_index (list, index);
  note->kind = kind;
  g_free (note->text);
  note->text = g_strdup (text != NULL ? text : "");
  push_list (self, meeting, CONVENE_MEETING_FIELD_NOTES, list, TRUE);
}

void
convene_document_remove_note (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            index)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  remove_from_list (self, meeting, CONVENE_MEETING_FIELD_NOTES, index);
}

void
convene_document_move_note (ConveneDocument *self,
                            ConveneMeeting  *meeting,
                            guint            from,
                            guint            to)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));

  move_in_list (self, meeting, CONVENE_MEETING_FIELD_NOTES, from, to);
}

/* Sources: a meeting's, or the dataset's own when meeting is NULL */

static GPtrArray *
copy_sources (ConveneDocument *self,
              ConveneMeeting  *meeting)
{
  GPtrArray *sources = meeting != NULL ? meeting->sources : convene_dataset_get_sources (self->dataset);

  return convene_source_array_copy (sources);
}

static void
push_sources (ConveneDocument *self,
              ConveneMeeting  *meeting,
              GPtrArray       *sources,
              gboolean         mergeable)
{
  if (meeting != NULL)
    push_list (self, meeting, CONVENE_MEETING_FIELD_SOURCES, sources, mergeable);
  else
    push_labelled (self, convene_dataset_edit_new_sources (self->dataset, sources), _("Edit Sources"));
}

/* @url: (nullable) */
void
convene_document_insert_source (ConveneDocument *self,
                                ConveneMeeting  *meeting,
                                guint            index,
                                const char      *title,
                                const char      *url)
{
  GPtrArray *list;
  ConveneSource *source;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  list = copy_sources (self, meeting);
  source = g_new0 (ConveneSource, 1);
  source->title = g_strdup (title != NULL ? title : "");
  source->url = nonempty (url);
  g_ptr_array_insert (list, MIN (index, list->len), source);
  push_sources (self, meeting, list, FALSE);
}

void
convene_document_set_source (ConveneDocument *self,
                             ConveneMeeting  *meeting,
                             guint            index,
                             const char      *title,
                             const char      *url)
{
  GPtrArray *list;
  ConveneSource *source;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  list = copy_sources (self, meeting);
  if (index >= list->len)
    {
      g_ptr_array_unref (list);
      g_return_if_reached ();
    }
  source = g_ptr_array_index (list, index);
  if (g_strcmp0 (source->title, title != NULL ? title : "") == 0 &&
      g_strcmp0 (source->url, url != NULL && *url != '\0' ? url : NULL) == 0)
    {
      g_ptr_array_unref (list);
      return;
    }
  g_free (source->title);
  g_free (source->url);
  source->title = g_strdup (title != NULL ? title : "");
  source->url = nonempty (url);
  push_sources (self, meeting, list, TRUE);
}

void
convene_document_remove_source (ConveneDocument *self,
                                ConveneMeeting  *meeting,
                                guint            index)
{
  GPtrArray *list;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  list = copy_sources (self, meeting);
  if (index >= list->len)
    {
      g_ptr_array_unref (list);
      g_return_if_reached ();
    }
  g_ptr_array_remove_index (list, index);
  push_sources (self, meeting, list, FALSE);
}

void
convene_document_move_source (ConveneDocument *self,
                              ConveneMeeting  *meeting,
                              guint            from,
                              guint            to)
{
  GPtrArray *list;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  list = copy_sources (self, meeting);
  if (from >= list->len || to >= list->len || from == to)
    {
      g_ptr_array_unref (list);
      g_return_if_fail (from < list->len && to < list->len);
      return;
    }
  move_element (list, from, to);
  push_sources (self, meeting, list, FALSE);
}

/* Meetings */

/* An id no meeting has: base, else base-2, base-3… */
static char *
unique_meeting_id (ConveneDocument *self,
                   const char      *base)
{
  char *id = g_strdup (base);

  for (guint n = 2; convene_dataset_lookup_meeting (self->dataset, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

static void
push_new_meeting (ConveneDocument *self,
                  ConveneMeeting  *meeting,
                  const char      *label)
{
  push_labelled (self, convene_meeting_add_edit_new (self->dataset, meeting, FALSE), label);
}

/**
 * convene_document_add_meeting:
 * @kind: (nullable): its kind's id; NULL: the dataset's first kind, or
 *   "meeting"
 *
 * New Meeting: a meeting of that kind, on today's date, with an empty
 * title and its attendance not recorded, under an id of its own.
 *
 * Returns: (transfer none): the meeting, now one of the dataset's
 */
ConveneMeeting *
convene_document_add_meeting (ConveneDocument *self,
                              const char      *kind)
{
  g_autoptr(ConveneMeeting) meeting = _convene_meeting_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(ConveneMeetingKind) first = NULL;
  g_autofree char *id = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  if (kind == NULL && g_list_model_get_n_items (convene_dataset_get_kinds (self->dataset)) > 0)
    {
      first = g_list_model_get_item (convene_dataset_get_kinds (self->dataset), 0);
      kind = convene_meeting_kind_get_id (first);
    }
  if (kind == NULL)
    kind = "meeting";

  base = g_strdup_printf ("%s-%04d-%02d-%02d", kind, g_date_time_get_year (now),
                          g_date_time_get_month (now), g_date_time_get_day_of_month (now));
  id = unique_meeting_id (self, base);
  meeting->id = g_strdup (id);
  meeting->kind = convene_intern (kind);
  meeting->meeting_kind = g_object_ref (_convene_dataset_ensure_kind (self->dataset, kind));
  meeting->title = g_strdup ("");
  meeting->start.year = g_date_time_get_year (now);
  meeting->start.month = g_date_time_get_month (now);
  meeting->start.day = g_date_time_get_day_of_month (now);
  meeting->end = meeting->start;
  meeting->co_chairs = g_new0 (char *, 1);
  _convene_meeting_refold (meeting);

  push_new_meeting (self, meeting, _("New Meeting"));
  return meeting;
}

/* The title with the meeting's ordinal ("14th") made the next one's ("15th") */
static char *
next_title (const char *title,
            guint       number)
{
  g_autofree char *ordinal = NULL;
  g_autofree char *next = NULL;
  const char *at;

  if (number == 0)
    return g_strdup (title);
  ordinal = convene_format_ordinal (number);
  at = strstr (title, ordinal);
  if (at == NULL)
    return g_strdup (title);
  next = convene_format_ordinal (number + 1);
  return g_strdup_printf ("%.*s%s%s", (int) (at - title), title, next, at + strlen (ordinal));
}

/**
 * convene_document_duplicate_meeting:
 *
 * Duplicate Meeting: the next meeting of the series, as a starting point:
 * the same kind, place, co-chairs and attendance, the next number (and
 * ordinal in the title), the same dates; no purpose, outcomes, notes or
 * sources, which belong to the meeting they were recorded for.
 *
 * Returns: (transfer none): the new meeting, now one of the dataset's
 */
ConveneMeeting *
convene_document_duplicate_meeting (ConveneDocument *self,
                                    ConveneMeeting  *meeting)
{
  g_autoptr(ConveneMeeting) copy = NULL;
  g_autofree char *base = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  if (meeting->number > 0 && meeting->kind != NULL)
    base = g_strdup_printf ("%s-%u", meeting->kind, meeting->number + 1);
  else
    base = g_strdup_printf ("%s-copy", meeting->id != NULL ? meeting->id : "meeting");
  id = unique_meeting_id (self, base);
  copy = _convene_meeting_copy (meeting, id);
  if (meeting->number > 0)
    {
      g_free (copy->title);
      copy->title = next_title (meeting->title, meeting->number);
      copy->number = meeting->number + 1;
    }
  g_clear_pointer (&copy->purpose, g_free);
  g_ptr_array_set_size (copy->outcomes, 0);
  copy->outcomes_incomplete = FALSE;
  g_ptr_array_set_size (copy->notes, 0);
  g_ptr_array_set_size (copy->sources, 0);
  _convene_meeting_refold (copy);

  push_new_meeting (self, copy, _("Duplicate Meeting"));
  return copy;
}

void
convene_document_remove_meeting (ConveneDocument *self,
                                 ConveneMeeting  *meeting)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_MEETING (meeting));
  g_return_if_fail (convene_dataset_find_meeting (self->dataset, meeting) != G_MAXUINT);

  push_labelled (self, convene_meeting_add_edit_new (self->dataset, meeting, TRUE), _("Delete Meeting"));
}

/* Participants */

/**
 * convene_document_add_participant:
 * @id: its id: for a country or territory, its ISO 3166 code
 *
 * Returns: (transfer none) (nullable): the participant, last of the list;
 *   NULL with @error set when the id is empty or taken
 */
ConveneParticipant *
convene_document_add_participant (ConveneDocument         *self,
                                  const char              *id,
                                  const char              *name,
                                  ConveneParticipantKind   kind,
                                  GError                 **error)
{
  g_autoptr(ConveneParticipant) participant = NULL;
  guint n;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);

  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A participant needs an ID"));
      return NULL;
    }
  if (convene_dataset_lookup_participant (self->dataset, id) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Another participant has the ID “%s”"), id);
      return NULL;
    }

  participant = _convene_participant_new (id);
  participant->name = g_strdup (name != NULL ? name : "");
  participant->kind = kind;
  participant->aliases = g_new0 (char *, 1);
  n = convene_dataset_get_n_participants (self->dataset);
  push_labelled (self, convene_participant_add_edit_new (self->dataset, participant, n, FALSE),
                 _("New Participant"));
  return participant;
}

/* @field: NAME or SHORT_NAME */
void
convene_document_set_participant_text (ConveneDocument         *self,
                                       ConveneParticipant      *participant,
                                       ConveneParticipantField  field,
                                       const char              *text)
{
  const char *now;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  now = field == CONVENE_PARTICIPANT_FIELD_NAME ? participant->name : participant->short_name;
  if (field == CONVENE_PARTICIPANT_FIELD_SHORT_NAME && text != NULL && *text == '\0')
    text = NULL;
  if (g_strcmp0 (now, field == CONVENE_PARTICIPANT_FIELD_NAME && text == NULL ? "" : text) == 0)
    return;
  push_labelled (self, convene_participant_edit_new_text (self->dataset, participant, field, text),
                 field == CONVENE_PARTICIPANT_FIELD_NAME ? _("Rename Participant") : _("Edit Short Name"));
}

void
convene_document_set_participant_kind (ConveneDocument        *self,
                                       ConveneParticipant     *participant,
                                       ConveneParticipantKind  kind)
{
  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (participant->kind == kind)
    return;
  push_labelled (self, convene_participant_edit_new_kind (self->dataset, participant, kind),
                 _("Edit Participant Kind"));
}

void
convene_document_set_participant_aliases (ConveneDocument    *self,
                                          ConveneParticipant *participant,
                                          const char * const *aliases)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));

  if (g_strv_equal (aliases != NULL ? aliases : none, (const char * const *) participant->aliases))
    return;
  push_labelled (self, convene_participant_edit_new_aliases (self->dataset, participant, aliases),
                 _("Edit Aliases"));
}

static gboolean
meeting_refers_to (ConveneMeeting     *meeting,
                   ConveneParticipant *participant)
{
  if (meeting->country == participant)
    return TRUE;
  return meeting->attendance != NULL && convene_meeting_get_role (meeting, participant) != CONVENE_ROLE_NONE;
}

/* How many meetings name the participant (attendance or host): what
 * Delete Participant would take it out of, for the window to say. */
guint
convene_document_count_participant_uses (ConveneDocument    *self,
                                         ConveneParticipant *participant)
{
  GListModel *meetings;
  guint n, count = 0;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), 0);

  meetings = convene_dataset_get_meetings (self->dataset);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    if (meeting_refers_to (g_ptr_array_index (self->dataset->meeting_array, i), participant))
      count++;
  return count;
}

/**
 * convene_document_remove_participant:
 *
 * Delete Participant: takes it out of the attendance of every meeting and
 * out of every meeting it hosted, then out of the list, as one step.
 */
void
convene_document_remove_participant (ConveneDocument    *self,
                                     ConveneParticipant *participant)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (CONVENE_IS_PARTICIPANT (participant));
  g_return_if_fail (convene_dataset_lookup_participant (self->dataset, participant->id) == participant);

  for (guint i = 0; i < self->dataset->meeting_array->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->dataset->meeting_array, i);

      if (meeting_refers_to (meeting, participant))
        g_ptr_array_add (meetings, g_object_ref (meeting));
    }

  _convene_dataset_begin_changes (self->dataset);
  convene_history_begin_group (self->history, _("Delete Participant"));
  for (guint i = 0; i < meetings->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (meetings, i);

      convene_document_set_role (self, meeting, participant, CONVENE_ROLE_NONE);
      if (meeting->country == participant)
        convene_document_set_meeting_country (self, meeting, NULL);
    }
  push_labelled (self, convene_participant_add_edit_new (self->dataset, participant, 0, TRUE),
                 _("Delete Participant"));
  convene_history_end_group (self->history);
  _convene_dataset_end_changes (self->dataset);
}

/* Saving */

/* Returns: (transfer full): the dataset as the writer writes it */
GBytes *
convene_document_to_bytes (ConveneDocument *self)
{
  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), NULL);
  return convene_dataset_to_bytes (self->dataset);
}

typedef struct
{
  GFile *file;
  GBytes *bytes;
  char *expected_etag;  /* NULL: do not check */
  char *etag;           /* after writing */
  guint64 serial;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->file);
  g_bytes_unref (data->bytes);
  g_free (data->expected_etag);
  g_free (data->etag);
  g_free (data);
}

/* What a save does off the main thread: checks that the file did not
 * change on disk, and writes. */
static gboolean
save_bytes (SaveData      *data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *name = convene_dataset_file_display_name (data->file);

  if (data->expected_etag != NULL)
    {
      g_autofree char *etag = query_etag (data->file);

      if (etag != NULL && strcmp (etag, data->expected_etag) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("%s was changed by another program since it was opened"), name);
          return FALSE;
        }
    }

  if (!convene_output_file_write_bytes (data->file, NULL, data->bytes, cancellable, error))
    return FALSE;
  data->etag = query_etag (data->file);
  return TRUE;
}

static SaveData *
save_begin (ConveneDocument          *self,
            GFile                    *file,
            ConveneDocumentSaveFlags  flags)
{
  SaveData *data = g_new0 (SaveData, 1);
  GFile *own = convene_dataset_get_file (self->dataset);

  self->saving++;
  data->file = g_object_ref (file);
  data->bytes = convene_dataset_to_bytes (self->dataset);
  data->serial = convene_history_get_serial (self->history);
  if (!(flags & CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES) && own != NULL && self->etag != NULL &&
      g_file_equal (own, file))
    data->expected_etag = g_strdup (self->etag);
  return data;
}

/* The file is written: it is the dataset's file from now on, and the
 * history is clean if nothing changed meanwhile. */
static void
save_end (ConveneDocument *self,
          SaveData        *data)
{
  g_free (self->etag);
  self->etag = g_strdup (data->etag);
  if (!convene_dataset_get_file (self->dataset) || !g_file_equal (convene_dataset_get_file (self->dataset), data->file))
    {
      convene_dataset_set_file (self->dataset, data->file);
      watch_file (self);
    }
  set_changed_on_disk (self, FALSE);
  if (convene_history_get_serial (self->history) == data->serial)
    {
      convene_history_mark_clean (self->history);
      convene_document_discard_draft (self);
    }
}

/**
 * convene_document_save:
 * @file: (nullable): where to save (Save As); NULL: the dataset's own file
 *
 * Writes the dataset, whole or not at all. Fails with G_IO_ERROR_INVALID_DATA
 * when the dataset breaks a rule (convene_validate_check()), naming it;
 * with G_IO_ERROR_WRONG_ETAG when the file changed on disk since it was
 * loaded or saved, unless @flags say to overwrite it.
 */
gboolean
convene_document_save (ConveneDocument           *self,
                       GFile                     *file,
                       ConveneDocumentSaveFlags   flags,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  SaveData *data;
  gboolean ok;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || convene_document_can_save (self), FALSE);

  if (!convene_validate_check (self->dataset, error))
    return FALSE;
  data = save_begin (self, file != NULL ? file : convene_dataset_get_file (self->dataset), flags);
  ok = save_bytes (data, cancellable, error);
  self->saving--;
  if (ok)
    save_end (self, data);
  save_data_free (data);
  return ok;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (save_bytes (task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The same, with the checks and the writing on a thread: the dataset's
 * text is taken at once, and edits made meanwhile stay unsaved. */
void
convene_document_save_async (ConveneDocument          *self,
                             GFile                    *file,
                             ConveneDocumentSaveFlags  flags,
                             GCancellable             *cancellable,
                             GAsyncReadyCallback       callback,
                             gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (CONVENE_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || convene_document_can_save (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, convene_document_save_async);
  if (!convene_validate_check (self->dataset, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task,
                        save_begin (self, file != NULL ? file : convene_dataset_get_file (self->dataset), flags),
                        (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
convene_document_save_finish (ConveneDocument  *self,
                              GAsyncResult     *result,
                              GError          **error)
{
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  /* no task data: refused before it began */
  if (g_task_get_task_data (task) != NULL)
    self->saving--;
  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  save_end (self, g_task_get_task_data (task));
  return TRUE;
}
