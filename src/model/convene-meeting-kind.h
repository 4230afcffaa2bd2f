/* convene-meeting-kind.h: a kind of meeting ("ahg-som") and how it is named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CONVENE_TYPE_MEETING_KIND (convene_meeting_kind_get_type ())
G_DECLARE_FINAL_TYPE (ConveneMeetingKind, convene_meeting_kind, CONVENE, MEETING_KIND, GObject)

ConveneMeetingKind *convene_meeting_kind_new             (const char         *id,
                                                          const char         *declared_label);
const char         *convene_meeting_kind_get_id          (ConveneMeetingKind *self);
const char         *convene_meeting_kind_get_label       (ConveneMeetingKind *self);
const char         *convene_meeting_kind_get_short_label (ConveneMeetingKind *self);
gboolean            convene_meeting_kind_is_declared     (ConveneMeetingKind *self);
const char         *convene_meeting_kind_get_declared_label (ConveneMeetingKind *self);
GPtrArray          *convene_meeting_kind_get_extras      (ConveneMeetingKind *self);
void                convene_meeting_kind_take_extras     (ConveneMeetingKind *self,
                                                          GPtrArray          *extras);

G_END_DECLS
