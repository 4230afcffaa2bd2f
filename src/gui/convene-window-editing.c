/* convene-window-editing.c: the window's actions for keeping a record
 *
 * Part of ConveneWindow (see convene-window-private.h). The window keeps
 * one ConveneDocument for the dataset it shows: every change goes through
 * it (src/model), and this file offers what a person does with it: edit
 * mode in the detail pane (Ctrl+E), Undo and Redo (Ctrl+Z, Ctrl+Shift+Z),
 * Save (Ctrl+S) and Save As (Ctrl+Shift+S), new, duplicated and deleted
 * meetings (with an Undo toast), a new dataset, and the question asked
 * before unsaved changes would be lost (closing the window, opening
 * another dataset, starting a new one).
 *
 * The document watches its file: changed by another program, it is loaded
 * again at once when there are no unsaved changes (the selected meeting
 * kept), and otherwise the window asks (Reload or Keep Editing) in a
 * dialog that stays until answered; Save then still asks before replacing
 * the other program's changes (the document compares the file's etag).
 *
 * The actions are in the window's action map ("win."), since edit mode is
 * a toggle with a state.
 *
 * Why it is over 800 lines: every step that can lose work (Save, Save As,
 * a new dataset, opening another, closing, a file changed on disk, drafts)
 * asks the same question and waits on the same pending state, kept here in
 * one place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-window"

#include <glib/gi18n.h>

#include "convene-dataset-dialog.h"
#include "convene-dataset-loader.h"
#include "convene-draft.h"
#include "convene-matrix-grid.h"
#include "convene-matrix-view.h"
#include "convene-participant-dialog.h"
#include "convene-widgets.h"
#include "convene-window-private.h"

typedef enum
{
  AFTER_SAVE_NOTHING,
  AFTER_SAVE_CLOSE,
  AFTER_SAVE_CONTINUE,   /* the action that asked: self->pending */
} AfterSave;

static void save_to (ConveneWindow *self, GFile *file, ConveneDocumentSaveFlags flags,
                     AfterSave after);

static ConveneMeetingDetail *
get_detail (ConveneWindow *self)
{
  return convene_meetings_view_get_detail (self->meetings_view);
}

/* What the actions can do now */
static void
update_actions (ConveneWindow *self)
{
  ConveneHistory *history = self->document != NULL ? convene_document_get_history (self->document) : NULL;
  gboolean has_meeting = convene_meetings_view_get_selected_meeting (self->meetings_view) != NULL;
  GActionMap *map = G_ACTION_MAP (self);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "dataset-properties")),
                               self->document != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "undo")),
                               history != NULL && convene_history_can_undo (history));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "redo")),
                               history != NULL && convene_history_can_redo (history));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "duplicate-meeting")),
                               has_meeting);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "delete-meeting")),
                               has_meeting);
}

/* Returns: whether the dataset has changes not saved */
gboolean
_convene_window_is_modified (ConveneWindow *self)
{
  return self->document != NULL && convene_document_get_modified (self->document);
}

static void
on_modified_notify_cb (ConveneWindow *self)
{
  _convene_window_update_title (self);
}

/* Unsaved changes are written as a draft this long after the last one
 * (convene-draft.c), and offered back at the next start */
#define DRAFT_DELAY_MS 3000

/* The window's questions: the answer that changes nothing (@keep, what
 * closing the dialog answers), the one that loses something
 * (@destructive), and, when not NULL, the one suggested (@suggested); the
 * default is the suggested one, or else @keep. */
static GtkWidget *
question_new (ConveneWindow *self,
              const char    *heading,
              const char    *body,
              const char    *keep,
              const char    *keep_label,
              const char    *destructive,
              const char    *destructive_label,
              const char    *suggested,
              const char    *suggested_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  AdwMessageDialog *question = ADW_MESSAGE_DIALOG (dialog);

  adw_message_dialog_add_responses (question, keep, keep_label, destructive, destructive_label,
                                    suggested, suggested_label, NULL);
  adw_message_dialog_set_response_appearance (question, destructive, ADW_RESPONSE_DESTRUCTIVE);
  if (suggested != NULL)
    adw_message_dialog_set_response_appearance (question, suggested, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (question, suggested != NULL ? suggested : keep);
  adw_message_dialog_set_close_response (question, keep);
  return dialog;
}

/* The file changed on disk */

static void
on_reload_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       ConveneWindow    *self)
{
  if (g_strcmp0 (response, "reload") != 0 || self->document == NULL)
    return;
  /* the changes are given up: no draft of them either */
  convene_document_discard_draft (self->document);
  _convene_window_reload (self);
}

static void
ask_to_reload (ConveneWindow *self)
{
  g_autofree char *name = convene_document_dup_display_name (self->document);
  g_autofree char *shown = convene_window_cap_line (name);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->reload_dialog != NULL)
    return;
  /* TRANSLATORS: %s is the dataset's file name */
  body = g_strdup_printf (_("Another program changed “%s”. Reload it to see those changes, losing "
                            "yours that are not saved, or keep editing: saving then asks before "
                            "replacing the file."), shown);
  dialog = question_new (self, _("File Changed on Disk"), body, "keep", _("_Keep Editing"),
                         "reload", _("_Reload"), NULL, NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reload_response_cb), self, 0);
  self->reload_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->reload_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Another program changed (or removed) the file: without unsaved changes
 * it is loaded again; with them, the window asks */
static void
on_changed_on_disk_cb (ConveneWindow *self)
{
  GFile *file;

  if (self->document == NULL || !convene_document_get_changed_on_disk (self->document) ||
      self->loading)
    return;
  file = convene_document_get_file (self->document);
  if (file == NULL)
    return;
  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *name = convene_document_dup_display_name (self->document);
      g_autofree char *shown = convene_window_cap_line (name);
      /* TRANSLATORS: a toast that stays; %s is the dataset's file name */
      g_autofree char *text = g_strdup_printf (_("“%s” was moved or deleted by another program; "
                                                 "Save writes it again"), shown);

      _convene_window_show_toast (self, text);
      return;
    }
  if (convene_document_get_modified (self->document))
    ask_to_reload (self);
  else
    _convene_window_reload (self);
}

/* Takes @document (transfer full, nullable) as the one edits go to */
static void
adopt_document (ConveneWindow   *self,
                ConveneDocument *document)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (convene_document_get_dataset (self->document), self);
      g_signal_handlers_disconnect_by_data (convene_document_get_history (self->document), self);
    }
  g_clear_object (&self->document);
  self->document = document;
  if (document != NULL)
    {
      convene_document_set_draft_delay (document, DRAFT_DELAY_MS);
      g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (on_modified_notify_cb), self);
      /* the window's title is the dataset's */
      g_signal_connect_swapped (convene_document_get_dataset (document), "notify::title",
                                G_CALLBACK (on_modified_notify_cb), self);
      g_signal_connect_swapped (document, "notify::changed-on-disk",
                                G_CALLBACK (on_changed_on_disk_cb), self);
      g_signal_connect_swapped (convene_document_get_history (document), "notify",
                                G_CALLBACK (update_actions), self);
    }
  convene_meeting_detail_set_document (get_detail (self), document);
  _convene_window_editing_update_matrix (self);
  update_actions (self);
}

/* The document for the dataset shown: made anew for each dataset */
void
_convene_window_editing_set_dataset (ConveneWindow  *self,
                                     ConveneDataset *dataset)
{
  if (self->document != NULL && convene_document_get_dataset (self->document) == dataset)
    return;
  adopt_document (self, dataset != NULL ? convene_document_new (dataset) : NULL);
}

/* Drafts: unsaved work left by a Convene that stopped (a crash) */

static void
on_draft_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ConveneWindow    *self)
{
  ConveneDraft *draft = g_object_get_data (G_OBJECT (dialog), "convene-draft");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    {
      ConveneDocument *document = convene_draft_restore (draft, &error);

      if (document == NULL)
        {
          _convene_window_show_notice (self, error->message);
          return;
        }
      adopt_document (self, document);
      convene_window_set_dataset (self, convene_document_get_dataset (document));
      _convene_window_update_title (self);
    }
  else if (g_strcmp0 (response, "discard") == 0 && !convene_draft_discard (draft, &error))
    _convene_window_show_notice (self, error->message);
}

static gboolean
offer_draft_cb (gpointer data)
{
  ConveneWindow *self = data;
  g_autoptr(GListModel) drafts = convene_draft_list ();
  g_autoptr(ConveneDraft) draft = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (g_list_model_get_n_items (drafts) == 0)
    return G_SOURCE_REMOVE;
  /* the newest */
  draft = g_list_model_get_item (drafts, 0);
  title = convene_window_cap_line (convene_draft_get_title (draft));
  /* TRANSLATORS: %s is the dataset's title */
  body = g_strdup_printf (_("Convene stopped before changes to “%s” were saved. They were "
                            "kept as a draft."), title);
  dialog = question_new (self, _("Restore Unsaved Changes?"), body, "later", _("_Later"),
                         "discard", _("_Discard"), "restore", _("_Restore"));
  g_object_set_data_full (G_OBJECT (dialog), "convene-draft", g_object_ref (draft), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

/**
 * convene_window_offer_draft:
 *
 * Asks whether to restore the newest draft left on disk, if there is one,
 * once the window has been drawn. The application's first window does,
 * when first shown; a window made without the application (as tests make)
 * does not by itself.
 */
void
convene_window_offer_draft (ConveneWindow *self)
{
  g_return_if_fail (CONVENE_IS_WINDOW (self));

  g_idle_add_full (G_PRIORITY_LOW, offer_draft_cb, g_object_ref (self), g_object_unref);
}

static void
on_map_offer_draft_cb (ConveneWindow *self)
{
  static gboolean offered = FALSE;

  if (offered || gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    return;
  offered = TRUE;
  convene_window_offer_draft (self);
}

/* Edit mode */

static gboolean
is_editing (ConveneWindow *self)
{
  GVariant *state = g_action_get_state (g_action_map_lookup_action (G_ACTION_MAP (self), "edit-mode"));
  gboolean editing = g_variant_get_boolean (state);

  g_variant_unref (state);
  return editing;
}

/* The matrix (once made) edits cells in edit mode */
void
_convene_window_editing_update_matrix (ConveneWindow *self)
{
  if (self->matrix_view != NULL)
    convene_matrix_grid_set_document (convene_matrix_view_get_grid (self->matrix_view),
                                      is_editing (self) ? self->document : NULL);
}

static void
edit_mode_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       user_data)
{
  ConveneWindow *self = user_data;
  gboolean editing = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  convene_meeting_detail_set_editing (get_detail (self), editing);
  _convene_window_editing_update_matrix (self);
  /* editing takes the user to the fields (in a narrow window, the pane) */
  if (editing && convene_meetings_view_get_selected_meeting (self->meetings_view) != NULL)
    {
      convene_meetings_view_show_meeting (self->meetings_view,
        convene_meeting_get_id (convene_meetings_view_get_selected_meeting (self->meetings_view)));
      gtk_widget_grab_focus (GTK_WIDGET (get_detail (self)));
    }
}

static void
set_editing (ConveneWindow *self,
             gboolean       editing)
{
  g_action_change_state (g_action_map_lookup_action (G_ACTION_MAP (self), "edit-mode"),
                         g_variant_new_boolean (editing));
}

/* Undo and redo */

static void
undo_activate (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ConveneWindow *self = user_data;

  if (self->document != NULL)
    convene_document_undo (self->document);
}

static void
redo_activate (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  ConveneWindow *self = user_data;

  if (self->document != NULL)
    convene_document_redo (self->document);
}

/* Meetings */

/* Shows @meeting in edit mode, its title ready to type */
static void
edit_meeting (ConveneWindow  *self,
              ConveneMeeting *meeting)
{
  convene_meetings_view_select_meeting (self->meetings_view, convene_meeting_get_id (meeting));
  convene_meetings_view_show_meeting (self->meetings_view, convene_meeting_get_id (meeting));
  set_editing (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (get_detail (self)));
}

static void
new_meeting_activate (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ConveneWindow *self = user_data;
  ConveneMeeting *selected = convene_meetings_view_get_selected_meeting (self->meetings_view);
  ConveneMeeting *meeting;

  if (self->document == NULL)
    return;
  /* of the kind of the meeting shown, as a secretariat adds the next one */
  meeting = convene_document_add_meeting (self->document,
                                          selected != NULL ? convene_meeting_get_kind (selected) : NULL);
  edit_meeting (self, meeting);
}

static void
duplicate_meeting_activate (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  ConveneWindow *self = user_data;
  ConveneMeeting *selected = convene_meetings_view_get_selected_meeting (self->meetings_view);

  if (self->document != NULL && selected != NULL)
    edit_meeting (self, convene_document_duplicate_meeting (self->document, selected));
}

static void
delete_meeting_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  ConveneWindow *self = user_data;
  ConveneMeeting *selected = convene_meetings_view_get_selected_meeting (self->meetings_view);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (self->document == NULL || selected == NULL)
    return;

  title = convene_window_cap_line (convene_meeting_get_title (selected));
  convene_document_remove_meeting (self->document, selected);
  /* a toast's title is markup in libadwaita 1.2: the dataset's text escaped */
  escaped = g_markup_escape_text (title, -1);
  /* TRANSLATORS: a toast; %s is the deleted meeting's title */
  text = g_strdup_printf (_("“%s” deleted"), escaped);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Saving */

typedef struct
{
  ConveneWindow *self;
  GFile *file;
  AfterSave after;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* After a save (or a discard): the action that asked goes on */
static void
continue_pending (ConveneWindow *self,
                  AfterSave      after)
{
  g_autoptr(GFile) pending_file = g_steal_pointer (&self->pending_file);
  PendingAction pending = self->pending;

  self->pending = PENDING_NONE;
  if (after == AFTER_SAVE_CLOSE)
    {
      /* once the dialog that asked is gone */
      self->closing_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
      return;
    }
  if (after != AFTER_SAVE_CONTINUE)
    return;
  switch (pending)
    {
    case PENDING_NEW_DATASET:
      {
        g_autoptr(ConveneDocument) document = convene_document_new_empty ();

        convene_window_set_dataset (self, convene_document_get_dataset (document));
      }
      break;
    case PENDING_OPEN_FILE:
      self->replacing_confirmed = TRUE;
      if (pending_file != NULL)
        convene_window_open_file (self, pending_file);
      else
        gtk_widget_activate_action (GTK_WIDGET (self), "win.open-bundled", NULL);
      self->replacing_confirmed = FALSE;
      break;
    case PENDING_NONE:
    default:
      break;
    }
}

static void
on_overwrite_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  SaveData *data = user_data;

  if (g_strcmp0 (response, "overwrite") == 0)
    save_to (data->self, data->file, CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES, data->after);
  save_data_free (data);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveData *data = user_data;
  ConveneWindow *self = data->self;
  g_autoptr(GError) error = NULL;

  if (convene_document_save_finish (CONVENE_DOCUMENT (source), result, &error))
    {
      g_autofree char *name = convene_dataset_file_display_name (data->file);
      /* TRANSLATORS: a toast; %s is the file's name */
      g_autofree char *text = g_strdup_printf (_("Saved to %s"), name);

      convene_recent_menu_add_dataset (gtk_recent_manager_get_default (), data->file);
      _convene_window_remember_dataset (self, convene_document_get_dataset (self->document));
      _convene_window_update_title (self);
      _convene_window_show_toast (self, text);
      continue_pending (self, data->after);
      save_data_free (data);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      /* someone else changed the file since it was opened: ask first */
      GtkWidget *dialog = question_new (self, _("File Changed on Disk"),
                                        _("The file was changed by another program since it "
                                          "was opened. Saving replaces those changes with "
                                          "yours."),
                                        "cancel", _("_Cancel"), "overwrite", _("_Replace"),
                                        NULL, NULL);

      g_signal_connect (dialog, "response", G_CALLBACK (on_overwrite_response_cb), data);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* the file is as it was: say why, and keep the changes */
  _convene_window_show_notice (self, error->message);
  self->pending = PENDING_NONE;
  g_clear_object (&self->pending_file);
  save_data_free (data);
}

static void
save_to (ConveneWindow            *self,
         GFile                    *file,
         ConveneDocumentSaveFlags  flags,
         AfterSave                 after)
{
  SaveData *data = g_new0 (SaveData, 1);

  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->after = after;
  convene_document_save_async (self->document, file, flags, NULL, on_saved_cb, data);
}

static void
on_save_as_response_cb (GtkFileChooserNative *chooser,
                        int                   response,
                        gpointer              user_data)
{
  ConveneWindow *self = CONVENE_WINDOW (user_data);
  AfterSave after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "convene-after"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && self->document != NULL)
    /* the file chooser asked before replacing a file */
    save_to (self, file, CONVENE_DOCUMENT_SAVE_OVERWRITE_CHANGES, after);
  else
    {
      self->pending = PENDING_NONE;
      g_clear_object (&self->pending_file);
    }
}

static void
save_as (ConveneWindow *self,
         AfterSave      after)
{
  g_autofree char *name = NULL;
  g_autofree char *base = NULL;
  GFile *file;

  if (self->chooser != NULL || self->document == NULL)
    return;
  file = convene_document_get_file (self->document);
  if (file != NULL && convene_document_can_save (self->document))
    name = g_file_get_basename (file);
  else
    {
      /* the title, as a file name, in the format's own extension */
      base = g_strdelimit (g_strdup (convene_dataset_get_title (convene_document_get_dataset (self->document))),
                           "/\\:*?\"<>|\n\r\t", '-');
      name = g_strconcat (base, ".convene.json", NULL);
    }
  self->chooser = convene_save_chooser_new (GTK_WIDGET (self), _("Save Dataset As"), name,
                                            _("Convene datasets"),
                                            "application/x-convene-dataset+json", "json");
  gtk_file_chooser_native_set_accept_label (self->chooser, _("_Save"));
  g_object_set_data (G_OBJECT (self->chooser), "convene-after", GINT_TO_POINTER (after));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Save writes the dataset's own file; the bundled record and a new
 * dataset have none they can be written to, and are saved as a new file */
static void
save (ConveneWindow *self,
      AfterSave      after)
{
  if (self->document == NULL)
    return;
  if (convene_document_can_save (self->document))
    save_to (self, convene_document_get_file (self->document), CONVENE_DOCUMENT_SAVE_NONE, after);
  else
    save_as (self, after);
}

static void
save_activate (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  save (CONVENE_WINDOW (user_data), AFTER_SAVE_NOTHING);
}

static void
save_as_activate (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  save_as (CONVENE_WINDOW (user_data), AFTER_SAVE_NOTHING);
}

/* Unsaved changes */

static void
on_unsaved_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ConveneWindow    *self)
{
  AfterSave after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "convene-after"));

  if (g_strcmp0 (response, "save") == 0)
    save (self, after);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      /* nothing is kept of the changes, no draft either */
      convene_document_discard_draft (self->document);
      continue_pending (self, after);
    }
  else
    {
      self->pending = PENDING_NONE;
      g_clear_object (&self->pending_file);
    }
}

/* Asks whether to save the changes before what @after says (closing, or
 * the pending action) */
static void
ask_to_save (ConveneWindow *self,
             AfterSave      after)
{
  g_autofree char *name = convene_document_dup_display_name (self->document);
  g_autofree char *shown = convene_window_cap_line (name);
  /* TRANSLATORS: %s is the dataset's file name or title */
  g_autofree char *body = g_strdup_printf (_("“%s” has changes that are not saved. Changes that "
                                             "are not saved are lost."), shown);
  GtkWidget *dialog = question_new (self, _("Save Changes?"), body, "cancel", _("_Cancel"),
                                    "discard", _("_Discard"), "save", _("_Save"));

  g_object_set_data (G_OBJECT (dialog), "convene-after", GINT_TO_POINTER (after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Called by close-request: TRUE keeps the window open (the question is asked) */
gboolean
_convene_window_editing_close_request (ConveneWindow *self)
{
  if (self->closing_confirmed || !_convene_window_is_modified (self))
    return FALSE;
  ask_to_save (self, AFTER_SAVE_CLOSE);
  return TRUE;
}

/* Opening @file (NULL: the bundled record) replaces the dataset: with
 * unsaved changes, asks first. Returns TRUE when it asked (the file is
 * opened afterwards, or not). */
gboolean
_convene_window_editing_ask_before_open (ConveneWindow *self,
                                         GFile         *file)
{
  if (self->replacing_confirmed || !_convene_window_is_modified (self))
    return FALSE;
  self->pending = PENDING_OPEN_FILE;
  g_set_object (&self->pending_file, file);
  ask_to_save (self, AFTER_SAVE_CONTINUE);
  return TRUE;
}

static void
new_dataset_activate (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ConveneWindow *self = user_data;

  self->pending = PENDING_NEW_DATASET;
  if (_convene_window_is_modified (self))
    ask_to_save (self, AFTER_SAVE_CONTINUE);
  else
    continue_pending (self, AFTER_SAVE_CONTINUE);
}

/* Participants: a new one, or the one the Participants page shows (its
 * names, aliases, or deleting it with its attendance) */

static void
add_participant_activate (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  ConveneWindow *self = user_data;

  if (self->document != NULL)
    gtk_window_present (GTK_WINDOW (convene_participant_dialog_new (GTK_WINDOW (self), self->document, NULL)));
}

static void
edit_participant_activate (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  ConveneWindow *self = user_data;
  ConveneParticipant *participant =
    convene_participants_view_get_participant (_convene_window_get_participants_view (self));

  if (self->document != NULL && participant != NULL)
    gtk_window_present (GTK_WINDOW (convene_participant_dialog_new (GTK_WINDOW (self), self->document,
                                                                    participant)));
}

/* Dataset Properties: the dataset's title and description */
static void
dataset_properties_activate (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  ConveneWindow *self = user_data;

  if (self->document != NULL)
    gtk_window_present (GTK_WINDOW (convene_dataset_dialog_new (GTK_WINDOW (self), self->document)));
}

static const GActionEntry actions[] = {
  { "edit-mode", NULL, NULL, "false", edit_mode_change_state },
  { "undo", undo_activate },
  { "redo", redo_activate },
  { "save", save_activate },
  { "save-as", save_as_activate },
  { "new-meeting", new_meeting_activate },
  { "duplicate-meeting", duplicate_meeting_activate },
  { "delete-meeting", delete_meeting_activate },
  { "new-dataset", new_dataset_activate },
  { "add-participant", add_participant_activate },
  { "edit-participant", edit_participant_activate },
  { "dataset-properties", dataset_properties_activate },
};

static const struct {
  guint keyval;
  GdkModifierType modifiers;
  const char *action;
} keys[] = {
  { GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-mode" },
  { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
  { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
  { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
  { GDK_KEY_s, GDK_CONTROL_MASK, "win.save" },
  { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as" },
  { GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as" },
  { GDK_KEY_n, GDK_CONTROL_MASK, "win.new-meeting" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate-meeting" },
};

void
_convene_window_editing_init (ConveneWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  /* keys reach the window after the widget with the focus (an entry's own
   * Ctrl+Z is off in the editor, so the document's Undo answers) */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, keys[i].modifiers),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  g_signal_connect_object (self->meetings_view, "notify::selected-meeting",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map_offer_draft_cb), NULL);
  update_actions (self);
}

void
_convene_window_editing_dispose (ConveneWindow *self)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (convene_document_get_history (self->document), self);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->pending_file);
  if (self->reload_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->reload_dialog), (gpointer *) &self->reload_dialog);
  self->reload_dialog = NULL;
}
