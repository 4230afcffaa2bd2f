/* convene-history.h: the undo and redo history of the edits to a dataset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_HISTORY (convene_history_get_type ())
G_DECLARE_FINAL_TYPE (ConveneHistory, convene_history, CONVENE, HISTORY, GObject)

ConveneHistory *convene_history_new                (void);
void            convene_history_push               (ConveneHistory *self,
                                                    ConveneEdit    *edit);
void            convene_history_begin_group        (ConveneHistory *self,
                                                    const char     *label);
void            convene_history_end_group          (ConveneHistory *self);
void            convene_history_end_burst          (ConveneHistory *self);
void            convene_history_set_burst_interval (ConveneHistory *self,
                                                    gint64          usec);
gboolean        convene_history_can_undo           (ConveneHistory *self);
gboolean        convene_history_can_redo           (ConveneHistory *self);
const char     *convene_history_get_undo_label     (ConveneHistory *self);
const char     *convene_history_get_redo_label     (ConveneHistory *self);
gboolean        convene_history_undo               (ConveneHistory *self);
gboolean        convene_history_redo               (ConveneHistory *self);
gboolean        convene_history_is_modified        (ConveneHistory *self);
void            convene_history_mark_clean         (ConveneHistory *self);
void            convene_history_mark_unsaved       (ConveneHistory *self);
guint64         convene_history_get_serial         (ConveneHistory *self);

G_END_DECLS
