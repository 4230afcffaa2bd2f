/* convene-participant-dialog.c
 *
 * Keeping the record's participants. With a participant: its name, short
 * name and aliases, each change one edit of the document as it is typed
 * (so the window's Undo takes it back), and Delete, which says how many
 * meetings list it and removes it with its attendance as one edit.
 * Without one: a new participant, a country picked from iso-codes (its
 * ISO 3166 code as its ID and its name filled in) or an organisation or
 * body named by hand; Add makes it, or says why not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-participant-dialog"

#include <glib/gi18n.h>

#include "convene-country-names.h"
#include "convene-participant-dialog.h"
#include "convene-validate.h"
#include "convene-widgets.h"

struct _ConveneParticipantDialog
{
  AdwWindow parent_instance;

  GtkWidget *cancel_button;
  GtkWidget *done_button;
  GtkWidget *new_group;
  AdwComboRow *kind_row;
  AdwComboRow *country_row;
  AdwEntryRow *id_row;
  AdwEntryRow *name_row;
  AdwEntryRow *short_name_row;
  AdwEntryRow *aliases_row;
  GtkLabel *error_label;
  GtkWidget *delete_group;

  ConveneDocument *document;
  ConveneParticipant *participant;  /* NULL: a new one */
  GStrv codes;                      /* country row position → ISO code */
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (ConveneParticipantDialog, convene_participant_dialog, ADW_TYPE_WINDOW)

static const ConveneParticipantKind kinds[] = {
  CONVENE_PARTICIPANT_KIND_COUNTRY, CONVENE_PARTICIPANT_KIND_TERRITORY,
  CONVENE_PARTICIPANT_KIND_ORGANISATION, CONVENE_PARTICIPANT_KIND_BODY,
};

static void
show_error (ConveneParticipantDialog *self,
            const char               *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The rule the participant's name breaks, from the model, shown */
static void
check (ConveneParticipantDialog *self)
{
  g_autofree char *message = NULL;

  if (self->participant != NULL)
    message = convene_validate_participant_field (convene_document_get_dataset (self->document),
                                                  self->participant, CONVENE_PARTICIPANT_FIELD_NAME);
  show_error (self, message);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
on_name_changed_cb (ConveneParticipantDialog *self)
{
  if (self->participant == NULL || self->updating)
    return;
  convene_document_set_participant_text (self->document, self->participant, CONVENE_PARTICIPANT_FIELD_NAME,
                                         gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  check (self);
}

static void
on_short_name_changed_cb (ConveneParticipantDialog *self)
{
  g_autofree char *text = NULL;

  if (self->participant == NULL || self->updating)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->short_name_row))));
  convene_document_set_participant_text (self->document, self->participant,
                                         CONVENE_PARTICIPANT_FIELD_SHORT_NAME, *text != '\0' ? text : NULL);
}

/* Aliases are written one after another, separated by ";" */
static void
on_aliases_changed_cb (ConveneParticipantDialog *self)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) aliases = NULL;

  if (self->participant == NULL || self->updating)
    return;
  parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->aliases_row)), ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  aliases = g_strv_builder_end (builder);
  convene_document_set_participant_aliases (self->document, self->participant,
                                            (const char * const *) aliases);
}

/* A new participant */

static gboolean
is_state (ConveneParticipantDialog *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  return kind < G_N_ELEMENTS (kinds) && kinds[kind] == CONVENE_PARTICIPANT_KIND_COUNTRY;
}

static void
on_kind_selected_cb (ConveneParticipantDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->country_row), is_state (self));
}

static void
on_country_selected_cb (ConveneParticipantDialog *self)
{
  guint position = adw_combo_row_get_selected (self->country_row);

  if (self->codes == NULL || position >= g_strv_length (self->codes))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->id_row), self->codes[position]);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), convene_country_name (self->codes[position]));
}

static void
on_id_changed_cb (ConveneParticipantDialog *self)
{
  show_error (self, NULL);
}

static void
on_done_cb (ConveneParticipantDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->participant == NULL &&
      convene_document_add_participant (self->document,
                                        gtk_editable_get_text (GTK_EDITABLE (self->id_row)),
                                        gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                        kinds[MIN (kind, G_N_ELEMENTS (kinds) - 1)], &error) == NULL)
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* Deleting */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_delete_response_cb (AdwMessageDialog         *dialog,
                       const char               *response,
                       ConveneParticipantDialog *self)
{
  if (g_strcmp0 (response, "delete") != 0 || self->participant == NULL)
    return;
  /* one edit: the participant and its attendance */
  convene_document_remove_participant (self->document, self->participant);
  /* once the dialog that asked is gone */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
on_delete_cb (ConveneParticipantDialog *self)
{
  guint uses = convene_document_count_participant_uses (self->document, self->participant);
  GtkWidget *dialog;

  /* TRANSLATORS: %s is the participant's name */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete “%s”?"),
                                     convene_participant_get_name (self->participant));
  if (uses > 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    /* TRANSLATORS: how many meetings list the participant */
                                    g_dngettext (NULL, "It is listed at %u meeting: it is taken off that "
                                                 "meeting’s attendance too. Undo brings both back.",
                                                 "It is listed at %u meetings: it is taken off their "
                                                 "attendance too. Undo brings all back.", uses),
                                    uses);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
convene_participant_dialog_dispose (GObject *object)
{
  ConveneParticipantDialog *self = CONVENE_PARTICIPANT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->participant);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PARTICIPANT_DIALOG);
  G_OBJECT_CLASS (convene_participant_dialog_parent_class)->dispose (object);
}

static void
convene_participant_dialog_finalize (GObject *object)
{
  g_strfreev (CONVENE_PARTICIPANT_DIALOG (object)->codes);
  G_OBJECT_CLASS (convene_participant_dialog_parent_class)->finalize (object);
}

static void
convene_participant_dialog_class_init (ConveneParticipantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_participant_dialog_dispose;
  object_class->finalize = convene_participant_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-participant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, id_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, aliases_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneParticipantDialog, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_short_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_aliases_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_id_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_done_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_cb);
}

static void
convene_participant_dialog_init (ConveneParticipantDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  {
    GtkWidget *rows[] = {
      GTK_WIDGET (self->kind_row), GTK_WIDGET (self->country_row), GTK_WIDGET (self->id_row),
      GTK_WIDGET (self->name_row), GTK_WIDGET (self->short_name_row), GTK_WIDGET (self->aliases_row),
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      convene_name_row_parts (rows[i]);
  }
}

/**
 * convene_participant_dialog_new:
 * @participant: (nullable): the participant to edit; NULL for a new one
 */
GtkWidget *
convene_participant_dialog_new (GtkWindow          *parent,
                                ConveneDocument    *document,
                                ConveneParticipant *participant)
{
  ConveneParticipantDialog *self;

  g_return_val_if_fail (CONVENE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (participant == NULL || CONVENE_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (CONVENE_TYPE_PARTICIPANT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->participant = participant != NULL ? g_object_ref (participant) : NULL;
  gtk_widget_set_visible (self->new_group, participant == NULL);
  gtk_widget_set_visible (self->delete_group, participant != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->short_name_row), participant != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->aliases_row), participant != NULL);

  if (participant != NULL)
    {
      g_autofree char *aliases = g_strjoinv ("; ", (char **) convene_participant_get_aliases (participant));
      const char *short_name = convene_participant_get_short_name (participant);

      gtk_window_set_title (GTK_WINDOW (self), convene_participant_get_name (participant));
      gtk_button_set_label (GTK_BUTTON (self->done_button), _("_Done"));
      /* edits are made as they are typed (Undo takes them back): nothing to cancel */
      gtk_widget_set_visible (self->cancel_button, FALSE);
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), convene_participant_get_name (participant));
      gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), short_name != NULL ? short_name : "");
      gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), aliases != NULL ? aliases : "");
      self->updating = FALSE;
    }
  else
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      gtk_window_set_title (GTK_WINDOW (self), _("New Participant"));
      gtk_button_set_label (GTK_BUTTON (self->done_button), _("_Add"));
      self->codes = convene_country_codes ();
      for (guint i = 0; self->codes[i] != NULL; i++)
        {
          const char *translated = convene_country_name_translate (self->codes[i]);
          g_autofree char *label = g_strdup_printf ("%s (%s)", translated != NULL ? translated
                                                    : convene_country_name (self->codes[i]),
                                                    self->codes[i]);

          gtk_string_list_append (names, label);
        }
      adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
      adw_combo_row_set_selected (self->country_row, GTK_INVALID_LIST_POSITION);
    }
  return GTK_WIDGET (self);
}
