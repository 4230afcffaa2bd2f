/* convene-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib-object.h>

#include "convene-record.h"

void
convene_source_free (ConveneSource *source)
{
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

void
convene_note_free (ConveneNote *note)
{
  g_free (note->text);
  g_free (note);
}

void
convene_outcome_free (ConveneOutcome *outcome)
{
  g_free (outcome->text);
  g_strfreev (outcome->items);
  g_free (outcome);
}

void
convene_attendance_free (ConveneAttendance *attendance)
{
  g_object_unref (attendance->participant);
  g_free (attendance);
}

void
convene_membership_free (ConveneMembership *membership)
{
  g_free (membership->group);
  g_free (membership->status);
  g_ptr_array_unref (membership->notes);
  g_ptr_array_unref (membership->sources);
  g_free (membership);
}

GPtrArray *
convene_source_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) convene_source_free);
}

GPtrArray *
convene_note_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) convene_note_free);
}
