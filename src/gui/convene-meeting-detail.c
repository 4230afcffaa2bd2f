/* convene-meeting-detail.c
 *
 * The detail pane: one meeting as the sources record it (what, when,
 * where, who attended, what it was for and agreed, what the sources leave
 * open), or, with no meeting chosen, the dataset itself.
 *
 * What it shows is a list of blocks (ConveneDetailBlock: a heading, a
 * paragraph, an outcome, a note, a source) in a GtkListView: showing a
 * meeting replaces the list in one change, and the view makes, binds and
 * measures rows (ConveneDetailRow) only for the blocks on screen, reusing
 * them from meeting to meeting. So the time from a click to the painted
 * pane depends on what fits on the screen, not on how much the meeting
 * holds; see docs/performance.md, "The detail pane". A paragraph longer
 * than CHUNK_CHARS is shown in pieces, one block each, so that no row
 * costs more than a screenful of text to lay out.
 *
 * All the dataset's text goes into labels as plain text, never as markup
 * or a format; how a thing is said (a kind, a place, a note's heading)
 * comes from the model.
 *
 * Screen readers: the title is a heading of level 1, section titles of level
 * 2, attendance groups and note kinds of level 3; bullets and dashes are
 * hidden; paragraphs are labels. Tab stops once in the pane (on the list's
 * focused row; the arrow keys move from row to row, Enter on a source opens
 * it). What changed since the previous meeting of a kind
 * (ConveneChangesView) and the record's patterns (ConveneStatisticsView) are
 * widgets shown in rows of their own (CONVENE_DETAIL_WIDGET blocks). Spacing
 * is margins set in code, not CSS, so the pane keeps its shape whatever
 * style sheet is loaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-meeting-detail"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "convene-changes-view.h"
#include "convene-detail-block.h"
#include "convene-detail-row.h"
#include "convene-meeting-detail.h"
#include "convene-meeting-editor.h"
#include "convene-statistics-view.h"

/* What is shown at once (then the frame is painted): FIRST_BLOCKS blocks
 * (or about 12,000 bytes of text), which fill the pane at any usual height;
 * the rest is added a batch a frame (convene_detail_blocks_show()). */
#define FIRST_BLOCKS 48

struct _ConveneMeetingDetail
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkScrolledWindow *scrolled;
  GtkListView *list_view;
  GListStore *blocks;

  GtkWidget *changes_view;     /* a meeting's: what changed since the previous of its kind */
  GtkWidget *statistics_view;  /* the overview's: the record's patterns, filled when idle */
  guint statistics_idle;

  ConveneDataset *dataset;
  ConveneMeeting *meeting;
  char *date_range;   /* the dataset's, once worked out; NULL before */

  /* Edit mode: the meeting's fields as rows (ConveneMeetingEditor, made
   * when first needed), editing it through the document */
  ConveneDocument *document;
  gboolean editing;
  GtkWidget *editor;
  gulong meeting_notify;
  guint refresh_idle;  /* an edit changed the meeting shown (Undo in read mode) */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingDetail, convene_meeting_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_MEETING,
  PROP_DOCUMENT,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Blocks */

/* @text split into paragraphs at blank lines; single newlines stay as
 * line breaks inside a paragraph. Returns whether there was any. */
static gboolean
add_paragraphs (GPtrArray  *blocks,
                const char *text)
{
  g_auto(GStrv) paragraphs = NULL;
  gboolean any = FALSE;

  if (text == NULL)
    return FALSE;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      char *paragraph = g_strstrip (paragraphs[i]);

      if (*paragraph != '\0')
        {
          convene_detail_blocks_add (blocks, CONVENE_DETAIL_PARAGRAPH, paragraph, NULL);
          any = TRUE;
        }
    }
  return any;
}

static void
add_heading (GPtrArray  *blocks,
             const char *heading)
{
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_HEADING, heading, NULL);
}

/* Sections */

static void
add_meeting_summary (GPtrArray      *blocks,
                     ConveneMeeting *meeting)
{
  const char *kind = convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting));
  g_autofree char *date = convene_meeting_dup_date_label (meeting);
  g_autofree char *where = convene_meeting_dup_where_label (meeting);

  if (kind != NULL && *kind != '\0')
    {
      g_autofree char *caption = convene_meeting_dup_kind_label (meeting, FALSE);

      convene_detail_blocks_add_line (blocks, CONVENE_DETAIL_CAPTION, caption);
    }
  convene_detail_blocks_add (blocks, CONVENE_DETAIL_TITLE, convene_meeting_get_title (meeting), NULL);
  convene_detail_blocks_add_line (blocks, CONVENE_DETAIL_DATE, date);
  if (where != NULL)
    convene_detail_blocks_add_line (blocks, CONVENE_DETAIL_PLACE, where);
}

static void
add_co_chairs (GPtrArray      *blocks,
               ConveneMeeting *meeting)
{
  const char * const *co_chairs = convene_meeting_get_co_chairs (meeting);

  if (co_chairs == NULL || co_chairs[0] == NULL)
    return;
  add_heading (blocks, _("Co-chairs"));
  for (guint i = 0; co_chairs[i] != NULL; i++)
    convene_detail_blocks_add (blocks, CONVENE_DETAIL_PARAGRAPH, co_chairs[i], NULL);
}

static void
add_attendance (GPtrArray      *blocks,
                ConveneMeeting *meeting)
{
  char *names[CONVENE_N_ATTENDANCE_GROUPS];
  guint counts[CONVENE_N_ATTENDANCE_GROUPS];
  gboolean any = FALSE;

  add_heading (blocks, _("Attendance"));

  if (!convene_meeting_get_attendance_recorded (meeting) ||
      convene_meeting_get_attendance (meeting) == NULL)
    {
      convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM, _("Attendance was not recorded in the sources."), NULL);
      return;
    }

  convene_meeting_list_attendance (meeting, names, counts);
  for (guint group = 0; group < CONVENE_N_ATTENDANCE_GROUPS; group++)
    {
      g_autofree char *heading = NULL;
      g_autofree char *text = names[group];

      if (text == NULL)
        continue;
      heading = convene_attendance_group_dup_heading (group, counts[group]);
      convene_detail_blocks_add (blocks, CONVENE_DETAIL_SUBHEADING, heading, NULL);
      convene_detail_blocks_add (blocks, CONVENE_DETAIL_PARAGRAPH, text, NULL);
      any = TRUE;
    }

  if (!any)
    convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM, _("The sources list no attendees."), NULL);
}

static void
add_purpose (GPtrArray      *blocks,
             ConveneMeeting *meeting)
{
  guint before = blocks->len;

  add_heading (blocks, _("Purpose"));
  if (!add_paragraphs (blocks, convene_meeting_get_purpose (meeting)))
    g_ptr_array_set_size (blocks, before);
}

static void
add_outcomes (GPtrArray      *blocks,
              ConveneMeeting *meeting)
{
  GPtrArray *outcomes = convene_meeting_get_outcomes (meeting);
  gboolean incomplete = convene_meeting_get_outcomes_incomplete (meeting);

  if (!incomplete && (outcomes == NULL || outcomes->len == 0))
    return;

  add_heading (blocks, _("Outcomes"));
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, i);

      convene_detail_blocks_add (blocks, CONVENE_DETAIL_OUTCOME, outcome->text, NULL);
      for (guint j = 0; outcome->items != NULL && outcome->items[j] != NULL; j++)
        convene_detail_blocks_add (blocks, CONVENE_DETAIL_ITEM, outcome->items[j], NULL);
    }
  if (incomplete)
    convene_detail_blocks_add (blocks, CONVENE_DETAIL_DIM,
                _("The source’s list of outcomes is cut short; more may have been agreed."), NULL);
}

static void
add_notes (GPtrArray      *blocks,
           ConveneMeeting *meeting)
{
  GPtrArray *notes = convene_meeting_get_notes (meeting);

  if (notes == NULL || notes->len == 0)
    return;

  add_heading (blocks, _("Notes"));
  for (guint i = 0; i < notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (notes, i);
      ConveneDetailStyle style = note->kind == CONVENE_NOTE_CONTRADICTION ? CONVENE_DETAIL_CONTRADICTION
                               : note->kind == CONVENE_NOTE_GAP ? CONVENE_DETAIL_GAP
                               : CONVENE_DETAIL_REMARK;

      convene_detail_blocks_add (blocks, style, note->text, convene_note_kind_get_heading (note->kind));
    }
}

/* From the first meeting's start to the last end. It reads every meeting
 * (20 ms at 100,000), so it is worked out once for a dataset, not every
 * time the overview is shown again. */
static char *
dup_date_range (GListModel *meetings,
                guint       n_meetings)
{
  g_autoptr(ConveneMeeting) first = g_list_model_get_item (meetings, 0);
  ConveneDate start = *convene_meeting_get_start (first);
  ConveneDate end = *convene_meeting_get_end (first);

  /* meetings are in order of start; the last to end need not be the last to start */
  for (guint i = 1; i < n_meetings; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);

      if (convene_date_compare (convene_meeting_get_end (meeting), &end) > 0)
        end = *convene_meeting_get_end (meeting);
    }
  return convene_date_format_range (&start, &end);
}

static void
add_dataset_summary (ConveneMeetingDetail *self,
                     GPtrArray            *blocks)
{
  GListModel *meetings = convene_dataset_get_meetings (self->dataset);
  guint n_meetings = convene_dataset_get_n_meetings (self->dataset);
  guint n_participants = convene_dataset_get_n_participants (self->dataset);
  g_autofree char *meetings_text = NULL;
  g_autofree char *participants_text = NULL;
  g_autofree char *counts = NULL;

  convene_detail_blocks_add (blocks, CONVENE_DETAIL_TITLE, convene_dataset_get_title (self->dataset), NULL);

  meetings_text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_meetings), n_meetings);
  participants_text = g_strdup_printf (ngettext ("%u participant", "%u participants", n_participants),
                                       n_participants);
  /* TRANSLATORS: the size of a dataset, as in "31 meetings · 40 participants" */
  counts = g_strdup_printf (_("%s · %s"), meetings_text, participants_text);
  convene_detail_blocks_add_line (blocks, CONVENE_DETAIL_COUNTS, counts);

  if (n_meetings > 0)
    {
      if (self->date_range == NULL)
        self->date_range = dup_date_range (meetings, n_meetings);
      convene_detail_blocks_add_line (blocks, CONVENE_DETAIL_DATE, self->date_range);
    }
  add_paragraphs (blocks, convene_dataset_get_description (self->dataset));
}

/* The page shown without a dataset. It is made when it is first shown: a
 * window has a dataset before it is shown, and made with the template, the
 * page's widgets were styled and measured in the stack although hidden,
 * about 5 ms of the window's time to its first frame. */
static void
show_empty_page (ConveneMeetingDetail *self)
{
  if (gtk_stack_get_child_by_name (self->stack, "empty") == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "x-office-calendar-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Dataset"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("Open a dataset to read about its meetings."));
      gtk_stack_add_named (self->stack, page, "empty");
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static gboolean
has_content (ConveneMeetingDetail *self)
{
  return self->meeting != NULL || self->dataset != NULL;
}

static gboolean
is_editing (ConveneMeetingDetail *self)
{
  return self->editing && self->meeting != NULL && self->document != NULL;
}

/* The editor, or what is shown, or with nothing to show the empty page
 * (once on screen: map) */
static void
show_page (ConveneMeetingDetail *self)
{
  if (is_editing (self))
    {
      if (self->editor == NULL)
        {
          self->editor = convene_meeting_editor_new ();
          gtk_stack_add_named (self->stack, self->editor, "edit");
        }
      convene_meeting_editor_set_document (CONVENE_MEETING_EDITOR (self->editor), self->document);
      convene_meeting_editor_set_meeting (CONVENE_MEETING_EDITOR (self->editor), self->meeting);
      gtk_stack_set_visible_child_name (self->stack, "edit");
      return;
    }
  if (self->editor != NULL)
    convene_meeting_editor_set_meeting (CONVENE_MEETING_EDITOR (self->editor), NULL);
  if (has_content (self))
    gtk_stack_set_visible_child_name (self->stack, "page");
  else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_empty_page (self);
}

/* The record's patterns are made once the overview is on screen, so they never delay the
 * window's first frame (convene-statistics-view.c) */
static gboolean
fill_statistics_cb (gpointer data)
{
  ConveneMeetingDetail *self = data;

  self->statistics_idle = 0;
  convene_statistics_view_set_dataset (CONVENE_STATISTICS_VIEW (self->statistics_view), self->dataset);
  gtk_widget_set_visible (self->statistics_view, TRUE);
  return G_SOURCE_REMOVE;
}

static void
show_patterns (ConveneMeetingDetail *self)
{
  gboolean overview = self->meeting == NULL && self->dataset != NULL;

  convene_changes_view_set_meeting (CONVENE_CHANGES_VIEW (self->changes_view), self->dataset,
                                    self->meeting);
  gtk_widget_set_visible (self->changes_view, self->meeting != NULL);
  g_clear_handle_id (&self->statistics_idle, g_source_remove);
  /* the overview shown again (after an edit) keeps its patterns, which follow the dataset */
  if (overview && gtk_widget_get_visible (self->statistics_view) &&
      convene_statistics_view_get_dataset (CONVENE_STATISTICS_VIEW (self->statistics_view)) == self->dataset)
    return;
  gtk_widget_set_visible (self->statistics_view, FALSE);
  if (overview)
    self->statistics_idle = g_idle_add_full (G_PRIORITY_LOW, fill_statistics_cb, self, NULL);
}

/* Showing */

static void
update (ConveneMeetingDetail *self)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);

  show_patterns (self);
  if (self->meeting != NULL)
    {
      add_meeting_summary (blocks, self->meeting);
      add_co_chairs (blocks, self->meeting);
      add_attendance (blocks, self->meeting);
      g_ptr_array_add (blocks, convene_detail_block_new_for_widget (self->changes_view));
      add_purpose (blocks, self->meeting);
      add_outcomes (blocks, self->meeting);
      add_notes (blocks, self->meeting);
      convene_detail_blocks_add_sources (blocks, _("Sources"), convene_meeting_get_sources (self->meeting));
    }
  else if (self->dataset != NULL)
    {
      add_dataset_summary (self, blocks);
      g_ptr_array_add (blocks, convene_detail_block_new_for_widget (self->statistics_view));
      convene_detail_blocks_add_sources (blocks, _("Sources"), convene_dataset_get_sources (self->dataset));
    }

  /* one change for the view: it rebinds the rows on screen */
  convene_detail_blocks_show (self->blocks, GTK_WIDGET (self->list_view), blocks,
                              MAX (FIRST_BLOCKS, gtk_widget_get_height (GTK_WIDGET (self)) / 16));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0.0);

  show_page (self);
}

static gboolean
refresh_cb (gpointer data)
{
  ConveneMeetingDetail *self = data;

  self->refresh_idle = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* The meeting shown changed (an edit, or Undo): shown anew once the main
 * loop is idle, when the pane reads it (the editor follows by itself) */
static void
on_meeting_notify_cb (ConveneMeetingDetail *self)
{
  if (!is_editing (self) && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_cb, self);
}

/* Meetings added, removed or edited: the overview's counts and dates are
 * shown anew (its patterns follow by themselves) */
static void
on_meetings_changed_cb (ConveneMeetingDetail *self)
{
  g_clear_pointer (&self->date_range, g_free);
  if (self->meeting == NULL)
    on_meeting_notify_cb (self);
}

static void
watch_meetings (ConveneMeetingDetail *self,
                gboolean              watch)
{
  GListModel *meetings = self->dataset != NULL ? convene_dataset_get_meetings (self->dataset) : NULL;

  if (meetings == NULL)
    return;
  if (watch)
    g_signal_connect_swapped (meetings, "items-changed", G_CALLBACK (on_meetings_changed_cb), self);
  else
    g_signal_handlers_disconnect_by_func (meetings, on_meetings_changed_cb, self);
}

/* Rows */

static void
on_row_activated_cb (ConveneMeetingDetail *self,
                     guint                 position)
{
  g_autoptr(ConveneDetailBlock) block = g_list_model_get_item (G_LIST_MODEL (self->blocks), position);
  const char *url = block != NULL ? convene_detail_block_get_extra (block) : NULL;

  if (url != NULL && convene_detail_block_get_style (block) == CONVENE_DETAIL_SOURCE)
    gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), url, GDK_CURRENT_TIME);
}

/* GtkWidget */

static void
convene_meeting_detail_map (GtkWidget *widget)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (widget);

  if (!has_content (self))
    show_empty_page (self);
  GTK_WIDGET_CLASS (convene_meeting_detail_parent_class)->map (widget);
}

/* The focus goes to the list of what is shown: its first row, from which
 * the arrow keys read on. */
static gboolean
convene_meeting_detail_grab_focus (GtkWidget *widget)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (widget);

  /* in edit mode, the first field */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "edit") == 0)
    return gtk_widget_grab_focus (self->editor);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") != 0)
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Tab stops once in the pane, on the row that has the focus (the arrow
 * keys go from row to row, Enter opens a source), and on the buttons of
 * that row if it has any (what changed, the record's patterns), then
 * leaves it: GTK 4.8's list view would stop on every row. */
static gboolean
convene_meeting_detail_focus (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (widget);

  if (is_editing (self))
    return GTK_WIDGET_CLASS (convene_meeting_detail_parent_class)->focus (widget, direction);
  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    {
      GtkWidget *row;

      if (gtk_widget_get_focus_child (widget) == NULL)
        return convene_meeting_detail_grab_focus (widget);
      row = gtk_widget_get_focus_child (GTK_WIDGET (self->list_view));
      return row != NULL && gtk_widget_child_focus (row, direction);
    }
  return GTK_WIDGET_CLASS (convene_meeting_detail_parent_class)->focus (widget, direction);
}

/* GObject */

static void
convene_meeting_detail_dispose (GObject *object)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (object);

  g_clear_handle_id (&self->statistics_idle, g_source_remove);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->meeting != NULL)
    g_clear_signal_handler (&self->meeting_notify, self->meeting);
  if (self->blocks != NULL)
    convene_detail_blocks_show (self->blocks, NULL, NULL, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MEETING_DETAIL);
  g_clear_object (&self->meeting);
  g_clear_object (&self->document);
  watch_meetings (self, FALSE);
  g_clear_object (&self->dataset);
  g_clear_object (&self->blocks);
  g_clear_object (&self->changes_view);
  g_clear_object (&self->statistics_view);
  g_clear_pointer (&self->date_range, g_free);

  G_OBJECT_CLASS (convene_meeting_detail_parent_class)->dispose (object);
}

static void
convene_meeting_detail_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_detail_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      convene_meeting_detail_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_MEETING:
      convene_meeting_detail_set_meeting (self, g_value_get_object (value));
      break;
    case PROP_DOCUMENT:
      convene_meeting_detail_set_document (self, g_value_get_object (value));
      break;
    case PROP_EDITING:
      convene_meeting_detail_set_editing (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_detail_class_init (ConveneMeetingDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = convene_meeting_detail_dispose;
  object_class->get_property = convene_meeting_detail_get_property;
  object_class->set_property = convene_meeting_detail_set_property;
  widget_class->map = convene_meeting_detail_map;
  widget_class->grab_focus = convene_meeting_detail_grab_focus;
  widget_class->focus = convene_meeting_detail_focus;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, flags);
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, CONVENE_TYPE_MEETING, flags);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, CONVENE_TYPE_DOCUMENT, flags);
  properties[PROP_EDITING] = g_param_spec_boolean ("editing", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/convene-meeting-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, scrolled);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
convene_meeting_detail_init (ConveneMeetingDetail *self)
{
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->blocks = g_list_store_new (CONVENE_TYPE_DETAIL_BLOCK);
  factory = convene_detail_row_factory_new (G_LIST_MODEL (self->blocks));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->blocks))));
  gtk_list_view_set_model (self->list_view, selection);
  g_object_unref (selection);

  /* what changed, after the attendance; the record's patterns, after the
   * overview's description: each shown in a row of its own */
  self->changes_view = g_object_ref_sink (convene_changes_view_new ());
  self->statistics_view = g_object_ref_sink (convene_statistics_view_new ());
  update (self);
}

/* Public API */

GtkWidget *
convene_meeting_detail_new (void)
{
  return g_object_new (CONVENE_TYPE_MEETING_DETAIL, NULL);
}

/* Returns: (transfer none) (nullable): the dataset shown */
ConveneDataset *
convene_meeting_detail_get_dataset (ConveneMeetingDetail *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_DETAIL (self), NULL);
  return self->dataset;
}

/* Shows @dataset's overview: a new dataset clears the meeting. */
void
convene_meeting_detail_set_dataset (ConveneMeetingDetail *self,
                                    ConveneDataset       *dataset)
{
  gboolean had_meeting;

  g_return_if_fail (CONVENE_IS_MEETING_DETAIL (self));
  g_return_if_fail (dataset == NULL || CONVENE_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;
  watch_meetings (self, FALSE);
  g_set_object (&self->dataset, dataset);
  watch_meetings (self, TRUE);

  g_clear_pointer (&self->date_range, g_free);
  had_meeting = self->meeting != NULL;
  g_clear_object (&self->meeting);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  if (had_meeting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

/* Returns: (transfer none) (nullable): the meeting shown */
ConveneMeeting *
convene_meeting_detail_get_meeting (ConveneMeetingDetail *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_DETAIL (self), NULL);
  return self->meeting;
}

/* Shows @meeting, or with NULL the dataset's overview. */
void
convene_meeting_detail_set_meeting (ConveneMeetingDetail *self,
                                    ConveneMeeting       *meeting)
{
  g_return_if_fail (CONVENE_IS_MEETING_DETAIL (self));
  g_return_if_fail (meeting == NULL || CONVENE_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;
  if (self->meeting != NULL)
    g_clear_signal_handler (&self->meeting_notify, self->meeting);
  g_set_object (&self->meeting, meeting);
  if (meeting != NULL)
    self->meeting_notify = g_signal_connect_swapped (meeting, "notify",
                                                     G_CALLBACK (on_meeting_notify_cb), self);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}

/* Returns: (transfer none) (nullable): the document edits go to */
ConveneDocument *
convene_meeting_detail_get_document (ConveneMeetingDetail *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_DETAIL (self), NULL);
  return self->document;
}

/* @document: (nullable): the document of the dataset shown, which edit
 * mode edits */
void
convene_meeting_detail_set_document (ConveneMeetingDetail *self,
                                     ConveneDocument      *document)
{
  g_return_if_fail (CONVENE_IS_MEETING_DETAIL (self));
  g_return_if_fail (document == NULL || CONVENE_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;
  if (self->editor != NULL)
    convene_meeting_editor_set_document (CONVENE_MEETING_EDITOR (self->editor), NULL);
  show_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
convene_meeting_detail_get_editing (ConveneMeetingDetail *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_DETAIL (self), FALSE);
  return self->editing;
}

/* In edit mode, the meeting shown is edited (with a document); leaving
 * it shows the meeting as it now is. */
void
convene_meeting_detail_set_editing (ConveneMeetingDetail *self,
                                    gboolean              editing)
{
  g_return_if_fail (CONVENE_IS_MEETING_DETAIL (self));

  editing = !!editing;
  if (self->editing == editing)
    return;
  self->editing = editing;
  if (!editing)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      update (self);
    }
  else
    show_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}
