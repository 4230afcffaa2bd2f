/* convene-note-list.c: a meeting's notes, in the editor
 *
 * Part of the meeting editor (convene-meeting-editor.c), which gives it
 * the document and the meeting and calls convene_note_list_sync() when the
 * meeting's notes change (an edit, Undo, Redo). A note is a text and its kind, in an expander row (a kind chooser beside the text would not fit 360 pixels). Each change is one edit
 * through the document; the editor shows the rules the list breaks on
 * this group (convene-validate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-note-list"

#include <glib/gi18n.h>

#include "convene-editor-rows.h"
#include "convene-note-list.h"
#include "convene-widgets.h"

struct _ConveneNoteList
{
  AdwPreferencesGroup parent_instance;

  ConveneDocument *document;
  ConveneMeeting *meeting;
  GPtrArray *note_rows;
  GtkStringList *note_kinds;   /* remark, contradiction, gap */
  guint updating;              /* rows being set from the meeting: not an edit */
};

G_DEFINE_FINAL_TYPE (ConveneNoteList, convene_note_list, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
can_commit (ConveneNoteList *self)
{
  return self->updating == 0 && self->meeting != NULL && self->document != NULL;
}

static void
on_note_changed_cb (GtkEditable          *row,
                    ConveneNoteList *self)
{
  ConveneNote *note;

  if (!can_commit (self))
    return;
  note = g_ptr_array_index (convene_meeting_get_notes (self->meeting), convene_editor_row_index (row));
  convene_document_set_note (self->document, self->meeting, convene_editor_row_index (row), note->kind,
                             gtk_editable_get_text (row));
}

static void
on_note_kind_cb (AdwComboRow          *kind_row,
                 GParamSpec           *pspec,
                 ConveneNoteList *self)
{
  ConveneNote *note;

  if (!can_commit (self))
    return;
  note = g_ptr_array_index (convene_meeting_get_notes (self->meeting), convene_editor_row_index (kind_row));
  convene_document_set_note (self->document, self->meeting, convene_editor_row_index (kind_row),
                             (ConveneNoteKind) adw_combo_row_get_selected (kind_row), note->text);
}

static void
on_remove_note_cb (GtkWidget            *button,
                   ConveneNoteList *self)
{
  if (can_commit (self))
    convene_document_remove_note (self->document, self->meeting, convene_editor_row_index (button));
}

static void
on_add_note_cb (ConveneNoteList *self)
{
  GPtrArray *notes;

  if (!can_commit (self))
    return;
  notes = convene_meeting_get_notes (self->meeting);
  /* TRANSLATORS: a new note, to be written (a note is never empty) */
  convene_document_insert_note (self->document, self->meeting, notes != NULL ? notes->len : 0,
                                CONVENE_NOTE_REMARK, _("New note"));
  if (self->note_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_index (self->note_rows, self->note_rows->len - 1);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "convene-text-row"));
    }
}

/* Shows the meeting's notes: the rows updated in place when there are as
 * many, otherwise made anew */
void
convene_note_list_sync (ConveneNoteList *self)
{
  GPtrArray *notes = convene_meeting_get_notes (self->meeting);
  guint n = notes != NULL ? notes->len : 0;

  self->updating++;
  if (n != self->note_rows->len)
    {
      convene_editor_clear_rows (self, self->note_rows);
      for (guint i = 0; i < n; i++)
        {
          /* as a source: its text under its number, the fields inside
           * (a kind chooser beside the text would not fit 360 pixels) */
          g_autofree char *title = g_strdup_printf (_("Note %u"), i + 1);
          GtkWidget *row = adw_expander_row_new ();
          GtkWidget *text_row = convene_editor_entry_row_new (_("Text"));
          GtkWidget *kind = adw_combo_row_new ();
          GtkWidget *remove = convene_editor_icon_button_new ("user-trash-symbolic", _("Remove Note"));

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          /* TRANSLATORS: what kind of note: a remark, sources disagree, or not known */
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind of Note"));
          adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (self->note_kinds));
          convene_name_row_parts (row);
          convene_name_row_parts (kind);
          convene_editor_set_row_index (text_row, i);
          convene_editor_set_row_index (kind, i);
          convene_editor_set_row_index (remove, i);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), kind);
          g_object_set_data (G_OBJECT (row), "convene-text-row", text_row);
          g_object_set_data (G_OBJECT (row), "convene-kind", kind);
          g_signal_connect (text_row, "changed", G_CALLBACK (on_note_changed_cb), self);
          g_signal_connect (kind, "notify::selected", G_CALLBACK (on_note_kind_cb), self);
          g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_note_cb), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
          g_ptr_array_add (self->note_rows, row);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);
      GtkWidget *row = g_ptr_array_index (self->note_rows, i);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), note->text);
      convene_editor_set_text (g_object_get_data (G_OBJECT (row), "convene-text-row"), note->text);
      adw_combo_row_set_selected (g_object_get_data (G_OBJECT (row), "convene-kind"), note->kind);
    }
  self->updating--;
}


static void
convene_note_list_dispose (GObject *object)
{
  ConveneNoteList *self = CONVENE_NOTE_LIST (object);

  g_clear_object (&self->document);
  g_clear_object (&self->meeting);
  g_clear_object (&self->note_kinds);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_NOTE_LIST);
  G_OBJECT_CLASS (convene_note_list_parent_class)->dispose (object);
}

static void
convene_note_list_finalize (GObject *object)
{
  ConveneNoteList *self = CONVENE_NOTE_LIST (object);

  g_ptr_array_unref (self->note_rows);
  G_OBJECT_CLASS (convene_note_list_parent_class)->finalize (object);
}

static void
convene_note_list_class_init (ConveneNoteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_note_list_dispose;
  object_class->finalize = convene_note_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-note-list.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_add_note_cb);
}

static void
convene_note_list_init (ConveneNoteList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->note_rows = g_ptr_array_new ();
  self->note_kinds = gtk_string_list_new (NULL);
  for (ConveneNoteKind kind = CONVENE_NOTE_REMARK; kind <= CONVENE_NOTE_GAP; kind++)
    gtk_string_list_append (self->note_kinds, convene_note_kind_get_heading (kind));
}

/**
 * convene_note_list_set_meeting:
 * @document: (nullable): where the edits go
 * @meeting: (nullable): a meeting of the document's dataset
 */
void
convene_note_list_set_meeting (ConveneNoteList *self,
                               ConveneDocument *document,
                               ConveneMeeting  *meeting)
{
  g_return_if_fail (CONVENE_IS_NOTE_LIST (self));

  g_set_object (&self->document, document);
  if (g_set_object (&self->meeting, meeting))
    convene_editor_clear_rows (self, self->note_rows);
  if (meeting != NULL)
    convene_note_list_sync (self);
}
