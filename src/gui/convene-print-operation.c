/* convene-print-operation.c
 *
 * The print dialog's side of printing: the pages themselves come from a
 * ConvenePrintLayout (src/print), the same one the PDF export draws, so what
 * the dialog prints and what `convene --summary-pdf` writes are the same.
 * Print settings and page setup are kept between runs in the user's
 * configuration folder.
 *
 * It only wires the layout's calls, in points (gtk_print_operation_set_unit
 * (GTK_UNIT_POINTS)): begin-print paginates, draw-page draws on the print
 * context's cairo context. The geometry is the whole sheet with the page
 * setup's margins (use-full-page TRUE), or the context's size with no
 * margins (use-full-page FALSE: the origin is then inside the margins). The
 * dialog's Preview opens ConvenePrintPreview (the preview vfunc returns
 * TRUE), so no external previewer is needed, in the Flatpak neither. A GTK
 * 4.8 quirk: gtk_page_setup_get_page_width/height() take the margins in the
 * paper's portrait frame while the margin getters return them as stored; the
 * two ways differ only for unequal margins on a landscape page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n.h>

#include "convene-print-operation.h"
#include "convene-print-preview.h"

#define MM_TO_POINTS(mm) ((mm) * 72.0 / 25.4)

struct _ConvenePrintOperation
{
  GtkPrintOperation parent_instance;

  ConvenePrintLayout *layout;
};

G_DEFINE_FINAL_TYPE (ConvenePrintOperation, convene_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_LAYOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
state_path (const char *name)
{
  return g_build_filename (g_get_user_config_dir (), "convene", name, NULL);
}

/* What was used last time, or A4 (Letter where that is the custom) with
 * Convene's margins; landscape for layouts that want it. */
static void
load_state (ConvenePrintOperation *self)
{
  g_autofree char *settings_path = state_path ("print-settings.ini");
  g_autofree char *setup_path = state_path ("page-setup.ini");
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_file (settings_path, NULL);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new_from_file (setup_path, NULL);

  if (setup == NULL)
    {
      setup = gtk_page_setup_new ();
      gtk_page_setup_set_top_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM, GTK_UNIT_MM);
      gtk_page_setup_set_bottom_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM, GTK_UNIT_MM);
      gtk_page_setup_set_left_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM, GTK_UNIT_MM);
      gtk_page_setup_set_right_margin (setup, CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM, GTK_UNIT_MM);
    }

  gtk_page_setup_set_orientation (setup,
                                  convene_print_layout_get_orientation (self->layout) == CONVENE_PAGE_LANDSCAPE
                                  ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);

  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

/* Keeps the settings and page setup of a print that went ahead. */
void
convene_print_operation_save (ConvenePrintOperation *self)
{
  g_autofree char *settings_path = state_path ("print-settings.ini");
  g_autofree char *setup_path = state_path ("page-setup.ini");
  g_autofree char *dir = g_path_get_dirname (settings_path);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (self));
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CONVENE_IS_PRINT_OPERATION (self));

  if (g_mkdir_with_parents (dir, 0700) != 0)
    return;
  if (settings != NULL && !gtk_print_settings_to_file (settings, settings_path, &error))
    g_warning ("Could not keep the print settings: %s", error->message);
  g_clear_error (&error);
  if (setup != NULL && !gtk_page_setup_to_file (setup, setup_path, &error))
    g_warning ("Could not keep the page setup: %s", error->message);
}

/* The page as the user set it up, in points from the sheet's corner. */
static void
geometry_from_setup (GtkPageSetup        *setup,
                     ConvenePageGeometry *geometry)
{
  convene_page_geometry_init_custom (geometry,
                                     gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS),
                                     gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
}

/* Paginates the layout for the page the context describes. */
static guint
paginate_for_context (ConvenePrintOperation *self,
                      GtkPrintContext       *context)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  ConvenePageGeometry geometry;

  geometry_from_setup (setup, &geometry);
  if (!convene_page_geometry_is_usable (&geometry))
    {
      /* margins that leave no room: fall back to Convene's own on that paper */
      convene_page_geometry_init_custom (&geometry, geometry.width, geometry.height,
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_TOP_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_BOTTOM_MM),
                                         MM_TO_POINTS (CONVENE_PAGE_DEFAULT_MARGIN_SIDE_MM));
    }

  return convene_print_layout_paginate (self->layout, &geometry);
}

static void
convene_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);

  gtk_print_operation_set_n_pages (operation, (int) paginate_for_context (self, context));
}

static void
on_preview_destroy_cb (GtkPrintOperationPreview *preview)
{
  gtk_print_operation_preview_end_preview (preview);
  g_object_unref (preview);
}

/* The dialog's Preview shows Convene's own preview window (no other
 * program is needed, and a Flatpak may have none); the operation ends when
 * that window is closed. */
static gboolean
convene_print_operation_preview (GtkPrintOperation        *operation,
                                 GtkPrintOperationPreview *preview,
                                 GtkPrintContext          *context,
                                 GtkWindow                *parent)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);
  ConvenePrintPreview *window;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* GTK goes on to paginate for a preview of the application's own and
   * wants a cairo context for that (it draws nothing on it) */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  paginate_for_context (self, context);
  window = convene_print_preview_new (self->layout);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (on_preview_destroy_cb), g_object_ref (preview));
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
convene_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (operation);

  convene_print_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context),
                                  (guint) page_nr);
}

static void
convene_print_operation_constructed (GObject *object)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  G_OBJECT_CLASS (convene_print_operation_parent_class)->constructed (object);

  /* the layout draws the whole sheet, margins included, in points */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    convene_print_layout_get_title (self->layout));
  load_state (self);
}

static void
convene_print_operation_dispose (GObject *object)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (convene_print_operation_parent_class)->dispose (object);
}

static void
convene_print_operation_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_object (value, self->layout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_operation_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ConvenePrintOperation *self = CONVENE_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      self->layout = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_print_operation_class_init (ConvenePrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = convene_print_operation_constructed;
  object_class->dispose = convene_print_operation_dispose;
  object_class->get_property = convene_print_operation_get_property;
  object_class->set_property = convene_print_operation_set_property;
  operation_class->begin_print = convene_print_operation_begin_print;
  operation_class->draw_page = convene_print_operation_draw_page;
  operation_class->preview = convene_print_operation_preview;

  properties[PROP_LAYOUT] =
    g_param_spec_object ("layout", NULL, NULL, CONVENE_TYPE_PRINT_LAYOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_print_operation_init (ConvenePrintOperation *self)
{
}

ConvenePrintOperation *
convene_print_operation_new (ConvenePrintLayout *layout)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (layout), NULL);

  return g_object_new (CONVENE_TYPE_PRINT_OPERATION,
                       "layout", layout,
                       "allow-async", TRUE,
                       NULL);
}

ConvenePrintLayout *
convene_print_operation_get_layout (ConvenePrintOperation *self)
{
  g_return_val_if_fail (CONVENE_IS_PRINT_OPERATION (self), NULL);
  return self->layout;
}
