/* convene-meeting-kind.c
 *
 * A kind of meeting: its id as the dataset writes it ("ahg-som") and the
 * words a person reads for it. How a kind is named is decided here only
 * (describe()), once, when the kind is made: the label the dataset declares
 * ("kinds" in the file), else Convene's own translated name for the kinds
 * it knows, else words made from the id ("task-force" → "Task force"). No
 * id is ever shown as it is. A declared label that is Convene's own English
 * name for that kind is the same name: it is shown translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-intern.h"
#include "convene-meeting-kind.h"
#include "convene-text.h"

struct _ConveneMeetingKind
{
  GObject parent_instance;

  const char *id;           /* interned (convene-intern.h): meetings hold the same pointer */
  char *label;
  char *short_label;
  char *declared_label; /* as the dataset writes it; NULL: not declared */
  GPtrArray *extras;    /* of ConveneExtra: members of its "kinds" entry Convene does not know */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingKind, convene_meeting_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_SHORT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *label;
  const char *short_label;
} known_kinds[] = {
  { "ahg-som", N_("Ad Hoc Group Senior Officials’ Meeting"), N_("AHG SOM") },
  { "ministerial-conference", N_("Ministerial Conference"), N_("Ministerial") },
  { "senior-officials-meeting", N_("Senior Officials’ Meeting"), N_("SOM") },
  { "steering-group", N_("Steering Group Meeting"), N_("Steering Group") },
  { "workshop", N_("Workshop"), N_("Workshop") },
  { "roundtable", N_("Roundtable"), N_("Roundtable") },
  { "consultation-mechanism", N_("Consultation Mechanism Meeting"), N_("Consultation") },
};

/* The words for a kind. The short form heads the matrix's narrow columns and
 * the list's rows: a dataset declares one label only, so a kind Convene
 * knows keeps its own short name there. */
static char *
describe (const char *id,
          const char *declared_label,
          gboolean    short_form)
{
  GString *words;

  for (guint i = 0; i < G_N_ELEMENTS (known_kinds); i++)
    if (g_strcmp0 (known_kinds[i].id, id) == 0 &&
        (declared_label == NULL || short_form || g_strcmp0 (declared_label, known_kinds[i].label) == 0))
      return g_strdup (_(short_form ? known_kinds[i].short_label : known_kinds[i].label));

  /* a label is said for every meeting of the kind: cut short beyond
   * CONVENE_TEXT_LABEL_CHARS characters (the declared label is kept whole) */
  if (declared_label != NULL)
    return convene_text_dup_capped (declared_label, CONVENE_TEXT_LABEL_CHARS);

  /* "task-force" → "Task force": ids are lower-case ASCII words joined by "-" */
  words = g_string_new_len (id, MIN (strlen (id), CONVENE_TEXT_LABEL_CHARS));
  if (words->len < strlen (id))
    g_string_append (words, "…");
  g_strdelimit (words->str, "-", ' ');
  if (words->len > 0)
    words->str[0] = g_ascii_toupper (words->str[0]);
  return g_string_free (words, FALSE);
}

static void
convene_meeting_kind_finalize (GObject *object)
{
  ConveneMeetingKind *self = CONVENE_MEETING_KIND (object);

  convene_intern_release (self->id);
  g_free (self->label);
  g_free (self->short_label);
  g_free (self->declared_label);
  g_clear_pointer (&self->extras, g_ptr_array_unref);

  G_OBJECT_CLASS (convene_meeting_kind_parent_class)->finalize (object);
}

static void
convene_meeting_kind_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConveneMeetingKind *self = CONVENE_MEETING_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SHORT_LABEL:
      g_value_set_string (value, self->short_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_kind_class_init (ConveneMeetingKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = convene_meeting_kind_finalize;
  object_class->get_property = convene_meeting_kind_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_SHORT_LABEL] = g_param_spec_string ("short-label", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_meeting_kind_init (ConveneMeetingKind *self)
{
}

/**
 * convene_meeting_kind_new:
 * @id: the kind as meetings write it ("ahg-som")
 * @declared_label: (nullable): the label the dataset declares for it
 *
 * Returns: (transfer full): the kind, with its labels decided
 */
ConveneMeetingKind *
convene_meeting_kind_new (const char *id,
                          const char *declared_label)
{
  ConveneMeetingKind *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (CONVENE_TYPE_MEETING_KIND, NULL);
  self->id = convene_intern (id);
  self->declared_label = g_strdup (declared_label);
  self->label = describe (id, declared_label, FALSE);
  self->short_label = describe (id, declared_label, TRUE);
  return self;
}

/* The id as the dataset writes it: never for a person to read. Interned:
 * the same pointer as convene_meeting_get_kind() of its meetings. */
const char *
convene_meeting_kind_get_id (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), NULL);
  return self->id;
}

/* "Ad Hoc Group Senior Officials’ Meeting", "Task force" */
const char *
convene_meeting_kind_get_label (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), NULL);
  return self->label;
}

/* "AHG SOM": for narrow places (matrix headers, list rows, page labels) */
const char *
convene_meeting_kind_get_short_label (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), NULL);
  return self->short_label;
}

/* Whether the dataset declares it in "kinds" */
gboolean
convene_meeting_kind_is_declared (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), FALSE);
  return self->declared_label != NULL;
}

/* Returns: (nullable): the label as the dataset declares it (for writing
 * the dataset back), NULL when it declares none; people read
 * convene_meeting_kind_get_label() */
const char *
convene_meeting_kind_get_declared_label (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), NULL);

  return self->declared_label;
}

/* Returns: (transfer none) (nullable) (element-type ConveneExtra): the
 * members of its "kinds" entry that Convene does not know */
GPtrArray *
convene_meeting_kind_get_extras (ConveneMeetingKind *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_KIND (self), NULL);
  return self->extras;
}

/* For the loader: @extras (transfer full, nullable) */
void
convene_meeting_kind_take_extras (ConveneMeetingKind *self,
                                  GPtrArray          *extras)
{
  g_return_if_fail (CONVENE_IS_MEETING_KIND (self));
  g_clear_pointer (&self->extras, g_ptr_array_unref);
  self->extras = extras;
}
