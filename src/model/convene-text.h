/* convene-text.h: dataset text joined with other text, and cut into pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most characters a label of the record's (a kind of meeting, a name
 * in a list) is shown with: beyond, it is cut short with "…" where it is
 * said again and again (every meeting of the kind, every meeting attended),
 * so that one long label does not cost its length that many times */
#define CONVENE_TEXT_LABEL_CHARS 200u

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
