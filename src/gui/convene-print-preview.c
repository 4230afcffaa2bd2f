/* convene-print-preview.c
 *
 * Convene's own print preview: the pages of a ConvenePrintLayout, drawn by
 * the same code that draws them for the printer and the PDF, one at a
 * time, fitted to the window or zoomed. The print dialog's Preview opens it
 * (ConvenePrintOperation's "preview"), so a preview needs no other
 * program, in the Flatpak too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print-preview"

#include <glib/gi18n.h>

#include "convene-print-preview.h"
#include "convene-window.h"

/* around the page, in pixels */
#define PAGE_PADDING 24.0
#define ZOOM_STEP 1.25
#define MIN_SCALE 0.1
#define MAX_SCALE 8.0

struct _ConvenePrintPreview
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkScrolledWindow *scrolled;
  GtkDrawingArea *area;

  ConvenePrintLayout *layout;  /* paginated */
  guint page;
  gboolean fit;
  double scale;                /* when not fitted: pixels a point */
};

G_DEFINE_FINAL_TYPE (ConvenePrintPreview, convene_print_preview, ADW_TYPE_WINDOW)

static void
page_size (ConvenePrintPreview *self,
           double              *width,
           double              *height)
{
  const ConvenePageGeometry *geometry = convene_print_layout_get_geometry (self->layout);

  *width = geometry->width;
  *height = geometry->height;
}

/* The scale that shows the whole page in the area */
static double
fit_scale (ConvenePrintPreview *self)
{
  double page_width, page_height;
  double width = gtk_widget_get_width (GTK_WIDGET (self->scrolled)) - 2 * PAGE_PADDING;
  double height = gtk_widget_get_height (GTK_WIDGET (self->scrolled)) - 2 * PAGE_PADDING;

  page_size (self, &page_width, &page_height);
  return CLAMP (MIN (width / page_width, height / page_height), MIN_SCALE, MAX_SCALE);
}

double
convene_print_preview_get_scale (ConvenePrintPreview *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PREVIEW (self), 1.0);
  return self->fit ? fit_scale (self) : self->scale;
}

gboolean
convene_print_preview_get_fit (ConvenePrintPreview *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PREVIEW (self), FALSE);
  return self->fit;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  ConvenePrintPreview *self = user_data;
  double scale = convene_print_preview_get_scale (self);
  double page_width, page_height, x, y;

  page_size (self, &page_width, &page_height);
  x = MAX (PAGE_PADDING, (width - page_width * scale) / 2);
  y = MAX (PAGE_PADDING, (height - page_height * scale) / 2);

  /* the sheet: white, as paper is, whatever the style; a faint shadow */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 2, y + 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_width * scale, page_height * scale);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  convene_print_layout_draw_page (self->layout, cr, self->page);
  cairo_restore (cr);
}

/* The area asks for the page's size when zoomed, and for nothing when the
 * page is fitted to it. */
static void
update (ConvenePrintPreview *self)
{
  guint n_pages = convene_print_layout_get_n_pages (self->layout);
  /* TRANSLATORS: in the print preview's header */
  g_autofree char *position = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  double page_width, page_height;

  adw_window_title_set_subtitle (self->window_title, position);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  position, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n_pages);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-fit", !self->fit);

  page_size (self, &page_width, &page_height);
  gtk_drawing_area_set_content_width (self->area, self->fit ? 0 : (int) (page_width * self->scale + 2 * PAGE_PADDING));
  gtk_drawing_area_set_content_height (self->area, self->fit ? 0 : (int) (page_height * self->scale + 2 * PAGE_PADDING));
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

guint
convene_print_preview_get_page (ConvenePrintPreview *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

void
convene_print_preview_set_page (ConvenePrintPreview *self,
                                guint                page)
{
  g_return_if_fail (CONVENE_IS_PRINT_PREVIEW (self));

  self->page = MIN (page, MAX (convene_print_layout_get_n_pages (self->layout), 1) - 1);
  update (self);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConvenePrintPreview *self = CONVENE_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    convene_print_preview_set_page (self, self->page + 1);
  else if (self->page > 0)
    convene_print_preview_set_page (self, self->page - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ConvenePrintPreview *self = CONVENE_PRINT_PREVIEW (widget);
  double scale = convene_print_preview_get_scale (self);

  if (g_str_equal (action_name, "preview.zoom-fit"))
    self->fit = TRUE;
  else
    {
      scale = g_str_equal (action_name, "preview.zoom-in") ? scale * ZOOM_STEP : scale / ZOOM_STEP;
      self->scale = CLAMP (scale, MIN_SCALE, MAX_SCALE);
      self->fit = FALSE;
    }
  update (self);
}

static void
convene_print_preview_dispose (GObject *object)
{
  ConvenePrintPreview *self = CONVENE_PRINT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CONVENE_TYPE_PRINT_PREVIEW);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (convene_print_preview_parent_class)->dispose (object);
}

static void
convene_print_preview_class_init (ConvenePrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = convene_print_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/convene-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, ConvenePrintPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, ConvenePrintPreview, scrolled);
  gtk_widget_class_bind_template_child (widget_class, ConvenePrintPreview, area);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
convene_print_preview_init (ConvenePrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fit = TRUE;
  self->scale = 1.0;
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
}

/* layout: paginated already */
ConvenePrintPreview *
convene_print_preview_new (ConvenePrintLayout *layout)
{
  ConvenePrintPreview *self;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (layout), NULL);
  g_return_val_if_fail (convene_print_layout_get_geometry (layout) != NULL, NULL);

  self = g_object_new (CONVENE_TYPE_PRINT_PREVIEW, NULL);
  self->layout = g_object_ref (layout);
  {
    /* the dataset's title: one line, cut short */
    g_autofree char *title = convene_window_cap_line (convene_print_layout_get_title (layout));

    adw_window_title_set_title (self->window_title, title);
  }
  update (self);
  return self;
}
