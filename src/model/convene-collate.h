/* convene-collate.h: keys that sort names as the user's language does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *convene_collate_key (const char *text);

G_END_DECLS
