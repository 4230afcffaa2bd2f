/* convene-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CONVENE_TYPE_APPLICATION (convene_application_get_type ())
G_DECLARE_FINAL_TYPE (ConveneApplication, convene_application, CONVENE, APPLICATION, AdwApplication)

ConveneApplication *convene_application_new (void);

G_END_DECLS
