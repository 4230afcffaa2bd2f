/* convene-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib-object.h>

#include "convene-record.h"

void
convene_extra_free (ConveneExtra *extra)
{
  g_free (extra->after);
  g_free (extra->name);
  json_node_unref (extra->value);
  g_free (extra);
}

static GPtrArray *
extras_ref (GPtrArray *extras)
{
  return extras != NULL ? g_ptr_array_ref (extras) : NULL;
}

void
convene_source_free (ConveneSource *source)
{
  g_clear_pointer (&source->extras, g_ptr_array_unref);
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

void
convene_note_free (ConveneNote *note)
{
  g_clear_pointer (&note->extras, g_ptr_array_unref);
  g_free (note->text);
  g_free (note);
}

void
convene_outcome_free (ConveneOutcome *outcome)
{
  g_clear_pointer (&outcome->extras, g_ptr_array_unref);
  g_free (outcome->text);
  g_strfreev (outcome->items);
  g_free (outcome);
}

void
convene_attendance_free (ConveneAttendance *attendance)
{
  g_clear_pointer (&attendance->extras, g_ptr_array_unref);
  g_object_unref (attendance->participant);
  g_free (attendance);
}

void
convene_membership_free (ConveneMembership *membership)
{
  g_clear_pointer (&membership->extras, g_ptr_array_unref);
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

/* Copies, for edits that keep a list as it was */

ConveneSource *
convene_source_copy (const ConveneSource *source)
{
  ConveneSource *copy = g_new0 (ConveneSource, 1);

  copy->title = g_strdup (source->title);
  copy->url = g_strdup (source->url);
  copy->extras = extras_ref (source->extras);
  return copy;
}

ConveneNote *
convene_note_copy (const ConveneNote *note)
{
  ConveneNote *copy = g_new0 (ConveneNote, 1);

  copy->kind = note->kind;
  copy->text = g_strdup (note->text);
  copy->extras = extras_ref (note->extras);
  return copy;
}

ConveneOutcome *
convene_outcome_copy (const ConveneOutcome *outcome)
{
  ConveneOutcome *copy = g_new0 (ConveneOutcome, 1);

  copy->text = g_strdup (outcome->text);
  copy->items = g_strdupv (outcome->items);
  if (copy->items == NULL)
    copy->items = g_new0 (char *, 1);
  copy->extras = extras_ref (outcome->extras);
  return copy;
}

ConveneAttendance *
convene_attendance_copy (const ConveneAttendance *attendance)
{
  ConveneAttendance *copy = g_new0 (ConveneAttendance, 1);

  copy->participant = g_object_ref (attendance->participant);
  copy->role = attendance->role;
  copy->extras = extras_ref (attendance->extras);
  return copy;
}

GPtrArray *
convene_outcome_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) convene_outcome_free);
}

GPtrArray *
convene_attendance_array_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) convene_attendance_free);
}

/* Deep copies of the lists (NULL for NULL), each with its free function */

#define DEFINE_ARRAY_COPY(name, Type, new_array) \
GPtrArray * \
name (GPtrArray *array) \
{ \
  GPtrArray *copy; \
 \
  if (array == NULL) \
    return NULL; \
  copy = new_array (); \
  for (guint i = 0; i < array->len; i++) \
    g_ptr_array_add (copy, Type##_copy (g_ptr_array_index (array, i))); \
  return copy; \
}

DEFINE_ARRAY_COPY (convene_source_array_copy, convene_source, convene_source_array_new)
DEFINE_ARRAY_COPY (convene_note_array_copy, convene_note, convene_note_array_new)
DEFINE_ARRAY_COPY (convene_outcome_array_copy, convene_outcome, convene_outcome_array_new)
DEFINE_ARRAY_COPY (convene_attendance_array_copy, convene_attendance, convene_attendance_array_new)
