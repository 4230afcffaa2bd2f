/* test-window.c: the main window, under a virtual display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "convene-dataset-loader.h"
#include "convene-detail-text.h"
#include "convene-document.h"
#include "convene-meeting-detail.h"
#include "convene-matrix.h"
#include "convene-matrix-view.h"
#include "convene-meeting-row.h"
#include "convene-print-operation.h"
#include "convene-print-preview.h"
#include "convene-summary-layout.h"
#include "convene-test-data.h"
#include "convene-test-gui.h"
#include "convene-text.h"
#include "convene-window.h"
#include "convene-test-widgets.h"

#define FSI CONVENE_TEXT_FSI
#define PDI CONVENE_TEXT_PDI

#define wait_for_load convene_test_wait_for_dataset

#define flush_events convene_test_flush_events
#define wait_frames convene_test_wait_frames

static void
open_test_file (ConveneWindow *window,
                const char    *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", name, NULL));

  convene_window_open_file (window, file);
  wait_for_load (window);
}

static ConveneWindow *
window_with (const char *name)
{
  ConveneWindow *window = convene_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  if (name != NULL)
    open_test_file (window, name);
  else
    wait_for_load (window);
  flush_events ();
  return window;
}

/* The ids of the meetings listed, comma-separated, in the order shown. */
static char *
listed_ids (ConveneWindow *window)
{
  GListModel *model = convene_meetings_view_get_visible_meetings (convene_window_get_meetings_view (window));
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (model, i);

      g_string_append_printf (ids, "%s%s", ids->len ? "," : "", convene_meeting_get_id (meeting));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static gboolean
shows_meeting (GtkWidget     *widget,
               gconstpointer  meeting_id)
{
  ConveneMeeting *meeting;

  if (!CONVENE_IS_MEETING_ROW (widget))
    return FALSE;
  meeting = convene_meeting_row_get_meeting (CONVENE_MEETING_ROW (widget));
  return meeting != NULL && g_strcmp0 (convene_meeting_get_id (meeting), meeting_id) == 0;
}

/* The list row showing the meeting, if one is built. */
static GtkWidget *
find_row_for (GtkWidget  *widget,
              const char *meeting_id)
{
  return convene_test_find_widget (widget, shows_meeting, meeting_id);
}

/* Whether a label or button under widget displays exactly text (what is
 * seen, after any markup). */
static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  if (CONVENE_IS_DETAIL_TEXT (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (convene_detail_text_get_text (CONVENE_DETAIL_TEXT (widget)), text) == 0)
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* The detail pane's blocks below the first screenful come a batch a frame. */
static void
wait_detail_shown (ConveneWindow *window)
{
  GtkWidget *detail = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MEETING_DETAIL);

  convene_test_wait_blocks_shown (convene_test_find_of_type (detail, GTK_TYPE_LIST_VIEW));
  /* and laid out: the rows of the blocks added last are made in the next frame */
  wait_frames (GTK_WIDGET (window), 2);
}

static void
test_shows_bundled (void)
{
  ConveneWindow *window = window_with (NULL);
  ConveneDataset *dataset = convene_window_get_dataset (window);
  GListModel *listed = convene_meetings_view_get_visible_meetings (convene_window_get_meetings_view (window));

  g_assert_nonnull (dataset);
  g_assert_true (convene_dataset_is_bundled (dataset));
  g_assert_cmpuint (g_list_model_get_n_items (listed), ==, convene_dataset_get_n_meetings (dataset));
  /* nothing selected: the pane shows the dataset */
  g_assert_true (shows_text (GTK_WIDGET (window), convene_dataset_get_title (dataset)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a dataset, the detail pane says so: its empty page is made when
 * it is first needed. */
static void
test_detail_without_dataset (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *detail = convene_meeting_detail_new ();
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "cli-two-meetings.json", NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  /* the window's class registers the templates' resources */
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));
  gtk_window_set_child (GTK_WINDOW (window), detail);
  gtk_window_present (GTK_WINDOW (window));
  flush_events ();
  g_assert_true (shows_text (window, "No Dataset"));

  convene_meeting_detail_set_dataset (CONVENE_MEETING_DETAIL (detail), dataset);
  flush_events ();
  g_assert_true (shows_text (window, "Two meetings"));
  g_assert_false (shows_text (window, "No Dataset"));

  convene_meeting_detail_set_dataset (CONVENE_MEETING_DETAIL (detail), NULL);
  flush_events ();
  g_assert_true (shows_text (window, "No Dataset"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_fills_detail (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeeting *meeting;

  g_assert_true (convene_meetings_view_select_meeting (view, "ahg-som-14"));
  flush_events ();
  wait_detail_shown (window);
  meeting = convene_meetings_view_get_selected_meeting (view);
  g_assert_cmpstr (convene_meeting_get_id (meeting), ==, "ahg-som-14");
  g_assert_true (shows_text (GTK_WIDGET (window), "Fourteenth Meeting of the Ad Hoc Group Senior Officials"));
  g_assert_true (shows_text (GTK_WIDGET (window), "23–24 July 2019"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  GtkWidget *entry = convene_meetings_view_get_search_entry (view);
  g_autofree char *ids = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "biometric");
  /* the entry waits a moment before it reports the change */
  while (g_strcmp0 (convene_meeting_filter_get_query (convene_meetings_view_get_filter (view)), "biometric") != 0)
    g_main_context_iteration (NULL, TRUE);

  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10");
  g_assert_true (shows_text (GTK_WIDGET (window), "2 of 11 meetings"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such words here");
  while (g_strcmp0 (convene_meeting_filter_get_query (convene_meetings_view_get_filter (view)), "no such words here") != 0)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (window), "No Meetings Found"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The meeting selected stays selected while a search narrows the list
 * around it and the order turns round, and the detail pane keeps showing it. */
static void
test_selection_kept (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeetingFilter *filter = convene_meetings_view_get_filter (view);
  const char *typed[] = { "b", "bi", "bio", "biometric", NULL };
  ConveneMeeting *selected;
  GtkWidget *row;

  g_assert_true (convene_meetings_view_select_meeting (view, "ahg-som-10"));
  for (guint i = 0; typed[i] != NULL; i++)
    {
      convene_meeting_filter_set_query (filter, typed[i]);
      selected = convene_meetings_view_get_selected_meeting (view);
      g_assert_nonnull (selected);
      g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
    }

  g_object_set (view, "newest-first", TRUE, NULL);
  selected = convene_meetings_view_get_selected_meeting (view);
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
  /* the detail pane's date (a row shows it with the place), once the pane
   * has added its last batch (one a frame) */
  wait_detail_shown (window);
  g_assert_true (shows_text (GTK_WIDGET (window), "2 February 2016"));

  /* a query that briefly matches nothing keeps it: it stays in the detail
   * pane, and its row is selected again when the search ends (Escape) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  convene_meeting_filter_set_query (filter, "biometricz");
  flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (window), "No Meetings Found"));
  selected = convene_meetings_view_get_selected_meeting (view);
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
  g_assert_true (shows_text (GTK_WIDGET (window), "2 February 2016"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-search", NULL));
  g_assert_null (convene_meeting_filter_get_query (filter));
  wait_detail_shown (window);
  selected = convene_meetings_view_get_selected_meeting (view);
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
  g_assert_true (shows_text (GTK_WIDGET (window), "2 February 2016"));
  row = find_row_for (GTK_WIDGET (window), "ahg-som-10");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_state_flags (gtk_widget_get_parent (row)) & GTK_STATE_FLAG_SELECTED);

  /* a filter that hides it keeps it too, until another meeting is picked */
  convene_meeting_filter_set_years (filter, 2019, 0);
  g_assert_cmpstr (convene_meeting_get_id (convene_meetings_view_get_selected_meeting (view)), ==, "ahg-som-10");
  g_assert_true (convene_meetings_view_select_meeting (view, "ahg-som-14"));
  convene_meeting_filter_reset (filter);
  g_assert_cmpstr (convene_meeting_get_id (convene_meetings_view_get_selected_meeting (view)), ==, "ahg-som-14");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_participant_filter (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneParticipant *canada = convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN");
  g_autofree char *ids = NULL;

  convene_meeting_filter_set_participant (convene_meetings_view_get_filter (view), canada);
  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10,ahg-som-14");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_newest_first (void)
{
  ConveneWindow *window = window_with ("cli-two-meetings.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  char *ids;

  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "a,b");
  g_free (ids);
  g_object_set (view, "newest-first", TRUE, NULL);
  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "b,a");
  g_free (ids);
  gtk_window_destroy (GTK_WINDOW (window));
}


/* Whether the row of the meeting at position in the list is built and
 * inside the list's scrolled window. */
static gboolean
row_in_view (ConveneWindow *window,
             guint          position)
{
  GListModel *listed = convene_meetings_view_get_visible_meetings (convene_window_get_meetings_view (window));
  g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (listed, position);
  GtkWidget *row = find_row_for (GTK_WIDGET (window), convene_meeting_get_id (meeting));
  GtkWidget *scrolled;
  graphene_rect_t bounds;

  if (row == NULL || !gtk_widget_get_mapped (row))
    return FALSE;
  scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_bounds (row, scrolled, &bounds));
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* Turning the order round shows the top of the list: with newest first,
 * the newest meetings; the selection is kept. */
static void
test_newest_first_scrolls (void)
{
  g_autofree char *path = convene_test_generated_file (300);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConveneWindow *window = window_with (NULL);
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  GListModel *listed = convene_meetings_view_get_visible_meetings (view);
  g_autoptr(ConveneMeeting) first = NULL;
  GtkAdjustment *vadjustment;
  GtkWidget *row;

  convene_window_open_file (window, file);
  wait_for_load (window);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (row_in_view (window, 0));
  first = g_list_model_get_item (listed, 0);
  row = find_row_for (GTK_WIDGET (window), convene_meeting_get_id (first));
  vadjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW)));

  /* to the end of the list: the oldest meeting's row is out of view */
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_false (row_in_view (window, 0));

  g_object_set (view, "newest-first", TRUE, NULL);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (row_in_view (window, 0));

  /* and back: the oldest first, in view */
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  wait_frames (GTK_WIDGET (window), 3);
  g_object_set (view, "newest-first", FALSE, NULL);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (row_in_view (window, 0));

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_other_spin (GtkWidget     *widget,
               gconstpointer  other)
{
  return GTK_IS_SPIN_BUTTON (widget) && widget != other;
}

static gboolean
is_reset_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Reset Filters") == 0;
}

/* From never passes To in the filter popover: moving one past the other
 * takes the other along. When nothing matches, Reset Filters clears the
 * search and the filters. */
static void
test_year_range_and_reset (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeetingFilter *filter = convene_meetings_view_get_filter (view);
  GtkWidget *filter_button = convene_test_find_by_tooltip (GTK_WIDGET (window), "Filter Meetings");
  GtkSpinButton *from = GTK_SPIN_BUTTON (convene_test_find_widget (filter_button, is_other_spin, NULL));
  GtkSpinButton *to = GTK_SPIN_BUTTON (convene_test_find_widget (filter_button, is_other_spin, from));
  GtkAdjustment *years = gtk_spin_button_get_adjustment (from);
  guint lower = (guint) gtk_adjustment_get_lower (years);
  guint upper = (guint) gtk_adjustment_get_upper (years);
  guint first, last;
  GtkWidget *reset;

  g_assert_cmpuint (upper, >, lower + 3);
  gtk_spin_button_set_value (to, lower + 2);
  gtk_spin_button_set_value (from, upper - 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (to), ==, upper - 1);
  convene_meeting_filter_get_years (filter, &first, &last);
  g_assert_cmpuint (first, ==, upper - 1);
  g_assert_cmpuint (last, ==, upper - 1);

  gtk_spin_button_set_value (to, lower + 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (from), ==, lower + 1);
  convene_meeting_filter_get_years (filter, &first, &last);
  g_assert_cmpuint (first, ==, lower + 1);
  g_assert_cmpuint (last, ==, lower + 1);

  /* nothing matches: the empty page's button is the way back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (convene_meetings_view_get_search_entry (view)), "zzz");
  convene_meeting_filter_set_query (filter, "zzz");
  flush_events ();
  g_assert_true (shows_text (GTK_WIDGET (window), "No Meetings Found"));
  reset = convene_test_find_widget (GTK_WIDGET (window), is_reset_button, NULL);
  g_assert_nonnull (reset);
  g_signal_emit_by_name (reset, "clicked");
  flush_events ();
  g_assert_false (convene_meeting_filter_is_active (filter));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (convene_meetings_view_get_search_entry (view))), ==, "");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (from), ==, lower);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (to), ==, upper);
  g_assert_false (shows_text (GTK_WIDGET (window), "No Meetings Found"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_chip (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "filter-chip") &&
         gtk_widget_get_mapped (widget);
}

/* The texts of the filter chips shown, comma-separated, and the first chip */
static char *
chip_texts (ConveneWindow  *window,
            GtkWidget     **first)
{
  GtkWidget *chip = convene_test_find_widget (GTK_WIDGET (window), is_chip, NULL);
  g_autoptr(GString) texts = g_string_new (NULL);

  if (first != NULL)
    *first = chip;
  for (; chip != NULL; chip = gtk_widget_get_next_sibling (gtk_widget_get_parent (chip)) != NULL ?
                              gtk_widget_get_first_child (gtk_widget_get_next_sibling (gtk_widget_get_parent (chip))) : NULL)
    {
      GtkLabel *label = GTK_LABEL (convene_test_find_of_type (chip, GTK_TYPE_LABEL));

      g_string_append_printf (texts, "%s%s", texts->len ? "," : "", gtk_label_get_text (label));
    }
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* Active filters are named above the list, each with a button that
 * removes it; a participant applied from the matrix among them. */
static void
test_filter_chips (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  ConveneMeetingFilter *filter = convene_meetings_view_get_filter (view);
  ConveneParticipant *canada = convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN");
  g_autofree char *ids = NULL;
  char *texts;
  GtkWidget *chip;

  texts = chip_texts (window, &chip);
  g_assert_cmpstr (texts, ==, "");
  g_free (texts);

  convene_meeting_filter_set_participant (filter, canada);
  flush_events ();
  texts = chip_texts (window, &chip);
  g_assert_cmpstr (texts, ==, "Canada");
  g_free (texts);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Remove Filter “\u2068Canada\u2069”");

  convene_meeting_filter_set_kind (filter, "ahg-som");
  convene_meeting_filter_set_years (filter, 2010, 2016);
  flush_events ();
  texts = chip_texts (window, &chip);
  g_assert_cmpstr (texts, ==, "Ad Hoc Group Senior Officials’ Meeting,Canada,2010–2016");
  g_free (texts);

  /* the kind's chip removes the kind only */
  g_signal_emit_by_name (chip, "clicked");
  flush_events ();
  g_assert_null (convene_meeting_filter_get_kind (filter));
  g_assert_true (convene_meeting_filter_get_participant (filter) == canada);
  texts = chip_texts (window, NULL);
  g_assert_cmpstr (texts, ==, "Canada,2010–2016");
  g_free (texts);
  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bad file leaves what was shown in place. */
static void
test_bad_file_keeps_data (void)
{
  ConveneWindow *window = window_with ("cli-two-meetings.json");

  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");

  open_test_file (window, "cli-end-before-start.json");
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");
  g_assert_cmpuint (convene_dataset_get_n_meetings (convene_window_get_dataset (window)), ==, 2);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (shows_text (GTK_WIDGET (window),
                             "cli-end-before-start.json:12:14: meetings[0].end: "
                             "the meeting ends (2020-03-04) before it starts (2020-03-05)"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_exactly (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* A file that does not open (as named on the command line) says so where
 * it stays: a strip under the header, kept while toasts come and go, until
 * it is dismissed or a dataset is shown. A missing file is named once. */
static void
test_open_error_stays (void)
{
  ConveneWindow *window = window_with ("cli-two-meetings.json");
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/missing.json");
  const char *message = "missing.json: there is no such file";
  GtkWidget *label;
  GtkWidget *revealer;

  convene_window_open_file (window, missing);
  wait_for_load (window);
  wait_frames (GTK_WIDGET (window), 3);
  label = convene_test_find_widget (GTK_WIDGET (window), shows_exactly, message);
  g_assert_nonnull (label);
  revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_get_mapped (label));
  /* a screen reader says it as it comes */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (gtk_revealer_get_child (GTK_REVEALER (revealer))),
                                   GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (shows_text (GTK_WIDGET (window), "The dataset could not be opened"));

  /* a toast comes (nothing to print) and goes: the strip stays */
  convene_meeting_filter_set_query (convene_meetings_view_get_filter (convene_window_get_meetings_view (window)), "zzz");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-listed", NULL);
  wait_frames (GTK_WIDGET (window), 3);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_get_mapped (label));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-error", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* shown again, then gone when a dataset loads */
  convene_window_open_file (window, missing);
  wait_for_load (window);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  open_test_file (window, "seed-record.json");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header names the dataset and its file; the list's header the file. */
static void
test_title_names_file (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (
    convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  const char *dataset_title = convene_dataset_get_title (convene_window_get_dataset (window));

  g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, dataset_title);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "seed-record.json");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, dataset_title);
  g_assert_true (shows_text (GTK_WIDGET (window), "seed-record.json"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, "Bundled record");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long title, of characters or of combining marks, is cut short where
 * it is one line: a label shapes all of its text (64k marks froze the
 * window for minutes). */
static void
test_long_title_capped (void)
{
  const char *fills[] = { "W", "\xcc\x81" /* U+0301 */ };

  for (guint i = 0; i < G_N_ELEMENTS (fills); i++)
    {
      g_autoptr(GString) json = g_string_new ("{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"A");
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      ConveneWindow *window;
      AdwViewSwitcherTitle *title;
      int fd;

      /* 4k is enough to see the cut (bench/header-title times 64k) */
      for (guint n = 0; n < 4096; n++)
        g_string_append (json, fills[i]);
      g_string_append (json, "\", \"participants\": [], \"meetings\": [] }");
      fd = g_file_open_tmp ("convene-title-XXXXXX.json", &path, &error);
      g_assert_no_error (error);
      g_close (fd, NULL);
      g_assert_true (g_file_set_contents (path, json->str, json->len, &error));
      file = g_file_new_for_path (path);

      window = window_with (NULL);
      convene_window_open_file (window, file);
      wait_for_load (window);
      wait_frames (GTK_WIDGET (window), 2);
      g_assert_cmpuint (g_utf8_strlen (convene_dataset_get_title (convene_window_get_dataset (window)), -1), ==, 4097);
      title = ADW_VIEW_SWITCHER_TITLE (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
      g_assert_cmpuint (g_utf8_strlen (adw_view_switcher_title_get_title (title), -1), <=, 201);
      g_assert_cmpuint (g_utf8_strlen (gtk_window_get_title (GTK_WINDOW (window)), -1), <=, 201);
      g_assert_cmpuint (g_utf8_strlen (adw_view_switcher_title_get_subtitle (title), -1), <=, 201);
      g_assert_true (g_str_has_suffix (adw_view_switcher_title_get_title (title), "…"));
      g_unlink (path);
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* Dataset text is shown as it is: never markup, never a format. */
static void
test_text_is_literal (void)
{
  ConveneWindow *window = window_with ("markup-title.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);

  g_assert_true (shows_text (GTK_WIDGET (window), "<b>Bold</b> %s %n & more"));
  g_assert_true (convene_meetings_view_select_meeting (view, "m1"));
  flush_events ();
  wait_detail_shown (window);
  g_assert_true (shows_text (GTK_WIDGET (window), "To test <u>markup</u> %s."));
  g_assert_true (shows_text (GTK_WIDGET (window), "Note <i>%s</i>"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A screen reader reads each row as a list item named after its meeting:
 * kind, place and date, and whether the sources disagree about it. */
static void
check_row_names (GtkWidget *widget,
                 guint     *n_rows,
                 guint     *n_disagreeing)
{
  if (CONVENE_IS_MEETING_ROW (widget) &&
      convene_meeting_row_get_meeting (CONVENE_MEETING_ROW (widget)) != NULL)
    {
      ConveneMeeting *meeting = convene_meeting_row_get_meeting (CONVENE_MEETING_ROW (widget));
      GtkAccessible *item = GTK_ACCESSIBLE (gtk_widget_get_parent (widget));
      g_autofree char *name = convene_meeting_describe (meeting);

      if (convene_meeting_has_contradiction (meeting))
        {
          g_autofree char *described = name;

          name = g_strconcat (described, ", the sources disagree", NULL);
          (*n_disagreeing)++;
        }
      gtk_test_accessible_assert_role (item, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      gtk_test_accessible_assert_property (item, GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      (*n_rows)++;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_row_names (child, n_rows, n_disagreeing);
}

static void
test_row_accessible_label (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  guint n_rows = 0, n_disagreeing = 0;
  GtkWidget *row;

  g_object_set (convene_window_get_meetings_view (window), "newest-first", TRUE, NULL);
  flush_events ();
  row = find_row_for (GTK_WIDGET (window), "ahg-som-14");
  g_assert_nonnull (row);
  /* dataset text is isolated (convene-text.h) */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "14th " FSI "Ad Hoc Group Senior Officials’ Meeting" PDI
                                       ", " FSI "Da Nang" PDI ", " FSI "Viet Nam" PDI
                                       ", 23–24 July 2019, the sources disagree");

  check_row_names (GTK_WIDGET (window), &n_rows, &n_disagreeing);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_disagreeing, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether a label under widget shows text (a button with words needs no
 * other name). */
static gboolean
shows_words (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_words (child))
      return TRUE;
  return FALSE;
}

/* Every button shown that holds no words is named for a screen reader. */
static void
check_buttons_named (GtkWidget *widget,
                     guint     *n_icon_buttons)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_BUTTON (widget) && !shows_words (widget))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
          !gtk_test_accessible_has_property (GTK_ACCESSIBLE (gtk_widget_get_parent (widget)),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("%s in %s (tooltip “%s”) has no accessible name", G_OBJECT_TYPE_NAME (widget),
                 G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                 gtk_widget_get_tooltip_text (widget));
      (*n_icon_buttons)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_buttons_named (child, n_icon_buttons);
}

/* No control is read twice by a screen reader (a label, then the label
 * that names it): Reset Filters, with its mnemonic, was "_Reset Filters
 * Reset Filters" */
static void
test_named_once (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  GtkWidget *twice;

  twice = convene_test_find_named_twice (GTK_WIDGET (window));
  if (twice != NULL)
    g_error ("a %s (“%s”) in %s is named twice", G_OBJECT_TYPE_NAME (twice),
             GTK_IS_BUTTON (twice) ? gtk_button_get_label (GTK_BUTTON (twice)) : "",
             G_OBJECT_TYPE_NAME (gtk_widget_get_parent (twice)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_icon_buttons_named (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  const char *names[][2] = {
    { "Open a Dataset", "Open" }, { "Search", "Search" }, { "Main Menu", "Main Menu" },
    { "Newest First", "Newest First" }, { "Filter Meetings", "Filter" },
  };
  const char *pages[][2] = { { "attendance", "Sort Rows" }, { "participants", "Export and Print" } };
  AdwViewStack *stack;
  guint n_icon_buttons = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = convene_test_find_by_tooltip (GTK_WIDGET (window), names[i][0]);

      g_assert_nonnull (button);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           names[i][1]);
    }
  check_buttons_named (GTK_WIDGET (window), &n_icon_buttons);
  g_assert_cmpuint (n_icon_buttons, >=, G_N_ELEMENTS (names));

  /* the other pages' buttons too: Sort Rows on Attendance, Export and Print on Participants */
  stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i][0]);
      convene_test_wait_frames (GTK_WIDGET (window), 2);
      g_assert_nonnull (convene_test_find_by_tooltip (GTK_WIDGET (window), pages[i][1]));
      check_buttons_named (GTK_WIDGET (window), &n_icon_buttons);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (convene_test_find_by_tooltip (GTK_WIDGET (window), pages[i][1])),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, pages[i][1]);
    }

  gtk_window_destroy (GTK_WINDOW (window));

  /* and on a narrow window, where Back shows */
  window = convene_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  gtk_window_present (GTK_WINDOW (window));
  open_test_file (window, "seed-record.json");
  flush_events ();
  convene_meetings_view_show_meeting (convene_window_get_meetings_view (window), "ahg-som-14");
  flush_events ();
  check_buttons_named (GTK_WIDGET (window), &n_icon_buttons);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (convene_test_find_by_tooltip (GTK_WIDGET (window), "Back to the List")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Back");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bidi control left open in a city, a kind or a title stops at the end of
 * it, in every label of a row and in what a screen reader says. */
static void
test_row_bidi_isolated (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (convene_test_bidi_json);
  const char *ids[] = { "m1", "m2" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ConveneMeeting *meeting = convene_dataset_lookup_meeting (dataset, ids[i]);
      GtkWidget *row = g_object_ref_sink (g_object_new (CONVENE_TYPE_MEETING_ROW,
                                                        "meeting", meeting, NULL));
      g_autofree char *described = convene_meeting_describe (meeting);
      guint n_labels = 0;

      g_assert_false (convene_test_leaks_bidi (described));
      for (GtkWidget *w = gtk_widget_get_first_child (row); w != NULL; )
        {
          if (GTK_IS_LABEL (w))
            {
              g_assert_false (convene_test_leaks_bidi (gtk_label_get_text (GTK_LABEL (w))));
              n_labels++;
            }
          /* depth first */
          if (gtk_widget_get_first_child (w) != NULL)
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w != row && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = w != row ? gtk_widget_get_next_sibling (w) : NULL;
            }
        }
      g_assert_cmpuint (n_labels, >=, 3);
      g_object_unref (row);
    }
}

/* The window reopens the dataset and meeting of last time. */
static void
test_remembers_dataset_and_meeting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "seed-record.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *last = NULL;
  ConveneWindow *window;
  ConveneMeeting *selected;

  g_settings_set_string (settings, "last-dataset", uri);
  g_settings_set_string (settings, "selected-meeting", "ahg-som-10");

  window = convene_window_new (NULL);
  wait_for_load (window);
  g_assert_false (convene_dataset_is_bundled (convene_window_get_dataset (window)));
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
  gtk_window_destroy (GTK_WINDOW (window));

  /* a dataset that is gone: the bundled record, and a notice */
  g_settings_set_string (settings, "last-dataset", "file:///nonexistent/convene.json");
  window = convene_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_load (window);
  flush_events ();
  g_assert_true (convene_dataset_is_bundled (convene_window_get_dataset (window)));
  last = g_settings_get_string (settings, "last-dataset");
  g_assert_cmpstr (last, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));

  /* the bundled record, which the window shows from its construction */
  g_settings_set_string (settings, "selected-meeting", "ahg-som-14");
  window = convene_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_load (window);
  g_assert_true (convene_dataset_is_bundled (convene_window_get_dataset (window)));
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-14");
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "selected-meeting");
}

/* A shown row of the meeting @data */
static gboolean
is_meeting_row (GtkWidget     *widget,
                gconstpointer  data)
{
  return CONVENE_IS_MEETING_ROW (widget) && gtk_widget_get_mapped (widget) &&
         convene_meeting_row_get_meeting (CONVENE_MEETING_ROW (widget)) == data;
}

/* The meeting selected again at start-up is scrolled into view, far down a
 * long list as at its top */
static void
test_restored_meeting_in_view (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = convene_test_generated_file (600);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (600, 250);
  g_autoptr(ConveneMeeting) far = g_list_model_get_item (convene_dataset_get_meetings (dataset), 400);
  ConveneWindow *window;
  ConveneMeeting *selected;
  GtkWidget *list, *row;
  graphene_rect_t bounds;

  g_settings_set_string (settings, "last-dataset", uri);
  g_settings_set_string (settings, "selected-meeting", convene_meeting_get_id (far));

  window = convene_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_load (window);
  wait_frames (GTK_WIDGET (window), 3);

  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, convene_meeting_get_id (far));
  /* the row is made (it is near what is shown) and within the list's scrolled window */
  row = convene_test_find_widget (GTK_WIDGET (convene_window_get_meetings_view (window)),
                                  is_meeting_row, selected);
  g_assert_nonnull (row);
  list = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_compute_bounds (row, list, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (list));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "selected-meeting");
  g_settings_reset (settings, "last-dataset");
  g_unlink (path);
}

typedef struct
{
  ConveneWindow *window;
  gboolean painted;
  gboolean pages_shown;    /* at the first frame */
  gboolean had_dataset;    /* at the first frame */
} FirstFrame;

static void
on_first_after_paint_cb (GdkFrameClock *clock,
                         FirstFrame    *first)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_after_paint_cb, first);
  first->painted = TRUE;
  first->pages_shown = gtk_widget_get_mapped (GTK_WIDGET (convene_window_get_meetings_view (first->window)));
  first->had_dataset = convene_window_get_dataset (first->window) != NULL;
}

static void
on_realize_watch_first_frame_cb (GtkWidget  *widget,
                                 FirstFrame *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (on_first_after_paint_cb), first);
}

static void
count_change_cb (guint *changes)
{
  (*changes)++;
}

/* The first frame shows the window and its header alone; the bundled record
 * is loaded on a thread meanwhile and shown after it, with the meeting of
 * last time selected. Starting changes no setting. */
static void
test_first_frame_header_only (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  FirstFrame first = { NULL, };
  guint changes = 0;
  ConveneMeeting *selected;

  g_settings_set_string (settings, "last-dataset", "");
  g_settings_set_string (settings, "selected-meeting", "ahg-som-14");
  g_signal_connect_swapped (settings, "changed", G_CALLBACK (count_change_cb), &changes);

  first.window = convene_window_new (NULL);
  g_signal_connect (first.window, "realize", G_CALLBACK (on_realize_watch_first_frame_cb), &first);
  gtk_window_present (GTK_WINDOW (first.window));
  wait_for_load (first.window);
  while (!first.painted)
    g_main_context_iteration (NULL, TRUE);
  wait_frames (GTK_WIDGET (first.window), 2);

  g_assert_false (first.pages_shown);
  g_assert_false (first.had_dataset);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (convene_window_get_meetings_view (first.window))));
  g_assert_true (convene_dataset_is_bundled (convene_window_get_dataset (first.window)));
  selected = convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (first.window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-14");
  g_assert_cmpuint (changes, ==, 0);

  g_signal_handlers_disconnect_by_func (settings, count_change_cb, &changes);
  gtk_window_destroy (GTK_WINDOW (first.window));
  g_settings_reset (settings, "selected-meeting");
}

/* The Attendance page: a cell opens its meeting, a name lists the meetings
 * its participant attended; the focus cell is the grid's accessible label. */
static void
test_matrix_activation (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *meetings = convene_window_get_meetings_view (window);
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  ConveneParticipant *canada = convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN");
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  ConveneMatrix *matrix;
  ConveneMeeting *selected;
  g_autofree char *ids = NULL;
  guint row, column;

  adw_view_stack_set_visible_child_name (stack, "attendance");
  flush_events ();
  view = CONVENE_MATRIX_VIEW (convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MATRIX_VIEW));
  g_assert_nonnull (view);
  g_assert_true (view == convene_window_get_matrix_view (window));
  grid = convene_matrix_view_get_grid (view);
  matrix = convene_matrix_view_get_matrix (view);
  g_assert_true (convene_matrix_get_dataset (matrix) == convene_window_get_dataset (window));
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 11);
  g_assert_true (convene_matrix_find_row (matrix, canada, &row));
  g_assert_true (convene_matrix_find_column (matrix, "ahg-som-10", &column));

  convene_matrix_grid_set_focus_cell (grid, row, column);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       FSI "Canada" PDI ": observer, 10th "
                                       FSI "Ad Hoc Group Senior Officials’ Meeting" PDI ", "
                                       FSI "Bangkok" PDI ", " FSI "Thailand" PDI ", 2 February 2016");

  /* a search that hides the meeting is cleared */
  convene_meeting_filter_set_query (convene_meetings_view_get_filter (meetings), "no such words here");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.activate-cell", NULL));
  flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  selected = convene_meetings_view_get_selected_meeting (meetings);
  g_assert_nonnull (selected);
  g_assert_cmpstr (convene_meeting_get_id (selected), ==, "ahg-som-10");
  /* the detail pane's date (a row shows it with the place) */
  g_assert_true (shows_text (GTK_WIDGET (window), "2 February 2016"));

  /* sorting keeps the focus on the same participant and meeting */
  adw_view_stack_set_visible_child_name (stack, "attendance");
  g_object_set (view, "sort", "attendance", NULL);
  g_assert_true (convene_matrix_grid_get_focus_cell (grid, &row, (int *) &column));
  g_assert_true (convene_matrix_get_participant (matrix, row) == canada);

  convene_matrix_grid_set_focus_cell (grid, row, CONVENE_MATRIX_GRID_NAME_COLUMN);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       FSI "Canada" PDI ": attended 3 of 4 meetings with recorded attendance");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.activate-cell", NULL));
  flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  g_assert_true (convene_meeting_filter_get_participant (convene_meetings_view_get_filter (meetings)) == canada);
  ids = listed_ids (window);
  g_assert_cmpstr (ids, ==, "ahg-som-09,ahg-som-10,ahg-som-14");

  /* filters build a new matrix; the focus stays on Canada */
  g_object_set (view, "participants", "states", "kind", "ahg-som", NULL);
  matrix = convene_matrix_view_get_matrix (view);
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 4);
  g_assert_true (convene_matrix_grid_get_focus_cell (grid, &row, NULL));
  g_assert_true (convene_matrix_get_participant (matrix, row) == canada);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Attendance page is made, and its matrix built, when the page is first
 * shown; a dataset set while it is hidden is built when it is shown again. */
/* No label in @widget has text selected */
static gboolean
selects_no_text (GtkWidget *widget)
{
  int start, end;

  if (GTK_IS_LABEL (widget) && gtk_label_get_selection_bounds (GTK_LABEL (widget), &start, &end))
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!selects_no_text (child))
      return FALSE;
  return TRUE;
}

/* Opening a meeting from the matrix, or from a row of a narrow window,
 * gives the detail pane the focus (and selects no text in it) */
static void
test_open_focuses_pane (void)
{
  AdwLeaflet *leaflet;
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *meetings = convene_window_get_meetings_view (window);
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *detail = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MEETING_DETAIL);
  GtkListView *list = GTK_LIST_VIEW (convene_test_find_of_type (GTK_WIDGET (meetings), GTK_TYPE_LIST_VIEW));
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  ConveneMatrix *matrix;
  guint row, column;
  GtkWidget *focus;

  /* from the matrix */
  adw_view_stack_set_visible_child_name (stack, "attendance");
  flush_events ();
  view = convene_window_get_matrix_view (window);
  grid = convene_matrix_view_get_grid (view);
  matrix = convene_matrix_view_get_matrix (view);
  g_assert_true (convene_matrix_find_row (matrix, convene_dataset_lookup_participant (convene_window_get_dataset (window), "CAN"), &row));
  g_assert_true (convene_matrix_find_column (matrix, "ahg-som-10", &column));
  convene_matrix_grid_set_focus_cell (grid, row, column);
  gtk_widget_grab_focus (GTK_WIDGET (grid));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (grid), "grid.activate-cell", NULL));
  flush_events ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, detail));
  g_assert_true (selects_no_text (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));

  /* from a row, in a window too narrow for the list and the pane side by side */
  window = convene_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  gtk_window_present (GTK_WINDOW (window));
  open_test_file (window, "seed-record.json");
  flush_events ();
  meetings = convene_window_get_meetings_view (window);
  detail = convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MEETING_DETAIL);
  list = GTK_LIST_VIEW (convene_test_find_of_type (GTK_WIDGET (meetings), GTK_TYPE_LIST_VIEW));
  leaflet = ADW_LEAFLET (convene_test_find_of_type (GTK_WIDGET (meetings), ADW_TYPE_LEAFLET));
  /* folded once the window has its 360 px (the display's configure may come a few frames later) */
  for (guint i = 0; i < 100 && !adw_leaflet_get_folded (leaflet); i++)
    wait_frames (GTK_WIDGET (window), 1);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_widget_grab_focus (GTK_WIDGET (list));
  g_signal_emit_by_name (list, "activate", 2);
  flush_events ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, detail));
  g_assert_true (selects_no_text (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_matrix_built_when_shown (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  AdwViewStack *stack = ADW_VIEW_STACK (convene_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  ConveneMatrix *matrix;
  g_autofree char *count = NULL;

  /* nothing of the page before it is shown */
  g_assert_null (convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MATRIX_VIEW));

  adw_view_stack_set_visible_child_name (stack, "attendance");
  flush_events ();
  view = CONVENE_MATRIX_VIEW (convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MATRIX_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  grid = convene_matrix_view_get_grid (view);
  matrix = convene_matrix_grid_get_matrix (grid);
  g_assert_nonnull (matrix);
  g_assert_true (convene_matrix_get_dataset (matrix) == convene_window_get_dataset (window));
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 11);
  count = g_strdup_printf ("%u participants × 11 meetings", convene_matrix_get_n_rows (matrix));
  g_assert_true (shows_text (GTK_WIDGET (window), count));

  /* another dataset while the Meetings page is shown: the old matrix goes,
   * and no new one is built */
  adw_view_stack_set_visible_child_name (stack, "meetings");
  flush_events ();
  open_test_file (window, "matrix-small.json");
  flush_events ();
  g_assert_cmpuint (convene_dataset_get_n_meetings (convene_window_get_dataset (window)), ==, 4);
  g_assert_null (convene_matrix_grid_get_matrix (grid));

  adw_view_stack_set_visible_child_name (stack, "attendance");
  flush_events ();
  matrix = convene_matrix_grid_get_matrix (grid);
  g_assert_nonnull (matrix);
  g_assert_true (convene_matrix_get_dataset (matrix) == convene_window_get_dataset (window));
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 4);
  g_assert_true (convene_matrix_view_get_matrix (view) == matrix);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A matrix view that is not shown builds its matrix when it is asked for,
 * as printing does, with the choices made in the meantime. */
static void
test_matrix_built_on_demand (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "matrix-small.json", NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(ConveneDataset) dataset = convene_dataset_new_from_file (file, NULL, NULL, &error);
  g_autoptr(ConveneDataset) other = convene_dataset_new_from_file (file, NULL, NULL, &error);
  ConveneMatrixView *view;
  ConveneMatrixGrid *grid;
  ConveneMatrix *matrix;
  g_autofree char *kind = NULL;

  g_assert_no_error (error);
  /* the window's class registers the templates' resources */
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));
  view = g_object_ref_sink (g_object_new (CONVENE_TYPE_MATRIX_VIEW, NULL));
  grid = convene_matrix_view_get_grid (view);
  convene_matrix_view_set_dataset (view, dataset);
  g_object_set (view, "participants", "states", "kind", "ahg-som", NULL);
  g_assert_null (convene_matrix_grid_get_matrix (grid));

  matrix = convene_matrix_view_get_matrix (view);
  g_assert_nonnull (matrix);
  g_assert_true (convene_matrix_grid_get_matrix (grid) == matrix);
  g_assert_true (convene_matrix_get_dataset (matrix) == dataset);
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 3);
  g_assert_cmpuint (convene_matrix_get_n_rows (matrix), ==, 3);
  g_assert_true (convene_matrix_view_get_matrix (view) == matrix);

  /* a new dataset drops the matrix of the old one; the choices stay */
  convene_matrix_view_set_dataset (view, other);
  g_assert_null (convene_matrix_grid_get_matrix (grid));
  matrix = convene_matrix_view_get_matrix (view);
  g_assert_true (convene_matrix_get_dataset (matrix) == other);
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 3);
  g_object_get (view, "kind", &kind, NULL);
  g_assert_cmpstr (kind, ==, "ahg-som");

  g_object_unref (view);
}

/* Closes the print dialog, once it is there. */
static gboolean
cancel_print_dialog_cb (gpointer user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean *cancelled = user_data;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      /* a GtkPrintUnixDialog, whose header is not in gtk4.pc */
      if (GTK_IS_DIALOG (toplevel) && gtk_widget_get_mapped (toplevel))
        {
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_CANCEL);
          G_GNUC_END_IGNORE_DEPRECATIONS
          *cancelled = TRUE;
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

/* Printing the matrix from the Meetings page makes the Attendance page and
 * builds its matrix, without showing it. */
static void
test_matrix_built_for_print (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMatrixView *view;
  ConveneMatrix *matrix;
  gboolean cancelled = FALSE;

  g_assert_null (convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MATRIX_VIEW));

  /* the pages are laid out before the dialog opens (it opens asynchronously) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-matrix", NULL));
  view = CONVENE_MATRIX_VIEW (convene_test_find_of_type (GTK_WIDGET (window), CONVENE_TYPE_MATRIX_VIEW));
  g_assert_nonnull (view);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  matrix = convene_matrix_grid_get_matrix (convene_matrix_view_get_grid (view));
  g_assert_nonnull (matrix);
  g_assert_true (convene_matrix_get_dataset (matrix) == convene_window_get_dataset (window));
  g_assert_cmpuint (convene_matrix_get_n_columns (matrix), ==, 11);

  g_timeout_add (20, cancel_print_dialog_cb, &cancelled);
  while (!cancelled)
    g_main_context_iteration (NULL, TRUE);
  flush_events ();

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The whole matrix of the window's dataset, as Export Attendance writes it */
static char *
dup_dataset_csv (ConveneDataset *dataset,
                 GFile          *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (convene_matrix_save_dataset_csv (dataset, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* Export Attendance builds and writes the matrix on a thread while the
 * dataset is edited (every turn of the main loop, a meeting or a
 * participant deleted, the participant's attendance changed in place): the
 * thread reads a copy, so the file is the whole matrix of one state of the
 * dataset, never a mix (nor a crash), and undoing finds that state. */
static void
test_export_csv_while_editing (void)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_generated (4000, 120);
  ConveneWindow *window = window_with (NULL);
  ConveneDocument *document;
  GListModel *meetings = convene_dataset_get_meetings (dataset);
  GListModel *participants = convene_dataset_get_participants (dataset);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "attendance.csv", NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.csv", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) expected_file = g_file_new_for_path (expected_path);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  guint edits = 0;
  gboolean found = FALSE;

  g_assert_no_error (error);
  convene_window_set_dataset (window, dataset);
  flush_events ();
  document = convene_meeting_detail_get_document (convene_meetings_view_get_detail (convene_window_get_meetings_view (window)));
  g_assert_true (convene_document_get_dataset (document) == dataset);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  name = convene_test_answer_save_dialog (folder);
  g_assert_cmpstr (name, ==, "attendance.csv");
  while (!shows_text (GTK_WIDGET (window), "Attendance exported to “attendance.csv”"))
    {
      if (edits < 100)
        {
          gpointer first = g_list_model_get_item (edits % 2 ? participants : meetings, 0);

          if (edits % 2)
            convene_document_remove_participant (document, first);
          else
            convene_document_remove_meeting (document, first);
          g_object_unref (first);
          edits++;
        }
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpuint (edits, >, 0);
  g_test_message ("%u edits while exporting", edits);

  /* the state written is one of those the edits went through */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint undone = 0; !found; undone++)
    {
      g_autofree char *expected = dup_dataset_csv (dataset, expected_file);

      found = g_str_equal (contents, expected);
      if (!found)
        g_assert_true (convene_document_undo (document));
      g_assert_cmpuint (undone, <=, edits);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (expected_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The menu's export writes the whole matrix, as --matrix-csv does. */
static void
test_export_csv (void)
{
  ConveneWindow *window = window_with ("matrix-small.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "attendance.csv", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  name = convene_test_answer_save_dialog (folder);
  g_assert_cmpstr (name, ==, "attendance.csv");

  while (!shows_text (GTK_WIDGET (window), "Attendance exported to “attendance.csv”"))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==,
                   "participant,name,som-1,som-2,ws-2021,som-3\r\n"
                   "NZL,New Zealand,co-chair,not-recorded,absent,participant\r\n"
                   "KOR,\"Korea, Republic of\",participant,not-recorded,absent,co-chair\r\n"
                   "QUO,\"The \"\"Quoted\"\" Forum\",observer,not-recorded,absent,absent\r\n"
                   "TUR,Türkiye,absent,not-recorded,absent,participant\r\n"
                   "RSO,Regional Support Office,absent,not-recorded,absent,participant\r\n");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Escape (win.end-search) ends a search wherever the focus is. */
static void
test_escape_ends_search (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneMeetingsView *view = convene_window_get_meetings_view (window);
  gboolean search_mode;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_object_get (view, "search-mode", &search_mode, NULL);
  g_assert_true (search_mode);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.end-search", NULL));
  g_object_get (view, "search-mode", &search_mode, NULL);
  g_assert_false (search_mode);
  gtk_window_destroy (GTK_WINDOW (window));
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Text that differs between two prints of the same pages: none but the
 * date the footer gives, which is the same day in one run. */
static void
test_print_matches_command_line (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *dialog_pdf = g_build_filename (dir, "dialog.pdf", NULL);
  g_autofree char *cli_pdf = g_build_filename (dir, "cli.pdf", NULL);
  g_autofree char *dataset_path = NULL;
  const char *argv[] = { g_getenv ("CONVENE_BINARY"), "--summary-pdf", cli_pdf,
                         "--meeting", "ahg-som-14", NULL, NULL };
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dialog_text = NULL;
  g_autofree char *cli_text = NULL;
  GtkPageSetup *setup;
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  int status;

  g_assert_true (convene_meetings_view_select_meeting (convene_window_get_meetings_view (window), "ahg-som-14"));
  layout = CONVENE_PRINT_LAYOUT (convene_summary_layout_new_for_meeting (
    convene_window_get_dataset (window),
    convene_meetings_view_get_selected_meeting (convene_window_get_meetings_view (window))));
  operation = convene_print_operation_new (layout);
  /* the command line prints on A4 */
  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), dialog_pdf);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  /* the same dataset as the window's: the one it reopened, or the bundled record */
  if (!convene_dataset_is_bundled (convene_window_get_dataset (window)))
    argv[5] = dataset_path = g_file_get_path (convene_dataset_get_file (convene_window_get_dataset (window)));
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  dialog_text = pdf_text (dialog_pdf);
  cli_text = pdf_text (cli_pdf);
  g_assert_nonnull (strstr (dialog_text, "Fourteenth Meeting of the Ad Hoc Group Senior Officials"));
  g_assert_cmpstr (dialog_text, ==, cli_text);

  g_unlink (dialog_pdf);
  g_unlink (cli_pdf);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Four meetings whose purposes are 200 KB of prose in all: about 40 pages
 * (a summary prints at most 50,000 characters of one purpose) */
static ConveneDataset *
long_purpose_dataset (void)
{
  g_autoptr(GString) json = g_string_new (NULL);

  g_string_append (json, "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"T\",\n"
                         "  \"participants\": [ { \"id\": \"X\", \"name\": \"P\", \"kind\": \"country\" } ],\n"
                         "  \"meetings\": [ ");
  for (guint m = 0; m < 4; m++)
    {
      g_string_append_printf (json, "%s{ \"id\": \"m%u\", \"kind\": \"workshop\", \"title\": \"M\",\n"
                                    "    \"start\": \"2020\", \"purpose\": \"",
                              m > 0 ? ",\n    " : "", m);
      for (guint i = 0; i < 1500; i++)
        g_string_append (json, "people smuggling and trafficking ");
      g_string_append (json, "\",\n    \"attendance\": [ { \"participant\": \"X\", \"role\": \"participant\" } ] }");
    }
  g_string_append (json, " ] }");
  return convene_test_load_json (json->str);
}

typedef struct
{
  GtkPrintOperation *operation;
  guint preparing_ticks;
  guint steps;
  gint64 last;
  gint64 longest;
} StallWatch;

/* Counts the steps; an emission hook, which has no say in what the
 * operation's own handler answers */
static gboolean
on_paginate_hook (GSignalInvocationHint *hint,
                  guint                  n_params,
                  const GValue          *params,
                  gpointer               data)
{
  StallWatch *watch = data;

  if (g_value_get_object (&params[0]) == (GObject *) watch->operation)
    watch->steps++;
  return TRUE;
}

static gboolean
on_stall_tick_cb (gpointer data)
{
  StallWatch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (gtk_print_operation_get_status (watch->operation) == GTK_PRINT_STATUS_PREPARING)
    watch->preparing_ticks++;
  if (watch->last > 0)
    watch->longest = MAX (watch->longest, now - watch->last);
  watch->last = now;
  return G_SOURCE_CONTINUE;
}

/* Printing a long document lays it out in steps between which the main
 * loop runs (it was one call in begin-print, the window stopped for all of
 * it): a timer goes on firing while the pages are prepared. */
static void
test_print_in_steps (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  StallWatch watch = { 0, };
  guint tick;
  gulong hook;

  dataset = long_purpose_dataset ();
  layout = CONVENE_PRINT_LAYOUT (convene_summary_layout_new (dataset, NULL));

  operation = convene_print_operation_new (layout);
  convene_print_operation_set_parent (operation, GTK_WINDOW (window));
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  watch.operation = GTK_PRINT_OPERATION (operation);
  hook = g_signal_add_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), 0,
                                     on_paginate_hook, &watch, NULL);
  tick = g_timeout_add_full (G_PRIORITY_HIGH, 2, on_stall_tick_cb, &watch, NULL);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_source_remove (tick);
  g_signal_remove_emission_hook (g_signal_lookup ("paginate", GTK_TYPE_PRINT_OPERATION), hook);
  g_assert_no_error (error);
  g_test_message ("%u steps, %u ticks while preparing; longest gap %.1f ms", watch.steps,
                  watch.preparing_ticks, watch.longest / 1000.0);
  g_assert_cmpuint (convene_print_layout_get_n_pages (layout), >, 20);
  /* laid out in steps (a step takes about 8 ms; the layout about 0.3 s
   * here), the main loop running between them: the timer, due after each
   * step, fired. Counted against the steps, not the clock, so that neither
   * a fast machine nor a loaded one fails it. */
  g_assert_cmpuint (watch.steps, >=, 3);
  g_assert_cmpuint (watch.preparing_ticks, >=, watch.steps / 2);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_unlink (pdf);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  ConvenePrintOperation *operation;
  GtkWindow *window;
  gboolean seen;
  GtkPrintOperationResult done;
} CancelWatch;

/* While the pages are prepared: the progress dialog is modal over the
 * window, says how far it has got; its Cancel stops it. */
static gboolean
on_cancel_tick_cb (gpointer data)
{
  CancelWatch *watch = data;
  GtkWindow *progress = convene_print_operation_get_progress (watch->operation);

  if (progress == NULL || watch->seen)
    return G_SOURCE_CONTINUE;
  watch->seen = TRUE;
  g_assert_true (gtk_window_get_modal (progress));
  g_assert_true (gtk_window_get_transient_for (progress) == watch->window);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (progress)), ==,
                   "Preparing to Print");
  /* the text is measured before pages are made: then no page count yet */
  g_assert_true (g_str_equal (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (progress)),
                              "Laying out the pages…") ||
                 g_str_has_suffix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (progress)),
                                   "laid out so far"));
  g_assert_true (GTK_IS_PROGRESS_BAR (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (progress))));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (progress), "cancel");
  return G_SOURCE_CONTINUE;
}

static void
on_cancel_done_cb (GtkPrintOperation       *operation,
                   GtkPrintOperationResult  result,
                   gpointer                 user_data)
{
  ((CancelWatch *) user_data)->done = result;
}

/* A long pagination shows its progress over the window, and Cancel in
 * that dialog stops it: the operation ends as cancelled, its pages not
 * all laid out. */
static void
test_print_cancel (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  g_autoptr(ConveneDataset) dataset = NULL;
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("convene-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "cancelled.pdf", NULL);
  CancelWatch watch = { 0, };
  ConvenePageGeometry a4;
  guint tick, n_pages;

  dataset = long_purpose_dataset ();
  layout = CONVENE_PRINT_LAYOUT (convene_summary_layout_new (dataset, NULL));
  convene_page_geometry_init (&a4, CONVENE_PAPER_A4, CONVENE_PAGE_PORTRAIT);
  n_pages = convene_print_layout_paginate (layout, &a4);

  operation = convene_print_operation_new (layout);
  convene_print_operation_set_parent (operation, GTK_WINDOW (window));
  convene_print_operation_set_progress_delay (operation, 0);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  watch.operation = operation;
  watch.window = GTK_WINDOW (window);
  watch.done = (GtkPrintOperationResult) -1;
  g_signal_connect (operation, "done", G_CALLBACK (on_cancel_done_cb), &watch);
  tick = g_timeout_add_full (G_PRIORITY_HIGH, 1, on_cancel_tick_cb, &watch, NULL);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                           NULL, &error);
  while (watch.done == (GtkPrintOperationResult) -1)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_no_error (error);

  g_assert_true (watch.seen);
  g_assert_cmpint (watch.done, ==, GTK_PRINT_OPERATION_RESULT_CANCEL);
  g_assert_null (convene_print_operation_get_progress (operation));
  g_assert_cmpuint (convene_print_layout_get_n_pages (layout), <, n_pages);

  g_unlink (pdf);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_preview (GtkWidget     *widget,
            gconstpointer  data)
{
  return CONVENE_IS_PRINT_PREVIEW (widget);
}

static ConvenePrintPreview *
find_preview (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (is_preview (window, NULL))
        return CONVENE_PRINT_PREVIEW (window);
    }
  return NULL;
}

static void
on_preview_done_cb (GtkPrintOperation       *operation,
                    GtkPrintOperationResult  result,
                    gpointer                 user_data)
{
  *(GtkPrintOperationResult *) user_data = result;
}

/* Preview (as the print dialog's button asks) opens Convene's own preview
 * of the layout's pages, with page navigation and zoom; the operation ends
 * when it is closed. */
static void
test_print_preview (void)
{
  ConveneWindow *window = window_with ("seed-record.json");
  ConveneDataset *dataset = convene_window_get_dataset (window);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(ConvenePrintLayout) layout = NULL;
  g_autoptr(ConvenePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult done = (GtkPrintOperationResult) -1;
  ConvenePrintPreview *preview = NULL;
  GtkWidget *area;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  const ConvenePageGeometry *geometry;
  guint n_pages;
  double fitted;

  g_ptr_array_add (meetings, convene_dataset_lookup_meeting (dataset, "ahg-som-14"));
  g_ptr_array_add (meetings, convene_dataset_lookup_meeting (dataset, "ahg-som-10"));
  layout = CONVENE_PRINT_LAYOUT (convene_summary_layout_new (dataset, meetings));
  operation = convene_print_operation_new (layout);
  g_signal_connect (operation, "done", G_CALLBACK (on_preview_done_cb), &done);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PREVIEW,
                           GTK_WINDOW (window), &error);
  g_assert_no_error (error);
  /* no other program: the preview is a window of Convene's, at once */
  while (done == (GtkPrintOperationResult) -1 && (preview = find_preview ()) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (preview), 3);

  n_pages = convene_print_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (convene_print_preview_get_page (preview), ==, 0);
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_true (shows_text (GTK_WIDGET (preview), first));
  area = convene_test_find_of_type (GTK_WIDGET (preview), GTK_TYPE_DRAWING_AREA);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, first);

  /* the page fits the window: all of it shows, as large as it can */
  geometry = convene_print_layout_get_geometry (layout);
  g_assert_true (convene_print_preview_get_fit (preview));
  fitted = convene_print_preview_get_scale (preview);
  g_assert_cmpfloat (geometry->width * fitted, <=, gtk_widget_get_width (area));
  g_assert_cmpfloat (geometry->height * fitted, <=, gtk_widget_get_height (area));
  g_assert_true (geometry->height * fitted >= gtk_widget_get_height (area) - 60 ||
                 geometry->width * fitted >= gtk_widget_get_width (area) - 60);

  /* pages: forward to the last, no further, and back */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpuint (convene_print_preview_get_page (preview), ==, 0);
  for (guint i = 1; i < n_pages + 2; i++)
    gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpuint (convene_print_preview_get_page (preview), ==, n_pages - 1);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, last);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpuint (convene_print_preview_get_page (preview), ==, n_pages - 2);

  /* zoom in, then back to the whole page */
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
  g_assert_false (convene_print_preview_get_fit (preview));
  g_assert_cmpfloat (convene_print_preview_get_scale (preview), >, fitted);
  wait_frames (GTK_WIDGET (preview), 2);
  g_assert_cmpint (gtk_widget_get_height (area), >, geometry->height * fitted);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-fit", NULL);
  g_assert_true (convene_print_preview_get_fit (preview));

  /* closing it ends the operation */
  g_assert_cmpint ((int) done, ==, -1);
  gtk_window_destroy (GTK_WINDOW (preview));
  while (done == (GtkPrintOperationResult) -1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dataset of 20,000 meetings takes a while: the header shows how far it
 * has got, and its button stops it, leaving the dataset shown in place. */
static void
test_stop_loading (void)
{
  ConveneWindow *window = window_with ("cli-two-meetings.json");
  g_autofree char *path = convene_test_generated_file (20000);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *loading_text = g_strdup_printf ("Loading “%s”…", name);
  g_autoptr(GHashTable) parse_steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *stop;
  GtkLabel *progress;
  GtkLabel *which;
  gboolean loading;

  stop = convene_test_find_by_action (GTK_WIDGET (window), "win.stop-loading");
  g_assert_nonnull (stop);
  which = GTK_LABEL (convene_test_find_of_type (stop, GTK_TYPE_LABEL));
  progress = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (which)));
  g_assert_true (GTK_IS_LABEL (progress));
  g_assert_false (gtk_widget_get_visible (stop));

  convene_window_open_file (window, file);
  g_assert_true (gtk_widget_get_visible (stop));
  /* the header says which file ("convene-large-XXXXXX.json", shortened in the middle) */
  g_assert_true (g_str_has_prefix (gtk_label_get_text (which), "Loading “convene-"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (which), ".json”…"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (which)), ==, loading_text);

  /* and how far it has got, moving while json-glib parses (between 5 % and
   * 60 %), where it cannot say */
  while (g_hash_table_size (parse_steps) < 3)
    {
      const char *text;
      int percent;

      /* the label's text is read after the iteration that may replace it */
      g_main_context_iteration (NULL, TRUE);
      text = gtk_label_get_label (progress);
      percent = atoi (text);
      g_object_get (window, "loading", &loading, NULL);
      g_assert_true (loading);
      if (*text != '\0')
        g_assert_true (g_str_has_suffix (text, "%"));
      if (percent > 5 && percent < 60)
        g_hash_table_add (parse_steps, g_strdup (text));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.stop-loading", NULL);
  g_object_get (window, "loading", &loading, NULL);
  g_assert_false (loading);
  g_assert_false (gtk_widget_get_visible (stop));
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");

  /* the worker stops at its next check; nothing it made shows up */
  for (guint i = 0; i < 150; i++)
    {
      g_usleep (10000);
      flush_events ();
    }
  g_assert_cmpstr (convene_dataset_get_title (convene_window_get_dataset (window)), ==, "Two meetings");
  g_assert_false (shows_text (GTK_WIDGET (window), "cancel"));

  g_unlink (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/shows-bundled", test_shows_bundled);
  g_test_add_func ("/window/stop-loading", test_stop_loading);
  g_test_add_func ("/window/select-fills-detail", test_select_fills_detail);
  g_test_add_func ("/window/detail-without-dataset", test_detail_without_dataset);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/participant-filter", test_participant_filter);
  g_test_add_func ("/window/year-range-and-reset", test_year_range_and_reset);
  g_test_add_func ("/window/filter-chips", test_filter_chips);
  g_test_add_func ("/window/newest-first", test_newest_first);
  g_test_add_func ("/window/newest-first-scrolls", test_newest_first_scrolls);
  g_test_add_func ("/window/selection-kept", test_selection_kept);
  g_test_add_func ("/window/bad-file-keeps-data", test_bad_file_keeps_data);
  g_test_add_func ("/window/open-error-stays", test_open_error_stays);
  g_test_add_func ("/window/title-names-file", test_title_names_file);
  g_test_add_func ("/window/long-title-capped", test_long_title_capped);
  g_test_add_func ("/window/text-is-literal", test_text_is_literal);
  g_test_add_func ("/window/row-accessible-label", test_row_accessible_label);
  g_test_add_func ("/window/row-bidi-isolated", test_row_bidi_isolated);
  g_test_add_func ("/window/icon-buttons-named", test_icon_buttons_named);
  g_test_add_func ("/window/named-once", test_named_once);
  g_test_add_func ("/window/remembers-dataset-and-meeting", test_remembers_dataset_and_meeting);
  g_test_add_func ("/window/restored-meeting-in-view", test_restored_meeting_in_view);
  g_test_add_func ("/window/first-frame-header-only", test_first_frame_header_only);
  g_test_add_func ("/window/matrix-activation", test_matrix_activation);
  g_test_add_func ("/window/open-focuses-pane", test_open_focuses_pane);
  g_test_add_func ("/window/matrix-built-when-shown", test_matrix_built_when_shown);
  g_test_add_func ("/window/matrix-built-on-demand", test_matrix_built_on_demand);
  g_test_add_func ("/window/matrix-built-for-print", test_matrix_built_for_print);
  g_test_add_func ("/window/export-csv", test_export_csv);
  g_test_add_func ("/window/export-csv-while-editing", test_export_csv_while_editing);
  g_test_add_func ("/window/print-matches-command-line", test_print_matches_command_line);
  g_test_add_func ("/window/print-preview", test_print_preview);
  g_test_add_func ("/window/print-in-steps", test_print_in_steps);
  g_test_add_func ("/window/print-cancel", test_print_cancel);
  g_test_add_func ("/window/escape-ends-search", test_escape_ends_search);

  return g_test_run ();
}
