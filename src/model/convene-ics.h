/* convene-ics.h: meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "convene-dataset.h"

G_BEGIN_DECLS

/* Octets in a content line before it is folded (RFC 5545 §3.1), CRLF not counted */
#define CONVENE_ICS_LINE_OCTETS 75

char     *convene_ics_dup_uid    (ConveneDataset  *dataset,
                                  ConveneMeeting  *meeting);
char     *convene_ics_write      (ConveneDataset  *dataset,
                                  GPtrArray       *meetings,
                                  GDateTime       *stamp,
                                  gsize           *length);
gboolean  convene_ics_save       (ConveneDataset  *dataset,
                                  GPtrArray       *meetings,
                                  GFile           *file,
                                  GCancellable    *cancellable,
                                  GError         **error);

G_END_DECLS
