/* convene-participant.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-collate.h"
#include "convene-country-names.h"
#include "convene-intern.h"
#include "convene-participant-private.h"

G_DEFINE_FINAL_TYPE (ConveneParticipant, convene_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_DISPLAY_NAME,
  PROP_LABEL,
  PROP_KIND,
  PROP_ALIASES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
convene_participant_finalize (GObject *object)
{
  ConveneParticipant *self = CONVENE_PARTICIPANT (object);

  convene_intern_release (self->id);
  g_free (self->name);
  g_free (self->short_name);
  g_strfreev (self->aliases);
  g_ptr_array_unref (self->memberships);
  g_ptr_array_unref (self->notes);
  g_ptr_array_unref (self->sources);
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  g_free (self->search_text);
  g_free (self->sort_key);
  g_free (self->label_sort_key);

  G_OBJECT_CLASS (convene_participant_parent_class)->finalize (object);
}

static void
convene_participant_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConveneParticipant *self = CONVENE_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, convene_participant_get_display_name (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, convene_participant_get_label (self));
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_participant_class_init (ConveneParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = convene_participant_finalize;
  object_class->get_property = convene_participant_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      CONVENE_PARTICIPANT_KIND_COUNTRY, CONVENE_PARTICIPANT_KIND_BODY,
                      CONVENE_PARTICIPANT_KIND_COUNTRY,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_participant_init (ConveneParticipant *self)
{
  self->memberships = g_ptr_array_new_with_free_func ((GDestroyNotify) convene_membership_free);
  self->notes = convene_note_array_new ();
  self->sources = convene_source_array_new ();
}

ConveneParticipant *
_convene_participant_new (const char *id)
{
  ConveneParticipant *self = g_object_new (CONVENE_TYPE_PARTICIPANT, NULL);

  /* interned while a participant of that id lives, never for good: ids come from files */
  self->id = convene_intern (id);
  return self;
}

void
_convene_participant_value_clear (ConveneParticipantValue *value)
{
  g_clear_pointer (&value->text, g_free);
  g_clear_pointer (&value->strv, g_strfreev);
}

void
_convene_participant_value_init (ConveneParticipantValue *value,
                                 ConveneParticipant      *self,
                                 ConveneParticipantField  field)
{
  memset (value, 0, sizeof *value);
  switch (field)
    {
    case CONVENE_PARTICIPANT_FIELD_NAME:
      value->text = g_strdup (self->name);
      break;
    case CONVENE_PARTICIPANT_FIELD_SHORT_NAME:
      value->text = g_strdup (self->short_name);
      break;
    case CONVENE_PARTICIPANT_FIELD_KIND:
      value->kind = self->kind;
      break;
    case CONVENE_PARTICIPANT_FIELD_ALIASES:
      value->strv = g_strdupv (self->aliases);
      break;
    default:
      g_assert_not_reached ();
    }
}

#define SWAP(a, b) G_STMT_START { __typeof__ (a) tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END

/* Swaps the participant's @field with @value, forgets what was made of the
 * names (search text, sort keys) and notifies. */
void
_convene_participant_swap (ConveneParticipant      *self,
                           ConveneParticipantField  field,
                           ConveneParticipantValue *value)
{
  GObject *object = G_OBJECT (self);

  switch (field)
    {
    case CONVENE_PARTICIPANT_FIELD_NAME:
      SWAP (self->name, value->text);
      break;
    case CONVENE_PARTICIPANT_FIELD_SHORT_NAME:
      SWAP (self->short_name, value->text);
      break;
    case CONVENE_PARTICIPANT_FIELD_KIND:
      SWAP (self->kind, value->kind);
      break;
    case CONVENE_PARTICIPANT_FIELD_ALIASES:
      SWAP (self->aliases, value->strv);
      if (self->aliases == NULL)
        self->aliases = g_new0 (char *, 1);
      break;
    default:
      g_assert_not_reached ();
    }
  g_clear_pointer (&self->search_text, g_free);
  memset (&self->search_bits, 0, sizeof self->search_bits);
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->label_sort_key, g_free);

  g_object_freeze_notify (object);
  if (field == CONVENE_PARTICIPANT_FIELD_NAME)
    g_object_notify_by_pspec (object, properties[PROP_NAME]);
  if (field == CONVENE_PARTICIPANT_FIELD_SHORT_NAME)
    g_object_notify_by_pspec (object, properties[PROP_SHORT_NAME]);
  if (field == CONVENE_PARTICIPANT_FIELD_KIND)
    g_object_notify_by_pspec (object, properties[PROP_KIND]);
  if (field == CONVENE_PARTICIPANT_FIELD_ALIASES)
    g_object_notify_by_pspec (object, properties[PROP_ALIASES]);
  g_object_notify_by_pspec (object, properties[PROP_DISPLAY_NAME]);
  g_object_notify_by_pspec (object, properties[PROP_LABEL]);
  g_object_thaw_notify (object);
}

const char *
convene_participant_get_id (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->id;
}

const char *
convene_participant_get_name (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->name;
}

const char *
convene_participant_get_short_name (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->short_name;
}

/* The name to show: for a country or territory, its name in the user's
 * language from iso-codes when there is a translation; otherwise the
 * dataset's name. */
const char *
convene_participant_get_display_name (ConveneParticipant *self)
{
  const char *translated = NULL;

  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);

  if (convene_participant_is_state (self))
    translated = convene_country_name_translate (self->id);
  return translated != NULL ? translated : self->name;
}

/**
 * convene_participant_get_sort_key:
 *
 * What lists of participants sort by: strcmp() on two keys orders the
 * displayed names (convene_participant_get_display_name()) as the user's
 * language does (see convene-collate.c). Made once, when first asked.
 *
 * Returns: (transfer none): the key
 */
static const char *
ensure_key (char       **slot,
            const char  *text)
{
  char *key = g_atomic_pointer_get (slot);

  if (key != NULL)
    return key;
  key = convene_collate_key (text);
  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, key))
    {
      /* another thread made it first */
      g_free (key);
      key = g_atomic_pointer_get (slot);
    }
  return key;
}

const char *
convene_participant_get_sort_key (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return ensure_key (&self->sort_key, convene_participant_get_display_name (self));
}

/* The same for the label (convene_participant_get_label()), for lists that
 * show short names, such as the attendance matrix */
const char *
convene_participant_get_label_sort_key (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);

  if (self->short_name == NULL)
    return convene_participant_get_sort_key (self);
  return ensure_key (&self->label_sort_key, self->short_name);
}

/* For g_ptr_array_sort() of participants: a and b point to ConveneParticipant
 * pointers; orders them by their sort keys. */
int
convene_participant_compare_names (gconstpointer a,
                                   gconstpointer b)
{
  ConveneParticipant *pa = *(ConveneParticipant * const *) a;
  ConveneParticipant *pb = *(ConveneParticipant * const *) b;

  return strcmp (convene_participant_get_sort_key (pa), convene_participant_get_sort_key (pb));
}

/* What compact displays show: the short name when there is one. */
const char *
convene_participant_get_label (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->short_name != NULL ? self->short_name : convene_participant_get_display_name (self);
}

ConveneParticipantKind
convene_participant_get_kind (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), CONVENE_PARTICIPANT_KIND_COUNTRY);
  return self->kind;
}

/* Countries and territories, as opposed to organisations and bodies. */
gboolean
convene_participant_is_state (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), FALSE);
  return self->kind == CONVENE_PARTICIPANT_KIND_COUNTRY ||
         self->kind == CONVENE_PARTICIPANT_KIND_TERRITORY;
}

const char * const *
convene_participant_get_aliases (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return (const char * const *) self->aliases;
}

GPtrArray *
convene_participant_get_memberships (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->memberships;
}

GPtrArray *
convene_participant_get_notes (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->notes;
}

GPtrArray *
convene_participant_get_sources (ConveneParticipant *self)
{
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (self), NULL);
  return self->sources;
}
