/* convene-detail-text.c
 *
 * Text of the detail pane: a paragraph that wraps (between words, or
 * anywhere in a word longer than a line), or one line cut short with "…".
 *
 * Why not a GtkLabel: GTK 4.8's wrapping label lays its text out again for
 * each width it is measured at — with no width, at its least width (ten
 * characters a line), at each width a container tries, then at the width
 * it is given — about thirty layouts of every paragraph each time the pane
 * showed a meeting, which was most of the time from a click to the painted
 * pane. This widget keeps one PangoLayout, laid out at the width it is
 * given, and that layout is the one drawn. A paragraph asks for no more
 * width than MIN_WIDTH (the pane gives it all of its own); a line, and a
 * paragraph told to (a link's title, beside nothing), ask for the width of
 * their text on one line, which costs one more layout. The extents of the
 * text on one line are kept (a list view measures a row's width, then its
 * height at a width, then with none): a line's height is that height, and
 * so is a paragraph's at a width its text on one line fits in, without a
 * layout at that width until it is drawn.
 *
 * Long unbroken words are handed to Pango in pieces
 * (convene_text_runs_cut()), so that breaking them costs time in proportion
 * to their length.
 *
 * The text is plain text, never markup. Screen readers read it as a label
 * (its accessible label is the text); it is not selectable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-detail-text"

#include <string.h>

#include "convene-detail-text.h"
#include "convene-text-runs.h"

/* The least width of a paragraph: below it, the pane does not shrink */
#define MIN_WIDTH 80

struct _ConveneDetailText
{
  GtkWidget parent_instance;

  char *text;
  PangoAttrList *attributes; /* nullable: the text's, as a label's */
  gboolean one_line;
  gboolean natural_unwrapped;
  PangoLayout *layout;   /* NULL until measured */
  int layout_width;      /* the layout's width, in Pango units (-1: none) */
  PangoRectangle unwrapped; /* the text's extents on one line (width -1), */
  guint unwrapped_serial;   /* at this serial of the layout's context; 0: not known */
};

G_DEFINE_FINAL_TYPE (ConveneDetailText, convene_detail_text, GTK_TYPE_WIDGET)

/* The layout is made from the widget's Pango context, which GTK updates
 * when the font changes (a style class, the text scale): Pango then lays
 * it out again by itself, and GTK measures the widget again. */
static PangoLayout *
ensure_layout (ConveneDetailText *self)
{
  PangoAttrList *attrs;

  if (self->layout != NULL)
    return self->layout;

  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  self->layout_width = -1;
  if (self->one_line)
    pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  else
    pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  attrs = convene_text_runs_cut (self->attributes != NULL ? pango_attr_list_copy (self->attributes) : NULL,
                                 self->text != NULL ? self->text : "",
                                 self->text != NULL ? strlen (self->text) : 0);
  if (attrs != NULL)
    {
      pango_layout_set_attributes (self->layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return self->layout;
}

static void
set_layout_width (ConveneDetailText *self,
                  int                width)
{
  ensure_layout (self);
  if (self->layout_width != width)
    {
      pango_layout_set_width (self->layout, width);
      self->layout_width = width;
    }
}

/* The text's extents laid out with no width (on one line): kept, as a
 * list view measures a line's width and then its height at the width it
 * gives, and laying the text out again at each would be two layouts a
 * measure (the font changing changes the context's serial) */
static gboolean
has_unwrapped (ConveneDetailText *self)
{
  return self->unwrapped_serial != 0 &&
         self->unwrapped_serial == pango_context_get_serial (pango_layout_get_context (ensure_layout (self)));
}

static const PangoRectangle *
get_unwrapped (ConveneDetailText *self)
{
  guint serial = pango_context_get_serial (pango_layout_get_context (ensure_layout (self)));

  if (self->unwrapped_serial != serial)
    {
      set_layout_width (self, -1);
      pango_layout_get_pixel_extents (self->layout, NULL, &self->unwrapped);
      self->unwrapped_serial = serial;
    }
  return &self->unwrapped;
}

static void
clear_layout (ConveneDetailText *self)
{
  g_clear_object (&self->layout);
  self->unwrapped_serial = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* GtkWidget */

static GtkSizeRequestMode
convene_detail_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
convene_detail_text_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  ConveneDetailText *self = CONVENE_DETAIL_TEXT (widget);
  PangoRectangle logical;

  if (orientation == GTK_ORIENTATION_HORIZONTAL && !self->one_line && !self->natural_unwrapped)
    {
      /* a paragraph takes the width it is given */
      *minimum = *natural = MIN_WIDTH;
    }
  else if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* the natural width: the text on one line */
      *natural = get_unwrapped (self)->width;
      *minimum = self->one_line ? 0 : MIN (*natural, MIN_WIDTH);
    }
  else if (self->one_line)
    {
      /* cut short, each line is as high as on one line */
      *minimum = *natural = get_unwrapped (self)->height;
    }
  else
    {
      /* a paragraph: laid out at the width given, unless its text on one line (as with
       * no width given), if known, fits in it */
      if (for_size < 0 || (has_unwrapped (self) && self->unwrapped.width <= for_size))
        *minimum = *natural = get_unwrapped (self)->height;
      else
        {
          set_layout_width (self, for_size * PANGO_SCALE);
          pango_layout_get_pixel_extents (self->layout, NULL, &logical);
          *minimum = *natural = logical.height;
        }
    }
}

static void
convene_detail_text_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  set_layout_width (CONVENE_DETAIL_TEXT (widget), width * PANGO_SCALE);
}

static void
convene_detail_text_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ConveneDetailText *self = CONVENE_DETAIL_TEXT (widget);
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0')
    return;
  set_layout_width (self, gtk_widget_get_width (widget) * PANGO_SCALE);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

static void
convene_detail_text_direction_changed (GtkWidget        *widget,
                                       GtkTextDirection  previous)
{
  clear_layout (CONVENE_DETAIL_TEXT (widget));
}

/* GObject */

static void
convene_detail_text_finalize (GObject *object)
{
  ConveneDetailText *self = CONVENE_DETAIL_TEXT (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_free (self->text);
  G_OBJECT_CLASS (convene_detail_text_parent_class)->finalize (object);
}

static void
convene_detail_text_class_init (ConveneDetailTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = convene_detail_text_finalize;
  widget_class->get_request_mode = convene_detail_text_get_request_mode;
  widget_class->measure = convene_detail_text_measure;
  widget_class->size_allocate = convene_detail_text_size_allocate;
  widget_class->snapshot = convene_detail_text_snapshot;
  widget_class->direction_changed = convene_detail_text_direction_changed;

  /* styled as a label ("title-1", "dim-label" and the like apply) */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
convene_detail_text_init (ConveneDetailText *self)
{
}

GtkWidget *
convene_detail_text_new (void)
{
  return g_object_new (CONVENE_TYPE_DETAIL_TEXT, NULL);
}

void
convene_detail_text_set_text (ConveneDetailText *self,
                              const char        *text)
{
  g_return_if_fail (CONVENE_IS_DETAIL_TEXT (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  clear_layout (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  -1);
}

const char *
convene_detail_text_get_text (ConveneDetailText *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_TEXT (self), NULL);
  return self->text;
}

/* Attributes of the text (a size, a colour), as gtk_label_set_attributes() */
void
convene_detail_text_set_attributes (ConveneDetailText *self,
                                    PangoAttrList     *attributes)
{
  g_return_if_fail (CONVENE_IS_DETAIL_TEXT (self));

  if (self->attributes == NULL && attributes == NULL)
    return;
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  self->attributes = attributes != NULL ? pango_attr_list_ref (attributes) : NULL;
  clear_layout (self);
}

/* One line, cut short with "…" (TRUE), or a paragraph that wraps. */
void
convene_detail_text_set_one_line (ConveneDetailText *self,
                                  gboolean           one_line)
{
  g_return_if_fail (CONVENE_IS_DETAIL_TEXT (self));

  if (self->one_line == one_line)
    return;
  self->one_line = one_line;
  clear_layout (self);
}

/* Whether a paragraph asks for the width of its text on one line (as a
 * line does), rather than MIN_WIDTH: for text that is not given the width
 * of the pane, as a link's title. */
void
convene_detail_text_set_natural_unwrapped (ConveneDetailText *self,
                                           gboolean           natural_unwrapped)
{
  g_return_if_fail (CONVENE_IS_DETAIL_TEXT (self));

  self->natural_unwrapped = natural_unwrapped;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Returns: (transfer none): the layout drawn (for tests) */
PangoLayout *
convene_detail_text_get_layout (ConveneDetailText *self)
{
  g_return_val_if_fail (CONVENE_IS_DETAIL_TEXT (self), NULL);
  return ensure_layout (self);
}
