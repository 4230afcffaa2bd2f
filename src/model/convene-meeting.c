/* convene-meeting.c
 *
 * ConveneMeeting: one meeting of a dataset, its fields read through
 * getters, changed only through the dataset's edits (_convene_meeting_swap(),
 * which swaps a value so that undo and redo copy nothing), with its search
 * text and attendance digest kept in step. How a meeting is said is in
 * convene-meeting-labels.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-intern.h"
#include "convene-meeting-private.h"
#include "convene-search.h"
#include "convene-text.h"

G_DEFINE_FINAL_TYPE (ConveneMeeting, convene_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_YEAR,
  PROP_DATE_KEY,
  PROP_DATE_LABEL,
  PROP_PLACE_LABEL,
  PROP_ATTENDANCE_RECORDED,
  PROP_CITY,
  PROP_VENUE,
  PROP_COUNTRY,
  PROP_MODE,
  PROP_CO_CHAIRS,
  PROP_ATTENDANCE,
  PROP_PURPOSE,
  PROP_OUTCOMES,
  PROP_OUTCOMES_INCOMPLETE,
  PROP_NOTES,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
convene_meeting_finalize (GObject *object)
{
  ConveneMeeting *self = CONVENE_MEETING (object);

  g_free (self->id);
  convene_intern_release (self->kind);
  g_clear_object (&self->meeting_kind);
  convene_intern_release (self->city);
  g_free (self->title);
  g_free (self->venue);
  g_clear_object (&self->country);
  g_strfreev (self->co_chairs);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  g_free (self->purpose);
  g_ptr_array_unref (self->outcomes);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->sources);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_clear_pointer (&self->location_extras, g_ptr_array_unref);
  g_clear_pointer (&self->search_text, g_ref_string_release);

  G_OBJECT_CLASS (convene_meeting_parent_class)->finalize (object);
}

static void
convene_meeting_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConveneMeeting *self = CONVENE_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_YEAR:
      g_value_set_uint (value, self->start.year);
      break;
    case PROP_DATE_KEY:
      g_value_set_uint (value, convene_date_to_key (&self->start));
      break;
    case PROP_DATE_LABEL:
      g_value_take_string (value, convene_meeting_dup_date_label (self));
      break;
    case PROP_PLACE_LABEL:
      g_value_take_string (value, convene_meeting_dup_place_label (self));
      break;
    case PROP_ATTENDANCE_RECORDED:
      g_value_set_boolean (value, self->attendance != NULL);
      break;
    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;
    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;
    case PROP_COUNTRY:
      g_value_set_object (value, self->country);
      break;
    case PROP_MODE:
      g_value_set_int (value, self->mode);
      break;
    case PROP_CO_CHAIRS:
      g_value_set_boxed (value, self->co_chairs);
      break;
    case PROP_ATTENDANCE:
      g_value_set_pointer (value, self->attendance);
      break;
    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;
    case PROP_OUTCOMES:
      g_value_set_pointer (value, self->outcomes);
      break;
    case PROP_OUTCOMES_INCOMPLETE:
      g_value_set_boolean (value, self->outcomes_incomplete);
      break;
    case PROP_NOTES:
      g_value_set_pointer (value, self->notes);
      break;
    case PROP_SOURCES:
      g_value_set_pointer (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_class_init (ConveneMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = convene_meeting_finalize;
  object_class->get_property = convene_meeting_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DATE_KEY] = g_param_spec_uint ("date-key", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_DATE_LABEL] = g_param_spec_string ("date-label", NULL, NULL, NULL, flags);
  properties[PROP_PLACE_LABEL] = g_param_spec_string ("place-label", NULL, NULL, NULL, flags);
  properties[PROP_ATTENDANCE_RECORDED] =
    g_param_spec_boolean ("attendance-recorded", NULL, NULL, FALSE, flags);
  /* notified when an edit changes them (convene-meeting-edit.c); the lists
   * are the meeting's GPtrArrays, replaced whole by an edit */
  properties[PROP_CITY] = g_param_spec_string ("city", NULL, NULL, NULL, flags);
  properties[PROP_VENUE] = g_param_spec_string ("venue", NULL, NULL, NULL, flags);
  properties[PROP_COUNTRY] =
    g_param_spec_object ("country", NULL, NULL, CONVENE_TYPE_PARTICIPANT, flags);
  properties[PROP_MODE] =
    g_param_spec_int ("mode", NULL, NULL, CONVENE_MEETING_MODE_IN_PERSON,
                      CONVENE_MEETING_MODE_HYBRID, CONVENE_MEETING_MODE_IN_PERSON, flags);
  properties[PROP_CO_CHAIRS] = g_param_spec_boxed ("co-chairs", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ATTENDANCE] = g_param_spec_pointer ("attendance", NULL, NULL, flags);
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, NULL, flags);
  properties[PROP_OUTCOMES] = g_param_spec_pointer ("outcomes", NULL, NULL, flags);
  properties[PROP_OUTCOMES_INCOMPLETE] =
    g_param_spec_boolean ("outcomes-incomplete", NULL, NULL, FALSE, flags);
  properties[PROP_NOTES] = g_param_spec_pointer ("notes", NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_pointer ("sources", NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_meeting_init (ConveneMeeting *self)
{
  self->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) convene_outcome_free);
  self->notes = convene_note_array_new ();
  self->sources = convene_source_array_new ();
}

ConveneMeeting *
_convene_meeting_new (void)
{
  return g_object_new (CONVENE_TYPE_MEETING, NULL);
}

/* Editing: an edit holds one field's value while the meeting holds the
 * other, and applying or reverting it swaps them. */

void
_convene_meeting_value_clear (ConveneMeetingValue *value)
{
  g_clear_pointer (&value->text, g_free);
  g_clear_pointer (&value->interned, convene_intern_release);
  g_clear_object (&value->meeting_kind);
  g_clear_object (&value->participant);
  g_clear_pointer (&value->strv, g_strfreev);
  g_clear_pointer (&value->array, g_ptr_array_unref);
}

/* Fills @value with a copy of the meeting's @field, to be changed and swapped in. */
void
_convene_meeting_value_init (ConveneMeetingValue *value,
                             ConveneMeeting      *self,
                             ConveneMeetingField  field)
{
  memset (value, 0, sizeof *value);
  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      value->text = g_strdup (self->id);
      break;
    case CONVENE_MEETING_FIELD_KIND:
      value->interned = self->kind != NULL ? convene_intern (self->kind) : NULL;
      value->meeting_kind = self->meeting_kind != NULL ? g_object_ref (self->meeting_kind) : NULL;
      break;
    case CONVENE_MEETING_FIELD_NUMBER:
      value->number = self->number;
      break;
    case CONVENE_MEETING_FIELD_TITLE:
      value->text = g_strdup (self->title);
      break;
    case CONVENE_MEETING_FIELD_DATES:
      value->start = self->start;
      value->end = self->end;
      break;
    case CONVENE_MEETING_FIELD_CITY:
      value->interned = self->city != NULL ? convene_intern (self->city) : NULL;
      break;
    case CONVENE_MEETING_FIELD_COUNTRY:
      value->participant = self->country != NULL ? g_object_ref (self->country) : NULL;
      break;
    case CONVENE_MEETING_FIELD_VENUE:
      value->text = g_strdup (self->venue);
      break;
    case CONVENE_MEETING_FIELD_MODE:
      value->mode = self->mode;
      break;
    case CONVENE_MEETING_FIELD_CO_CHAIRS:
      value->strv = g_strdupv (self->co_chairs);
      break;
    case CONVENE_MEETING_FIELD_ATTENDANCE:
      value->array = convene_attendance_array_copy (self->attendance);
      break;
    case CONVENE_MEETING_FIELD_PURPOSE:
      value->text = g_strdup (self->purpose);
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES:
      value->array = convene_outcome_array_copy (self->outcomes);
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE:
      value->flag = self->outcomes_incomplete;
      break;
    case CONVENE_MEETING_FIELD_NOTES:
      value->array = convene_note_array_copy (self->notes);
      break;
    case CONVENE_MEETING_FIELD_SOURCES:
      value->array = convene_source_array_copy (self->sources);
      break;
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

static void digest_attendance (ConveneMeeting *self);

#define SWAP(a, b) G_STMT_START { __typeof__ (a) tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END

/* Swaps the meeting's @field with @value, and makes the search text anew
 * when the field is searched. Notifies nothing: the dataset does
 * (_convene_meeting_notify()) once its lists are in order. */
void
_convene_meeting_swap (ConveneMeeting      *self,
                       ConveneMeetingField  field,
                       ConveneMeetingValue *value)
{
  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      SWAP (self->id, value->text);
      return;
    case CONVENE_MEETING_FIELD_KIND:
      SWAP (self->kind, value->interned);
      SWAP (self->meeting_kind, value->meeting_kind);
      return;
    case CONVENE_MEETING_FIELD_NUMBER:
      SWAP (self->number, value->number);
      return;
    case CONVENE_MEETING_FIELD_TITLE:
      SWAP (self->title, value->text);
      break;
    case CONVENE_MEETING_FIELD_DATES:
      SWAP (self->start, value->start);
      SWAP (self->end, value->end);
      return;
    case CONVENE_MEETING_FIELD_CITY:
      SWAP (self->city, value->interned);
      break;
    case CONVENE_MEETING_FIELD_COUNTRY:
      SWAP (self->country, value->participant);
      _convene_meeting_refold_people (self);
      return;
    case CONVENE_MEETING_FIELD_VENUE:
      SWAP (self->venue, value->text);
      break;
    case CONVENE_MEETING_FIELD_MODE:
      SWAP (self->mode, value->mode);
      return;
    case CONVENE_MEETING_FIELD_CO_CHAIRS:
      SWAP (self->co_chairs, value->strv);
      if (self->co_chairs == NULL)
        self->co_chairs = g_new0 (char *, 1);
      break;
    case CONVENE_MEETING_FIELD_ATTENDANCE:
      {
        static guint serials = 0;

        SWAP (self->attendance, value->array);
        self->attendance_serial = ++serials;
        digest_attendance (self);
      }
      _convene_meeting_refold_people (self);
      return;
    case CONVENE_MEETING_FIELD_PURPOSE:
      SWAP (self->purpose, value->text);
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES:
      SWAP (self->outcomes, value->array);
      if (self->outcomes == NULL)
        self->outcomes = convene_outcome_array_new ();
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE:
      SWAP (self->outcomes_incomplete, value->flag);
      return;
    case CONVENE_MEETING_FIELD_NOTES:
      SWAP (self->notes, value->array);
      if (self->notes == NULL)
        self->notes = convene_note_array_new ();
      break;
    case CONVENE_MEETING_FIELD_SOURCES:
      SWAP (self->sources, value->array);
      if (self->sources == NULL)
        self->sources = convene_source_array_new ();
      return;
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_assert_not_reached ();
    }
  _convene_meeting_refold (self);
}

static void
refold (ConveneMeeting *self,
        char *(*fold) (ConveneMeeting *, GString *))
{
  /* the text's size at once: growing it step by step costs more than folding */
  g_autoptr(GString) scratch = g_string_sized_new (self->search_len + 256);
  char *text = fold (self, scratch);

  g_clear_pointer (&self->search_text, g_ref_string_release);
  self->search_text = text;
  __atomic_store_n (&self->search_hint, 0, __ATOMIC_RELAXED);
}

/* The search text anew, after a change to what it is made of. */
void
_convene_meeting_refold (ConveneMeeting *self)
{
  refold (self, convene_search_fold_meeting_text);
}

/* The same, after a change to its participants only (its host, its
 * attendance, or what they are called): the meeting's own text is kept. */
void
_convene_meeting_refold_people (ConveneMeeting *self)
{
  refold (self, convene_search_refold_meeting_people);
}

/* Tells who watches the meeting that @field changed. */
void
_convene_meeting_notify (ConveneMeeting      *self,
                         ConveneMeetingField  field)
{
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  switch (field)
    {
    case CONVENE_MEETING_FIELD_ID:
      g_object_notify_by_pspec (object, properties[PROP_ID]);
      break;
    case CONVENE_MEETING_FIELD_KIND:
      g_object_notify_by_pspec (object, properties[PROP_KIND]);
      break;
    case CONVENE_MEETING_FIELD_NUMBER:
      g_object_notify_by_pspec (object, properties[PROP_NUMBER]);
      break;
    case CONVENE_MEETING_FIELD_TITLE:
      g_object_notify_by_pspec (object, properties[PROP_TITLE]);
      break;
    case CONVENE_MEETING_FIELD_DATES:
      g_object_notify_by_pspec (object, properties[PROP_YEAR]);
      g_object_notify_by_pspec (object, properties[PROP_DATE_KEY]);
      g_object_notify_by_pspec (object, properties[PROP_DATE_LABEL]);
      break;
    case CONVENE_MEETING_FIELD_CITY:
      g_object_notify_by_pspec (object, properties[PROP_CITY]);
      g_object_notify_by_pspec (object, properties[PROP_PLACE_LABEL]);
      break;
    case CONVENE_MEETING_FIELD_COUNTRY:
      g_object_notify_by_pspec (object, properties[PROP_COUNTRY]);
      g_object_notify_by_pspec (object, properties[PROP_PLACE_LABEL]);
      break;
    case CONVENE_MEETING_FIELD_VENUE:
      g_object_notify_by_pspec (object, properties[PROP_VENUE]);
      break;
    case CONVENE_MEETING_FIELD_MODE:
      g_object_notify_by_pspec (object, properties[PROP_MODE]);
      g_object_notify_by_pspec (object, properties[PROP_PLACE_LABEL]);
      break;
    case CONVENE_MEETING_FIELD_CO_CHAIRS:
      g_object_notify_by_pspec (object, properties[PROP_CO_CHAIRS]);
      break;
    case CONVENE_MEETING_FIELD_ATTENDANCE:
      g_object_notify_by_pspec (object, properties[PROP_ATTENDANCE]);
      g_object_notify_by_pspec (object, properties[PROP_ATTENDANCE_RECORDED]);
      break;
    case CONVENE_MEETING_FIELD_PURPOSE:
      g_object_notify_by_pspec (object, properties[PROP_PURPOSE]);
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES:
      g_object_notify_by_pspec (object, properties[PROP_OUTCOMES]);
      break;
    case CONVENE_MEETING_FIELD_OUTCOMES_INCOMPLETE:
      g_object_notify_by_pspec (object, properties[PROP_OUTCOMES_INCOMPLETE]);
      break;
    case CONVENE_MEETING_FIELD_NOTES:
      g_object_notify_by_pspec (object, properties[PROP_NOTES]);
      break;
    case CONVENE_MEETING_FIELD_SOURCES:
      g_object_notify_by_pspec (object, properties[PROP_SOURCES]);
      break;
    case CONVENE_N_MEETING_FIELDS:
    default:
      g_assert_not_reached ();
    }
  g_object_thaw_notify (object);
}

/* A new meeting with every field of @meeting but its id (@id), and no
 * place in a dataset yet: for Duplicate Meeting. */
ConveneMeeting *
_convene_meeting_copy (ConveneMeeting *meeting,
                       const char     *id)
{
  ConveneMeeting *copy = _convene_meeting_new ();

  copy->id = g_strdup (id);
  copy->kind = meeting->kind != NULL ? convene_intern (meeting->kind) : NULL;
  copy->meeting_kind = meeting->meeting_kind != NULL ? g_object_ref (meeting->meeting_kind) : NULL;
  copy->number = meeting->number;
  copy->title = g_strdup (meeting->title);
  copy->start = meeting->start;
  copy->end = meeting->end;
  copy->city = meeting->city != NULL ? convene_intern (meeting->city) : NULL;
  copy->venue = g_strdup (meeting->venue);
  copy->country = meeting->country != NULL ? g_object_ref (meeting->country) : NULL;
  copy->mode = meeting->mode;
  copy->co_chairs = g_strdupv (meeting->co_chairs);
  copy->attendance = convene_attendance_array_copy (meeting->attendance);
  digest_attendance (copy);
  copy->purpose = g_strdup (meeting->purpose);
  g_ptr_array_unref (copy->outcomes);
  copy->outcomes = convene_outcome_array_copy (meeting->outcomes);
  copy->outcomes_incomplete = meeting->outcomes_incomplete;
  g_ptr_array_unref (copy->notes);
  copy->notes = convene_note_array_copy (meeting->notes);
  g_ptr_array_unref (copy->sources);
  copy->sources = convene_source_array_copy (meeting->sources);
  _convene_meeting_refold (copy);
  return copy;
}

const char *
convene_meeting_get_id (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->id;
}

/* The kind's id ("ahg-som"), interned: for comparing, never for showing */
const char *
convene_meeting_get_kind (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->kind;
}

/* Returns: (transfer none): the kind, with its labels */
ConveneMeetingKind *
convene_meeting_get_meeting_kind (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->meeting_kind;
}

/* The ordinal within its kind, or 0 when it has none. */
guint
convene_meeting_get_number (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), 0);
  return self->number;
}

const char *
convene_meeting_get_title (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->title;
}

const ConveneDate *
convene_meeting_get_start (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return &self->start;
}

const ConveneDate *
convene_meeting_get_end (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return &self->end;
}

guint
convene_meeting_get_year (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), 0);
  return self->start.year;
}

guint
convene_meeting_get_date_key (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), 0);
  return convene_date_to_key (&self->start);
}

char *
convene_meeting_dup_date_label (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return convene_date_format_range (&self->start, &self->end);
}

const char *
convene_meeting_get_city (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->city;
}

const char *
convene_meeting_get_venue (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->venue;
}

ConveneParticipant *
convene_meeting_get_country (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->country;
}

ConveneMeetingMode
convene_meeting_get_mode (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), CONVENE_MEETING_MODE_IN_PERSON);
  return self->mode;
}

/* "Da Nang, Viet Nam", "Online", "Kuala Lumpur, Malaysia, and online";
 * NULL when the dataset gives no place. The city and the country are each
 * isolated (convene_text_isolate()). */
char *
convene_meeting_dup_place_label (ConveneMeeting *self)
{
  g_autofree char *place = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);

  if (self->city != NULL || self->country != NULL)
    {
      GString *text = g_string_new (NULL);

      convene_string_append_isolated (text, self->city);
      if (self->city != NULL && self->country != NULL)
        g_string_append (text, ", ");
      if (self->country != NULL)
        convene_string_append_isolated (text, convene_participant_get_display_name (self->country));
      place = g_string_free (text, FALSE);
    }

  switch (self->mode)
    {
    case CONVENE_MEETING_MODE_VIRTUAL:
      return g_strdup (_("Online"));
    case CONVENE_MEETING_MODE_HYBRID:
      if (place == NULL)
        return g_strdup (_("Hybrid, in person and online"));
      /* TRANSLATORS: a place, for a meeting held there and online at once */
      return g_strdup_printf (_("%s, and online"), place);
    case CONVENE_MEETING_MODE_IN_PERSON:
    default:
      return g_steal_pointer (&place);
    }
}

/* "23–24 July 2019 · Da Nang, Viet Nam": when and where, in a line; the
 * date alone when the dataset gives no place. */
char *
convene_meeting_dup_date_place_label (ConveneMeeting *self)
{
  g_autofree char *date = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);

  date = convene_meeting_dup_date_label (self);
  place = convene_meeting_dup_place_label (self);
  if (place == NULL)
    return g_steal_pointer (&date);
  /* TRANSLATORS: a meeting's dates and place, as in "23–24 July 2019 · Da Nang, Viet Nam" */
  return g_strdup_printf (_("%s · %s"), date, place);
}

const char * const *
convene_meeting_get_co_chairs (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return (const char * const *) self->co_chairs;
}

gboolean
convene_meeting_get_attendance_recorded (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), FALSE);
  return self->attendance != NULL;
}

/* Returns: (nullable): the attendance in the source's order, or NULL when
 * the meeting's attendance was not recorded. */
GPtrArray *
convene_meeting_get_attendance (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->attendance;
}

ConveneRole
convene_meeting_get_role (ConveneMeeting     *self,
                          ConveneParticipant *participant)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), CONVENE_ROLE_NONE);

  if (self->attendance == NULL)
    return CONVENE_ROLE_NOT_RECORDED;
  if (!_convene_meeting_may_attend (self, participant))
    return CONVENE_ROLE_NONE;

  for (guint i = 0; i < self->attendance->len; i++)
    {
      ConveneAttendance *a = g_ptr_array_index (self->attendance, i);

      if (a->participant == participant)
        return a->role;
    }

  return CONVENE_ROLE_NONE;
}

/* Attendance digests: whether a participant can be in a meeting's
 * attendance is told by two bits of four words, without reading the list
 * (which is a pointer to each entry): Delete Participant and a rename look
 * for the meetings that name the participant among 10,000, and most do not. */

static inline void
digest_bits (ConveneParticipant *participant,
             guint              *a,
             guint              *b)
{
  guint64 hash = ((guintptr) participant >> 4) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  *a = hash >> 56;
  *b = (hash >> 48) & 0xff;
}

/* Sets the participant's bits (the loader, entry by entry). */
void
_convene_meeting_digest_add (ConveneMeeting     *self,
                             ConveneParticipant *participant)
{
  guint a, b;

  digest_bits (participant, &a, &b);
  self->attendance_digest[a / 64] |= G_GUINT64_CONSTANT (1) << (a % 64);
  self->attendance_digest[b / 64] |= G_GUINT64_CONSTANT (1) << (b % 64);
}

static void
digest_attendance (ConveneMeeting *self)
{
  memset (self->attendance_digest, 0, sizeof self->attendance_digest);
  for (guint i = 0; self->attendance != NULL && i < self->attendance->len; i++)
    _convene_meeting_digest_add (self, ((ConveneAttendance *) g_ptr_array_index (self->attendance, i))->participant);
}

/* FALSE: the participant is not in the meeting's attendance; TRUE: it may be. */
gboolean
_convene_meeting_may_attend (ConveneMeeting     *self,
                             ConveneParticipant *participant)
{
  guint a, b;

  digest_bits (participant, &a, &b);
  return (self->attendance_digest[a / 64] & (G_GUINT64_CONSTANT (1) << (a % 64))) != 0 &&
         (self->attendance_digest[b / 64] & (G_GUINT64_CONSTANT (1) << (b % 64))) != 0;
}

const char *
convene_meeting_get_purpose (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->purpose;
}

GPtrArray *
convene_meeting_get_outcomes (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->outcomes;
}

gboolean
convene_meeting_get_outcomes_incomplete (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), FALSE);
  return self->outcomes_incomplete;
}

GPtrArray *
convene_meeting_get_notes (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->notes;
}

/* Whether the dataset records that its sources disagree about this meeting. */
gboolean
convene_meeting_has_contradiction (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), FALSE);

  for (guint i = 0; i < self->notes->len; i++)
    {
      ConveneNote *note = g_ptr_array_index (self->notes, i);

      if (note->kind == CONVENE_NOTE_CONTRADICTION)
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
convene_meeting_get_sources (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->sources;
}

/* All the meeting's searchable text, folded for case and accents. */
const char *
convene_meeting_get_search_text (ConveneMeeting *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING (self), NULL);
  return self->search_text != NULL ? self->search_text : "";
}

/* Date order; meetings on the same day by kind, number and id so that the
 * order never depends on the file's. */
int
convene_meeting_compare (ConveneMeeting *a,
                         ConveneMeeting *b)
{
  int cmp;

  if ((cmp = convene_date_compare (&a->start, &b->start)) != 0)
    return cmp;
  if ((cmp = convene_date_compare (&a->end, &b->end)) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (a->kind, b->kind)) != 0)
    return cmp;
  if (a->number != b->number)
    return a->number < b->number ? -1 : 1;
  return g_strcmp0 (a->id, b->id);
}
