/* convene-calendar-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "convene-document.h"

G_BEGIN_DECLS

/* Called once it is written (error NULL, message to show) or has failed. */
typedef void (*ConveneCalendarExportDone) (GtkWindow  *parent,
                                           const char *message,
                                           gpointer    user_data);

void  convene_calendar_export       (GtkWindow                  *parent,
                                     ConveneDocument            *document,
                                     GPtrArray                  *meetings,
                                     ConveneCalendarExportDone   done,
                                     gpointer                    user_data);
void  convene_calendar_export_to    (GtkWindow                  *parent,
                                     ConveneDocument            *document,
                                     GPtrArray                  *meetings,
                                     GFile                      *file,
                                     ConveneCalendarExportDone   done,
                                     gpointer                    user_data);

G_END_DECLS
