/* convene-attendance-editor.c: who attended a meeting, in the editor
 *
 * Part of the meeting editor (convene-meeting-editor.c), which gives it
 * the document and the meeting and calls convene_attendance_editor_sync()
 * when the meeting's attendance changes (an edit, Undo, Redo). A switch
 * keeps "not recorded" apart from an empty list; a participant is found
 * as its names are typed (Enter takes the first match, Down goes into the
 * matches) and listed with a role it can be given; each change is one
 * edit through the document. The editor shows the rules the list breaks
 * on this group (convene-validate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-attendance-editor"

#include <glib/gi18n.h>

#include "convene-attendance-editor.h"
#include "convene-editor-rows.h"
#include "convene-search.h"
#include "convene-widgets.h"

/* The most participants the search offers at once */
#define MAX_MATCHES 8

struct _ConveneAttendanceEditor
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch *recorded_switch;
  AdwEntryRow *attendee_row;
  GtkPopover *attendee_popover;
  GtkListBox *attendee_list;

  ConveneDocument *document;
  ConveneMeeting *meeting;
  GPtrArray *attendance_rows;  /* of AdwComboRow */
  GtkStringList *role_labels;  /* participant, observer, co-chair */
  GPtrArray *matches;          /* list row → ConveneParticipant */
  guint updating;              /* rows being set from the meeting: not an edit */
};

G_DEFINE_FINAL_TYPE (ConveneAttendanceEditor, convene_attendance_editor, ADW_TYPE_PREFERENCES_GROUP)

static const ConveneRole roles[] = {
  CONVENE_ROLE_PARTICIPANT, CONVENE_ROLE_OBSERVER, CONVENE_ROLE_CO_CHAIR,
};

static gboolean
can_commit (ConveneAttendanceEditor *self)
{
  return self->updating == 0 && self->meeting != NULL && self->document != NULL;
}

static void
on_recorded_changed_cb (ConveneAttendanceEditor *self)
{
  gboolean recorded = gtk_switch_get_active (self->recorded_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->attendee_row), recorded);
  if (!can_commit (self) || recorded == convene_meeting_get_attendance_recorded (self->meeting))
    return;
  /* off: not recorded, which is not "nobody came"; on: recorded, empty */
  convene_document_set_attendance_recorded (self->document, self->meeting, recorded);
}

static void
on_role_selected_cb (AdwComboRow          *row,
                     GParamSpec           *pspec,
                     ConveneAttendanceEditor *self)
{
  guint position = adw_combo_row_get_selected (row);

  if (can_commit (self) && position < G_N_ELEMENTS (roles))
    convene_document_set_role (self->document, self->meeting,
                               g_object_get_data (G_OBJECT (row), "convene-participant"),
                               roles[position]);
}

static void
on_remove_attendee_cb (GtkWidget            *button,
                       ConveneAttendanceEditor *self)
{
  guint index = convene_editor_row_index (button);

  if (!can_commit (self))
    return;
  convene_document_set_role (self->document, self->meeting,
                             g_object_get_data (G_OBJECT (button), "convene-participant"),
                             CONVENE_ROLE_NONE);
  /* the focus goes on to the next row, or back to the search */
  if (index < self->attendance_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->attendance_rows, index));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->attendee_row));
}

static void
add_attendee (ConveneAttendanceEditor *self,
              ConveneParticipant   *participant)
{
  convene_document_set_role (self->document, self->meeting, participant, CONVENE_ROLE_PARTICIPANT);
  gtk_popover_popdown (self->attendee_popover);
  self->updating++;
  gtk_editable_set_text (GTK_EDITABLE (self->attendee_row), "");
  self->updating--;
}

/* Whether every word of @terms is in one of the participant's names */
static gboolean
participant_matches (ConveneParticipant *participant,
                     char              **terms)
{
  const char * const *aliases = convene_participant_get_aliases (participant);
  GString *names = g_string_new (NULL);
  g_autofree char *folded = NULL;
  gboolean matches = TRUE;

  g_string_append_printf (names, "%s\n%s\n%s", convene_participant_get_id (participant),
                          convene_participant_get_name (participant),
                          convene_participant_get_display_name (participant));
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    g_string_append_printf (names, "\n%s", aliases[i]);
  folded = convene_search_fold (names->str);
  g_string_free (names, TRUE);
  for (guint i = 0; terms[i] != NULL && matches; i++)
    matches = strstr (folded, terms[i]) != NULL;
  return matches;
}

static void
on_attendee_search_cb (ConveneAttendanceEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->attendee_row));
  g_autofree char *folded = NULL;
  g_auto(GStrv) terms = NULL;
  GListModel *participants;
  GtkWidget *child;

  if (self->updating > 0 || self->document == NULL || self->meeting == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attendee_list))) != NULL)
    gtk_list_box_remove (self->attendee_list, child);
  g_ptr_array_set_size (self->matches, 0);

  folded = convene_search_fold (text);
  terms = g_strsplit_set (g_strstrip (folded), " ", -1);
  if (*folded == '\0')
    {
      gtk_popover_popdown (self->attendee_popover);
      return;
    }

  participants = convene_dataset_get_participants (convene_document_get_dataset (self->document));
  for (guint i = 0; i < g_list_model_get_n_items (participants) && self->matches->len < MAX_MATCHES; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);
      ConveneRole role = convene_meeting_get_role (self->meeting, participant);
      GtkWidget *label;

      if (role == CONVENE_ROLE_PARTICIPANT || role == CONVENE_ROLE_OBSERVER ||
          role == CONVENE_ROLE_CO_CHAIR || !participant_matches (participant, terms))
        continue;
      label = gtk_label_new (convene_participant_get_display_name (participant));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      g_object_set (label, "margin-start", 6, "margin-end", 6, "margin-top", 6,
                    "margin-bottom", 6, NULL);
      gtk_list_box_append (self->attendee_list, label);
      g_ptr_array_add (self->matches, g_object_ref (participant));
    }

  if (self->matches->len == 0)
    {
      /* TRANSLATORS: the attendance search found nobody (or only those listed) */
      GtkWidget *label = gtk_label_new (_("No participant of that name, or already listed"));

      gtk_widget_add_css_class (label, "dim-label");
      g_object_set (label, "margin-start", 6, "margin-end", 6, "margin-top", 6,
                    "margin-bottom", 6, NULL);
      gtk_list_box_append (self->attendee_list, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->attendee_list, 0), FALSE);
    }
  gtk_widget_set_size_request (GTK_WIDGET (self->attendee_popover),
                               gtk_widget_get_width (GTK_WIDGET (self->attendee_row)), -1);
  gtk_popover_popup (self->attendee_popover);
}

static void
on_attendee_activate_cb (ConveneAttendanceEditor *self)
{
  /* Enter takes the first match */
  if (can_commit (self) && self->matches->len > 0)
    add_attendee (self, g_ptr_array_index (self->matches, 0));
}

static void
on_attendee_row_activated_cb (ConveneAttendanceEditor *self,
                              GtkListBoxRow        *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (can_commit (self) && index >= 0 && (guint) index < self->matches->len)
    add_attendee (self, g_ptr_array_index (self->matches, index));
  gtk_widget_grab_focus (GTK_WIDGET (self->attendee_row));
}

static gboolean
on_attendee_key_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    ConveneAttendanceEditor *self)
{
  GtkListBoxRow *first;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->attendee_popover)))
    return FALSE;
  if (keyval == GDK_KEY_Escape)
    {
      gtk_popover_popdown (self->attendee_popover);
      return TRUE;
    }
  /* Down goes into the matches */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (first = gtk_list_box_get_row_at_index (self->attendee_list, 0)) != NULL &&
      gtk_list_box_row_get_activatable (first))
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return TRUE;
    }
  return FALSE;
}

static int
role_position (ConveneRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] == role)
      return (int) i;
  return 0;
}

/* Shows the meeting's attendance: the rows updated in place when the same
 * participants are listed, otherwise made anew */
void
convene_attendance_editor_sync (ConveneAttendanceEditor *self)
{
  GPtrArray *attendance = convene_meeting_get_attendance (self->meeting);
  guint n = attendance != NULL ? attendance->len : 0;
  gboolean same = n == self->attendance_rows->len;

  self->updating++;
  gtk_switch_set_active (self->recorded_switch, attendance != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendee_row), attendance != NULL);
  for (guint i = 0; same && i < n; i++)
    {
      ConveneAttendance *entry = g_ptr_array_index (attendance, i);
      GtkWidget *row = g_ptr_array_index (self->attendance_rows, i);

      same = g_object_get_data (G_OBJECT (row), "convene-participant") == entry->participant;
    }

  if (!same)
    {
      convene_editor_clear_rows (self, self->attendance_rows);
      for (guint i = 0; i < n; i++)
        {
          ConveneAttendance *entry = g_ptr_array_index (attendance, i);
          const char *name = convene_participant_get_display_name (entry->participant);
          GtkWidget *row = adw_combo_row_new ();
          g_autofree char *remove_label = NULL;
          GtkWidget *remove;

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->role_labels));
          convene_name_row_parts (row);
          /* TRANSLATORS: a button that takes a participant (the %s) off a meeting's attendance */
          remove_label = g_strdup_printf (_("Remove %s"), name);
          remove = convene_editor_icon_button_new ("user-trash-symbolic", remove_label);
          convene_editor_set_row_index (remove, i);
          g_object_set_data (G_OBJECT (row), "convene-participant", entry->participant);
          g_object_set_data (G_OBJECT (remove), "convene-participant", entry->participant);
          g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_attendee_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) role_position (entry->role));
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_selected_cb), self);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
          g_ptr_array_add (self->attendance_rows, row);
        }
    }
  else
    for (guint i = 0; i < n; i++)
      {
        ConveneAttendance *entry = g_ptr_array_index (attendance, i);

        adw_combo_row_set_selected (g_ptr_array_index (self->attendance_rows, i),
                                    (guint) role_position (entry->role));
      }
  self->updating--;
}


static void
convene_attendance_editor_dispose (GObject *object)
{
  ConveneAttendanceEditor *self = CONVENE_ATTENDANCE_EDITOR (object);

  g_clear_object (&self->document);
  g_clear_object (&self->meeting);
  if (self->attendee_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->attendee_popover));
  self->attendee_popover = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_ATTENDANCE_EDITOR);
  g_clear_object (&self->role_labels);
  G_OBJECT_CLASS (convene_attendance_editor_parent_class)->dispose (object);
}

static void
convene_attendance_editor_finalize (GObject *object)
{
  ConveneAttendanceEditor *self = CONVENE_ATTENDANCE_EDITOR (object);

  g_ptr_array_unref (self->attendance_rows);
  g_ptr_array_unref (self->matches);
  G_OBJECT_CLASS (convene_attendance_editor_parent_class)->finalize (object);
}

static void
convene_attendance_editor_class_init (ConveneAttendanceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_attendance_editor_dispose;
  object_class->finalize = convene_attendance_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-attendance-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneAttendanceEditor, recorded_switch);
  gtk_widget_class_bind_template_child (widget_class, ConveneAttendanceEditor, attendee_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneAttendanceEditor, attendee_popover);
  gtk_widget_class_bind_template_child (widget_class, ConveneAttendanceEditor, attendee_list);
  gtk_widget_class_bind_template_callback (widget_class, on_recorded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendee_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendee_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendee_row_activated_cb);
}

static void
convene_attendance_editor_init (ConveneAttendanceEditor *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->attendance_rows = g_ptr_array_new ();
  self->matches = g_ptr_array_new_with_free_func (g_object_unref);
  self->role_labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (self->role_labels, convene_role_get_label (roles[i]));

  gtk_widget_set_parent (GTK_WIDGET (self->attendee_popover), GTK_WIDGET (self->attendee_row));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_attendee_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->attendee_row), keys);
}

/**
 * convene_attendance_editor_set_meeting:
 * @document: (nullable): where the edits go
 * @meeting: (nullable): a meeting of the document's dataset
 */
void
convene_attendance_editor_set_meeting (ConveneAttendanceEditor *self,
                                       ConveneDocument         *document,
                                       ConveneMeeting          *meeting)
{
  g_return_if_fail (CONVENE_IS_ATTENDANCE_EDITOR (self));

  g_set_object (&self->document, document);
  if (g_set_object (&self->meeting, meeting))
    convene_editor_clear_rows (self, self->attendance_rows);
  gtk_popover_popdown (self->attendee_popover);
  if (meeting != NULL)
    convene_attendance_editor_sync (self);
}
