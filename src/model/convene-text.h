/* convene-text.h: dataset text joined with other text, and cut into pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, in UTF-8 */
#define CONVENE_TEXT_FSI "\xe2\x81\xa8"
#define CONVENE_TEXT_PDI "\xe2\x81\xa9"

char *convene_text_isolate           (const char *text);
void  convene_string_append_isolated (GString    *string,
                                      const char *text);
void  convene_text_append_csv_field  (GString    *line,
                                      const char *field);

const char *convene_text_piece_end  (const char *text,
                                     guint       max_chars,
                                     gboolean    at_space);
char       *convene_text_dup_capped (const char *text,
                                     guint       max_chars);

G_END_DECLS
