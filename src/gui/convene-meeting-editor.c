/* convene-meeting-editor.c
 *
 * The detail pane in edit mode: every field of one meeting as a libadwaita
 * row. Each change goes to the document as one edit (src/model), which
 * keeps it for Undo; typing into a field is folded into one step by the
 * history. The editor then learns of the change as every view does, from
 * the meeting's property notifications, and so follows Undo and Redo too.
 *
 * Lists (co-chairs, attendance, outcomes and their items, notes, sources)
 * are edited by replacing the list: an edit never changes a record in
 * place. When a list changes, its rows are updated where they are if the
 * list has as many entries as rows, so the row being typed into keeps the
 * focus; otherwise they are made anew.
 *
 * Rules come from the model (convene_meeting_check_*()); a broken one is
 * shown on the field: the row in the error style and, under it, what to do.
 *
 * All the dataset's text goes into entries and rows as plain text: rows
 * are given use-markup FALSE.
 *
 * Parts of their own, each an AdwPreferencesGroup with its template: the
 * attendance (convene-attendance-editor.c), the outcomes
 * (convene-outcome-list.c), the notes (convene-note-list.c) and the
 * sources (convene-source-list.c); the rows they share are made by
 * convene-editor-rows.c. This file keeps the fixed fields, the co-chairs
 * and the rules shown on fields and groups (check()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-meeting-editor"

#include <glib/gi18n.h>

#include "convene-attendance-editor.h"
#include "convene-date-row.h"
#include "convene-editor-rows.h"
#include "convene-meeting-editor.h"
#include "convene-note-list.h"
#include "convene-outcome-list.h"
#include "convene-source-list.h"
#include "convene-search.h"
#include "convene-validate.h"
#include "convene-widgets.h"

struct _ConveneMeetingEditor
{
  GtkWidget parent_instance;

  AdwPreferencesPage *page;
  AdwPreferencesGroup *general_group;
  AdwPreferencesGroup *where_group;
  AdwEntryRow *title_row;
  GtkListBoxRow *title_error;
  AdwEntryRow *id_row;
  GtkListBoxRow *id_error;
  AdwComboRow *kind_row;
  GtkSpinButton *number_spin;
  ConveneDateRow *start_row;
  ConveneDateRow *end_row;
  GtkListBoxRow *dates_error;
  AdwEntryRow *city_row;
  AdwEntryRow *venue_row;
  AdwComboRow *country_row;
  AdwComboRow *mode_row;
  AdwPreferencesGroup *co_chairs_group;
  AdwPreferencesGroup *attendance_group;
  AdwEntryRow *purpose_row;
  AdwPreferencesGroup *outcomes_group;
  AdwPreferencesGroup *notes_group;
  AdwPreferencesGroup *sources_group;

  ConveneDocument *document;
  ConveneDataset *dataset;     /* the document's */
  ConveneMeeting *meeting;
  gulong notify_handler;

  GPtrArray *co_chair_rows;    /* of AdwEntryRow */

  GPtrArray *kinds;            /* kind row position → ConveneMeetingKind */
  GPtrArray *countries;        /* country row position → ConveneParticipant; [0] NULL */

  GtkListBoxRow *list_errors[7]; /* what breaks a rule of list_rules[i] */

  guint updating;              /* rows being set from the meeting: not an edit */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingEditor, convene_meeting_editor, GTK_TYPE_WIDGET)

static const ConveneMeetingMode modes[] = {
  CONVENE_MEETING_MODE_IN_PERSON, CONVENE_MEETING_MODE_VIRTUAL, CONVENE_MEETING_MODE_HYBRID,
};

static void setup_error_row (GtkListBoxRow *row);
static void sync_co_chairs  (ConveneMeetingEditor *self);

/* Shows @message (NULL: none) under @row, and @row in the error style */
static void
show_error (GtkWidget     *row,
            GtkListBoxRow *error_row,
            const char    *message)
{
  GtkWidget *label = gtk_list_box_row_get_child (error_row);

  convene_editor_mark_row (row, message);
  if (message != NULL)
    gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
}

static void
setup_error_row (GtkListBoxRow *row)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  g_object_set (label, "margin-start", 12, "margin-end", 12, "margin-top", 6,
                "margin-bottom", 6, NULL);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (row, label);
}

/* Rules */

/* The fields whose broken rules are shown on the whole group of their rows
 * (an empty note, a participant listed twice…), with the row that says so */
typedef struct
{
  ConveneMeetingField field;
  gsize group;          /* where the editor holds the group */
} ListRule;

#define GROUP(member) G_STRUCT_OFFSET (ConveneMeetingEditor, member)

static const ListRule list_rules[] = {
  { CONVENE_MEETING_FIELD_KIND, GROUP (general_group) },
  { CONVENE_MEETING_FIELD_COUNTRY, GROUP (where_group) },
  { CONVENE_MEETING_FIELD_CO_CHAIRS, GROUP (co_chairs_group) },
  { CONVENE_MEETING_FIELD_ATTENDANCE, GROUP (attendance_group) },
  { CONVENE_MEETING_FIELD_OUTCOMES, GROUP (outcomes_group) },
  { CONVENE_MEETING_FIELD_NOTES, GROUP (notes_group) },
  { CONVENE_MEETING_FIELD_SOURCES, GROUP (sources_group) },
};

/* Asks the model (convene-validate.c, the loader's rules) whether each
 * field of the meeting keeps its rules, and shows what is broken where it
 * is. Returns whether all hold. */
static gboolean
check (ConveneMeetingEditor *self)
{
  gboolean valid = TRUE;
  struct { ConveneMeetingField field; GtkWidget *row; GtkListBoxRow *error; } fields[] = {
    { CONVENE_MEETING_FIELD_TITLE, GTK_WIDGET (self->title_row), self->title_error },
    { CONVENE_MEETING_FIELD_ID, GTK_WIDGET (self->id_row), self->id_error },
    { CONVENE_MEETING_FIELD_DATES, GTK_WIDGET (self->end_row), self->dates_error },
  };

  if (self->meeting == NULL || self->dataset == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *message = convene_validate_meeting_field (self->dataset, self->meeting,
                                                                 fields[i].field);

      show_error (fields[i].row, fields[i].error, message);
      valid = valid && message == NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (list_rules); i++)
    {
      g_autofree char *message = convene_validate_meeting_field (self->dataset, self->meeting,
                                                                 list_rules[i].field);
      GtkListBoxRow *error = self->list_errors[i];

      show_error (GTK_WIDGET (error), error, message);
      valid = valid && message == NULL;
    }
  return valid;
}

/* Commits: each makes one edit of the meeting through the document */

static gboolean
can_commit (ConveneMeetingEditor *self)
{
  return self->updating == 0 && self->meeting != NULL && self->document != NULL;
}

static void
commit_text (ConveneMeetingEditor *self,
             ConveneMeetingField   field,
             const char           *text)
{
  convene_document_set_meeting_text (self->document, self->meeting, field, text);
}

/* Fixed fields */

/* A broken rule is kept in the record, and shown on the field (check()):
 * the document saves nothing that breaks one */
static void
on_title_changed_cb (ConveneMeetingEditor *self)
{
  if (can_commit (self))
    commit_text (self, CONVENE_MEETING_FIELD_TITLE,
                 gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

/* An ID names the meeting in the file: changed when applied (Enter or the
 * row's button), not at every letter */
static void
on_id_apply_cb (ConveneMeetingEditor *self)
{
  if (can_commit (self))
    commit_text (self, CONVENE_MEETING_FIELD_ID,
                 gtk_editable_get_text (GTK_EDITABLE (self->id_row)));
}

static void
on_kind_selected_cb (ConveneMeetingEditor *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);

  if (can_commit (self) && self->kinds != NULL && position < self->kinds->len)
    commit_text (self, CONVENE_MEETING_FIELD_KIND,
                 convene_meeting_kind_get_id (g_ptr_array_index (self->kinds, position)));
}

static void
on_number_changed_cb (ConveneMeetingEditor *self)
{
  if (can_commit (self))
    convene_document_set_meeting_number (self->document, self->meeting,
                                         (guint) gtk_spin_button_get_value_as_int (self->number_spin));
}

static void
on_dates_changed_cb (ConveneMeetingEditor *self,
                     ConveneDateRow       *row)
{
  ConveneDate start, end;

  convene_date_row_get_date (self->start_row, &start);
  convene_date_row_get_date (self->end_row, &end);
  /* a one-day meeting moved: its end goes with it */
  if (row == self->start_row &&
      convene_date_compare (convene_meeting_get_start (self->meeting),
                            convene_meeting_get_end (self->meeting)) == 0)
    {
      end = start;
      self->updating++;
      convene_date_row_set_date (self->end_row, &end);
      self->updating--;
    }
  if (can_commit (self))
    convene_document_set_meeting_dates (self->document, self->meeting, &start, &end);
}

static void
on_city_changed_cb (ConveneMeetingEditor *self)
{
  g_autofree char *city = convene_editor_dup_optional_text (self->city_row);

  if (can_commit (self))
    commit_text (self, CONVENE_MEETING_FIELD_CITY, city);
}

static void
on_venue_changed_cb (ConveneMeetingEditor *self)
{
  g_autofree char *venue = convene_editor_dup_optional_text (self->venue_row);

  if (can_commit (self))
    commit_text (self, CONVENE_MEETING_FIELD_VENUE, venue);
}

static void
on_purpose_changed_cb (ConveneMeetingEditor *self)
{
  g_autofree char *purpose = convene_editor_dup_optional_text (self->purpose_row);

  if (can_commit (self))
    commit_text (self, CONVENE_MEETING_FIELD_PURPOSE, purpose);
}

static void
on_country_selected_cb (ConveneMeetingEditor *self)
{
  guint position = adw_combo_row_get_selected (self->country_row);

  if (can_commit (self) && self->countries != NULL && position < self->countries->len)
    convene_document_set_meeting_country (self->document, self->meeting,
                                          g_ptr_array_index (self->countries, position));
}

static void
on_mode_selected_cb (ConveneMeetingEditor *self)
{
  guint position = adw_combo_row_get_selected (self->mode_row);

  if (can_commit (self) && position < G_N_ELEMENTS (modes))
    convene_document_set_meeting_mode (self->document, self->meeting, modes[position]);
}

/* Co-chairs: a list of texts */

static void
commit_co_chairs (ConveneMeetingEditor *self,
                  int                   removed)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) co_chairs = NULL;

  for (guint i = 0; i < self->co_chair_rows->len; i++)
    if ((int) i != removed)
      g_strv_builder_add (builder, gtk_editable_get_text (g_ptr_array_index (self->co_chair_rows, i)));
  co_chairs = g_strv_builder_end (builder);
  convene_document_set_meeting_co_chairs (self->document, self->meeting,
                                          (const char * const *) co_chairs);
}

static void
on_co_chair_changed_cb (ConveneMeetingEditor *self)
{
  if (can_commit (self))
    commit_co_chairs (self, -1);
}

static void
on_remove_co_chair_cb (GtkWidget            *button,
                       ConveneMeetingEditor *self)
{
  if (can_commit (self))
    commit_co_chairs (self, (int) convene_editor_row_index (button));
}

static void
on_add_co_chair_cb (ConveneMeetingEditor *self)
{
  const char * const *co_chairs;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) added = NULL;

  if (!can_commit (self))
    return;
  co_chairs = convene_meeting_get_co_chairs (self->meeting);
  g_strv_builder_addv (builder, (const char **) co_chairs);
  /* TRANSLATORS: a new co-chair, to be named */
  g_strv_builder_add (builder, _("New Co-Chair"));
  added = g_strv_builder_end (builder);
  convene_document_set_meeting_co_chairs (self->document, self->meeting,
                                          (const char * const *) added);
  if (self->co_chair_rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->co_chair_rows, self->co_chair_rows->len - 1));
}

static void
sync_co_chairs (ConveneMeetingEditor *self)
{
  const char * const *co_chairs = convene_meeting_get_co_chairs (self->meeting);
  guint n = g_strv_length ((char **) co_chairs);

  if (n != self->co_chair_rows->len)
    {
      convene_editor_clear_rows (self->co_chairs_group, self->co_chair_rows);
      for (guint i = 0; i < n; i++)
        {
          /* TRANSLATORS: the title of a co-chair's row, 1 for the first */
          g_autofree char *title = g_strdup_printf (_("Co-Chair %u"), i + 1);
          GtkWidget *row = convene_editor_entry_row_new (title);
          GtkWidget *remove = convene_editor_icon_button_new ("user-trash-symbolic", _("Remove Co-Chair"));

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          convene_editor_set_row_index (remove, i);
          g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_co_chair_cb), self);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
          g_signal_connect_swapped (row, "changed", G_CALLBACK (on_co_chair_changed_cb), self);
          adw_preferences_group_add (self->co_chairs_group, row);
          g_ptr_array_add (self->co_chair_rows, row);
        }
    }
  for (guint i = 0; i < n; i++)
    convene_editor_set_text (g_ptr_array_index (self->co_chair_rows, i), co_chairs[i]);
}

/* Showing the meeting */

/* Gives a chooser its choices and the one chosen. Its model is replaced
 * only when the choices changed: the chooser itself tells of a choice
 * while it makes it (the edit comes back here), and a model replaced then
 * is freed under it. */
static void
set_choices (AdwComboRow   *row,
             GtkStringList *labels,
             guint          selected)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (labels));
  gboolean same = GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) == n;

  for (guint i = 0; same && i < n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i),
                      gtk_string_list_get_string (labels, i)) == 0;
  if (!same)
    adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

static void
sync_kinds (ConveneMeetingEditor *self)
{
  GListModel *kinds = convene_dataset_get_kinds (self->dataset);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_ptr_array_set_size (self->kinds, 0);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (kinds, i);

      if (g_strcmp0 (convene_meeting_kind_get_id (kind), convene_meeting_get_kind (self->meeting)) == 0)
        selected = i;
      gtk_string_list_append (labels, convene_meeting_kind_get_label (kind));
      g_ptr_array_add (self->kinds, g_object_ref (kind));
    }
  set_choices (self->kind_row, labels, selected);
}

static void
sync_countries (ConveneMeetingEditor *self)
{
  GListModel *participants = convene_dataset_get_participants (self->dataset);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) states = g_ptr_array_new ();
  ConveneParticipant *country = convene_meeting_get_country (self->meeting);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);

      if (convene_participant_is_state (participant))
        g_ptr_array_add (states, participant);
    }
  g_ptr_array_sort (states, convene_participant_compare_names);

  g_ptr_array_set_size (self->countries, 0);
  /* TRANSLATORS: no host country */
  gtk_string_list_append (labels, C_("country", "None"));
  g_ptr_array_add (self->countries, NULL);
  for (guint i = 0; i < states->len; i++)
    {
      ConveneParticipant *participant = g_ptr_array_index (states, i);

      if (participant == country)
        selected = i + 1;
      gtk_string_list_append (labels, convene_participant_get_display_name (participant));
      g_ptr_array_add (self->countries, participant);
    }
  set_choices (self->country_row, labels, selected);
}

static int
mode_position (ConveneMeetingMode mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (modes[i] == mode)
      return (int) i;
  return 0;
}

/* Sets the rows of @field (NULL: every field) from the meeting */
static void
sync_field (ConveneMeetingEditor *self,
            const char           *field)
{
#define IS(name) (field == NULL || g_str_equal (field, name))
  self->updating++;
  if (IS ("title"))
    convene_editor_set_text (self->title_row, convene_meeting_get_title (self->meeting));
  if (IS ("id"))
    convene_editor_set_text (self->id_row, convene_meeting_get_id (self->meeting));
  if (IS ("kind"))
    sync_kinds (self);
  if (IS ("number"))
    gtk_spin_button_set_value (self->number_spin, convene_meeting_get_number (self->meeting));
  if (IS ("date-key") || IS ("date-label"))
    {
      convene_date_row_set_date (self->start_row, convene_meeting_get_start (self->meeting));
      convene_date_row_set_date (self->end_row, convene_meeting_get_end (self->meeting));
    }
  if (IS ("city"))
    convene_editor_set_text (self->city_row, convene_meeting_get_city (self->meeting));
  if (IS ("venue"))
    convene_editor_set_text (self->venue_row, convene_meeting_get_venue (self->meeting));
  if (IS ("country"))
    sync_countries (self);
  if (IS ("mode"))
    adw_combo_row_set_selected (self->mode_row, (guint) mode_position (convene_meeting_get_mode (self->meeting)));
  if (IS ("co-chairs"))
    sync_co_chairs (self);
  if (IS ("attendance") || IS ("attendance-recorded"))
    convene_attendance_editor_sync (CONVENE_ATTENDANCE_EDITOR (self->attendance_group));
  if (IS ("purpose"))
    convene_editor_set_text (self->purpose_row, convene_meeting_get_purpose (self->meeting));
  if (IS ("outcomes") || IS ("outcomes-incomplete"))
    convene_outcome_list_sync (CONVENE_OUTCOME_LIST (self->outcomes_group));
  if (IS ("notes"))
    convene_note_list_sync (CONVENE_NOTE_LIST (self->notes_group));
  if (IS ("sources"))
    convene_source_list_sync (CONVENE_SOURCE_LIST (self->sources_group));
  self->updating--;
#undef IS
  check (self);
}

static void
on_meeting_notify_cb (ConveneMeetingEditor *self,
                      GParamSpec           *pspec)
{
  sync_field (self, pspec->name);
}

static void
clear_rows (ConveneMeetingEditor *self)
{
  convene_editor_clear_rows (self->co_chairs_group, self->co_chair_rows);
}

/* GtkWidget */

/* The focus goes to the first field, the title, its cursor at the end:
 * selected, it would be replaced by the first key typed */
static gboolean
convene_meeting_editor_grab_focus (GtkWidget *widget)
{
  GtkEditable *title = GTK_EDITABLE (CONVENE_MEETING_EDITOR (widget)->title_row);

  if (!gtk_widget_grab_focus (GTK_WIDGET (title)))
    return FALSE;
  gtk_editable_set_position (title, -1);
  return TRUE;
}

/* GObject */

static void
convene_meeting_editor_dispose (GObject *object)
{
  ConveneMeetingEditor *self = CONVENE_MEETING_EDITOR (object);

  if (self->meeting != NULL)
    g_clear_signal_handler (&self->notify_handler, self->meeting);
  g_clear_object (&self->meeting);
  g_clear_object (&self->document);
  self->dataset = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MEETING_EDITOR);
  G_OBJECT_CLASS (convene_meeting_editor_parent_class)->dispose (object);
}

static void
convene_meeting_editor_finalize (GObject *object)
{
  ConveneMeetingEditor *self = CONVENE_MEETING_EDITOR (object);

  g_ptr_array_unref (self->co_chair_rows);
  g_ptr_array_unref (self->kinds);
  g_ptr_array_unref (self->countries);
  G_OBJECT_CLASS (convene_meeting_editor_parent_class)->finalize (object);
}

static void
convene_meeting_editor_class_init (ConveneMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_meeting_editor_dispose;
  object_class->finalize = convene_meeting_editor_finalize;
  widget_class->grab_focus = convene_meeting_editor_grab_focus;

  g_type_ensure (CONVENE_TYPE_DATE_ROW);
  g_type_ensure (CONVENE_TYPE_OUTCOME_LIST);
  g_type_ensure (CONVENE_TYPE_ATTENDANCE_EDITOR);
  g_type_ensure (CONVENE_TYPE_NOTE_LIST);
  g_type_ensure (CONVENE_TYPE_SOURCE_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-meeting-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, page);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, general_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, where_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, id_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, id_error);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, number_spin);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, dates_error);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, venue_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, country_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, mode_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, co_chairs_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, purpose_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, outcomes_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingEditor, sources_group);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_id_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dates_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_city_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_venue_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_co_chair_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_purpose_changed_cb);
}

static void
convene_meeting_editor_init (ConveneMeetingEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_error_row (self->title_error);
  setup_error_row (self->id_error);
  setup_error_row (self->dates_error);
  convene_name_row_parts (GTK_WIDGET (self->id_row));
  convene_name_row_parts (GTK_WIDGET (self->kind_row));
  convene_name_row_parts (GTK_WIDGET (self->country_row));
  convene_name_row_parts (GTK_WIDGET (self->mode_row));
  G_STATIC_ASSERT (G_N_ELEMENTS (list_rules) == G_N_ELEMENTS (self->list_errors));
  for (guint i = 0; i < G_N_ELEMENTS (list_rules); i++)
    {
      AdwPreferencesGroup *group = G_STRUCT_MEMBER (AdwPreferencesGroup *, self, list_rules[i].group);

      self->list_errors[i] = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
      gtk_list_box_row_set_activatable (self->list_errors[i], FALSE);
      gtk_list_box_row_set_selectable (self->list_errors[i], FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->list_errors[i]), FALSE);
      setup_error_row (self->list_errors[i]);
      adw_preferences_group_add (group, GTK_WIDGET (self->list_errors[i]));
    }

  self->co_chair_rows = g_ptr_array_new ();
  self->kinds = g_ptr_array_new_with_free_func (g_object_unref);
  self->countries = g_ptr_array_new ();


}

GtkWidget *
convene_meeting_editor_new (void)
{
  return g_object_new (CONVENE_TYPE_MEETING_EDITOR, NULL);
}

ConveneDocument *
convene_meeting_editor_get_document (ConveneMeetingEditor *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_EDITOR (self), NULL);

  return self->document;
}

void
convene_meeting_editor_set_document (ConveneMeetingEditor *self,
                                     ConveneDocument      *document)
{
  g_return_if_fail (CONVENE_IS_MEETING_EDITOR (self));
  g_return_if_fail (document == NULL || CONVENE_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  convene_meeting_editor_set_meeting (self, NULL);
  g_set_object (&self->document, document);
  self->dataset = document != NULL ? convene_document_get_dataset (document) : NULL;
}

ConveneMeeting *
convene_meeting_editor_get_meeting (ConveneMeetingEditor *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_EDITOR (self), NULL);

  return self->meeting;
}

/**
 * convene_meeting_editor_set_meeting:
 * @meeting: (nullable): a meeting of the document's dataset
 */
void
convene_meeting_editor_set_meeting (ConveneMeetingEditor *self,
                                    ConveneMeeting       *meeting)
{
  g_return_if_fail (CONVENE_IS_MEETING_EDITOR (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;
  if (self->meeting != NULL)
    g_clear_signal_handler (&self->notify_handler, self->meeting);
  g_set_object (&self->meeting, meeting);
  clear_rows (self);
  convene_outcome_list_set_meeting (CONVENE_OUTCOME_LIST (self->outcomes_group), self->document,
                                    meeting != NULL && self->dataset != NULL ? meeting : NULL);
  convene_attendance_editor_set_meeting (CONVENE_ATTENDANCE_EDITOR (self->attendance_group),
                                         self->document,
                                         meeting != NULL && self->dataset != NULL ? meeting : NULL);
  convene_note_list_set_meeting (CONVENE_NOTE_LIST (self->notes_group), self->document,
                                 meeting != NULL && self->dataset != NULL ? meeting : NULL);
  convene_source_list_set_meeting (CONVENE_SOURCE_LIST (self->sources_group), self->document,
                                   meeting != NULL && self->dataset != NULL ? meeting : NULL);
  if (meeting != NULL && self->dataset != NULL)
    {
      self->notify_handler = g_signal_connect_swapped (meeting, "notify",
                                                       G_CALLBACK (on_meeting_notify_cb), self);
      sync_field (self, NULL);
    }
}

/**
 * convene_meeting_editor_is_valid:
 *
 * Whether every field shown keeps the dataset's rules (what the title and
 * identifier rows hold may not be in the meeting yet while they break one).
 */
gboolean
convene_meeting_editor_is_valid (ConveneMeetingEditor *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_EDITOR (self), FALSE);

  return check (self);
}
