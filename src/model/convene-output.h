/* convene-output.h: files written whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*ConveneWriteFunc) (gpointer        data,
                                      GOutputStream  *stream,
                                      GCancellable   *cancellable,
                                      GError        **error);

gboolean convene_file_save_whole (GFile            *file,
                                  ConveneWriteFunc  write,
                                  gpointer          data,
                                  GCancellable     *cancellable,
                                  GError          **error);

G_END_DECLS
