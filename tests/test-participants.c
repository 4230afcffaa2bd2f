/* test-participants.c: the Participants page, the charts and the record's patterns, under a
 * virtual display
 *
 * With CONVENE_SHOT_DIR set, the tests also save what the window shows there (PNG), to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>

#include "convene-changes-view.h"
#include "convene-chart-view.h"
#include "convene-detail-block.h"
#include "convene-detail-row.h"
#include "convene-detail-text.h"
#include "convene-matrix-grid.h"
#include "convene-matrix-view.h"
#include "convene-meetings-view.h"
#include "convene-participants-view.h"
#include "convene-statistics-view.h"
#include "convene-test-data.h"
#include "convene-test-gui.h"
#include "convene-test-widgets.h"
#include "convene-text.h"
#include "convene-window.h"

#define FSI CONVENE_TEXT_FSI
#define PDI CONVENE_TEXT_PDI

#define wait_for_load convene_test_wait_for_dataset

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  if (CONVENE_IS_DETAIL_TEXT (widget) &&
      g_strcmp0 (convene_detail_text_get_text (CONVENE_DETAIL_TEXT (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* The participants listed; @n_headings: the kinds' headings listed */
static guint
count_listed (GtkListView *list,
              guint       *n_headings)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  guint n = 0;

  *n_headings = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (CONVENE_IS_PARTICIPANT (item))
        n++;
      else
        (*n_headings)++;
    }
  return n;
}

static gboolean
has_class (GtkWidget    *widget,
           gconstpointer name)
{
  return gtk_widget_has_css_class (widget, name);
}

/* The page's list of participants, and the list of the participant's blocks */
static GtkListView *
find_list (ConveneParticipantsView *view,
           const char              *css_class)
{
  GtkWidget *list = convene_test_find_widget (GTK_WIDGET (view), has_class, css_class);

  g_assert_true (GTK_IS_LIST_VIEW (list));
  return GTK_LIST_VIEW (list);
}


static ConveneWindow *
window_on_participants (int width)
{
  ConveneWindow *window = convene_window_new (NULL);
  AdwViewStack *stack;

  /* looking at a narrow window: CONVENE_SHOT_WIDTH=360 */
  if (g_getenv ("CONVENE_SHOT_WIDTH") != NULL)
    width = atoi (g_getenv ("CONVENE_SHOT_WIDTH"));
  gtk_window_set_default_size (GTK_WINDOW (window), width,
                               g_getenv ("CONVENE_SHOT_HEIGHT") != NULL ? atoi (g_getenv ("CONVENE_SHOT_HEIGHT")) : 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_load (window);
  convene_test_flush_events ();
  stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "participants");
  convene_test_flush_events ();
  /* the page's layout (folded or not) is settled at the next frame, twice when the page was
   * just made */
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  convene_test_flush_events ();
  return window;
}

static ConveneParticipantsView *
participants_view (ConveneWindow *window)
{
  GtkWidget *view = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_PARTICIPANTS_VIEW);

  g_assert_nonnull (view);
  return CONVENE_PARTICIPANTS_VIEW (view);
}

/* The page lists every participant, searches as you type by name, code and alias, and shows
 * the one chosen with its figures */
static void
test_page (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  GtkListView *list = find_list (view, "navigation-sidebar");
  guint n_participants = convene_dataset_get_n_participants (dataset);
  guint n_headings;
  GtkEditable *search = GTK_EDITABLE (convene_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY));
  ConveneParticipant *canada = convene_dataset_lookup_participant (dataset, "CAN");
  g_autofree char *attended = NULL;
  g_autofree char *timor = NULL;

  g_assert_cmpuint (count_listed (list, &n_headings), ==, n_participants);
  g_assert_cmpuint (n_headings, ==, 3);   /* countries, organisations, bodies */
  g_assert_true (shows_text (GTK_WIDGET (view), "Countries and Territories"));
  /* side by side, the page says what to do; folded (narrow), it shows the list */
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (convene_test_find_of_type (GTK_WIDGET (view), ADW_TYPE_LEAFLET))) ||
                 shows_text (GTK_WIDGET (view), "No Participant Selected"));

  /* by name, any case; by ISO code; every term must match */
  gtk_editable_set_text (search, "canad");
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 1);
  g_assert_cmpuint (n_headings, ==, 1);   /* only the kinds listed are headed */
  g_assert_true (shows_text (GTK_WIDGET (list), "Canada\nCAN"));
  g_assert_true (shows_text (GTK_WIDGET (list), "Countries and Territories"));
  g_assert_false (shows_text (GTK_WIDGET (list), "Organisations"));
  gtk_editable_set_text (search, "vnm");
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 1);
  /* by alias: East Timor is Timor-Leste (TLS) */
  gtk_editable_set_text (search, "east tim");
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 1);
  timor = g_strconcat (convene_participant_get_display_name (convene_dataset_lookup_participant (dataset, "TLS")),
                       "\nTLS", NULL);
  g_assert_true (shows_text (GTK_WIDGET (list), timor));
  gtk_editable_set_text (search, "canada vnm");
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 0);
  g_assert_cmpuint (n_headings, ==, 0);
  gtk_editable_set_text (search, "");
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, n_participants);

  convene_participants_view_show_participant (view, canada);
  convene_test_flush_events ();
  g_assert_true (convene_participants_view_get_participant (view) == canada);
  attended = convene_participant_figures_dup_attended (
               convene_statistics_get_figures (convene_statistics_get_for_dataset (dataset), canada, NULL));
  g_assert_cmpstr (attended, ==, "20 of 35 meetings with recorded attendance");
  g_assert_true (shows_text (GTK_WIDGET (view), "Attended: 20 of 35 meetings with recorded attendance"));
  g_assert_true (shows_text (GTK_WIDGET (view), "Canada"));
  g_assert_nonnull (convene_test_find_of_type (GTK_WIDGET (view), CONVENE_TYPE_CHART_VIEW));
  convene_test_save_shot (GTK_WIDGET (window), "participants.png");
  /* the timeline, with the keyboard focus on a mark */
  gtk_widget_grab_focus (convene_test_find_of_type (GTK_WIDGET (view), CONVENE_TYPE_CHART_VIEW));
  convene_test_save_shot (GTK_WIDGET (window), "participants-timeline.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_print_requested_cb (ConveneParticipantsView *view,
                       ConveneParticipant      *participant,
                       gpointer                 data)
{
  GPtrArray *requests = data;

  g_ptr_array_add (requests, participant);
  /* no print dialog in a test */
  g_signal_stop_emission_by_name (view, "print-requested");
}

/* The menu's Print items ask the window to print the participant, or the statistics; with no
 * participant shown, there is no participant to print */
static void
test_print_actions (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneParticipant *canada = convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN");
  g_autoptr(GPtrArray) requests = g_ptr_array_new ();

  g_signal_connect (view, "print-requested", G_CALLBACK (on_print_requested_cb), requests);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "participants.print-participant", NULL) &&
                  requests->len > 0);
  g_assert_cmpuint (requests->len, ==, 0);

  convene_participants_view_show_participant (view, canada);
  convene_test_flush_events ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "participants.print-participant", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "participants.print-statistics", NULL));
  g_assert_cmpuint (requests->len, ==, 2);
  g_assert_true (requests->pdata[0] == canada);
  g_assert_null (requests->pdata[1]);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A timeline's mark opens its meeting; the keyboard moves from mark to mark and the
 * accessible label says the mark */
static void
test_timeline_opens_meeting (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  ConveneChartView *chart_view;
  ConveneChart *chart;
  ConveneMeeting *selected;
  int item = -1;

  convene_participants_view_show_participant (view, convene_dataset_lookup_participant (dataset, "CAN"));
  convene_test_flush_events ();
  chart_view = CONVENE_CHART_VIEW (convene_test_find_of_type (GTK_WIDGET (view), CONVENE_TYPE_CHART_VIEW));
  chart = convene_chart_view_get_chart (chart_view);
  g_assert_cmpuint (convene_chart_get_n_items (chart), ==, convene_dataset_get_n_meetings (dataset));
  for (guint i = 0; i < convene_chart_get_n_items (chart); i++)
    if (g_str_equal (convene_meeting_get_id (convene_chart_get_item_meeting (chart, i)), "ahg-som-14"))
      item = i;
  g_assert_cmpint (item, >=, 0);

  /* "Show as Text" is named by its label */
  {
    GtkWidget *expander = convene_test_find_of_type (gtk_widget_get_parent (GTK_WIDGET (chart_view)),
                                                     GTK_TYPE_EXPANDER);

    g_assert_nonnull (expander);
    gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                         gtk_expander_get_label_widget (GTK_EXPANDER (expander)), NULL);
  }

  /* the keyboard: Right moves one mark on, and the label follows */
  gtk_widget_grab_focus (GTK_WIDGET (chart_view));
  convene_chart_view_set_focus_item (chart_view, item - 1);
  {
    GtkEventController *keys = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart_view));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          keys = c;
      }
    gboolean handled = FALSE;

    g_assert_nonnull (keys);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    g_assert_true (handled);
  }
  g_assert_cmpint (convene_chart_view_get_focus_item (chart_view), ==, item);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       FSI "Canada" PDI " at each meeting: 14th " FSI "Ad Hoc Group Senior Officials’ Meeting" PDI
                                       " (23–24 July 2019): participant");

  /* a screen reader hears a button, and its action (AT-SPI's, the widget's own) opens the
   * focus mark's meeting */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart_view), GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart_view), "chart.activate-item", NULL));
  convene_test_flush_events ();
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-14");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (CONVENE_IS_DETAIL_ROW (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, g_object_ref (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* Every meeting attended is a line of the page, and opens its meeting; showing another
 * participant shows it in the rows on screen, none made or destroyed */
static void
test_meeting_lines (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  ConveneStatistics *statistics = convene_statistics_get_for_dataset (dataset);
  ConveneParticipant *canada = convene_dataset_lookup_participant (dataset, "CAN");
  GtkListView *list_view = find_list (view, "convene-detail-list");
  GListModel *blocks = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_object_unref);
  const ConveneAttended *attended;
  guint n_attended, n_lines = 0;
  int som14 = -1;
  ConveneMeeting *selected;
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  convene_participants_view_show_participant (view, canada);
  /* the lines below the first screenful are added a batch a frame */
  convene_test_wait_blocks_shown (GTK_WIDGET (list_view));
  attended = convene_statistics_get_attended (statistics, canada, &n_attended);
  g_assert_cmpuint (n_attended, ==, 20);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (blocks, i);

      if (convene_detail_block_get_style (block) != CONVENE_DETAIL_MEETING)
        continue;
      if (g_strcmp0 (convene_detail_block_get_extra (block), "ahg-som-14") == 0)
        {
          som14 = i;
          g_assert_cmpstr (convene_detail_block_get_text (block), ==,
                           "14th " FSI "Ad Hoc Group Senior Officials’ Meeting" PDI " (23–24 July 2019): participant");
        }
      /* the first and last attended, then each meeting attended */
      if (n_lines >= 2)
        g_assert_cmpstr (convene_detail_block_get_extra (block), ==,
                         convene_meeting_get_id (attended[n_lines - 2].meeting));
      n_lines++;
    }
  g_assert_cmpuint (n_lines, ==, 2 + n_attended);
  g_assert_cmpint (som14, >=, 0);

  /* another participant, in the same rows */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view)), 0);
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  collect_rows (GTK_WIDGET (list_view), before);
  g_assert_cmpuint (before->len, >, 10);
  convene_participants_view_show_participant (view, convene_dataset_lookup_participant (dataset, "AUS"));
  convene_test_flush_events ();
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  collect_rows (GTK_WIDGET (list_view), after);
  g_assert_cmpuint (after->len, >, 10);
  for (guint i = 0; i < after->len; i++)
    g_assert_true (g_ptr_array_find (before, after->pdata[i], NULL));
  g_assert_true (shows_text (GTK_WIDGET (view), "Australia"));

  /* a line opens its meeting */
  convene_participants_view_show_participant (view, canada);
  convene_test_wait_blocks_shown (GTK_WIDGET (list_view));
  g_signal_emit_by_name (list_view, "activate", (guint) som14);
  convene_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-14");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_meeting_button (GtkWidget    *widget,
                   gconstpointer text)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         CONVENE_IS_DETAIL_TEXT (gtk_button_get_child (GTK_BUTTON (widget))) &&
         g_strcmp0 (convene_detail_text_get_text (CONVENE_DETAIL_TEXT (gtk_button_get_child (GTK_BUTTON (widget)))),
                    text) == 0;
}

/* A screen reader hears a meeting's line as a button named by its text, and pressing it
 * (AT-SPI's "click", as a click does) opens the meeting */
static void
test_meeting_lines_announced (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  const ConveneParticipantFigures *figures;
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  GtkWidget *button;
  ConveneMeeting *selected;
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  convene_participants_view_show_participant (view, convene_dataset_lookup_participant (dataset, "CAN"));
  convene_test_flush_events ();
  convene_test_wait_frames (GTK_WIDGET (window), 2);
  figures = convene_statistics_get_figures (convene_statistics_get_for_dataset (dataset),
                                            convene_dataset_lookup_participant (dataset, "CAN"), NULL);
  when = convene_meeting_dup_kind_and_date (figures->first);
  line = g_strconcat ("First attended: ", when, NULL);
  button = convene_test_find_widget (GTK_WIDGET (view), is_meeting_button, line);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, line);

  g_signal_emit_by_name (button, "clicked");
  convene_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_true (selected == figures->first);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
count_bind_cb (guint *n_binds)
{
  (*n_binds)++;
}

/* The frame in which the adjustment moved */
static void
note_frame_cb (GtkAdjustment *adjustment,
               gint64        *frame)
{
  GtkWidget *list = GTK_WIDGET (g_object_get_data (G_OBJECT (adjustment), "list"));

  if (*frame == 0)
    *frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (list));
}

/* Thousands of participants: the page opens with rows for a screenful, and the rest of the
 * list follows when idle; the last participant is shown, and listed, when asked for */
static void
test_many (void)
{
  g_autoptr(GBytes) json = convene_test_generate (40, 3000);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_bytes (json, "many.json", &error);
  GtkWidget *window = gtk_window_new ();
  ConveneParticipantsView *view;
  GtkListView *list;
  guint n_headings, n_binds = 0;
  gint64 shown_frame, scrolled_frame = 0;
  g_autoptr(ConveneParticipant) last = NULL;
  g_autoptr(GObject) first = NULL;

  g_assert_no_error (error);
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));
  view = g_object_new (CONVENE_TYPE_PARTICIPANTS_VIEW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  convene_test_wait_frames (window, 2);
  list = find_list (view, "navigation-sidebar");

  convene_participants_view_set_dataset (view, dataset);
  g_assert_cmpuint (count_children (GTK_WIDGET (list)), <, 60);
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 3000);
  /* a GTK 4.8 list view keeps rows for up to 200 items around what is on screen */
  g_assert_cmpuint (count_children (GTK_WIDGET (list)), <=, 210);

  /* the last participant, from a list that had only a screenful */
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY)), "c");
  gtk_editable_set_text (GTK_EDITABLE (convene_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY)), "");
  last = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)),
                                g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) - 1);
  g_assert_true (CONVENE_IS_PARTICIPANT (last));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), <, 3000);
  /* from the first: the list binds again only the two rows whose selection changed (GTK 4.8
   * binds every row between the one unselected and the one selected: some 200 here), and
   * scrolls to the participant after the frame that shows it */
  first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)), 1);
  convene_participants_view_show_participant (view, CONVENE_PARTICIPANT (first));
  convene_test_wait_frames (window, 2);
  g_signal_connect_swapped (gtk_list_view_get_factory (list), "bind", G_CALLBACK (count_bind_cb), &n_binds);
  g_object_set_data (G_OBJECT (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list))), "list", list);
  g_signal_connect (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list)), "value-changed",
                    G_CALLBACK (note_frame_cb), &scrolled_frame);
  shown_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (list)));
  convene_participants_view_show_participant (view, last);
  g_assert_cmpuint (n_binds, <=, 2);
  g_assert_true (convene_participants_view_get_participant (view) == last);
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list))) ==
                 (gpointer) last);
  while (scrolled_frame == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (scrolled_frame, >=, shown_frame + 2);
  g_signal_handlers_disconnect_by_data (gtk_list_view_get_factory (list), &n_binds);
  g_signal_handlers_disconnect_by_data (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list)), &scrolled_frame);
  convene_test_flush_events ();
  g_assert_cmpuint (count_listed (list, &n_headings), ==, 3000);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The figures follow edits (#15): attendance changed in the matrix in edit mode shows at
 * once in the participant's figures, and so does its undo */
static void
test_follows_edits (void)
{
  ConveneWindow *window = window_on_participants (1200);
  ConveneParticipantsView *view = participants_view (window);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  ConveneParticipant *canada = convene_dataset_lookup_participant (dataset, "CAN");
  ConveneMatrixView *matrix_view = convene_window_get_matrix_view (window);
  ConveneMatrixGrid *grid = convene_matrix_view_get_grid (matrix_view);
  ConveneMatrix *matrix = convene_matrix_view_get_matrix (matrix_view);
  int row = -1, column = -1;

  convene_participants_view_show_participant (view, canada);
  convene_test_flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (view), "Attended: 20 of 35 meetings with recorded attendance"));
  g_assert_true (shows_text (GTK_WIDGET (view), "By role: participant 2 · observer 18 · co-chair 0"));

  /* Canada's row, and a meeting with recorded attendance it did not attend */
  for (guint r = 0; r < convene_matrix_get_n_rows (matrix); r++)
    if (convene_matrix_get_participant (matrix, r) == canada)
      row = r;
  g_assert_cmpint (row, >=, 0);
  for (guint c = 0; c < convene_matrix_get_n_columns (matrix) && column < 0; c++)
    if (convene_matrix_column_is_recorded (matrix, c) &&
        convene_matrix_get_role (matrix, row, c) == CONVENE_ROLE_NONE)
      column = c;
  g_assert_cmpint (column, >=, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-mode", NULL);
  convene_matrix_grid_set_focus_cell (grid, row, column);
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_p, 0));
  convene_test_flush_events ();
  g_assert_true (convene_participants_view_get_participant (view) == canada);
  g_assert_true (shows_text (GTK_WIDGET (view), "Attended: 21 of 35 meetings with recorded attendance"));
  g_assert_true (shows_text (GTK_WIDGET (view), "By role: participant 3 · observer 18 · co-chair 0"));
  g_assert_cmpuint (convene_statistics_get_figures (convene_statistics_get_for_dataset (dataset),
                                                    canada, NULL)->attended, ==, 21);

  /* the meeting's attendance no longer recorded: one fewer recorded, none attended there */
  g_assert_true (convene_test_press_key (GTK_WIDGET (grid), GDK_KEY_n, 0));
  convene_test_flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (view), "Attended: 20 of 34 meetings with recorded attendance"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  convene_test_flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (view), "Attended: 20 of 35 meetings with recorded attendance"));
  g_assert_true (shows_text (GTK_WIDGET (view), "By role: participant 2 · observer 18 · co-chair 0"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-mode", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The record's patterns and "what changed" as widgets for the detail pane */
static void
test_statistics_and_changes (void)
{
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_bundled ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *statistics = convene_statistics_view_new ();
  GtkWidget *changes = convene_changes_view_new ();
  guint year = 0;

  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1600);
  gtk_box_append (GTK_BOX (box), changes);
  gtk_box_append (GTK_BOX (box), statistics);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_present (GTK_WINDOW (window));

  convene_statistics_view_set_dataset (CONVENE_STATISTICS_VIEW (statistics), dataset);
  convene_changes_view_set_meeting (CONVENE_CHANGES_VIEW (changes), dataset,
                                    convene_dataset_lookup_meeting (dataset, "ahg-som-14"));
  /* the record's patterns are worked out, then shown a part a frame */
  while (!convene_statistics_view_get_shown (CONVENE_STATISTICS_VIEW (statistics)))
    g_main_context_iteration (NULL, TRUE);
  convene_test_flush_events ();
  g_assert_true (shows_text (window, "Role Changed"));
  g_assert_true (shows_text (window, "• " FSI "Canada" PDI ": observer → participant"));
  g_assert_true (shows_text (window, "Meetings per year, by kind"));
  convene_test_save_shot (window, "statistics.png");

  /* a year's bar lists that year */
  {
    ConveneChartView *per_year = CONVENE_CHART_VIEW (convene_test_find_of_type (statistics, CONVENE_TYPE_CHART_VIEW));
    ConveneChart *chart = convene_chart_view_get_chart (per_year);

    g_assert_cmpint (convene_chart_get_chart_type (chart), ==, CONVENE_CHART_MEETINGS_PER_YEAR);
    year = convene_chart_get_item_year (chart, 14);
    g_assert_cmpuint (year, ==, 2016);
  }

  /* unknown on one side: said, and no change listed */
  convene_changes_view_set_meeting (CONVENE_CHANGES_VIEW (changes), dataset,
                                    convene_dataset_lookup_meeting (dataset, "ahg-som-12"));
  convene_test_flush_events ();
  g_assert_false (shows_text (window, "Role Changed"));
  g_assert_false (shows_text (window, "Joined"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the window: the overview shows the record's patterns once idle, a meeting what changed;
 * the patterns' actions list a year's meetings and show a participant */
static void
test_in_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.convene.Convene");
  ConveneWindow *window;
  ConveneDataset *dataset;
  ConveneStatistics *statistics;
  ConveneMeetingsView *meetings_view;
  GListModel *listed;
  AdwViewStack *stack;

  /* the meeting an earlier test left selected is not selected again */
  g_settings_reset (settings, "selected-meeting");
  window = convene_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_load (window);
  dataset = convene_window_get_dataset (window);
  statistics = convene_statistics_get_for_dataset (dataset);
  meetings_view = convene_window_get_meetings_view (window);
  stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  /* made when idle, after the first frame */
  for (gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
       !shows_text (GTK_WIDGET (window), "The Record in Figures") && g_get_monotonic_time () < end; )
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (shows_text (GTK_WIDGET (window), "The Record in Figures"));
  g_assert_false (shows_text (GTK_WIDGET (window), "What Changed"));
  convene_test_save_shot (GTK_WIDGET (window), "overview.png");

  convene_meetings_view_show_meeting (meetings_view, "ahg-som-14");
  convene_test_flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (window), "What Changed"));
  g_assert_true (shows_text (GTK_WIDGET (window), "• " FSI "Canada" PDI ": observer → participant"));
  g_assert_false (shows_text (GTK_WIDGET (window), "The Record in Figures"));
  convene_test_save_shot (GTK_WIDGET (window), "meeting-changes.png");

  /* a year's bar: that year's meetings, and only those */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-year", "u", 2016));
  convene_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  listed = convene_meetings_view_get_visible_meetings (meetings_view);
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==,
                    convene_statistics_get_meetings_in_year (statistics, 2016, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(ConveneMeeting) m = g_list_model_get_item (listed, i);

      g_assert_cmpuint (convene_meeting_get_year (m), ==, 2016);
    }

  /* a regular participant's row: its page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-participant", "s", "CAN"));
  convene_test_flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "participants");
  g_assert_true (convene_participants_view_get_participant (participants_view (window)) ==
                 convene_dataset_lookup_participant (dataset, "CAN"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/participants/page", test_page);
  g_test_add_func ("/participants/timeline-opens-meeting", test_timeline_opens_meeting);
  g_test_add_func ("/participants/meeting-lines", test_meeting_lines);
  g_test_add_func ("/participants/meeting-lines-announced", test_meeting_lines_announced);
  g_test_add_func ("/participants/follows-edits", test_follows_edits);
  g_test_add_func ("/participants/many", test_many);
  g_test_add_func ("/participants/statistics-and-changes", test_statistics_and_changes);
  g_test_add_func ("/participants/in-window", test_in_window);
  g_test_add_func ("/participants/print-actions", test_print_actions);

  return g_test_run ();
}
