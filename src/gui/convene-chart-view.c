/* convene-chart-view.c
 *
 * Draws a ConveneChart with cairo inside a snapshot (the same drawing as on
 * paper, in the style's colours, so it follows the dark style). The widget
 * takes the keyboard focus: Left and Right (Home, End) move a focus item
 * from mark to mark or bar to bar, Enter or Space activates it, as does a
 * click; "item-activated" gives the item. GTK 4.8 has no accessible objects
 * for drawn items, so the widget's accessible label is the focus item's
 * description (the chart's own text alternative), announced as it moves;
 * the description is the item's tooltip as well. To a screen reader the
 * widget is a button (a mark or a bar opens what it counts), and its
 * action "chart.activate-item" (AT-SPI's Action interface lists a widget's
 * own actions) activates the focus item.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-chart-view"

#include <string.h>

#include <glib/gi18n.h>

#include "convene-chart-view.h"
#include "convene-widgets.h"

struct _ConveneChartView
{
  GtkWidget parent_instance;

  ConveneChart *chart;
  int focus;             /* the focus item; -1: none */

  /* the chart as drawn last, for the frames that follow (a scroll bar fading in, the focus
   * moving) to repeat without drawing again: remade when the size, scale or colours change */
  GdkTexture *texture;
  int texture_width, texture_height, texture_scale;
  ConveneChartPalette texture_palette;
};

G_DEFINE_FINAL_TYPE (ConveneChartView, convene_chart_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static double
get_em (ConveneChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  return convene_chart_get_em (context, pango_context_get_font_description (context));
}

static void
set_rgba (double         out[4],
          const GdkRGBA *rgba,
          double         alpha)
{
  out[0] = rgba->red;
  out[1] = rgba->green;
  out[2] = rgba->blue;
  out[3] = rgba->alpha * alpha;
}

/* The paper's palette, with the style's text colours and the matrix's named
 * role colours (ui/style.css), so both follow the dark style */
static void
get_palette (ConveneChartView    *self,
             ConveneChartPalette *palette)
{
  static const char * const role_colours[] = {
    [CONVENE_ROLE_PARTICIPANT] = "convene_matrix_participant_color",
    [CONVENE_ROLE_OBSERVER] = "convene_matrix_observer_color",
    [CONVENE_ROLE_CO_CHAIR] = "convene_matrix_co_chair_color",
  };
  GdkRGBA fg, colour;

  *palette = *convene_chart_palette_for_paper ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

    gtk_style_context_get_color (context, &fg);
    if (gtk_style_context_lookup_color (context, "accent_color", &colour))
      set_rgba (palette->focus, &colour, 1);
    for (guint i = 0; i < G_N_ELEMENTS (role_colours); i++)
      if (role_colours[i] != NULL && gtk_style_context_lookup_color (context, role_colours[i], &colour))
        set_rgba (palette->roles[i], &colour, 1);
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
  set_rgba (palette->ink, &fg, 1);
  set_rgba (palette->dim, &fg, 0.7);
  set_rgba (palette->grid, &fg, 0.2);
  set_rgba (palette->roles[CONVENE_ROLE_NONE], &fg, 0.45);
  set_rgba (palette->roles[CONVENE_ROLE_NOT_RECORDED], &fg, 0.7);
}

static void
update_accessible (ConveneChartView *self)
{
  g_autofree char *title = NULL;
  g_autofree char *item = NULL;
  g_autofree char *label = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.activate-item", self->focus >= 0);
  if (self->chart == NULL)
    return;
  title = convene_chart_dup_title (self->chart);
  if (self->focus >= 0)
    item = convene_chart_dup_item_description (self->chart, self->focus);
  /* TRANSLATORS: a chart's title, then the item that has the focus */
  label = item != NULL ? g_strdup_printf (_("%s: %s"), title, item) : g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GdkTexture *
render_texture (ConveneChartView          *self,
                int                        width,
                int                        height,
                int                        scale,
                const ConveneChartPalette *palette)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale,
                                                         height * scale);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_scale (cr, scale, scale);
  convene_chart_draw (self->chart, cr, context, pango_context_get_font_description (context),
                      width, height, palette, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  /* cairo's ARGB32 is premultiplied, in the machine's byte order: GDK_MEMORY_DEFAULT */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static void
convene_chart_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ConveneChartView *self = CONVENE_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  ConveneChartPalette palette;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  get_palette (self, &palette);
  if (self->texture == NULL || self->texture_width != width || self->texture_height != height ||
      self->texture_scale != scale || memcmp (&palette, &self->texture_palette, sizeof palette) != 0)
    {
      g_clear_object (&self->texture);
      self->texture = render_texture (self, width, height, scale, &palette);
      self->texture_width = width;
      self->texture_height = height;
      self->texture_scale = scale;
      self->texture_palette = palette;
    }
  gtk_snapshot_append_texture (snapshot, self->texture, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* the focus ring, over the drawing */
  if (gtk_widget_has_focus (widget) && self->focus >= 0)
    {
      double x, y, w, h;
      GskRoundedRect ring;
      GdkRGBA colour = { palette.focus[0], palette.focus[1], palette.focus[2], palette.focus[3] };

      if (convene_chart_get_item_area (self->chart, self->focus, width, height, get_em (self),
                                       &x, &y, &w, &h))
        {
          gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x - 3, y - 3, w + 6, h + 6), 3);
          gtk_snapshot_append_border (snapshot, &ring, (float[4]) { 2, 2, 2, 2 },
                                      (GdkRGBA[4]) { colour, colour, colour, colour });
        }
    }
}

static void
convene_chart_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  ConveneChartView *self = CONVENE_CHART_VIEW (widget);
  double em = get_em (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (16 * em);
      *natural = (int) (40 * em);
    }
  else
    {
      int height = self->chart != NULL
                   ? (int) ceil (convene_chart_get_natural_height (self->chart, em)) : 0;

      *minimum = *natural = height;
    }
}

static void
activate_item (ConveneChartView *self,
               int               item)
{
  if (self->chart != NULL && item >= 0 && (guint) item < convene_chart_get_n_items (self->chart))
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, (guint) item);
}

static void
activate_item_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ConveneChartView *self = CONVENE_CHART_VIEW (widget);

  activate_item (self, self->focus);
}

static void
on_click_released_cb (GtkGestureClick  *gesture,
                      int               n_press,
                      double            x,
                      double            y,
                      ConveneChartView *self)
{
  int item;

  if (self->chart == NULL)
    return;
  item = convene_chart_hit (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)), get_em (self), x, y);
  if (item < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  convene_chart_view_set_focus_item (self, item);
  activate_item (self, item);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   ConveneChartView      *self)
{
  int n = self->chart != NULL ? (int) convene_chart_get_n_items (self->chart) : 0;
  int focus = self->focus;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      focus = focus < 0 ? 0 : MAX (0, focus - 1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      focus = focus < 0 ? 0 : MIN (n - 1, focus + 1);
      break;
    case GDK_KEY_Home:
      focus = 0;
      break;
    case GDK_KEY_End:
      focus = n - 1;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_item (self, focus);
      return TRUE;
    default:
      return FALSE;
    }
  convene_chart_view_set_focus_item (self, focus);
  return TRUE;
}

static gboolean
on_query_tooltip_cb (GtkWidget        *widget,
                     int               x,
                     int               y,
                     gboolean          keyboard,
                     GtkTooltip       *tooltip,
                     ConveneChartView *self)
{
  g_autofree char *text = NULL;
  int item;

  if (self->chart == NULL)
    return FALSE;
  item = keyboard ? self->focus
                  : convene_chart_hit (self->chart, gtk_widget_get_width (widget),
                                       gtk_widget_get_height (widget), get_em (self), x, y);
  if (item < 0)
    return FALSE;
  text = convene_chart_dup_item_description (self->chart, item);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_focus_changed_cb (ConveneChartView *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (self)) && self->focus < 0 && self->chart != NULL &&
      convene_chart_get_n_items (self->chart) > 0)
    convene_chart_view_set_focus_item (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
convene_chart_view_dispose (GObject *object)
{
  ConveneChartView *self = CONVENE_CHART_VIEW (object);

  g_clear_object (&self->chart);
  g_clear_object (&self->texture);
  G_OBJECT_CLASS (convene_chart_view_parent_class)->dispose (object);
}

static void
convene_chart_view_class_init (ConveneChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_chart_view_dispose;
  widget_class->snapshot = convene_chart_view_snapshot;
  widget_class->measure = convene_chart_view_measure;

  /**
   * ConveneChartView::item-activated:
   * @item: the chart's item, clicked or chosen with Enter
   */
  signals[ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "convene-chart");
  /* its marks and bars open what they count: a button, whose label is the focus item's */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_install_action (widget_class, "chart.activate-item", NULL, activate_item_action);
}

static void
convene_chart_view_init (ConveneChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->focus = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.activate-item", FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
}

GtkWidget *
convene_chart_view_new (void)
{
  return g_object_new (CONVENE_TYPE_CHART_VIEW, NULL);
}

/* The chart's table is made when first shown: a long record makes a long one */
static void
on_table_expanded_cb (GtkExpander  *expander,
                      GParamSpec   *pspec,
                      ConveneChart *chart)
{
  g_autofree char *table = NULL;
  GtkWidget *label;

  if (!gtk_expander_get_expanded (expander) || gtk_expander_get_child (expander) != NULL)
    return;
  table = convene_chart_dup_table (chart);
  label = convene_wrapping_label_new (table, NULL);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_expander_set_child (expander, label);
}

/**
 * convene_chart_view_new_with_text:
 * @view: (out) (transfer none): the chart's view, in the box
 *
 * A box holding a view of @chart and, under it, "Show as Text": the chart's
 * figures as text (convene_chart_dup_table()), for reading and for screen
 * readers.
 */
GtkWidget *
convene_chart_view_new_with_text (ConveneChart      *chart,
                                  ConveneChartView **view)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("Show as _Text"));

  /* named by its label: a screen reader said "GtkExpander" */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  gtk_expander_get_label_widget (GTK_EXPANDER (expander)), NULL, -1);
  *view = CONVENE_CHART_VIEW (convene_chart_view_new ());
  convene_chart_view_set_chart (*view, chart);
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (on_table_expanded_cb), chart, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*view));
  gtk_box_append (GTK_BOX (box), expander);
  return box;
}

ConveneChart *
convene_chart_view_get_chart (ConveneChartView *self)
{
  g_return_val_if_fail (CONVENE_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
convene_chart_view_set_chart (ConveneChartView *self,
                              ConveneChart     *chart)
{
  g_return_if_fail (CONVENE_IS_CHART_VIEW (self));

  if (!g_set_object (&self->chart, chart))
    return;
  g_clear_object (&self->texture);
  self->focus = -1;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

int
convene_chart_view_get_focus_item (ConveneChartView *self)
{
  g_return_val_if_fail (CONVENE_IS_CHART_VIEW (self), -1);
  return self->focus;
}

/* Moves the focus item (-1: none) and says it to assistive technologies */
void
convene_chart_view_set_focus_item (ConveneChartView *self,
                                   int               item)
{
  g_return_if_fail (CONVENE_IS_CHART_VIEW (self));

  if (self->chart == NULL || item >= (int) convene_chart_get_n_items (self->chart))
    item = -1;
  if (self->focus == item)
    return;
  self->focus = item;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
