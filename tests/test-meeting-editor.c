/* test-meeting-editor.c: the detail pane's edit mode, under a virtual display
 *
 * What the rows show, that typing in them edits the meeting through the
 * document (and Undo puts rows and meeting back), that a broken rule is
 * shown on its field and kept out of the record, attendance found as you
 * type, "not recorded" apart from an empty list, outcomes moved by the
 * keyboard, and every control named for a screen reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "convene-date-row.h"
#include "convene-document.h"
#include "convene-meeting-editor.h"
#include "convene-test-data.h"
#include "convene-test-gui.h"
#include "convene-test-widgets.h"
#include "convene-validate.h"
#include "convene-window.h"

static const char *dataset_json =
  "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Editor\",\n"
  "  \"participants\": [ { \"id\": \"AAA\", \"name\": \"Aland\", \"kind\": \"country\" },\n"
  "                      { \"id\": \"BBB\", \"name\": \"Blandia\", \"kind\": \"country\",\n"
  "                        \"aliases\": [ \"Republic of Bland\" ] },\n"
  "                      { \"id\": \"ORG\", \"name\": \"Organisation\", \"kind\": \"organisation\" } ],\n"
  "  \"meetings\": [\n"
  "    { \"id\": \"m1\", \"kind\": \"ahg-som\", \"number\": 3, \"title\": \"Third meeting\",\n"
  "      \"start\": \"2019-07-23\", \"end\": \"2019-07-24\",\n"
  "      \"location\": { \"city\": \"Da Nang\", \"venue\": \"Hall\", \"country\": \"AAA\" },\n"
  "      \"co-chairs\": [ \"Minister A\" ],\n"
  "      \"attendance\": [ { \"participant\": \"AAA\", \"role\": \"participant\" } ],\n"
  "      \"purpose\": \"To meet.\",\n"
  "      \"outcomes\": [ { \"text\": \"Members agreed:\", \"items\": [ \"to meet\", \"to write\" ] },\n"
  "                      { \"text\": \"A second outcome.\" } ],\n"
  "      \"notes\": [ { \"kind\": \"gap\", \"text\": \"No list.\" }, \"A remark.\" ],\n"
  "      \"sources\": [ { \"title\": \"Statement\", \"url\": \"https://example.org/s\" } ] },\n"
  "    { \"id\": \"m2\", \"kind\": \"workshop\", \"title\": \"Small\", \"start\": \"2020\" } ] }";

typedef struct {
  GtkWidget *window;
  ConveneMeetingEditor *editor;
  ConveneDataset *dataset;
  ConveneDocument *document;
  ConveneMeeting *meeting;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* the window's class registers the templates' resources */
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));

  f->dataset = convene_test_load_json (dataset_json);
  f->document = convene_document_new (f->dataset);
  f->meeting = convene_dataset_lookup_meeting (f->dataset, "m1");
  f->window = gtk_window_new ();
  f->editor = CONVENE_MEETING_EDITOR (convene_meeting_editor_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), 700, 1000);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->editor));
  convene_meeting_editor_set_document (f->editor, f->document);
  convene_meeting_editor_set_meeting (f->editor, f->meeting);
  gtk_window_present (GTK_WINDOW (f->window));
  convene_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->document);
  g_object_unref (f->dataset);
}

static GtkWidget *
row (Fixture    *f,
     const char *title)
{
  GtkWidget *found = convene_test_find_row (GTK_WIDGET (f->editor), title);

  g_assert_nonnull (found);
  return found;
}

/* The text row inside an expander row (a note's, an outcome's) */
static GtkWidget *
text_in (Fixture    *f,
         const char *title)
{
  GtkWidget *found = convene_test_find_row (row (f, title), "Text");

  g_assert_nonnull (found);
  return found;
}

static const char *
entry_text (Fixture    *f,
            const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (row (f, title)));
}

static void
test_shows_fields (Fixture       *f,
                   gconstpointer  data)
{
  ConveneDate start, end;

  g_assert_cmpstr (entry_text (f, "Title"), ==, "Third meeting");
  g_assert_cmpstr (entry_text (f, "Identifier"), ==, "m1");
  g_assert_cmpstr (entry_text (f, "City"), ==, "Da Nang");
  g_assert_cmpstr (entry_text (f, "Venue"), ==, "Hall");
  g_assert_cmpstr (entry_text (f, "Purpose"), ==, "To meet.");
  g_assert_cmpstr (entry_text (f, "Co-Chair 1"), ==, "Minister A");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_in (f, "Note 1"))), ==, "No list.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text_in (f, "Note 2"))), ==, "A remark.");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (convene_test_find_row (row (f, "Note 1"), "Kind of Note"))),
                    ==, CONVENE_NOTE_GAP);
  g_assert_cmpstr (entry_text (f, "Address"), ==, "https://example.org/s");
  g_assert_cmpstr (entry_text (f, "Item 2"), ==, "to write");
  /* the kind chooser lists the dataset's kinds, the host country the states */
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row (f, "Kind")))),
                   ==, convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (f->meeting)));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (row (f, "Host Country")))),
                   ==, "Aland");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row (f, "Host Country")))),
                    ==, 3);  /* None, Aland, Blandia: not the organisation */
  convene_date_row_get_date (CONVENE_DATE_ROW (row (f, "Start")), &start);
  convene_date_row_get_date (CONVENE_DATE_ROW (row (f, "End")), &end);
  g_assert_cmpuint (start.day, ==, 23);
  g_assert_cmpuint (end.day, ==, 24);
  /* one attendance row, titled with the participant's name */
  g_assert_nonnull (row (f, "Aland"));
}

static void
test_title_undo (Fixture       *f,
                 gconstpointer  data)
{
  ConveneHistory *history = convene_document_get_history (f->document);

  gtk_editable_set_text (GTK_EDITABLE (row (f, "Title")), "Renamed meeting");
  g_assert_cmpstr (convene_meeting_get_title (f->meeting), ==, "Renamed meeting");
  g_assert_true (convene_document_get_modified (f->document));

  g_assert_true (convene_history_undo (history));
  g_assert_cmpstr (convene_meeting_get_title (f->meeting), ==, "Third meeting");
  g_assert_cmpstr (entry_text (f, "Title"), ==, "Third meeting");
  g_assert_true (convene_history_redo (history));
  g_assert_cmpstr (entry_text (f, "Title"), ==, "Renamed meeting");
}

static void
test_broken_rules (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *title = row (f, "Title");
  GtkWidget *id = row (f, "Identifier");
  g_autofree char *message = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title), "");
  /* shown on the field, in the model's words (the document saves nothing
   * that breaks a rule) */
  g_assert_true (gtk_widget_has_css_class (title, "error"));
  g_assert_true (convene_test_shows_text (GTK_WIDGET (f->editor), "Give the meeting a title"));
  g_assert_false (convene_meeting_editor_is_valid (f->editor));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Give the meeting a title");

  gtk_editable_set_text (GTK_EDITABLE (title), "Fixed");
  g_assert_false (gtk_widget_has_css_class (title, "error"));
  g_assert_cmpstr (convene_meeting_get_title (f->meeting), ==, "Fixed");

  /* an ID another meeting has: applied, and shown */
  gtk_editable_set_text (GTK_EDITABLE (id), "m2");
  g_assert_false (gtk_widget_has_css_class (id, "error"));
  g_signal_emit_by_name (id, "apply");
  g_assert_true (gtk_widget_has_css_class (id, "error"));
  g_assert_true (convene_test_shows_text (GTK_WIDGET (f->editor), "Another meeting has the ID “m2”: choose another"));
  gtk_editable_set_text (GTK_EDITABLE (id), "m3");
  g_signal_emit_by_name (id, "apply");
  g_assert_cmpstr (convene_meeting_get_id (f->meeting), ==, "m3");
  g_assert_false (gtk_widget_has_css_class (id, "error"));
  g_assert_true (convene_meeting_editor_is_valid (f->editor));

  /* a rule of a list is shown on its group: an empty note */
  gtk_editable_set_text (GTK_EDITABLE (text_in (f, "Note 1")), "");
  g_assert_false (convene_meeting_editor_is_valid (f->editor));
  message = convene_validate_meeting_field (f->dataset, f->meeting, CONVENE_MEETING_FIELD_NOTES);
  g_assert_nonnull (message);
  g_assert_true (convene_test_shows_text (GTK_WIDGET (f->editor), message));
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *search = row (f, "Add a Participant");
  ConveneParticipant *blandia = convene_dataset_lookup_participant (f->dataset, "BBB");
  GtkWidget *recorded;

  /* found by an alias as you type; Enter adds the first match */
  gtk_editable_set_text (GTK_EDITABLE (search), "republic bl");
  g_signal_emit_by_name (search, "entry-activated");
  g_assert_cmpint (convene_meeting_get_role (f->meeting, blandia), ==, CONVENE_ROLE_PARTICIPANT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");

  /* its role chosen in its row */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (f, "Blandia")), 1);
  g_assert_cmpint (convene_meeting_get_role (f->meeting, blandia), ==, CONVENE_ROLE_OBSERVER);

  /* one already listed is not offered */
  gtk_editable_set_text (GTK_EDITABLE (search), "aland");
  g_signal_emit_by_name (search, "entry-activated");
  g_assert_cmpuint (convene_meeting_get_attendance (f->meeting)->len, ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (search), "");

  /* "not recorded" is not an empty list */
  recorded = convene_test_find_of_type (GTK_WIDGET (f->editor), GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (recorded)));
  gtk_switch_set_active (GTK_SWITCH (recorded), FALSE);
  g_assert_false (convene_meeting_get_attendance_recorded (f->meeting));
  g_assert_false (gtk_widget_get_sensitive (search));
  gtk_switch_set_active (GTK_SWITCH (recorded), TRUE);
  g_assert_true (convene_meeting_get_attendance_recorded (f->meeting));
  g_assert_cmpuint (convene_meeting_get_attendance (f->meeting)->len, ==, 0);

  /* each step undoes on its own */
  g_assert_true (convene_document_undo (f->document));
  g_assert_false (convene_meeting_get_attendance_recorded (f->meeting));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (recorded)));
  g_assert_true (convene_document_undo (f->document));
  g_assert_cmpuint (convene_meeting_get_attendance (f->meeting)->len, ==, 2);
  g_assert_nonnull (row (f, "Blandia"));
}

static void
test_outcomes_by_keyboard (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *first = row (f, "Outcome 1");
  ConveneOutcome *outcome;
  GtkWidget *focus, *item;

  gtk_widget_grab_focus (first);
  g_assert_true (convene_test_press_key (first, GDK_KEY_Down, GDK_ALT_MASK));
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), 1);
  g_assert_cmpstr (outcome->text, ==, "Members agreed:");
  /* the moved outcome keeps the focus */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == row (f, "Outcome 2") || gtk_widget_is_ancestor (focus, row (f, "Outcome 2")));
  g_assert_true (convene_document_undo (f->document));
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), 0);
  g_assert_cmpstr (outcome->text, ==, "Members agreed:");

  /* an item added, then edited */
  g_signal_emit_by_name (convene_test_find_by_tooltip (row (f, "Outcome 2"), "Add Item"), "clicked");
  item = convene_test_find_row (row (f, "Outcome 2"), "Item 1");
  g_assert_nonnull (item);
  gtk_editable_set_text (GTK_EDITABLE (item), "first point");
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), 1);
  g_assert_cmpstr (outcome->items[0], ==, "first point");
}

/* What a drop of @dragged on @row does (the drop target's handler) */
static gboolean
drop_on (GtkWidget *row,
         GtkWidget *dragged)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        {
          g_value_init (&value, GTK_TYPE_WIDGET);
          g_value_set_object (&value, dragged);
          g_signal_emit_by_name (controller, "drop", &value, 1.0, 1.0, &dropped);
          return dropped;
        }
    }
  g_assert_not_reached ();
}

static const char *
outcome_text (Fixture *f,
              guint    index)
{
  return ((ConveneOutcome *) g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), index))->text;
}

/* Outcomes and items dragged by their handles: each drop one edit */
static void
test_outcomes_by_drag (Fixture       *f,
                       gconstpointer  data)
{
  ConveneHistory *history = convene_document_get_history (f->document);
  ConveneOutcome *outcome;
  GtkWidget *item1, *item2;

  /* each has a handle to drag it by */
  g_assert_nonnull (convene_test_find_by_tooltip (row (f, "Outcome 1"), "Drag to move (or Alt+Up, Alt+Down)"));

  g_assert_true (drop_on (row (f, "Outcome 2"), row (f, "Outcome 1")));
  g_assert_cmpstr (outcome_text (f, 0), ==, "A second outcome.");
  g_assert_cmpstr (outcome_text (f, 1), ==, "Members agreed:");
  g_assert_true (convene_history_undo (history));
  g_assert_cmpstr (outcome_text (f, 0), ==, "Members agreed:");
  g_assert_false (convene_history_can_undo (history));

  /* an item onto another of its outcome */
  item1 = convene_test_find_row (row (f, "Outcome 1"), "Item 1");
  item2 = convene_test_find_row (row (f, "Outcome 1"), "Item 2");
  g_assert_true (drop_on (item1, item2));
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), 0);
  g_assert_cmpstr (outcome->items[0], ==, "to write");
  g_assert_cmpstr (outcome->items[1], ==, "to meet");
  g_assert_true (convene_history_undo (history));
  outcome = g_ptr_array_index (convene_meeting_get_outcomes (f->meeting), 0);
  g_assert_cmpstr (outcome->items[0], ==, "to meet");

  /* a row dropped on itself, or something else, changes nothing */
  g_assert_false (drop_on (row (f, "Outcome 1"), row (f, "Outcome 1")));
  g_assert_false (drop_on (row (f, "Outcome 1"), row (f, "Title")));
  g_assert_false (convene_history_can_undo (history));
}

/* Every control, list and row has a name a screen reader reads */
static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *unnamed, *twice;

  /* the expanders open, so their rows are made and shown */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (f, "Outcome 1")), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (f, "Source 1")), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row (f, "Note 1")), TRUE);
  convene_test_flush_events ();
  convene_test_save_shot (f->window, "meeting-editor.png");
  if (g_getenv ("CONVENE_SHOT_DIR") != NULL)
    {
      GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (
        GTK_SCROLLED_WINDOW (convene_test_find_of_type (GTK_WIDGET (f->editor), GTK_TYPE_SCROLLED_WINDOW)));

      gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
      convene_test_save_shot (f->window, "meeting-editor-lists.png");
    }
  unnamed = convene_test_find_unnamed (GTK_WIDGET (f->editor));
  if (unnamed != NULL)
    g_error ("a %s in %s in %s has no name", G_OBJECT_TYPE_NAME (unnamed),
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (unnamed)),
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (unnamed))));
  /* a chooser's choice (the Kind, Host Country, roles…) */
  unnamed = convene_test_find_unnamed_list_item (GTK_WIDGET (f->editor));
  if (unnamed != NULL)
    g_error ("a list item in %s in %s has no name", G_OBJECT_TYPE_NAME (gtk_widget_get_parent (unnamed)),
             G_OBJECT_TYPE_NAME (gtk_widget_get_ancestor (unnamed, ADW_TYPE_PREFERENCES_ROW)));
  twice = convene_test_find_named_twice (GTK_WIDGET (f->editor));
  if (twice != NULL)
    g_error ("a %s (%s) in %s in %s is named twice (a label and a labelled-by)", G_OBJECT_TYPE_NAME (twice),
             GTK_IS_BUTTON (twice) ? gtk_button_get_label (GTK_BUTTON (twice)) : "",
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (twice)),
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (twice))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/meeting-editor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shows-fields", test_shows_fields);
  ADD ("title-undo", test_title_undo);
  ADD ("broken-rules", test_broken_rules);
  ADD ("attendance", test_attendance);
  ADD ("outcomes-by-keyboard", test_outcomes_by_keyboard);
  ADD ("outcomes-by-drag", test_outcomes_by_drag);
  ADD ("accessible", test_accessible);
#undef ADD

  return g_test_run ();
}
