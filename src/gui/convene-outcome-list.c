/* convene-outcome-list.c: a meeting's outcomes and their items, in the editor
 *
 * Part of the meeting editor (convene-meeting-editor.c), which gives it
 * the document and the meeting and calls convene_outcome_list_sync() when
 * the meeting's outcomes change (an edit, Undo, Redo). Each outcome is an
 * expander row holding its text and its items; each change is one edit
 * through the document. An outcome moves by Alt+Up and Alt+Down, its
 * buttons, or dragged by its handle onto another; an item by its handle,
 * within its outcome. The editor shows the rules the list breaks on this
 * group (convene-validate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-outcome-list"

#include <glib/gi18n.h>

#include "convene-editor-rows.h"
#include "convene-outcome-list.h"
#include "convene-widgets.h"

struct _ConveneOutcomeList
{
  AdwPreferencesGroup parent_instance;

  GtkSwitch *incomplete_switch;

  ConveneDocument *document;
  ConveneMeeting *meeting;
  GPtrArray *outcome_rows;     /* of AdwExpanderRow */
  guint updating;              /* rows being set from the meeting: not an edit */
  int focus_outcome;           /* the outcome row to focus once rows are made; -1 none */
};

G_DEFINE_FINAL_TYPE (ConveneOutcomeList, convene_outcome_list, ADW_TYPE_PREFERENCES_GROUP)

static gboolean
can_commit (ConveneOutcomeList *self)
{
  return self->updating == 0 && self->meeting != NULL && self->document != NULL;
}

static void
on_incomplete_changed_cb (ConveneOutcomeList *self)
{
  if (can_commit (self))
    convene_document_set_outcomes_incomplete (self->document, self->meeting,
                                              gtk_switch_get_active (self->incomplete_switch));
}

/* Outcomes: each a text with items, in an expander row */

static void
on_outcome_text_changed_cb (GtkEditable          *entry,
                            ConveneOutcomeList *self)
{
  if (can_commit (self))
    convene_document_set_outcome_text (self->document, self->meeting, convene_editor_row_index (entry),
                                       gtk_editable_get_text (entry));
}

static guint
item_index (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "convene-item"));
}

static void
on_item_changed_cb (GtkEditable          *entry,
                    ConveneOutcomeList *self)
{
  if (can_commit (self))
    convene_document_set_outcome_item (self->document, self->meeting, convene_editor_row_index (entry),
                                       item_index (entry), gtk_editable_get_text (entry));
}

static void
on_remove_item_cb (GtkWidget            *button,
                   ConveneOutcomeList *self)
{
  if (!can_commit (self))
    return;
  self->focus_outcome = (int) convene_editor_row_index (button);
  convene_document_remove_outcome_item (self->document, self->meeting, convene_editor_row_index (button),
                                        item_index (button));
}

static void
on_add_item_cb (GtkWidget            *button,
                ConveneOutcomeList *self)
{
  ConveneOutcome *outcome;

  if (!can_commit (self))
    return;
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (self->meeting), convene_editor_row_index (button));
  self->focus_outcome = (int) convene_editor_row_index (button);
  /* TRANSLATORS: a new item of an outcome, to be written */
  convene_document_insert_outcome_item (self->document, self->meeting, convene_editor_row_index (button),
                                        g_strv_length (outcome->items), _("New item"));
}

/* Moves outcome @index by @delta places (Alt+Up, Alt+Down, or the row's
 * buttons); the moved row keeps the focus */
static void
move_outcome (ConveneOutcomeList *self,
              guint                 index,
              int                   delta)
{
  int to = (int) index + delta;

  if (!can_commit (self) || to < 0 || (guint) to >= self->outcome_rows->len)
    return;
  convene_document_move_outcome (self->document, self->meeting, index, (guint) to);
  /* an expander row gives the focus to its header */
  gtk_widget_child_focus (g_ptr_array_index (self->outcome_rows, to), GTK_DIR_TAB_FORWARD);
}

static void
on_move_up_cb (GtkWidget            *button,
               ConveneOutcomeList *self)
{
  move_outcome (self, convene_editor_row_index (button), -1);
}

static void
on_move_down_cb (GtkWidget            *button,
                 ConveneOutcomeList *self)
{
  move_outcome (self, convene_editor_row_index (button), 1);
}

/* Drag and drop: an outcome or an item dragged by its handle onto another
 * takes its place, as one edit (the keyboard's way is Alt+Up, Alt+Down).
 * What is dragged is the row itself: it never leaves the window. */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  return gdk_content_provider_new_typed (GTK_TYPE_WIDGET, row);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* A handle to drag @row by (the rest of the row is for typing and clicking) */
static GtkWidget *
drag_handle_new (GtkWidget *row)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  /* TRANSLATORS: the tooltip of a handle that moves an outcome or an item */
  gtk_widget_set_tooltip_text (handle, _("Drag to move (or Alt+Up, Alt+Down)"));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  return handle;
}

static void
add_drop_target (GtkWidget            *row,
                 GCallback             drop_cb,
                 ConveneOutcomeList *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GTK_TYPE_WIDGET, GDK_ACTION_MOVE);

  g_signal_connect (target, "drop", drop_cb, self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

static gboolean
drop_outcome (ConveneOutcomeList *self,
              GtkWidget            *dragged,
              guint                 to)
{
  guint from;

  if (!can_commit (self) || dragged == NULL ||
      !g_ptr_array_find (self->outcome_rows, dragged, &from) || from == to)
    return FALSE;
  move_outcome (self, from, (int) to - (int) from);
  return TRUE;
}

static gboolean
on_outcome_drop_cb (GtkDropTarget        *target,
                    const GValue         *value,
                    double                x,
                    double                y,
                    ConveneOutcomeList *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  return drop_outcome (self, g_value_get_object (value), convene_editor_row_index (row));
}

/* On an item: another item of the same outcome moves there; an outcome
 * dragged over the item's outcome moves there */
static gboolean
on_item_drop_cb (GtkDropTarget        *target,
                 const GValue         *value,
                 double                x,
                 double                y,
                 ConveneOutcomeList *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkWidget *dragged = g_value_get_object (value);

  if (dragged == NULL || !can_commit (self))
    return FALSE;
  if (g_ptr_array_find (self->outcome_rows, dragged, NULL))
    return drop_outcome (self, dragged, convene_editor_row_index (row));
  if (!ADW_IS_ENTRY_ROW (dragged) || g_object_get_data (G_OBJECT (dragged), "convene-item-row") == NULL ||
      convene_editor_row_index (dragged) != convene_editor_row_index (row) || item_index (dragged) == item_index (row))
    return FALSE;
  convene_document_move_outcome_item (self->document, self->meeting, convene_editor_row_index (row),
                                      item_index (dragged), item_index (row));
  return TRUE;
}

static gboolean
on_outcome_move_shortcut_cb (GtkWidget *row,
                             GVariant  *args,
                             gpointer   data)
{
  ConveneOutcomeList *self = CONVENE_OUTCOME_LIST (gtk_widget_get_ancestor (row, CONVENE_TYPE_OUTCOME_LIST));

  move_outcome (self, convene_editor_row_index (row), g_variant_get_int32 (args));
  return TRUE;
}

static void
on_remove_outcome_cb (GtkWidget            *button,
                      ConveneOutcomeList *self)
{
  if (can_commit (self))
    convene_document_remove_outcome (self->document, self->meeting, convene_editor_row_index (button));
}

static void
on_add_outcome_cb (ConveneOutcomeList *self)
{
  GPtrArray *outcomes;

  if (!can_commit (self))
    return;
  outcomes = convene_meeting_get_outcomes (self->meeting);
  self->focus_outcome = outcomes != NULL ? (int) outcomes->len : 0;
  /* TRANSLATORS: a new outcome of a meeting, to be written */
  convene_document_insert_outcome (self->document, self->meeting, (guint) self->focus_outcome,
                                   _("New outcome"));
}

static GtkWidget *
outcome_row_new (ConveneOutcomeList *self,
                 guint                 index,
                 ConveneOutcome       *outcome,
                 guint                 n_outcomes)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *text_row = convene_editor_entry_row_new (_("Text"));
  GtkWidget *add_row, *button;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *title = g_strdup_printf (_("Outcome %u"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  convene_editor_set_row_index (row, index);
  convene_name_row_parts (row);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), drag_handle_new (row));
  add_drop_target (row, G_CALLBACK (on_outcome_drop_cb), self);

  /* Alt+Up and Alt+Down move it */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                     gtk_callback_action_new (on_outcome_move_shortcut_cb, NULL, NULL),
                                     "i", -1));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                                     gtk_callback_action_new (on_outcome_move_shortcut_cb, NULL, NULL),
                                     "i", 1));
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_BUBBLE);
  gtk_widget_add_controller (row, shortcuts);

  /* shown from the last added: up, down, remove */
  button = convene_editor_icon_button_new ("user-trash-symbolic", _("Remove Outcome"));
  convene_editor_set_row_index (button, index);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_outcome_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  button = convene_editor_icon_button_new ("go-down-symbolic", _("Move Down"));
  convene_editor_set_row_index (button, index);
  gtk_widget_set_sensitive (button, index + 1 < n_outcomes);
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_down_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  button = convene_editor_icon_button_new ("go-up-symbolic", _("Move Up"));
  convene_editor_set_row_index (button, index);
  gtk_widget_set_sensitive (button, index > 0);
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_up_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  convene_editor_set_row_index (text_row, index);
  g_object_set_data (G_OBJECT (row), "convene-text-row", text_row);
  g_signal_connect (text_row, "changed", G_CALLBACK (on_outcome_text_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row);

  for (guint i = 0; outcome->items[i] != NULL; i++)
    {
      g_autofree char *item_title = g_strdup_printf (_("Item %u"), i + 1);
      GtkWidget *item_row = convene_editor_entry_row_new (item_title);
      GtkWidget *remove = convene_editor_icon_button_new ("user-trash-symbolic", _("Remove Item"));

      convene_editor_set_row_index (item_row, index);
      convene_editor_set_row_index (remove, index);
      g_object_set_data (G_OBJECT (item_row), "convene-item", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (item_row), "convene-item-row", GINT_TO_POINTER (TRUE));
      adw_entry_row_add_prefix (ADW_ENTRY_ROW (item_row), drag_handle_new (item_row));
      add_drop_target (item_row, G_CALLBACK (on_item_drop_cb), self);
      g_object_set_data (G_OBJECT (remove), "convene-item", GUINT_TO_POINTER (i));
      gtk_editable_set_text (GTK_EDITABLE (item_row), outcome->items[i]);
      g_signal_connect (item_row, "changed", G_CALLBACK (on_item_changed_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_item_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (item_row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), item_row);
    }

  add_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add_row), _("Add Item"));
  button = convene_editor_icon_button_new ("list-add-symbolic", _("Add Item"));
  convene_editor_set_row_index (button, index);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_item_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (add_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (add_row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add_row);
  g_object_set_data (G_OBJECT (row), "convene-items", GUINT_TO_POINTER (g_strv_length (outcome->items)));
  return row;
}

/* Shows the meeting's outcomes: the rows updated in place when there are
 * as many, each with as many items, so the one typed in keeps the focus;
 * otherwise made anew */
void
convene_outcome_list_sync (ConveneOutcomeList *self)
{
  GPtrArray *outcomes = convene_meeting_get_outcomes (self->meeting);
  guint n = outcomes != NULL ? outcomes->len : 0;
  gboolean same = n == self->outcome_rows->len;

  self->updating++;
  gtk_switch_set_active (self->incomplete_switch, convene_meeting_get_outcomes_incomplete (self->meeting));
  for (guint i = 0; same && i < n; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, i);
      GtkWidget *row = g_ptr_array_index (self->outcome_rows, i);

      same = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "convene-items")) ==
             g_strv_length (outcome->items);
    }

  if (!same)
    {
      int focus = self->focus_outcome;

      convene_editor_clear_rows (self, self->outcome_rows);
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *row = outcome_row_new (self, i, g_ptr_array_index (outcomes, i), n);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
          g_ptr_array_add (self->outcome_rows, row);
        }
      if (focus >= 0 && (guint) focus < n)
        {
          GtkWidget *row = g_ptr_array_index (self->outcome_rows, focus);

          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "convene-text-row"));
        }
    }
  self->focus_outcome = -1;

  for (guint i = 0; i < n; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, i);
      GtkWidget *row = g_ptr_array_index (self->outcome_rows, i);
      GtkWidget *text_row = g_object_get_data (G_OBJECT (row), "convene-text-row");
      GtkWidget *item_row = gtk_widget_get_next_sibling (text_row);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), outcome->text);
      convene_editor_set_text (text_row, outcome->text);
      for (guint j = 0; outcome->items[j] != NULL && item_row != NULL; j++)
        {
          convene_editor_set_text (item_row, outcome->items[j]);
          item_row = gtk_widget_get_next_sibling (item_row);
        }
    }
  self->updating--;
}

static void
convene_outcome_list_dispose (GObject *object)
{
  ConveneOutcomeList *self = CONVENE_OUTCOME_LIST (object);

  g_clear_object (&self->document);
  g_clear_object (&self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_OUTCOME_LIST);
  G_OBJECT_CLASS (convene_outcome_list_parent_class)->dispose (object);
}

static void
convene_outcome_list_finalize (GObject *object)
{
  ConveneOutcomeList *self = CONVENE_OUTCOME_LIST (object);

  g_ptr_array_unref (self->outcome_rows);
  G_OBJECT_CLASS (convene_outcome_list_parent_class)->finalize (object);
}

static void
convene_outcome_list_class_init (ConveneOutcomeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_outcome_list_dispose;
  object_class->finalize = convene_outcome_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/convene/Convene/convene-outcome-list.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneOutcomeList, incomplete_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_add_outcome_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_incomplete_changed_cb);
}

static void
convene_outcome_list_init (ConveneOutcomeList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->outcome_rows = g_ptr_array_new ();
  self->focus_outcome = -1;
}

/**
 * convene_outcome_list_set_meeting:
 * @document: (nullable): where the edits go
 * @meeting: (nullable): a meeting of the document's dataset
 */
void
convene_outcome_list_set_meeting (ConveneOutcomeList *self,
                                  ConveneDocument    *document,
                                  ConveneMeeting     *meeting)
{
  g_return_if_fail (CONVENE_IS_OUTCOME_LIST (self));

  g_set_object (&self->document, document);
  if (g_set_object (&self->meeting, meeting))
    convene_editor_clear_rows (self, self->outcome_rows);
  if (meeting != NULL)
    convene_outcome_list_sync (self);
}
