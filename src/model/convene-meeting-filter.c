/* convene-meeting-filter.c
 *
 * The search text and the filters (kind, participant, years) in one object,
 * so that views only ask whether a meeting matches and listen to "changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "convene-intern.h"
#include "convene-meeting-filter.h"
#include "convene-search.h"

struct _ConveneMeetingFilter
{
  GObject parent_instance;

  char *query;
  ConveneSearchQuery *compiled;
  const char *kind;                /* interned as meetings' kinds are (convene-intern.h); nullable */
  ConveneParticipant *participant; /* nullable */
  guint first_year;                /* 0: no bound */
  guint last_year;                 /* 0: no bound */
};

G_DEFINE_FINAL_TYPE (ConveneMeetingFilter, convene_meeting_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_KIND,
  PROP_PARTICIPANT,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
emit_changed (ConveneMeetingFilter *self,
              int                   prop,
              ConveneFilterChange   change)
{
  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0, change);
}

/* Every word of a query must appear in a meeting: a query that only adds
 * characters at the end, or words, matches a subset. */
static ConveneFilterChange
compare_queries (const char *before,
                 const char *after)
{
  if (before == NULL)
    return after == NULL ? CONVENE_FILTER_CHANGE_DIFFERENT : CONVENE_FILTER_CHANGE_MORE_STRICT;
  if (after == NULL)
    return CONVENE_FILTER_CHANGE_LESS_STRICT;
  if (g_str_has_prefix (after, before))
    return CONVENE_FILTER_CHANGE_MORE_STRICT;
  if (g_str_has_prefix (before, after))
    return CONVENE_FILTER_CHANGE_LESS_STRICT;
  return CONVENE_FILTER_CHANGE_DIFFERENT;
}

static void
convene_meeting_filter_finalize (GObject *object)
{
  ConveneMeetingFilter *self = CONVENE_MEETING_FILTER (object);

  g_free (self->query);
  convene_search_query_free (self->compiled);
  g_clear_object (&self->participant);
  g_clear_pointer (&self->kind, convene_intern_release);

  G_OBJECT_CLASS (convene_meeting_filter_parent_class)->finalize (object);
}

static void
convene_meeting_filter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ConveneMeetingFilter *self = CONVENE_MEETING_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_filter_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ConveneMeetingFilter *self = CONVENE_MEETING_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      convene_meeting_filter_set_query (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      convene_meeting_filter_set_kind (self, g_value_get_string (value));
      break;
    case PROP_PARTICIPANT:
      convene_meeting_filter_set_participant (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_meeting_filter_class_init (ConveneMeetingFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = convene_meeting_filter_finalize;
  object_class->get_property = convene_meeting_filter_get_property;
  object_class->set_property = convene_meeting_filter_set_property;

  properties[PROP_QUERY] = g_param_spec_string ("query", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL, CONVENE_TYPE_PARTICIPANT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once for each change to what matches, with a ConveneFilterChange. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
convene_meeting_filter_init (ConveneMeetingFilter *self)
{
}

ConveneMeetingFilter *
convene_meeting_filter_new (void)
{
  return g_object_new (CONVENE_TYPE_MEETING_FILTER, NULL);
}

const char *
convene_meeting_filter_get_query (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), NULL);
  return self->query;
}

void
convene_meeting_filter_set_query (ConveneMeetingFilter *self,
                                  const char           *query)
{
  ConveneFilterChange change;
  g_autoptr(ConveneSearchQuery) before = NULL;

  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (query != NULL && *query == '\0')
    query = NULL;
  if (g_strcmp0 (self->query, query) == 0)
    return;

  change = compare_queries (self->query, query);
  g_free (self->query);
  self->query = g_strdup (query);
  /* a query typed on from the one before searches on from where it found it */
  before = g_steal_pointer (&self->compiled);
  if (query != NULL)
    self->compiled = convene_search_query_new_after (query, before);
  emit_changed (self, PROP_QUERY, change);
}

const char *
convene_meeting_filter_get_kind (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), NULL);
  return self->kind;
}

/* Only meetings of this kind ("ahg-som"); NULL for every kind. */
void
convene_meeting_filter_set_kind (ConveneMeetingFilter *self,
                                 const char           *kind)
{
  const char *interned = NULL;

  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (kind != NULL && *kind != '\0')
    interned = convene_intern (kind);
  if (self->kind == interned)
    {
      convene_intern_release (interned);
      return;
    }
  convene_intern_release (self->kind);
  self->kind = interned;
  emit_changed (self, PROP_KIND, CONVENE_FILTER_CHANGE_DIFFERENT);
}

ConveneParticipant *
convene_meeting_filter_get_participant (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), NULL);
  return self->participant;
}

/* Only meetings the participant attended, in any role. */
void
convene_meeting_filter_set_participant (ConveneMeetingFilter *self,
                                        ConveneParticipant   *participant)
{
  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (g_set_object (&self->participant, participant))
    emit_changed (self, PROP_PARTICIPANT, CONVENE_FILTER_CHANGE_DIFFERENT);
}

/* Only meetings that start in first…last; 0 leaves that end open. */
void
convene_meeting_filter_set_years (ConveneMeetingFilter *self,
                                  guint                 first,
                                  guint                 last)
{
  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (self->first_year == first && self->last_year == last)
    return;
  self->first_year = first;
  self->last_year = last;
  emit_changed (self, PROP_0, CONVENE_FILTER_CHANGE_DIFFERENT);
}

void
convene_meeting_filter_get_years (ConveneMeetingFilter *self,
                                  guint                *first,
                                  guint                *last)
{
  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (first != NULL)
    *first = self->first_year;
  if (last != NULL)
    *last = self->last_year;
}

/* Whether the kind, participant or years narrow the list (the query aside). */
gboolean
convene_meeting_filter_has_filters (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), FALSE);
  return self->kind != NULL || self->participant != NULL ||
         self->first_year != 0 || self->last_year != 0;
}

/* Whether anything at all narrows the list. */
gboolean
convene_meeting_filter_is_active (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), FALSE);
  return !convene_search_query_is_empty (self->compiled) ||
         convene_meeting_filter_has_filters (self);
}

/* Clears the filters; the query stays. */
void
convene_meeting_filter_reset (ConveneMeetingFilter *self)
{
  g_return_if_fail (CONVENE_IS_MEETING_FILTER (self));

  if (!convene_meeting_filter_has_filters (self))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_clear_pointer (&self->kind, convene_intern_release);
  self->first_year = self->last_year = 0;
  if (g_set_object (&self->participant, NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self, PROP_0, CONVENE_FILTER_CHANGE_LESS_STRICT);
}

static gboolean
attended (ConveneMeeting     *meeting,
          ConveneParticipant *participant)
{
  ConveneRole role = convene_meeting_get_role (meeting, participant);

  return role == CONVENE_ROLE_PARTICIPANT || role == CONVENE_ROLE_OBSERVER ||
         role == CONVENE_ROLE_CO_CHAIR;
}

/* Whether the kind, participant and years leave the meeting (the query aside). */
gboolean
convene_meeting_filter_matches_filters (ConveneMeetingFilter *self,
                                        ConveneMeeting       *meeting)
{
  guint year;

  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), FALSE);

  year = convene_meeting_get_year (meeting);
  if (self->kind != NULL && convene_meeting_get_kind (meeting) != self->kind)
    return FALSE;
  if (self->first_year != 0 && year < self->first_year)
    return FALSE;
  if (self->last_year != 0 && year > self->last_year)
    return FALSE;
  return self->participant == NULL || attended (meeting, self->participant);
}

gboolean
convene_meeting_filter_matches (ConveneMeetingFilter *self,
                                ConveneMeeting       *meeting)
{
  return convene_meeting_filter_matches_filters (self, meeting) &&
         convene_search_query_matches (self->compiled, meeting);
}

/* Returns: (transfer none) (nullable): the query, folded and split into terms */
ConveneSearchQuery *
convene_meeting_filter_get_search_query (ConveneMeetingFilter *self)
{
  g_return_val_if_fail (CONVENE_IS_MEETING_FILTER (self), NULL);
  return self->compiled;
}
