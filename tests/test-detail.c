/* test-detail.c: the detail pane, under a virtual display
 *
 * What a screen reader is told (headings, bullets), where the keyboard
 * goes, how note cards and links are laid out, and that the pane shows
 * every character of text too long for one row and nothing of a meeting
 * shown before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <adwaita.h>

#include "convene-changes-view.h"
#include "convene-detail-block.h"
#include "convene-detail-text.h"
#include "convene-document.h"
#include "convene-meeting-detail.h"
#include "convene-statistics-view.h"
#include "convene-statistics.h"
#include "convene-test-gui.h"
#include "convene-test-data.h"
#include "convene-test-widgets.h"
#include "convene-window.h"

static const char *dataset_json =
  "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Detail\",\n"
  "  \"participants\": [ { \"id\": \"AAA\", \"name\": \"Aland\", \"kind\": \"country\" } ],\n"
  "  \"meetings\": [\n"
  "    { \"id\": \"m1\", \"kind\": \"ahg-som\", \"number\": 3, \"title\": \"Third meeting\",\n"
  "      \"start\": \"2019-07-23\", \"location\": { \"city\": \"Da Nang\", \"venue\": \"Hall\" },\n"
  "      \"attendance\": [ { \"participant\": \"AAA\", \"role\": \"participant\" } ],\n"
  "      \"purpose\": \"First paragraph.\\n\\nSecond paragraph.\",\n"
  "      \"outcomes\": [ { \"text\": \"Members agreed:\", \"items\": [ \"to meet\", \"to write\" ] },\n"
  "                      { \"text\": \"A second outcome.\" } ],\n"
  "      \"notes\": [ { \"kind\": \"contradiction\", \"text\": \"Two dates.\" },\n"
  "                   { \"kind\": \"gap\", \"text\": \"No list.\" }, \"A remark.\" ],\n"
  "      \"sources\": [ { \"title\": \"Statement\", \"url\": \"https://example.org/s\" },\n"
  "                   { \"title\": \"Co-Chairs’ Statement of the Fourteenth Meeting of the Ad Hoc Group Senior "
  "Officials of the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational "
  "Crime, baliprocess.net\", \"url\": \"https://example.org/long\" } ] },\n"
  "    { \"id\": \"m2\", \"kind\": \"workshop\", \"title\": \"Small\", \"start\": \"2020\" } ] }";

typedef struct {
  GtkWidget *window;
  ConveneMeetingDetail *detail;
  ConveneDataset *dataset;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* the window's class registers the templates' resources */
  g_type_class_unref (g_type_class_ref (CONVENE_TYPE_WINDOW));

  f->dataset = convene_test_load_json (data != NULL ? data : dataset_json);
  f->window = gtk_window_new ();
  f->detail = CONVENE_MEETING_DETAIL (convene_meeting_detail_new ());
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 1000);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->detail));
  convene_meeting_detail_set_dataset (f->detail, f->dataset);
  convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (f->dataset, "m1"));
  gtk_window_present (GTK_WINDOW (f->window));
  convene_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->dataset);
}

/* The text a label or a paragraph of the pane shows; NULL for others */
static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (CONVENE_IS_DETAIL_TEXT (widget))
    return convene_detail_text_get_text (CONVENE_DETAIL_TEXT (widget));
  return NULL;
}

static PangoLayout *
layout_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_layout (GTK_LABEL (widget));
  return convene_detail_text_get_layout (CONVENE_DETAIL_TEXT (widget));
}

/* The widget that shows exactly @text, visible */
static GtkWidget *
find_text (GtkWidget  *widget,
           const char *text)
{
  if (gtk_widget_get_mapped (widget) && g_strcmp0 (text_of (widget), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}


/* Scrolls the pane to the block that shows @text, if there is one */
static void
scroll_to_text (Fixture    *f,
                const char *text)
{
  GtkWidget *list = convene_test_find_of_type (GTK_WIDGET (f->detail), GTK_TYPE_LIST_VIEW);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (model, i);

      if (g_strcmp0 (convene_detail_block_get_text (block), text) == 0 ||
          g_strcmp0 (convene_detail_block_get_extra (block), text) == 0)
        {
          g_assert_true (gtk_widget_activate_action (list, "list.scroll-to-item", "u", i));
          convene_test_wait_frames (list, 3);
          return;
        }
    }
}

static GtkWidget *
get_text (Fixture    *f,
          const char *text)
{
  GtkWidget *widget = find_text (GTK_WIDGET (f->detail), text);

  if (widget == NULL)
    {
      scroll_to_text (f, text);
      widget = find_text (GTK_WIDGET (f->detail), text);
    }

  if (widget == NULL)
    g_error ("the pane does not show “%s”", text);
  return widget;
}

/* Section titles are headings of level 2, the title one of level 1 */
static void
test_headings (Fixture       *f,
               gconstpointer  data)
{
  const char *sections[] = { "Attendance", "Purpose", "Outcomes", "Notes", "Sources" };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *heading = get_text (f, sections[i]);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_ROLE_HEADING);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
    }
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (get_text (f, "Third meeting")),
                                   GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (get_text (f, "Third meeting")),
                                       GTK_ACCESSIBLE_PROPERTY_LEVEL, 1);
  /* a paragraph is not */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (get_text (f, "First paragraph.")),
                                   GTK_ACCESSIBLE_ROLE_LABEL);
}

/* The bullet and the dashes before outcomes are seen, not read out */
static void
test_bullets_not_read (Fixture       *f,
                       gconstpointer  data)
{
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (get_text (f, "•")), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (get_text (f, "–")), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
}

/* Tab stops once in the pane, not on every paragraph */
static void
test_tab_stops (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  GtkWidget *focus;

  gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD);
  for (guint i = 0; i < 50; i++)
    {
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (f->detail)));
      if (g_ptr_array_find (stops, focus, NULL))
        break;
      g_ptr_array_add (stops, focus);
      if (!gtk_widget_child_focus (f->window, GTK_DIR_TAB_FORWARD))
        break;
    }
  g_assert_cmpuint (stops->len, <=, 2);
}

/* A note card's icon and text keep off its border */
static void
test_note_padding (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *text = get_text (f, "Two dates.");
  GtkWidget *heading = get_text (f, "Sources disagree");
  GtkWidget *card = text;
  GtkWidget *icon = NULL;
  graphene_rect_t bounds;

  while (card != NULL && !gtk_widget_has_css_class (card, "card"))
    card = gtk_widget_get_parent (card);
  g_assert_nonnull (card);
  for (GtkWidget *w = gtk_widget_get_first_child (card); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_IMAGE (w))
      icon = w;
  g_assert_nonnull (icon);

  g_assert_true (gtk_widget_compute_bounds (icon, card, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 8);
  g_assert_cmpfloat (bounds.origin.y, >=, 8);
  g_assert_true (gtk_widget_compute_bounds (heading, card, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 8);
  g_assert_true (gtk_widget_compute_bounds (text, card, &bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (card) - 8);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (card) - 8);
}

/* A source's link is as wide as its title where there is room, and as
 * wide as the pane where there is not */
static void
test_source_link_width (Fixture       *f,
                        gconstpointer  data)
{
  const char *titles[] = {
    "Statement",
    "Co-Chairs’ Statement of the Fourteenth Meeting of the Ad Hoc Group Senior Officials of the "
    "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime, "
    "baliprocess.net",
  };
  GtkWidget *attendance = get_text (f, "Attendance");

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *title = get_text (f, titles[i]);
      graphene_rect_t bounds;
      int natural;

      gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      /* the section's heading spans the pane's text column */
      g_assert_true (gtk_widget_compute_bounds (attendance, GTK_WIDGET (f->detail), &bounds));
      g_assert_cmpint (gtk_widget_get_width (title), >=, MIN (natural, bounds.size.width - 24));
      if (i == 0)
        g_assert_cmpint (pango_layout_get_line_count (layout_of (title)), ==, 1);
    }
}

/* A paragraph longer than a row holds is shown in pieces: every character,
 * in order, each piece a paragraph read on its own */
static void
test_long_text_in_pieces (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  GtkWidget *list;
  GListModel *model;
  guint pieces = 0;

  for (guint i = 0; i < 65536; i++)
    g_string_append_c (word, 'a' + i % 26);
  g_string_append_printf (json,
                          "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Long\","
                          "  \"participants\": [], \"meetings\": [ { \"id\": \"long\", \"kind\": \"ahg-som\","
                          "  \"title\": \"Long\", \"start\": \"2020\", \"purpose\": \"%s\" } ] }", word->str);
  dataset = convene_test_load_json (json->str);
  convene_meeting_detail_set_dataset (f->detail, dataset);
  convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (dataset, "long"));

  /* rows are made for the blocks on screen: read the blocks themselves */
  list = convene_test_find_of_type (GTK_WIDGET (f->detail), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  convene_test_wait_blocks_shown (list);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (model, i);

      if (convene_detail_block_get_style (block) == CONVENE_DETAIL_PARAGRAPH)
        {
          g_assert_true (convene_detail_block_get_continued (block) == (pieces > 0));
          g_string_append (shown, convene_detail_block_get_text (block));
          pieces++;
        }
    }
  g_assert_cmpuint (pieces, >, 10);
  g_assert_cmpuint (shown->len, ==, word->len);
  g_assert_true (g_str_equal (shown->str, word->str));
}

typedef struct {
  GListModel *model;
  gsize shown;       /* bytes of text the blocks showed at the last frame */
  gsize most_added;  /* the most bytes added from one frame to the next */
  guint frames;
} FrameWatch;

static gsize
bytes_shown (GListModel *model)
{
  gsize bytes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (model, i);

      bytes += strlen (convene_detail_block_get_text (block));
    }
  return bytes;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameWatch    *watch)
{
  gsize shown = bytes_shown (watch->model);

  /* the first frame shows the first screenful */
  if (watch->frames++ > 0 && shown > watch->shown)
    watch->most_added = MAX (watch->most_added, shown - watch->shown);
  watch->shown = shown;
}

/* The rest of a long paragraph is added a batch a frame, each batch at
 * most about 3,000 bytes (and the block that crosses it, 1,500 characters):
 * a frame lays out no more than that, so the window answers a click within
 * a frame however long the text (added when idle, batch after batch went
 * in between two frames, and a frame laid out them all: 0.13–0.3 s for a
 * word of 262,144 characters) */
static void
test_long_text_a_batch_a_frame (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  GtkWidget *list = convene_test_find_of_type (GTK_WIDGET (f->detail), GTK_TYPE_LIST_VIEW);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (list);
  FrameWatch watch = { NULL, 0, 0, 0 };
  gulong handler;

  watch.model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_string_append (json, "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"Long\","
                         "  \"participants\": [], \"meetings\": [ { \"id\": \"long\", \"kind\": \"ahg-som\","
                         "  \"title\": \"Long\", \"start\": \"2020\", \"purpose\": \"");
  for (guint i = 0; i < 65536; i++)
    g_string_append_c (json, 'a' + i % 26);
  g_string_append (json, "\" }, { \"id\": \"short\", \"kind\": \"ahg-som\", \"title\": \"Short\","
                         "  \"start\": \"2021\" } ] }");
  dataset = convene_test_load_json (json->str);
  convene_meeting_detail_set_dataset (f->detail, dataset);
  convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (dataset, "short"));
  convene_test_wait_blocks_shown (list);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &watch);
  convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (dataset, "long"));
  convene_test_wait_blocks_shown (list);
  g_signal_handler_disconnect (clock, handler);

  g_assert_cmpuint (bytes_shown (watch.model), >, 65536);
  g_assert_cmpuint (watch.frames, >=, 65536 / 4500);
  g_assert_cmpuint (watch.most_added, >, 0);
  g_assert_cmpuint (watch.most_added, <=, 4500);
}

/* A title (the dataset's in the overview, a meeting's) is one heading, cut short with "…"
 * beyond a piece's length: not hundreds of headings in large type */
static void
test_long_title_cut_short (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(ConveneDataset) dataset = NULL;
  GtkWidget *list;
  GListModel *model;

  for (guint i = 0; i < 65536; i++)
    g_string_append_c (word, 'a' + i % 26);
  g_string_append_printf (json,
                          "{ \"format\": \"convene-dataset\", \"version\": 1, \"title\": \"%s\","
                          "  \"participants\": [], \"meetings\": [ { \"id\": \"long\", \"kind\": \"ahg-som\","
                          "  \"title\": \"%s\", \"start\": \"2020\" } ] }", word->str, word->str);
  dataset = convene_test_load_json (json->str);
  list = convene_test_find_of_type (GTK_WIDGET (f->detail), GTK_TYPE_LIST_VIEW);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  for (guint which = 0; which < 2; which++)
    {
      guint titles = 0;

      convene_meeting_detail_set_dataset (f->detail, dataset);
      if (which == 1)
        convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (dataset, "long"));
      convene_test_wait_blocks_shown (list);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (model, i);
          const char *text = convene_detail_block_get_text (block);

          if (convene_detail_block_get_style (block) != CONVENE_DETAIL_TITLE)
            continue;
          titles++;
          g_assert_true (g_str_has_suffix (text, "…"));
          g_assert_cmpuint (g_utf8_strlen (text, -1), <=, 1501);
          g_assert_true (strncmp (text, word->str, strlen (text) - strlen ("…")) == 0);
        }
      g_assert_cmpuint (titles, ==, 1);
    }
}

/* Runs the main loop until the overview shows the record's patterns */
static ConveneStatisticsView *
wait_for_patterns (Fixture *f)
{
  ConveneStatisticsView *view = NULL;

  while (view == NULL || !convene_statistics_view_get_shown (view) ||
         convene_statistics_view_get_dataset (view) != convene_meeting_detail_get_dataset (f->detail))
    {
      g_main_context_iteration (NULL, TRUE);
      view = CONVENE_STATISTICS_VIEW (convene_test_find_of_type (GTK_WIDGET (f->detail),
                                                                  CONVENE_TYPE_STATISTICS_VIEW));
    }
  convene_test_flush_events ();
  return view;
}

/* The overview's figures follow an edit and a new dataset: never out of
 * date, not even for a frame (they are worked out a step at a time) */
static void
test_overview_follows_edits (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ConveneDocument) document = convene_document_new (f->dataset);
  g_autoptr(ConveneDataset) other = convene_dataset_new_bundled ();
  ConveneStatisticsView *view;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *bundled = NULL;

  convene_meeting_detail_set_meeting (f->detail, NULL);
  view = wait_for_patterns (f);
  before = convene_statistics_dup_summary (convene_statistics_get_for_dataset (f->dataset));
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), before));
  g_assert_nonnull (find_text (GTK_WIDGET (f->detail), "2 meetings · 1 participant"));

  /* a meeting removed: the figures go at once, and come back counted anew */
  convene_document_remove_meeting (document, convene_dataset_lookup_meeting (f->dataset, "m2"));
  g_assert_false (convene_statistics_view_get_shown (view));
  g_assert_false (convene_test_shows_text (GTK_WIDGET (f->detail), before));
  view = wait_for_patterns (f);
  after = convene_statistics_dup_summary (convene_statistics_get_for_dataset (f->dataset));
  g_assert_cmpstr (after, !=, before);
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), after));
  g_assert_nonnull (find_text (GTK_WIDGET (f->detail), "1 meeting · 1 participant"));

  /* and undone */
  convene_document_undo (document);
  view = wait_for_patterns (f);
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), before));

  /* another dataset */
  convene_meeting_detail_set_dataset (f->detail, other);
  g_assert_false (convene_test_shows_text (GTK_WIDGET (f->detail), before));
  view = wait_for_patterns (f);
  bundled = convene_statistics_dup_summary (convene_statistics_get_for_dataset (other));
  g_assert_true (convene_test_shows_text (GTK_WIDGET (view), bundled));
  convene_meeting_detail_set_dataset (f->detail, f->dataset);
}

/* Showing a meeting (what changed since the previous of its kind among it) does not wait
 * for the statistics of the whole dataset (50-70 ms at 10,000 meetings, after each edit) */
static void
test_meeting_without_statistics (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(ConveneDataset) dataset = convene_test_load_json (dataset_json);

  convene_meeting_detail_set_dataset (f->detail, dataset);
  convene_meeting_detail_set_meeting (f->detail, convene_dataset_lookup_meeting (dataset, "m2"));
  convene_test_wait_frames (f->window, 2);
  g_assert_nonnull (convene_test_find_of_type (GTK_WIDGET (f->detail), CONVENE_TYPE_CHANGES_VIEW));
  g_assert_null (convene_statistics_try_for_dataset (dataset, 1, NULL));
  convene_meeting_detail_set_dataset (f->detail, f->dataset);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/detail/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("headings", test_headings);
  ADD ("bullets-not-read", test_bullets_not_read);
  ADD ("tab-stops", test_tab_stops);
  ADD ("note-padding", test_note_padding);
  ADD ("source-link-width", test_source_link_width);
  ADD ("long-text-in-pieces", test_long_text_in_pieces);
  ADD ("long-title-cut-short", test_long_title_cut_short);
  ADD ("long-text-a-batch-a-frame", test_long_text_a_batch_a_frame);
  ADD ("overview-follows-edits", test_overview_follows_edits);
  ADD ("meeting-without-statistics", test_meeting_without_statistics);
#undef ADD

  return g_test_run ();
}
