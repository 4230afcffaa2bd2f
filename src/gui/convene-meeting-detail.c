/* convene-meeting-detail.c
 *
 * The detail pane: one meeting as the sources record it (what, when,
 * where, who attended, what it was for and agreed, what the sources leave
 * open), or, with no meeting chosen, the dataset itself.
 *
 * The sections are built afresh on every change. All the dataset's text
 * goes into labels as plain text, never as markup or a format.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-meeting-detail"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "convene-changes-view.h"
#include "convene-meeting-detail.h"
#include "convene-statistics-view.h"

struct _ConveneMeetingDetail
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkScrolledWindow *scrolled;
  GtkLabel *kind_label;
  GtkLabel *title_label;
  GtkLabel *counts_label;
  GtkWidget *date_row;
  GtkLabel *date_label;
  GtkWidget *place_row;
  GtkLabel *place_label;
  GtkWidget *description_section;
  GtkWidget *co_chairs_section;
  GtkWidget *co_chairs_box;
  GtkWidget *attendance_section;
  GtkWidget *attendance_box;
  GtkWidget *purpose_section;
  GtkWidget *purpose_box;
  GtkWidget *outcomes_section;
  GtkWidget *outcomes_box;
  GtkWidget *outcomes_incomplete_label;
  GtkWidget *notes_section;
  GtkWidget *notes_box;
  GtkWidget *sources_section;
  GtkWidget *sources_box;

  GtkWidget *changes_view;     /* a meeting's: what changed since the previous of its kind */
  GtkWidget *statistics_view;  /* the overview's: the record's patterns, filled when idle */
  guint statistics_idle;

  ConveneDataset *dataset;
  ConveneMeeting *meeting;
  char *date_range;   /* the dataset's, once worked out; NULL before */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingDetail, convene_meeting_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The least width of a wrapping label, in characters. Without one, GTK
 * measures a label's minimum width by breaking its text wherever it may:
 * with word-char wrapping, after every character, so that measuring a
 * paragraph lays it out (and shapes it) one character a line; at start-up,
 * more than half of all the text shaping before the first frame. Ten
 * characters, even of the title's large type (about 140 px), is less than
 * any width the pane gives its text (324 px at the least), so the text wraps
 * as it did, and is measured in lines of ten characters. (The meeting rows
 * of the list do the same, in convene-meeting-row.ui.) */
#define LABEL_MIN_WIDTH_CHARS 10

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* A wrapping, left-aligned label holding @text as plain text. */
static GtkWidget *
text_label_new (const char *text,
                const char *style_class,
                gboolean    selectable)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), LABEL_MIN_WIDTH_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_selectable (GTK_LABEL (label), selectable);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

/* @text split into paragraphs at blank lines; single newlines stay as
 * line breaks inside a paragraph. */
static void
add_paragraphs (GtkWidget  *box,
                const char *text)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL)
    return;

  paragraphs = g_strsplit (text, "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      char *paragraph = g_strstrip (paragraphs[i]);

      if (*paragraph != '\0')
        gtk_box_append (GTK_BOX (box), text_label_new (paragraph, "body", TRUE));
    }
}

/* A line saying that something is missing or not known */
static GtkWidget *
dim_line_new (const char *text)
{
  GtkWidget *label = text_label_new (text, "body", FALSE);

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A marker ("•", "–") hanging to the left of wrapped text. */
static GtkWidget *
marked_line_new (const char *marker,
                 const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *mark = gtk_label_new (marker);
  GtkWidget *label = text_label_new (text, "body", TRUE);

  gtk_widget_set_valign (mark, GTK_ALIGN_START);
  gtk_widget_add_css_class (mark, "body");
  gtk_widget_add_css_class (mark, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), mark);
  gtk_box_append (GTK_BOX (row), label);
  return row;
}

/* Sections */

static void
show_meeting_summary (ConveneMeetingDetail *self)
{
  ConveneMeeting *meeting = self->meeting;
  const char *kind = convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting));
  const char *venue = convene_meeting_get_venue (meeting);
  guint number = convene_meeting_get_number (meeting);
  g_autofree char *date = convene_meeting_dup_date_label (meeting);
  g_autofree char *place = convene_meeting_dup_place_label (meeting);

  if (kind == NULL)
    kind = "";
  if (number > 0 && *kind != '\0')
    {
      g_autofree char *ordinal = convene_format_ordinal (number);
      /* TRANSLATORS: an ordinal and a meeting kind, as in
       * "14th · Ad Hoc Group Senior Officials’ Meeting" */
      g_autofree char *caption = g_strdup_printf (_("%s · %s"), ordinal, kind);

      gtk_label_set_text (self->kind_label, caption);
    }
  else
    gtk_label_set_text (self->kind_label, kind);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), *kind != '\0');

  gtk_label_set_text (self->title_label, convene_meeting_get_title (meeting));
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), FALSE);

  gtk_label_set_text (self->date_label, date);
  gtk_widget_set_visible (self->date_row, TRUE);

  if (place != NULL && venue != NULL)
    {
      /* TRANSLATORS: a place and the venue there, as in "Bali, Indonesia · Grand Hyatt" */
      g_autofree char *text = g_strdup_printf (_("%s · %s"), place, venue);

      gtk_label_set_text (self->place_label, text);
    }
  else
    gtk_label_set_text (self->place_label, place != NULL ? place : venue != NULL ? venue : "");
  gtk_widget_set_visible (self->place_row, place != NULL || venue != NULL);
}

static void
show_co_chairs (ConveneMeetingDetail *self)
{
  const char * const *co_chairs = convene_meeting_get_co_chairs (self->meeting);
  gboolean any = FALSE;

  for (guint i = 0; co_chairs != NULL && co_chairs[i] != NULL; i++)
    {
      gtk_box_append (GTK_BOX (self->co_chairs_box), text_label_new (co_chairs[i], "body", TRUE));
      any = TRUE;
    }
  gtk_widget_set_visible (self->co_chairs_section, any);
}

static void
show_attendance (ConveneMeetingDetail *self)
{
  GPtrArray *attendance = convene_meeting_get_attendance (self->meeting);
  char *names[CONVENE_N_ATTENDANCE_GROUPS];
  guint counts[CONVENE_N_ATTENDANCE_GROUPS];
  gboolean any = FALSE;

  gtk_widget_set_visible (self->attendance_section, TRUE);

  if (!convene_meeting_get_attendance_recorded (self->meeting) || attendance == NULL)
    {
      gtk_box_append (GTK_BOX (self->attendance_box),
                      dim_line_new (_("Attendance was not recorded in the sources.")));
      return;
    }

  convene_meeting_list_attendance (self->meeting, names, counts);

  for (guint group = 0; group < CONVENE_N_ATTENDANCE_GROUPS; group++)
    {
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;
      GtkWidget *box;

      if (names[group] == NULL)
        continue;

      heading = convene_attendance_group_dup_heading (group, counts[group]);
      text = names[group];
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_box_append (GTK_BOX (box), text_label_new (heading, "heading", FALSE));
      gtk_box_append (GTK_BOX (box), text_label_new (text, "body", TRUE));
      gtk_box_append (GTK_BOX (self->attendance_box), box);
      any = TRUE;
    }

  if (!any)
    gtk_box_append (GTK_BOX (self->attendance_box),
                    dim_line_new (_("The sources list no attendees.")));
}

static void
show_purpose (ConveneMeetingDetail *self)
{
  add_paragraphs (self->purpose_box, convene_meeting_get_purpose (self->meeting));
  gtk_widget_set_visible (self->purpose_section,
                          gtk_widget_get_first_child (self->purpose_box) != NULL);
}

static void
show_outcomes (ConveneMeetingDetail *self)
{
  GPtrArray *outcomes = convene_meeting_get_outcomes (self->meeting);
  gboolean incomplete = convene_meeting_get_outcomes_incomplete (self->meeting);

  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      ConveneOutcome *outcome = g_ptr_array_index (outcomes, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_box_append (GTK_BOX (box), marked_line_new ("•", outcome->text));
      for (guint j = 0; outcome->items != NULL && outcome->items[j] != NULL; j++)
        {
          GtkWidget *item = marked_line_new ("–", outcome->items[j]);

          gtk_widget_set_margin_start (item, 18);
          gtk_box_append (GTK_BOX (box), item);
        }
      gtk_box_append (GTK_BOX (self->outcomes_box), box);
    }

  gtk_widget_set_visible (self->outcomes_incomplete_label, incomplete);
  gtk_widget_set_visible (self->outcomes_section, incomplete || (outcomes != NULL && outcomes->len > 0));
}

static GtkWidget *
note_card_new (ConveneNote *note)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *icon;
  const char *icon_name, *icon_class, *heading;

  switch (note->kind)
    {
    case CONVENE_NOTE_CONTRADICTION:
      icon_name = "dialog-warning-symbolic";
      icon_class = "warning";
      heading = _("Sources disagree");
      break;
    case CONVENE_NOTE_GAP:
      icon_name = "dialog-question-symbolic";
      icon_class = "dim-label";
      heading = _("Not known");
      break;
    case CONVENE_NOTE_REMARK:
    default:
      icon_name = "dialog-information-symbolic";
      icon_class = "dim-label";
      heading = _("Note");
      break;
    }

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "note");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, icon_class);
  gtk_box_append (GTK_BOX (card), icon);

  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (text_box), text_label_new (heading, "heading", FALSE));
  gtk_box_append (GTK_BOX (text_box), text_label_new (note->text, "body", TRUE));
  gtk_box_append (GTK_BOX (card), text_box);
  return card;
}

static void
show_notes (ConveneMeetingDetail *self)
{
  GPtrArray *notes = convene_meeting_get_notes (self->meeting);

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    gtk_box_append (GTK_BOX (self->notes_box), note_card_new (g_ptr_array_index (notes, i)));
  gtk_widget_set_visible (self->notes_section, notes != NULL && notes->len > 0);
}

static GtkWidget *
source_widget_new (ConveneSource *source)
{
  GtkWidget *button;
  GtkWidget *label;

  if (source->url == NULL || *source->url == '\0')
    return text_label_new (source->title, "body", TRUE);

  /* a link button's label is plain text; the label is made to wrap */
  button = gtk_link_button_new_with_label (source->url, source->title);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  label = gtk_button_get_child (GTK_BUTTON (button));
  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), LABEL_MIN_WIDTH_CHARS);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
    }
  return button;
}

static void
show_sources (ConveneMeetingDetail *self,
              GPtrArray            *sources)
{
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    gtk_box_append (GTK_BOX (self->sources_box), source_widget_new (g_ptr_array_index (sources, i)));
  gtk_widget_set_visible (self->sources_section, sources != NULL && sources->len > 0);
}

/* The dataset overview */

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
show_dataset_summary (ConveneMeetingDetail *self)
{
  GListModel *meetings = convene_dataset_get_meetings (self->dataset);
  guint n_meetings = convene_dataset_get_n_meetings (self->dataset);
  guint n_participants = convene_dataset_get_n_participants (self->dataset);
  g_autofree char *meetings_text = NULL;
  g_autofree char *participants_text = NULL;
  g_autofree char *counts = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), FALSE);
  gtk_label_set_text (self->title_label, convene_dataset_get_title (self->dataset));

  meetings_text = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_meetings), n_meetings);
  participants_text = g_strdup_printf (ngettext ("%u participant", "%u participants", n_participants),
                                       n_participants);
  /* TRANSLATORS: the size of a dataset, as in "31 meetings · 40 participants" */
  counts = g_strdup_printf (_("%s · %s"), meetings_text, participants_text);
  gtk_label_set_text (self->counts_label, counts);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), TRUE);

  gtk_widget_set_visible (self->place_row, FALSE);
  gtk_widget_set_visible (self->date_row, n_meetings > 0);
  if (n_meetings > 0)
    {
      if (self->date_range == NULL)
        self->date_range = dup_date_range (meetings, n_meetings);
      gtk_label_set_text (self->date_label, self->date_range);
    }
}

static void
show_description (ConveneMeetingDetail *self)
{
  add_paragraphs (self->description_section, convene_dataset_get_description (self->dataset));
  gtk_widget_set_visible (self->description_section,
                          gtk_widget_get_first_child (self->description_section) != NULL);
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
  gtk_widget_set_visible (self->statistics_view, FALSE);
  g_clear_handle_id (&self->statistics_idle, g_source_remove);
  if (overview)
    self->statistics_idle = g_idle_add_full (G_PRIORITY_LOW, fill_statistics_cb, self, NULL);
}

/* Rebuilding */

static void
clear_sections (ConveneMeetingDetail *self)
{
  clear_box (self->description_section);
  clear_box (self->co_chairs_box);
  clear_box (self->attendance_box);
  clear_box (self->purpose_box);
  clear_box (self->outcomes_box);
  clear_box (self->notes_box);
  clear_box (self->sources_box);

  gtk_widget_set_visible (self->description_section, FALSE);
  gtk_widget_set_visible (self->co_chairs_section, FALSE);
  gtk_widget_set_visible (self->attendance_section, FALSE);
  gtk_widget_set_visible (self->purpose_section, FALSE);
  gtk_widget_set_visible (self->outcomes_section, FALSE);
  gtk_widget_set_visible (self->notes_section, FALSE);
  gtk_widget_set_visible (self->sources_section, FALSE);
}

static void
update (ConveneMeetingDetail *self)
{
  clear_sections (self);

  if (self->meeting != NULL)
    {
      show_meeting_summary (self);
      show_co_chairs (self);
      show_attendance (self);
      show_purpose (self);
      show_outcomes (self);
      show_notes (self);
      show_sources (self, convene_meeting_get_sources (self->meeting));
    }
  else if (self->dataset != NULL)
    {
      show_dataset_summary (self);
      show_description (self);
      show_sources (self, convene_dataset_get_sources (self->dataset));
    }

  show_patterns (self);

  /* with nothing to show, the empty page is shown, once on screen (map) */
  if (has_content (self))
    gtk_stack_set_visible_child_name (self->stack, "page");
  else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_empty_page (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0.0);
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

/* A selectable label that takes the focus selects all its text. That is
 * right when the user tabs into it, but not when the window gives the page
 * its first focus, or after the focus was lost: then nothing is selected. */
static gboolean
convene_meeting_detail_focus (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean from_nowhere = root != NULL && gtk_root_get_focus (root) == NULL;
  GtkWidget *focus;

  if (!GTK_WIDGET_CLASS (convene_meeting_detail_parent_class)->focus (widget, direction))
    return FALSE;

  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (from_nowhere && GTK_IS_LABEL (focus))
    gtk_label_select_region (GTK_LABEL (focus), 0, 0);
  return TRUE;
}

/* GObject */

static void
convene_meeting_detail_dispose (GObject *object)
{
  ConveneMeetingDetail *self = CONVENE_MEETING_DETAIL (object);

  g_clear_handle_id (&self->statistics_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_MEETING_DETAIL);
  g_clear_object (&self->meeting);
  g_clear_object (&self->dataset);
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
  widget_class->focus = convene_meeting_detail_focus;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, flags);
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, CONVENE_TYPE_MEETING, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/convene-meeting-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, scrolled);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, kind_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, counts_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, date_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, date_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, place_row);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, place_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, description_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, co_chairs_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, co_chairs_box);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, attendance_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, attendance_box);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, purpose_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, purpose_box);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, outcomes_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, outcomes_box);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, outcomes_incomplete_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, notes_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, notes_box);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, sources_section);
  gtk_widget_class_bind_template_child (widget_class, ConveneMeetingDetail, sources_box);
}

static void
convene_meeting_detail_init (ConveneMeetingDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* what changed, after the attendance; the record's patterns, after the overview's description */
  self->changes_view = convene_changes_view_new ();
  gtk_widget_insert_after (self->changes_view, gtk_widget_get_parent (self->attendance_section),
                           self->attendance_section);
  self->statistics_view = convene_statistics_view_new ();
  gtk_widget_insert_after (self->statistics_view, gtk_widget_get_parent (self->description_section),
                           self->description_section);
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

  if (!g_set_object (&self->dataset, dataset))
    return;

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

  if (!g_set_object (&self->meeting, meeting))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}
