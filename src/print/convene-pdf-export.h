/* convene-pdf-export.h: a print layout as a PDF document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-print-layout.h"

G_BEGIN_DECLS

gboolean convene_pdf_export_to_stream (ConvenePrintLayout        *layout,
                                       const ConvenePageGeometry *geometry,
                                       GOutputStream             *stream,
                                       GCancellable              *cancellable,
                                       GError                   **error);
GBytes  *convene_pdf_export_to_bytes  (ConvenePrintLayout        *layout,
                                       const ConvenePageGeometry *geometry,
                                       GError                   **error);

G_END_DECLS
