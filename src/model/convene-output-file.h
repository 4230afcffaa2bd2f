/* convene-output-file.h: where every export writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes the whole output to stream (and leaves it open); FALSE with error
 * set on failure. convene_matrix_write_csv() and the like have this shape. */
typedef gboolean (*ConveneOutputWriter) (gpointer        user_data,
                                         GOutputStream  *stream,
                                         GCancellable   *cancellable,
                                         GError        **error);

gboolean convene_output_file_write       (GFile                *file,
                                          GFile                *input,
                                          ConveneOutputWriter   writer,
                                          gpointer              user_data,
                                          GCancellable         *cancellable,
                                          GError              **error);
gboolean convene_output_file_write_bytes (GFile                *file,
                                          GFile                *input,
                                          GBytes               *bytes,
                                          GCancellable         *cancellable,
                                          GError              **error);

G_END_DECLS
