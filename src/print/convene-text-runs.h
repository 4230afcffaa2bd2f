/* convene-text-runs.h: long unbroken runs handed to Pango in pieces
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* Unbroken runs longer than this are handed to Pango in pieces of this length */
#define CONVENE_TEXT_RUN_CHARS 128

PangoAttrList *convene_text_runs_cut (PangoAttrList *attrs,
                                      const char    *text,
                                      gsize          length);

G_END_DECLS
