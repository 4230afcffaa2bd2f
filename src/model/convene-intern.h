/* convene-intern.h: strings kept once while something holds them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *convene_intern         (const char *text);
void        convene_intern_release (const char *interned);

G_END_DECLS
