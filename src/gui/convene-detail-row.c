/* convene-detail-row.c
 *
 * A row of the detail pane, made once and reused for block after block as
 * the list view scrolls or shows another meeting: showing a block sets
 * texts, which parts are visible and the style classes, and makes no
 * widget. Text is plain text, never markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-detail-row"

#include "convene-detail-row.h"
#include "convene-detail-text.h"

struct _ConveneDetailRow
{
  GtkWidget parent_instance;

  GtkImage *icon;
  GtkLabel *marker;
  GtkWidget *column;
  ConveneDetailText *heading;
  ConveneDetailText *text;
  GtkWidget *link;
  ConveneDetailText *link_label;
  GtkWidget *button;
  ConveneDetailText *button_label;

  GtkWidget *hosted;   /* a CONVENE_DETAIL_WIDGET block's widget, in the column */

  ConveneDetailStyle style;
  gboolean continued;
};

G_DEFINE_FINAL_TYPE (ConveneDetailRow, convene_detail_row, GTK_TYPE_WIDGET)

enum {
  LINE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How each style looks: the row's class, the classes of its text, and the
 * space above it. (Spaces are margins, not CSS: the pane keeps its shape
 * whatever style sheet is loaded.) */
static const struct {
  const char *row_class;
  const char *text_classes[3];
  int heading_level;   /* > 0: the text is a heading of this level */
  int margin_top;
} styles[CONVENE_DETAIL_N_STYLES] = {
  [CONVENE_DETAIL_CAPTION] = { "caption", { "caption-heading", "accent" }, 0, 0 },
  [CONVENE_DETAIL_TITLE] = { "title", { "title-1" }, 1, 4 },
  [CONVENE_DETAIL_COUNTS] = { "counts", { "body", "dim-label" }, 0, 6 },
  [CONVENE_DETAIL_DATE] = { "fact", { "body" }, 0, 10 },
  [CONVENE_DETAIL_PLACE] = { "fact", { "body" }, 0, 6 },
  [CONVENE_DETAIL_HEADING] = { "heading", { "title-4" }, 2, 30 },
  [CONVENE_DETAIL_SUBHEADING] = { "subheading", { "heading" }, 3, 12 },
  [CONVENE_DETAIL_PARAGRAPH] = { "text", { "body" }, 0, 8 },
  [CONVENE_DETAIL_DIM] = { "text", { "body", "dim-label" }, 0, 8 },
  [CONVENE_DETAIL_OUTCOME] = { "outcome", { "body" }, 0, 8 },
  [CONVENE_DETAIL_ITEM] = { "item", { "body" }, 0, 6 },
  [CONVENE_DETAIL_CONTRADICTION] = { "note", { "body" }, 0, 12 },
  [CONVENE_DETAIL_GAP] = { "note", { "body" }, 0, 12 },
  [CONVENE_DETAIL_REMARK] = { "note", { "body" }, 0, 12 },
  [CONVENE_DETAIL_SOURCE] = { "source", { "body" }, 0, 2 },
  [CONVENE_DETAIL_MEETING] = { "meeting", { "body" }, 0, 6 },  /* in a button, as a link */
  [CONVENE_DETAIL_WIDGET] = { "widget", { NULL }, 0, 30 },
};

/* The pane's side margins, and an outcome's sub-points' indent */
#define SIDE_MARGIN 18
#define ITEM_INDENT 18

/* A note card's padding */
#define CARD_PADDING_X 14
#define CARD_PADDING_Y 12

static gboolean
is_note (ConveneDetailStyle style)
{
  return style == CONVENE_DETAIL_CONTRADICTION || style == CONVENE_DETAIL_GAP ||
         style == CONVENE_DETAIL_REMARK;
}

static gboolean
is_heading (ConveneDetailStyle style)
{
  return styles[style].heading_level > 0;
}

static void
set_classes (GtkWidget         *widget,
             const char * const *old_classes,
             const char * const *new_classes)
{
  for (guint i = 0; i < 3 && old_classes[i] != NULL; i++)
    gtk_widget_remove_css_class (widget, old_classes[i]);
  for (guint i = 0; i < 3 && new_classes[i] != NULL; i++)
    gtk_widget_add_css_class (widget, new_classes[i]);
}

/* The classes and the parts of a style, set when the style changes */
static void
set_style (ConveneDetailRow   *self,
           ConveneDetailStyle  style,
           gboolean            continued)
{
  static const char * const none[] = { NULL };
  static const char * const note_heading[] = { "heading", NULL };
  ConveneDetailStyle old = self->style;
  gboolean one_line = style == CONVENE_DETAIL_DATE || style == CONVENE_DETAIL_PLACE;

  if (old != style)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), styles[old].row_class);
      gtk_widget_add_css_class (GTK_WIDGET (self), styles[style].row_class);
      if (is_note (style))
        gtk_widget_add_css_class (GTK_WIDGET (self), "card");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "card");

      /* the old style's classes off, the new one's on */
      set_classes (GTK_WIDGET (is_heading (old) ? self->heading : self->text),
                   styles[old].text_classes, none);
      if (is_note (old))
        set_classes (GTK_WIDGET (self->heading), note_heading, none);
      set_classes (GTK_WIDGET (is_heading (style) ? self->heading : self->text),
                   none, styles[style].text_classes);
      if (is_note (style))
        set_classes (GTK_WIDGET (self->heading), none, note_heading);
      if (is_heading (style) || is_note (style))
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                        GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                        is_note (style) ? 3 : styles[style].heading_level,
                                        -1);

      /* dates and places are one line, cut short with "…" */
      convene_detail_text_set_one_line (self->text, one_line);
      /* a meeting's line opens it with a click (the list view activates it) */
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), style == CONVENE_DETAIL_MEETING ? "pointer" : NULL);
      self->style = style;
    }

  if (continued != self->continued)
    {
      if (continued)
        gtk_widget_add_css_class (GTK_WIDGET (self), "continued");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "continued");
      self->continued = continued;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->heading),
                          is_heading (style) || (is_note (style) && !continued));

  /* a piece that goes on from the one before follows it without a gap */
  gtk_widget_set_margin_top (GTK_WIDGET (self), continued ? 0 : styles[style].margin_top);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), style == CONVENE_DETAIL_HEADING ? 4 : 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self),
                               SIDE_MARGIN + (style == CONVENE_DETAIL_ITEM ? ITEM_INDENT : 0));

  /* a note's card: its icon and text off the border */
  gtk_widget_set_margin_start (GTK_WIDGET (self->icon), is_note (style) ? CARD_PADDING_X : 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->icon), is_note (style) && !continued ? CARD_PADDING_Y : 0);
  gtk_widget_set_margin_end (self->column, is_note (style) ? CARD_PADDING_X : 0);
  gtk_widget_set_margin_top (self->column, is_note (style) && !continued ? CARD_PADDING_Y : 0);
  gtk_widget_set_margin_bottom (self->column, is_note (style) ? CARD_PADDING_Y : 0);
}

/* Space above the first row and below the last (the pane's top and bottom
 * margins), after convene_detail_row_show(). */
void
convene_detail_row_set_edges (ConveneDetailRow *self,
                              gboolean          first,
                              gboolean          last)
{
  g_return_if_fail (CONVENE_IS_DETAIL_ROW (self));

  if (first)
    gtk_widget_set_margin_top (GTK_WIDGET (self), 24);
  if (last)
    gtk_widget_set_margin_bottom (GTK_WIDGET (self), 36);
}

static const char *
icon_name (ConveneDetailStyle style)
{
  switch (style)
    {
    case CONVENE_DETAIL_DATE:
      return "x-office-calendar-symbolic";
    case CONVENE_DETAIL_PLACE:
      return "mark-location-symbolic";
    case CONVENE_DETAIL_CONTRADICTION:
      return "dialog-warning-symbolic";
    case CONVENE_DETAIL_GAP:
      return "dialog-question-symbolic";
    case CONVENE_DETAIL_REMARK:
      return "dialog-information-symbolic";
    default:
      return NULL;
    }
}

/* Gives back the widget of a block the row showed, if any: the row is
 * about to show another block, and the widget may go to another row. */
void
convene_detail_row_release (ConveneDetailRow *self)
{
  g_return_if_fail (CONVENE_IS_DETAIL_ROW (self));

  if (self->hosted != NULL && gtk_widget_get_parent (self->hosted) == self->column)
    gtk_box_remove (GTK_BOX (self->column), self->hosted);
  self->hosted = NULL;
}

static void
host (ConveneDetailRow *self,
      GtkWidget        *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (parent == self->column)
    return;
  if (GTK_IS_BOX (parent))
    gtk_box_remove (GTK_BOX (parent), widget);
  gtk_box_append (GTK_BOX (self->column), widget);
  self->hosted = widget;
}

/* Shows @block, in place of what the row showed before. */
void
convene_detail_row_show (ConveneDetailRow   *self,
                         ConveneDetailBlock *block)
{
  ConveneDetailStyle style = convene_detail_block_get_style (block);
  gboolean continued = convene_detail_block_get_continued (block);
  const char *text = convene_detail_block_get_text (block);
  const char *extra = convene_detail_block_get_extra (block);
  const char *icon = icon_name (style);
  const char *marker = NULL;
  gboolean link = style == CONVENE_DETAIL_SOURCE && extra != NULL && *extra != '\0';
  gboolean button = style == CONVENE_DETAIL_MEETING;

  g_return_if_fail (CONVENE_IS_DETAIL_ROW (self));

  if (self->hosted != NULL && self->hosted != convene_detail_block_get_widget (block))
    convene_detail_row_release (self);
  set_style (self, style, continued);
  if (style == CONVENE_DETAIL_WIDGET)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->marker), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->icon), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->text), FALSE);
      gtk_widget_set_visible (self->link, FALSE);
      gtk_widget_set_visible (self->button, FALSE);
      host (self, convene_detail_block_get_widget (block));
      return;
    }

  if (style == CONVENE_DETAIL_OUTCOME)
    marker = "•";
  else if (style == CONVENE_DETAIL_ITEM)
    marker = "–";
  gtk_widget_set_visible (GTK_WIDGET (self->marker), marker != NULL);
  if (marker != NULL)
    {
      gtk_label_set_text (self->marker, marker);
      /* seen, not read out (showing a widget tells screen readers it is
       * not hidden: this comes after) */
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->marker), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      /* a piece that goes on from the one before keeps the text in line */
      gtk_widget_set_opacity (GTK_WIDGET (self->marker), continued ? 0.0 : 1.0);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon != NULL);
  /* a piece of a note that goes on from the one before keeps its text in line */
  gtk_widget_set_opacity (GTK_WIDGET (self->icon), continued ? 0.0 : 1.0);
  if (icon != NULL)
    {
      gtk_image_set_from_icon_name (self->icon, icon);
      if (style == CONVENE_DETAIL_CONTRADICTION)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->icon), "warning");
          gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "dim-label");
        }
      else
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->icon), "dim-label");
          gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "warning");
        }
    }

  if (is_heading (style))
    convene_detail_text_set_text (self->heading, text);
  else if (is_note (style) && !continued)
    convene_detail_text_set_text (self->heading, extra);  /* from the model: not dataset text */

  gtk_widget_set_visible (self->link, link);
  gtk_widget_set_visible (self->button, button);
  gtk_widget_set_visible (GTK_WIDGET (self->text), !is_heading (style) && !link && !button);
  if (link)
    {
      gtk_link_button_set_uri (GTK_LINK_BUTTON (self->link), extra);
      convene_detail_text_set_text (self->link_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->link),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }
  else if (button)
    {
      convene_detail_text_set_text (self->button_label, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }
  else if (!is_heading (style))
    convene_detail_text_set_text (self->text, text);
}

/* A meeting's line clicked, or pressed by a screen reader: the row's
 * "line-activated" (the list view's factory activates the row's item) */
static void
on_button_clicked_cb (ConveneDetailRow *self)
{
  g_signal_emit (self, signals[LINE_ACTIVATED], 0);
}

/* Layout: the icon and the marker at their natural size, the column in the
 * rest of the width, all at the top. (A GtkBoxLayout, asked by the list
 * view for its width at a given height, searched for it by laying the
 * texts out at a dozen trial widths each: the row never asks that.) */

#define SPACING 10

static gboolean
shown (GtkWidget *child)
{
  return gtk_widget_should_layout (child);
}

static int
natural_width (GtkWidget *child)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* The width left for the column by the parts before it, and their width */
static int
leading_width (ConveneDetailRow *self)
{
  int width = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && child != self->column;
       child = gtk_widget_get_next_sibling (child))
    if (shown (child))
      width += natural_width (child) + SPACING;
  return width;
}

static GtkSizeRequestMode
convene_detail_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
convene_detail_row_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  ConveneDetailRow *self = CONVENE_DETAIL_ROW (widget);
  int leading = leading_width (self);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int column_min, column_nat;

      gtk_widget_measure (self->column, GTK_ORIENTATION_HORIZONTAL, -1,
                          &column_min, &column_nat, NULL, NULL);
      *minimum = leading + column_min;
      *natural = leading + column_nat;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int width = child == self->column ? (for_size >= 0 ? MAX (for_size - leading, 0) : -1)
                                        : natural_width (child);
      int child_min, child_nat;

      if (!shown (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
convene_detail_row_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  ConveneDetailRow *self = CONVENE_DETAIL_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!shown (child))
        continue;
      child_width = child == self->column ? MAX (width - x, 0) : natural_width (child);
      if (child == self->column)
        child_height = height;
      else
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - child_width : x, 0,
                                                   child_width, MIN (child_height, height) },
                                -1);
      x += child_width + SPACING;
    }
}

static void
convene_detail_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CONVENE_TYPE_DETAIL_ROW);
  G_OBJECT_CLASS (convene_detail_row_parent_class)->dispose (object);
}

static void
convene_detail_row_class_init (ConveneDetailRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_detail_row_dispose;

  g_type_ensure (CONVENE_TYPE_DETAIL_TEXT);
  widget_class->get_request_mode = convene_detail_row_get_request_mode;
  widget_class->measure = convene_detail_row_measure;
  widget_class->size_allocate = convene_detail_row_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "detailrow");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/convene-detail-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, icon);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, marker);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, column);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, heading);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, text);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, link);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, link_label);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, button);
  gtk_widget_class_bind_template_child (widget_class, ConveneDetailRow, button_label);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked_cb);

  /**
   * ConveneDetailRow::line-activated:
   *
   * A meeting's line was clicked, or activated by an assistive technology.
   */
  signals[LINE_ACTIVATED] = g_signal_new ("line-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
convene_detail_row_init (ConveneDetailRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_margin_end (GTK_WIDGET (self), SIDE_MARGIN);
  /* a link is as wide as its title, up to the width of the pane */
  convene_detail_text_set_natural_unwrapped (self->link_label, TRUE);
  convene_detail_text_set_natural_unwrapped (self->button_label, TRUE);

  /* as shown by the template: a paragraph */
  self->style = CONVENE_DETAIL_PARAGRAPH;
  gtk_widget_add_css_class (GTK_WIDGET (self), styles[CONVENE_DETAIL_PARAGRAPH].row_class);
  set_classes (GTK_WIDGET (self->text), (const char * const[]) { NULL },
               styles[CONVENE_DETAIL_PARAGRAPH].text_classes);
}

GtkWidget *
convene_detail_row_new (void)
{
  return g_object_new (CONVENE_TYPE_DETAIL_ROW, NULL);
}

/* Rows of a list view */

/* A meeting's line clicked: the list view activates its item, as Enter on it does */
static void
on_line_activated_cb (GtkWidget   *row,
                      GtkListItem *item)
{
  guint position = gtk_list_item_get_position (item);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (row, "list.activate-item", "u", position);
}

static void
on_setup_row_cb (GtkListItemFactory *factory,
                 GtkListItem        *item)
{
  GtkWidget *row = convene_detail_row_new ();

  /* the item holds the row: connected for the row's life */
  g_signal_connect (row, "line-activated", G_CALLBACK (on_line_activated_cb), item);
  gtk_list_item_set_child (item, row);
}

/* Shows the item's block in its row: when bound, and when the block changes */
static void
show_item (GtkListItem *item)
{
  ConveneDetailBlock *block = gtk_list_item_get_item (item);
  ConveneDetailRow *row = CONVENE_DETAIL_ROW (gtk_list_item_get_child (item));
  ConveneDetailStyle style = convene_detail_block_get_style (block);
  GListModel *blocks = g_object_get_data (G_OBJECT (item), "convene-blocks");
  guint position = gtk_list_item_get_position (item);

  convene_detail_row_show (row, block);
  convene_detail_row_set_edges (row, position == 0, position + 1 == g_list_model_get_n_items (blocks));
  /* Enter on a source's row opens it, on a meeting's row the meeting; other rows do nothing */
  gtk_list_item_set_activatable (item, (style == CONVENE_DETAIL_SOURCE || style == CONVENE_DETAIL_MEETING) &&
                                       convene_detail_block_get_extra (block) != NULL);
}

static void
on_unbind_row_cb (GtkListItemFactory *factory,
                  GtkListItem        *item)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (item), show_item, item);
  convene_detail_row_release (CONVENE_DETAIL_ROW (gtk_list_item_get_child (item)));
}

static void
on_bind_row_cb (GtkListItemFactory *factory,
                GtkListItem        *item,
                GListModel         *blocks)
{
  g_object_set_data (G_OBJECT (item), "convene-blocks", blocks);
  g_signal_connect_swapped (gtk_list_item_get_item (item), "changed", G_CALLBACK (show_item), item);
  show_item (item);
}

/**
 * convene_detail_row_factory_new:
 * @blocks: the list view's blocks (not held: the view's owner keeps them)
 *
 * Makes, shows and reuses a ConveneDetailRow for each block of a list view.
 */
GtkListItemFactory *
convene_detail_row_factory_new (GListModel *blocks)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_row_cb), blocks);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_row_cb), NULL);
  return factory;
}
