/* convene-pdf-export.c
 *
 * The layout draws on a cairo PDF surface exactly as it draws in the print
 * dialog's draw-page: one layout module for both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-print"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "convene-pdf-export.h"

typedef struct
{
  GOutputStream *stream;
  GCancellable *cancellable;
  GError *error;
} Writer;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Writer *writer = closure;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL,
                                  writer->cancellable, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * convene_pdf_export_to_stream:
 * @layout: what to print
 * @geometry: (nullable): the sheet; NULL for A4 in the layout's orientation
 * @stream: where the PDF goes; it is not closed
 * @cancellable: (nullable): a cancellable
 * @error: where to put an error
 *
 * Paginates @layout for @geometry and writes every page to @stream.
 *
 * Returns: whether the whole document was written
 */
gboolean
convene_pdf_export_to_stream (ConvenePrintLayout        *layout,
                              const ConvenePageGeometry *geometry,
                              GOutputStream             *stream,
                              GCancellable              *cancellable,
                              GError                   **error)
{
  ConvenePageGeometry a4;
  Writer writer = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (CONVENE_IS_PRINT_LAYOUT (layout), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (geometry == NULL)
    {
      convene_page_geometry_init (&a4, CONVENE_PAPER_A4,
                                  convene_print_layout_get_orientation (layout));
      geometry = &a4;
    }

  n_pages = convene_print_layout_paginate (layout, geometry);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &writer,
                                                 geometry->width, geometry->height);
  if (convene_print_layout_get_title (layout) != NULL)
    {
      g_autofree char *title = convene_print_text_dup_printable (convene_print_layout_get_title (layout));

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Convene");

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages && writer.error == NULL; i++)
    {
      convene_print_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is cairo's reason */
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* The whole PDF in memory, so it can be written to a file in one go. */
GBytes *
convene_pdf_export_to_bytes (ConvenePrintLayout        *layout,
                             const ConvenePageGeometry *geometry,
                             GError                   **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!convene_pdf_export_to_stream (layout, geometry, stream, NULL, error))
    return NULL;
  if (!g_output_stream_close (stream, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}
