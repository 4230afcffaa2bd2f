/* convene-dataset-dialog.c
 *
 * Dataset Properties: the dataset's title and description, each change
 * one edit of the document as it is typed (a burst of typing is one step
 * of the history), so Undo, here by Ctrl+Z too, takes it back; the rows
 * follow the dataset when an undo changes it. An empty title breaks the
 * loader's rule and is shown on the row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-dataset-dialog"

#include "convene-dataset-dialog.h"
#include "convene-editor-rows.h"
#include "convene-validate.h"
#include "convene-widgets.h"

struct _ConveneDatasetDialog
{
  AdwWindow parent_instance;

  AdwEntryRow *title_row;
  AdwEntryRow *description_row;
  GtkLabel *error_label;

  ConveneDocument *document;
  ConveneDataset *dataset;
  guint updating;
};

G_DEFINE_FINAL_TYPE (ConveneDatasetDialog, convene_dataset_dialog, ADW_TYPE_WINDOW)

/* The rule the title breaks, from the model, shown on the row */
static void
check (ConveneDatasetDialog *self)
{
  g_autofree char *message = convene_validate_dataset_field (self->dataset, CONVENE_DATASET_FIELD_TITLE);
  GtkWidget *row = GTK_WIDGET (self->title_row);

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  convene_editor_mark_row (row, message);
}

/* The rows from the dataset (after an undo, or at first) */
static void
show_dataset (ConveneDatasetDialog *self)
{
  self->updating++;
  convene_editor_set_text (self->title_row, convene_dataset_get_title (self->dataset));
  convene_editor_set_text (self->description_row, convene_dataset_get_description (self->dataset));
  self->updating--;
  check (self);
}

static void
on_title_changed_cb (ConveneDatasetDialog *self)
{
  if (self->updating > 0)
    return;
  convene_document_set_title (self->document, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  check (self);
}

static void
on_description_changed_cb (ConveneDatasetDialog *self)
{
  g_autofree char *text = NULL;

  if (self->updating > 0)
    return;
  text = convene_editor_dup_optional_text (self->description_row);
  convene_document_set_description (self->document, text);
}

/* Ctrl+Z here is the window's Undo, not the entry's */
static void
history_activate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ConveneDatasetDialog *self = CONVENE_DATASET_DIALOG (widget);

  convene_document_end_burst (self->document);
  if (g_str_equal (action_name, "dataset.undo"))
    convene_document_undo (self->document);
  else
    convene_document_redo (self->document);
}

/* GObject */

static void
convene_dataset_dialog_dispose (GObject *object)
{
  ConveneDatasetDialog *self = CONVENE_DATASET_DIALOG (object);

  if (self->dataset != NULL)
    g_signal_handlers_disconnect_by_data (self->dataset, self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_DATASET_DIALOG);
  G_OBJECT_CLASS (convene_dataset_dialog_parent_class)->dispose (object);
}

static void
convene_dataset_dialog_class_init (ConveneDatasetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_dataset_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-dataset-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneDatasetDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneDatasetDialog, description_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneDatasetDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_description_changed_cb);

  gtk_widget_class_install_action (widget_class, "dataset.undo", NULL, history_activate);
  gtk_widget_class_install_action (widget_class, "dataset.redo", NULL, history_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "dataset.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "dataset.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "dataset.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
convene_dataset_dialog_init (ConveneDatasetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  convene_name_row_parts (GTK_WIDGET (self->title_row));
  convene_name_row_parts (GTK_WIDGET (self->description_row));
}

GtkWidget *
convene_dataset_dialog_new (GtkWindow       *parent,
                            ConveneDocument *document)
{
  ConveneDatasetDialog *self;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (document), NULL);

  self = g_object_new (CONVENE_TYPE_DATASET_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->dataset = g_object_ref (convene_document_get_dataset (document));
  g_signal_connect_swapped (self->dataset, "notify::title", G_CALLBACK (show_dataset), self);
  g_signal_connect_swapped (self->dataset, "notify::description", G_CALLBACK (show_dataset), self);
  show_dataset (self);
  return GTK_WIDGET (self);
}
