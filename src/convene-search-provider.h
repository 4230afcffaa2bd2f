/* convene-search-provider.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CONVENE_SEARCH_PROVIDER_PATH RESOURCE_BASE "/SearchProvider"
#define CONVENE_SEARCH_PROVIDER_MAX_RESULTS 100

#define CONVENE_TYPE_SEARCH_PROVIDER (convene_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (ConveneSearchProvider, convene_search_provider, CONVENE, SEARCH_PROVIDER, GObject)

ConveneSearchProvider *convene_search_provider_new        (GApplication           *application);
gboolean               convene_search_provider_register   (ConveneSearchProvider  *self,
                                                           GDBusConnection        *connection,
                                                           const char             *object_path,
                                                           GError                **error);
void                   convene_search_provider_unregister (ConveneSearchProvider  *self);

G_END_DECLS
