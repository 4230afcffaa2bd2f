/* convene-source-list.c: a meeting's sources, in the editor
 *
 * Part of the meeting editor (convene-meeting-editor.c), which gives it
 * the document and the meeting and calls convene_source_list_sync() when the
 * meeting's sources change (an edit, Undo, Redo). A source is a title and an address, in an expander row. Each change is one edit
 * through the document; the editor shows the rules the list breaks on
 * this group (convene-validate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-source-list"

#include <glib/gi18n.h>

#include "convene-editor-rows.h"
#include "convene-source-list.h"
#include "convene-widgets.h"

struct _ConveneSourceList
{
  AdwPreferencesGroup parent_instance;

  ConveneDocument *document;
  ConveneMeeting *meeting;
  GPtrArray *source_rows;
  guint updating;              /* rows being set from the meeting: not an edit */
};

G_DEFINE_FINAL_TYPE (ConveneSourceList, convene_source_list, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
can_commit (ConveneSourceList *self)
{
  return self->updating == 0 && self->meeting != NULL && self->document != NULL;
}

static void
on_source_changed_cb (GtkEditable          *entry,
                      ConveneSourceList *self)
{
  GtkWidget *row;
  g_autofree char *url = NULL;

  if (!can_commit (self))
    return;
  row = g_ptr_array_index (self->source_rows, convene_editor_row_index (entry));
  url = convene_editor_dup_optional_text (g_object_get_data (G_OBJECT (row), "convene-url-row"));
  convene_document_set_source (self->document, self->meeting, convene_editor_row_index (entry),
                               gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "convene-title-row")),
                               url);
}

static void
on_remove_source_cb (GtkWidget            *button,
                     ConveneSourceList *self)
{
  if (can_commit (self))
    convene_document_remove_source (self->document, self->meeting, convene_editor_row_index (button));
}

static void
on_add_source_cb (ConveneSourceList *self)
{
  GPtrArray *sources;

  if (!can_commit (self))
    return;
  sources = convene_meeting_get_sources (self->meeting);
  /* TRANSLATORS: a new source, to be named */
  convene_document_insert_source (self->document, self->meeting, sources != NULL ? sources->len : 0,
                                  _("New source"), NULL);
  if (self->source_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_index (self->source_rows, self->source_rows->len - 1);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "convene-title-row"));
    }
}

/* Shows the meeting's sources: the rows updated in place when there are as
 * many, otherwise made anew */
void
convene_source_list_sync (ConveneSourceList *self)
{
  GPtrArray *sources = convene_meeting_get_sources (self->meeting);
  guint n = sources != NULL ? sources->len : 0;

  self->updating++;
  if (n != self->source_rows->len)
    {
      convene_editor_clear_rows (self, self->source_rows);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = adw_expander_row_new ();
          GtkWidget *title_row = convene_editor_entry_row_new (_("Title"));
          /* TRANSLATORS: a source's web address */
          GtkWidget *url_row = convene_editor_entry_row_new (_("Address"));
          GtkWidget *remove = convene_editor_icon_button_new ("user-trash-symbolic", _("Remove Source"));
          g_autofree char *title = g_strdup_printf (_("Source %u"), i + 1);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          convene_name_row_parts (row);
          convene_editor_set_row_index (title_row, i);
          convene_editor_set_row_index (url_row, i);
          convene_editor_set_row_index (remove, i);
          g_object_set_data (G_OBJECT (row), "convene-title-row", title_row);
          g_object_set_data (G_OBJECT (row), "convene-url-row", url_row);
          g_signal_connect (title_row, "changed", G_CALLBACK (on_source_changed_cb), self);
          g_signal_connect (url_row, "changed", G_CALLBACK (on_source_changed_cb), self);
          g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_source_cb), self);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title_row);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), url_row);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
          g_ptr_array_add (self->source_rows, row);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      ConveneSource *source = g_ptr_array_index (sources, i);
      GtkWidget *row = g_ptr_array_index (self->source_rows, i);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), source->title);
      convene_editor_set_text (g_object_get_data (G_OBJECT (row), "convene-title-row"), source->title);
      convene_editor_set_text (g_object_get_data (G_OBJECT (row), "convene-url-row"), source->url);
    }
  self->updating--;
}


static void
convene_source_list_dispose (GObject *object)
{
  ConveneSourceList *self = CONVENE_SOURCE_LIST (object);

  g_clear_object (&self->document);
  g_clear_object (&self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_SOURCE_LIST);
  G_OBJECT_CLASS (convene_source_list_parent_class)->dispose (object);
}

static void
convene_source_list_finalize (GObject *object)
{
  ConveneSourceList *self = CONVENE_SOURCE_LIST (object);

  g_ptr_array_unref (self->source_rows);
  G_OBJECT_CLASS (convene_source_list_parent_class)->finalize (object);
}

static void
convene_source_list_class_init (ConveneSourceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_source_list_dispose;
  object_class->finalize = convene_source_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-source-list.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_add_source_cb);
}

static void
convene_source_list_init (ConveneSourceList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->source_rows = g_ptr_array_new ();
}

/**
 * convene_source_list_set_meeting:
 * @document: (nullable): where the edits go
 * @meeting: (nullable): a meeting of the document's dataset
 */
void
convene_source_list_set_meeting (ConveneSourceList *self,
                                 ConveneDocument *document,
                                 ConveneMeeting  *meeting)
{
  g_return_if_fail (CONVENE_IS_SOURCE_LIST (self));

  g_set_object (&self->document, document);
  if (g_set_object (&self->meeting, meeting))
    convene_editor_clear_rows (self, self->source_rows);
  if (meeting != NULL)
    convene_source_list_sync (self);
}
