/* convene-country-names.h: country names in the user's language, from iso-codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GStrv       convene_country_codes          (void);
const char *convene_country_name           (const char *alpha_3);
const char *convene_country_name_translate (const char *alpha_3);

G_END_DECLS
