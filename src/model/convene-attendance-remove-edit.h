/* convene-attendance-remove-edit.h: one participant taken out of the attendance of many meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "convene-dataset.h"
#include "convene-edit.h"

G_BEGIN_DECLS

#define CONVENE_TYPE_ATTENDANCE_REMOVE_EDIT (convene_attendance_remove_edit_get_type ())
G_DECLARE_FINAL_TYPE (ConveneAttendanceRemoveEdit, convene_attendance_remove_edit, CONVENE, ATTENDANCE_REMOVE_EDIT, ConveneEdit)

ConveneEdit *convene_attendance_remove_edit_new (ConveneDataset     *dataset,
                                                 ConveneParticipant *participant);

G_END_DECLS
