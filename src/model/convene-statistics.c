/* convene-statistics.c
 *
 * Each participant's history and the record's patterns, computed once per
 * dataset in one pass over the meetings in date order and their attendance:
 * the time and memory are linear in the meetings plus the attendance
 * entries (plus one set of figures per participant and kind).
 *
 * Counting rules (docs/statistics.md says the same for people):
 * - "recorded" meetings are those whose attendance is recorded; a participant
 *   attended n of the m recorded meetings (of a kind, or of every kind).
 *   Meetings whose attendance is not recorded count neither way.
 * - A run is a series of recorded meetings, one after another in date order,
 *   all attended (in any role). Meetings whose attendance is not recorded are
 *   passed over: they neither break a run nor lengthen it. A recorded meeting
 *   not attended ends a run.
 * - "What changed" compares a meeting with the previous meeting of the same
 *   kind in date order, whether or not its attendance is recorded: when
 *   either side's attendance is not recorded, what changed is unknown.
 *
 * Why this file is long (about 1,200 lines): the counting above is one
 * pass whose results the getters, "what changed" and the sentences that
 * say the figures (dup_summary(), dup_description()…, the same words for
 * the window, print and the CSV) all read from the private struct; split,
 * they would need a -private.h for that struct. A candidate when it grows:
 * the sentences and the CSV in a convene-statistics-text.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-statistics.h"
#include "convene-matrix.h"
#include "convene-output-file.h"
#include "convene-text.h"
#include "convene-dataset-private.h"
#include "convene-meeting-private.h"
#include "convene-participant-private.h"

/* The figures, and where the run being counted stands */
typedef struct
{
  ConveneParticipantFigures public;
  guint last_rank;            /* rank among recorded meetings of the last meeting attended */
  guint run;                  /* the run that ends there */
  ConveneMeeting *run_first;  /* and its first meeting */
} Figures;

struct _ConveneStatistics
{
  GObject parent_instance;

  ConveneDataset *dataset;
  GPtrArray *meetings;        /* borrowed from the dataset: in date order */
  guint n_participants;

  GPtrArray *kinds;           /* interned kind strings, in order of first meeting */
  GHashTable *kind_index;     /* kind → index + 1 */
  guint *kind_meetings;       /* kind → meetings; [n_kinds]: every kind */
  guint *kind_recorded;       /* kind → meetings with recorded attendance; [n_kinds]: all */

  guint first_year, last_year;
  guint *year_counts;         /* [(year - first_year) * (n_kinds + 1) + kind], the last: all */

  Figures *figures;           /* [participant index * (n_kinds + 1) + kind], the last: all */
  GArray **attended;          /* participant index → ConveneAttended, in date order */
  guint16 *delegations;       /* [meeting position * 3 + role - 1], participant…co-chair */
  guint *previous;            /* meeting position → previous of its kind + 1; 0: none */

  /* Worked out a step at a time (convene_statistics_try_for_dataset()) */
  guint n_counted;            /* the meetings counted so far */
  guint *last_of_kind;        /* kind → the last meeting of that kind counted + 1 */
  gboolean complete;
};

G_DEFINE_FINAL_TYPE (ConveneStatistics, convene_statistics, G_TYPE_OBJECT)

static void
convene_statistics_finalize (GObject *object)
{
  ConveneStatistics *self = CONVENE_STATISTICS (object);

  for (guint i = 0; i < self->n_participants; i++)
    g_array_unref (self->attended[i]);
  g_free (self->attended);
  g_free (self->figures);
  g_free (self->delegations);
  g_free (self->previous);
  g_free (self->year_counts);
  g_free (self->kind_meetings);
  g_free (self->kind_recorded);
  g_free (self->last_of_kind);
  g_clear_pointer (&self->kind_index, g_hash_table_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (convene_statistics_parent_class)->finalize (object);
}

static void
convene_statistics_class_init (ConveneStatisticsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_statistics_finalize;
}

static void
convene_statistics_init (ConveneStatistics *self)
{
}

static guint
lookup_kind (ConveneStatistics *self,
             const char        *kind)
{
  if (kind == NULL)
    return self->kinds->len;
  /* an unknown kind has no meetings: its figures are those of no kind at all */
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->kind_index, kind)) - 1;
}

/* One attendance entry: the participant's figures over one kind, or all */
static void
count (Figures        *f,
       ConveneMeeting *meeting,
       ConveneRole     role,
       guint           rank)
{
  f->public.attended++;
  f->public.by_role[role]++;
  if (f->public.first == NULL)
    f->public.first = meeting;
  f->public.last = meeting;

  if (f->run > 0 && f->last_rank + 1 == rank)
    f->run++;
  else
    {
      f->run = 1;
      f->run_first = meeting;
    }
  f->last_rank = rank;
  if (f->run > f->public.longest_run)
    {
      f->public.longest_run = f->run;
      f->public.run_first = f->run_first;
      f->public.run_last = meeting;
    }
}

/* Sets out the figures to count: the kinds, the years, nothing counted yet */
static void
compute_begin (ConveneStatistics *self)
{
  GListModel *participants = convene_dataset_get_participants (self->dataset);
  guint n_meetings = self->meetings->len;
  guint n_kinds, stride, n_years;

  self->n_participants = g_list_model_get_n_items (participants);

  /* the kinds, in the dataset's order (convene_dataset_get_kinds()) */
  self->kinds = g_ptr_array_new ();
  self->kind_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (convene_dataset_get_kinds (self->dataset)); i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (convene_dataset_get_kinds (self->dataset), i);
      const char *id = convene_meeting_kind_get_id (kind);

      g_ptr_array_add (self->kinds, (gpointer) id);
      g_hash_table_insert (self->kind_index, (gpointer) id, GUINT_TO_POINTER (self->kinds->len));
    }
  n_kinds = self->kinds->len;
  stride = n_kinds + 1;

  if (n_meetings > 0)
    {
      self->first_year = convene_meeting_get_year (g_ptr_array_index (self->meetings, 0));
      self->last_year = convene_meeting_get_year (g_ptr_array_index (self->meetings,
                                                                     n_meetings - 1));
    }
  n_years = n_meetings > 0 ? self->last_year - self->first_year + 1 : 0;

  self->kind_meetings = g_new0 (guint, stride);
  self->kind_recorded = g_new0 (guint, stride);
  self->year_counts = g_new0 (guint, (gsize) n_years * stride);
  self->figures = g_new0 (Figures, (gsize) self->n_participants * stride);
  self->attended = g_new (GArray *, self->n_participants);
  for (guint i = 0; i < self->n_participants; i++)
    self->attended[i] = g_array_new (FALSE, FALSE, sizeof (ConveneAttended));
  self->delegations = g_new0 (guint16, (gsize) n_meetings * 3);
  self->previous = g_new0 (guint, n_meetings);
  self->last_of_kind = g_new0 (guint, n_kinds);
  self->n_counted = 0;
}

/* Counts the next @n_meetings meetings (at most); once the last is
 * counted, finishes the figures. Returns whether they are complete. */
static gboolean
compute_some (ConveneStatistics *self,
              guint              n_meetings)
{
  guint n_kinds = self->kinds->len;
  guint stride = n_kinds + 1;
  guint end = self->n_counted + MIN (n_meetings, self->meetings->len - self->n_counted);

  for (guint i = self->n_counted; i < end; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->meetings, i);
      guint k = lookup_kind (self, meeting->kind);
      guint year = convene_meeting_get_year (meeting) - self->first_year;
      guint rank_all, rank_kind;

      self->previous[i] = self->last_of_kind[k];
      self->last_of_kind[k] = i + 1;

      self->kind_meetings[k]++;
      self->kind_meetings[n_kinds]++;
      self->year_counts[year * stride + k]++;
      self->year_counts[year * stride + n_kinds]++;

      if (meeting->attendance == NULL)
        continue;

      rank_all = ++self->kind_recorded[n_kinds];
      rank_kind = ++self->kind_recorded[k];

      for (guint j = 0; j < meeting->attendance->len; j++)
        {
          ConveneAttendance *a = g_ptr_array_index (meeting->attendance, j);
          guint p = a->participant->index;
          ConveneAttended entry = { meeting, a->role };

          if (!convene_role_attended (a->role) || p >= self->n_participants)
            continue;
          if (self->delegations[i * 3 + a->role - 1] < G_MAXUINT16)
            self->delegations[i * 3 + a->role - 1]++;
          count (&self->figures[(gsize) p * stride + k], meeting, a->role, rank_kind);
          count (&self->figures[(gsize) p * stride + n_kinds], meeting, a->role, rank_all);
          g_array_append_val (self->attended[p], entry);
        }
    }
  self->n_counted = end;
  if (end < self->meetings->len)
    return FALSE;

  for (guint p = 0; p < self->n_participants; p++)
    for (guint k = 0; k < stride; k++)
      self->figures[(gsize) p * stride + k].public.recorded = self->kind_recorded[k];
  g_clear_pointer (&self->last_of_kind, g_free);
  self->complete = TRUE;
  return TRUE;
}

/**
 * convene_statistics_new:
 * @dataset: a loaded dataset
 *
 * Computes every figure at once (linear in the meetings and their
 * attendance). Most callers want convene_statistics_get_for_dataset(),
 * which computes them once per dataset.
 */
ConveneStatistics *
convene_statistics_new (ConveneDataset *dataset)
{
  ConveneStatistics *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_new (CONVENE_TYPE_STATISTICS, NULL);
  self->dataset = g_object_ref (dataset);
  self->meetings = dataset->meeting_array;
  compute_begin (self);
  compute_some (self, G_MAXUINT);
  return self;
}

/**
 * convene_statistics_get_for_dataset:
 *
 * The dataset's statistics, computed the first time they are asked for and
 * kept with the dataset (the dataset holds them; they do not hold it back).
 *
 * Returns: (transfer none)
 */
static GQuark
statistics_quark (void)
{
  return g_quark_from_static_string ("convene-statistics");
}

static GQuark
watched_quark (void)
{
  return g_quark_from_static_string ("convene-statistics-watched");
}

/* Statistics kept by their dataset, which is being finalised */
static void
statistics_release (gpointer data)
{
  ConveneStatistics *self = data;

  self->dataset = NULL;
  g_object_unref (self);
}

/* Statistics under way, kept by their dataset until complete */
static GQuark
partial_quark (void)
{
  return g_quark_from_static_string ("convene-statistics-partial");
}

static void
on_dataset_changed_cb (ConveneDataset *dataset)
{
  convene_statistics_forget (dataset);
}

/* Meetings added, removed or edited (items-changed, see convene-dataset.c)
 * make the statistics out of date, and so do participants added, removed or
 * renamed */
static void
watch_dataset (ConveneDataset *dataset)
{
  if (g_object_get_qdata (G_OBJECT (dataset), watched_quark ()) != NULL)
    return;
  g_signal_connect_swapped (convene_dataset_get_meetings (dataset), "items-changed",
                            G_CALLBACK (on_dataset_changed_cb), dataset);
  g_signal_connect_swapped (convene_dataset_get_participants (dataset), "items-changed",
                            G_CALLBACK (on_dataset_changed_cb), dataset);
  g_object_set_qdata (G_OBJECT (dataset), watched_quark (), GINT_TO_POINTER (TRUE));
}

/* Keeps @self, complete, with its dataset, which it then does not hold */
static ConveneStatistics *
keep (ConveneStatistics *self,
      ConveneDataset    *dataset)
{
  g_object_set_qdata_full (G_OBJECT (dataset), statistics_quark (), self, statistics_release);
  return self;
}

ConveneStatistics *
convene_statistics_get_for_dataset (ConveneDataset *dataset)
{
  ConveneStatistics *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_get_qdata (G_OBJECT (dataset), statistics_quark ());
  if (self != NULL)
    return self;

  watch_dataset (dataset);
  /* statistics under way are finished */
  self = g_object_steal_qdata (G_OBJECT (dataset), partial_quark ());
  if (self != NULL)
    {
      compute_some (self, G_MAXUINT);
      return keep (self, dataset);
    }
  self = convene_statistics_new (dataset);
  /* the dataset keeps the statistics: they must not keep it back */
  g_object_unref (self->dataset);
  return keep (self, dataset);
}

/**
 * convene_statistics_try_for_dataset:
 * @n_meetings: how many more meetings to count, at most
 * @fraction: (out) (optional): how much of the work is done, from 0 to 1
 *
 * convene_statistics_get_for_dataset() a step at a time, so that a window
 * never waits for the whole: counts up to @n_meetings more meetings of the
 * statistics under way (begun by the first call; an edit to the dataset
 * drops them, and the next call begins anew), and once they are complete
 * keeps them with the dataset and returns them. The time of a step is about
 * @n_meetings times the mean attendance.
 *
 * Returns: (transfer none) (nullable): the statistics once complete, NULL
 *   while they are under way
 */
ConveneStatistics *
convene_statistics_try_for_dataset (ConveneDataset *dataset,
                                    guint           n_meetings,
                                    double         *fraction)
{
  ConveneStatistics *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_get_qdata (G_OBJECT (dataset), statistics_quark ());
  if (self == NULL)
    {
      watch_dataset (dataset);
      self = g_object_get_qdata (G_OBJECT (dataset), partial_quark ());
      if (self == NULL)
        {
          /* held by the dataset: it does not hold the dataset */
          self = g_object_new (CONVENE_TYPE_STATISTICS, NULL);
          self->dataset = dataset;
          self->meetings = dataset->meeting_array;
          compute_begin (self);
          g_object_set_qdata_full (G_OBJECT (dataset), partial_quark (), self, statistics_release);
        }
      if (compute_some (self, MAX (n_meetings, 1)))
        self = keep (g_object_steal_qdata (G_OBJECT (dataset), partial_quark ()), dataset);
    }
  if (fraction != NULL)
    *fraction = self->complete || self->meetings->len == 0 ? 1.0
                : (double) self->n_counted / self->meetings->len;
  return self->complete ? self : NULL;
}

/**
 * convene_statistics_forget:
 *
 * Drops the statistics kept with the dataset, which an edit has made out of
 * date: the next convene_statistics_get_for_dataset() computes them anew.
 * (Adding or removing meetings does this by itself.) Whoever holds the old
 * statistics still may read them: they hold the dataset from now on.
 * Statistics under way are dropped.
 */
void
convene_statistics_forget (ConveneDataset *dataset)
{
  ConveneStatistics *self;

  g_return_if_fail (CONVENE_IS_DATASET (dataset));

  g_object_set_qdata (G_OBJECT (dataset), partial_quark (), NULL);
  self = g_object_steal_qdata (G_OBJECT (dataset), statistics_quark ());
  if (self == NULL)
    return;
  g_object_ref (self->dataset);
  g_object_unref (self);
}

ConveneDataset *
convene_statistics_get_dataset (ConveneStatistics *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  return self->dataset;
}

/* Each participant */

/**
 * convene_statistics_get_figures:
 * @kind: (nullable): a meeting kind; NULL: every kind
 *
 * The participant's figures over the meetings of @kind (NULL: all of them).
 * A kind no meeting has gives figures of nothing.
 */
const ConveneParticipantFigures *
convene_statistics_get_figures (ConveneStatistics  *self,
                                ConveneParticipant *participant,
                                const char         *kind)
{
  static const ConveneParticipantFigures nothing;
  guint k;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), &nothing);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), &nothing);

  k = lookup_kind (self, kind);
  if (participant->index >= self->n_participants || k == G_MAXUINT)
    return &nothing;
  return &self->figures[(gsize) participant->index * (self->kinds->len + 1) + k].public;
}

/**
 * convene_statistics_get_attended:
 * @n_attended: (out): how many
 *
 * Returns: (array length=n_attended) (transfer none): the meetings the
 *   participant attended, in date order, with its role at each
 */
const ConveneAttended *
convene_statistics_get_attended (ConveneStatistics  *self,
                                 ConveneParticipant *participant,
                                 guint              *n_attended)
{
  GArray *attended;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);
  g_return_val_if_fail (n_attended != NULL, NULL);

  if (participant->index >= self->n_participants)
    {
      *n_attended = 0;
      return NULL;
    }
  attended = self->attended[participant->index];
  *n_attended = attended->len;
  return (const ConveneAttended *) attended->data;
}

/* The participant's role at the meeting, found by bisection in what it
 * attended: not recorded, absent, or the role. */
ConveneRole
convene_statistics_get_role (ConveneStatistics  *self,
                             ConveneParticipant *participant,
                             ConveneMeeting     *meeting)
{
  const ConveneAttended *attended;
  guint n, low = 0, high;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), CONVENE_ROLE_NOT_RECORDED);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), CONVENE_ROLE_NOT_RECORDED);

  if (meeting->attendance == NULL)
    return CONVENE_ROLE_NOT_RECORDED;

  attended = convene_statistics_get_attended (self, participant, &n);
  high = n;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      guint position = attended[mid].meeting->position;

      if (position == meeting->position)
        return attended[mid].role;
      if (position < meeting->position)
        low = mid + 1;
      else
        high = mid;
    }
  return CONVENE_ROLE_NONE;
}

typedef struct
{
  ConveneParticipant *participant;
  guint attended;
  char *key;
} Regular;

static int
compare_regulars (gconstpointer a,
                  gconstpointer b)
{
  const Regular *ra = a, *rb = b;

  if (ra->attended != rb->attended)
    return ra->attended > rb->attended ? -1 : 1;
  return strcmp (ra->key, rb->key);
}

/**
 * convene_statistics_dup_most_regular:
 * @kind: (nullable): a meeting kind; NULL: every kind
 * @max: at most this many
 *
 * The participants that attended most of the recorded meetings of @kind,
 * most first, then by name in the user's language; only those that
 * attended at least one.
 *
 * Returns: (transfer container) (element-type ConveneParticipant)
 */
GPtrArray *
convene_statistics_dup_most_regular (ConveneStatistics *self,
                                     const char        *kind,
                                     guint              max)
{
  GListModel *participants;
  g_autoptr(GArray) regulars = NULL;
  GPtrArray *result;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);

  participants = convene_dataset_get_participants (self->dataset);
  regulars = g_array_new (FALSE, FALSE, sizeof (Regular));
  for (guint i = 0; i < self->n_participants; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (participants, i);
      const ConveneParticipantFigures *f = convene_statistics_get_figures (self, participant,
                                                                           kind);
      Regular r = { participant, f->attended, NULL };

      if (f->attended == 0)
        continue;
      r.key = g_strdup (convene_participant_get_sort_key (participant));
      g_array_append_val (regulars, r);
    }
  g_array_sort (regulars, compare_regulars);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < regulars->len; i++)
    {
      Regular *r = &g_array_index (regulars, Regular, i);

      if (i < max)
        g_ptr_array_add (result, g_object_ref (r->participant));
      g_free (r->key);
    }
  return result;
}

/* The record */

guint
convene_statistics_get_n_kinds (ConveneStatistics *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  return self->kinds->len;
}

/* The kinds of meeting in the record, as the dataset lists them (declared
 * ones first): their ids */
const char *
convene_statistics_get_kind (ConveneStatistics *self,
                             guint              index)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (index < self->kinds->len, NULL);
  return g_ptr_array_index (self->kinds, index);
}

/* Returns: (transfer none): the same kind, with its labels */
ConveneMeetingKind *
convene_statistics_get_meeting_kind (ConveneStatistics *self,
                                     guint              index)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (index < self->kinds->len, NULL);
  return convene_dataset_lookup_kind (self->dataset, g_ptr_array_index (self->kinds, index));
}

/* The years of the first and last meetings; 0 when there are none */
guint
convene_statistics_get_first_year (ConveneStatistics *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  return self->first_year;
}

guint
convene_statistics_get_last_year (ConveneStatistics *self)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  return self->last_year;
}

/* Meetings of @kind (NULL: any) that started in @year */
guint
convene_statistics_get_meetings_in_year (ConveneStatistics *self,
                                         guint              year,
                                         const char        *kind)
{
  guint k;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);

  k = lookup_kind (self, kind);
  if (self->meetings->len == 0 || year < self->first_year || year > self->last_year ||
      k == G_MAXUINT)
    return 0;
  return self->year_counts[(year - self->first_year) * (self->kinds->len + 1) + k];
}

guint
convene_statistics_get_n_meetings (ConveneStatistics *self,
                                   const char        *kind)
{
  guint k;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  k = lookup_kind (self, kind);
  return k == G_MAXUINT ? 0 : self->kind_meetings[k];
}

/* Meetings of @kind (NULL: any) whose attendance is recorded */
guint
convene_statistics_get_n_recorded (ConveneStatistics *self,
                                   const char        *kind)
{
  guint k;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  k = lookup_kind (self, kind);
  return k == G_MAXUINT ? 0 : self->kind_recorded[k];
}

/* The meeting's delegations in a role (participant, observer or co-chair);
 * 0 when its attendance is not recorded. */
guint
convene_statistics_get_delegation (ConveneStatistics *self,
                                   ConveneMeeting    *meeting,
                                   ConveneRole        role)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), 0);
  g_return_val_if_fail (convene_role_attended (role), 0);
  g_return_val_if_fail (meeting->position < self->meetings->len &&
                        g_ptr_array_index (self->meetings, meeting->position) == meeting, 0);

  return self->delegations[meeting->position * 3 + role - 1];
}

/* The previous meeting of the same kind in date order, recorded or not;
 * NULL for the first */
ConveneMeeting *
convene_statistics_get_previous (ConveneStatistics *self,
                                 ConveneMeeting    *meeting)
{
  guint previous;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (meeting->position < self->meetings->len &&
                        g_ptr_array_index (self->meetings, meeting->position) == meeting, NULL);

  previous = self->previous[meeting->position];
  return previous == 0 ? NULL : g_ptr_array_index (self->meetings, previous - 1);
}

/* What changed */

void
convene_meeting_changes_free (ConveneMeetingChanges *changes)
{
  if (changes == NULL)
    return;
  g_clear_pointer (&changes->changes, g_array_unref);
  g_free (changes);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const ConveneChange *ca = a, *cb = b;

  if (ca->kind != cb->kind)
    return ca->kind < cb->kind ? -1 : 1;
  if (ca->participant->index != cb->participant->index)
    return ca->participant->index < cb->participant->index ? -1 : 1;
  return 0;
}

static void
add_change (GArray             *changes,
            ConveneParticipant *participant,
            ConveneRole         before,
            ConveneRole         after)
{
  ConveneChange change = { participant, CONVENE_CHANGE_ROLE, before, after };

  if (before == after)
    return;
  if (!convene_role_attended (before))
    change.kind = CONVENE_CHANGE_JOINED;
  else if (!convene_role_attended (after))
    change.kind = CONVENE_CHANGE_LEFT;
  g_array_append_val (changes, change);
}

/* @meeting against @previous (NULL: none) */
static ConveneMeetingChanges *
changes_between (ConveneMeeting *meeting,
                 ConveneMeeting *previous)
{
  ConveneMeetingChanges *changes;
  g_autoptr(GHashTable) before = NULL;
  GHashTableIter iter;
  gpointer key, value;

  changes = g_new0 (ConveneMeetingChanges, 1);
  changes->meeting = meeting;
  changes->previous = previous;
  changes->changes = g_array_new (FALSE, FALSE, sizeof (ConveneChange));
  changes->known = changes->previous != NULL && meeting->attendance != NULL &&
                   changes->previous->attendance != NULL;
  if (!changes->known)
    return changes;

  before = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < changes->previous->attendance->len; i++)
    {
      ConveneAttendance *a = g_ptr_array_index (changes->previous->attendance, i);

      if (convene_role_attended (a->role))
        g_hash_table_insert (before, a->participant, GUINT_TO_POINTER (a->role));
    }
  for (guint i = 0; i < meeting->attendance->len; i++)
    {
      ConveneAttendance *a = g_ptr_array_index (meeting->attendance, i);
      gpointer role;

      if (!convene_role_attended (a->role))
        continue;
      if (g_hash_table_steal_extended (before, a->participant, NULL, &role))
        add_change (changes->changes, a->participant, GPOINTER_TO_UINT (role), a->role);
      else
        add_change (changes->changes, a->participant, CONVENE_ROLE_NONE, a->role);
    }
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_change (changes->changes, key, GPOINTER_TO_UINT (value), CONVENE_ROLE_NONE);

  g_array_sort (changes->changes, compare_changes);
  return changes;
}

/**
 * convene_statistics_dup_changes:
 *
 * The meeting against the previous meeting of its kind: who joined, who did
 * not come back, whose role changed. When either side's attendance is not
 * recorded, @known is FALSE and there are no changes: unknown is never a
 * change. Linear in the two meetings' attendance.
 *
 * Returns: (transfer full)
 */
ConveneMeetingChanges *
convene_statistics_dup_changes (ConveneStatistics *self,
                                ConveneMeeting    *meeting)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  return changes_between (meeting, convene_statistics_get_previous (self, meeting));
}

/**
 * convene_meeting_changes_new:
 *
 * As convene_statistics_dup_changes(), without the dataset's statistics: the
 * previous meeting of the kind is found by looking back from @meeting, so
 * showing a meeting does not wait for the statistics of the whole dataset
 * (50-70 ms at 10,000 meetings, again after each edit).
 *
 * Returns: (transfer full)
 */
ConveneMeetingChanges *
convene_meeting_changes_new (ConveneDataset *dataset,
                             ConveneMeeting *meeting)
{
  GPtrArray *meetings;
  ConveneMeeting *previous = NULL;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  meetings = dataset->meeting_array;
  if (meeting->position < meetings->len && g_ptr_array_index (meetings, meeting->position) == meeting)
    for (guint i = meeting->position; previous == NULL && i-- > 0;)
      {
        ConveneMeeting *other = g_ptr_array_index (meetings, i);

        /* kinds are interned */
        if (other->kind == meeting->kind)
          previous = other;
      }
  return changes_between (meeting, previous);
}

/* One sentence saying what the comparison is and whether it is known */
char *
convene_meeting_changes_dup_status (const ConveneMeetingChanges *changes)
{
  g_autofree char *previous = NULL;

  g_return_val_if_fail (changes != NULL, NULL);

  if (changes->previous == NULL)
    return g_strdup (_("The first meeting of its kind in the record: nothing to compare with."));
  previous = convene_meeting_dup_kind_and_date (changes->previous);
  if (changes->meeting->attendance == NULL)
    return g_strdup_printf (_("Attendance at this meeting is not recorded, so what changed since "
                              "the %s is unknown."), previous);
  if (changes->previous->attendance == NULL)
    return g_strdup_printf (_("Attendance at the %s is not recorded, so what changed since then "
                              "is unknown."), previous);
  if (changes->changes->len == 0)
    return g_strdup_printf (_("The same delegations in the same roles as at the %s."), previous);
  return g_strdup_printf (_("Compared with the %s:"), previous);
}

/* "Canada joined as observer", "Canada did not come back (observer before)",
 * "Canada: observer → participant" */
char *
convene_change_dup_description (const ConveneChange *change)
{
  g_autofree char *isolated = NULL;
  const char *name;

  g_return_val_if_fail (change != NULL, NULL);

  name = isolated = convene_text_isolate (convene_participant_get_display_name (change->participant));
  switch (change->kind)
    {
    case CONVENE_CHANGE_JOINED:
      /* TRANSLATORS: a participant and its role, as in "Canada joined as observer" */
      return g_strdup_printf (_("%s joined as %s"), name, convene_role_get_label (change->after));
    case CONVENE_CHANGE_LEFT:
      /* TRANSLATORS: a participant and its role at the previous meeting */
      return g_strdup_printf (_("%s did not come back (%s before)"), name,
                              convene_role_get_label (change->before));
    case CONVENE_CHANGE_ROLE:
    default:
      /* TRANSLATORS: a participant, its role before and its role now */
      return g_strdup_printf (_("%s: %s → %s"), name, convene_role_get_label (change->before),
                              convene_role_get_label (change->after));
    }
}

/* How the figures are said */

/* "12th Ad Hoc Group Senior Officials’ Meeting (31 October 2017)" */
char *
convene_meeting_dup_kind_and_date (ConveneMeeting *meeting)
{
  g_autofree char *kind = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  kind = convene_meeting_dup_kind_label (meeting, FALSE);
  date = convene_meeting_dup_date_label (meeting);
  /* TRANSLATORS: a meeting's kind and date, as in "12th Ad Hoc Group Senior Officials’ Meeting (31 October 2017)" */
  return g_strdup_printf (_("%s (%s)"), kind, date);
}

/* "11 of 17 meetings with recorded attendance" */
char *
convene_participant_figures_dup_attended (const ConveneParticipantFigures *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u meeting with recorded attendance",
                                       "%u of %u meetings with recorded attendance", f->recorded),
                          f->attended, f->recorded);
}

/* "participant 1 · observer 10 · co-chair 0" */
char *
convene_participant_figures_dup_roles (const ConveneParticipantFigures *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  /* TRANSLATORS: how many meetings the participant attended in each role */
  return g_strdup_printf (_("participant %u · observer %u · co-chair %u"),
                          f->by_role[CONVENE_ROLE_PARTICIPANT], f->by_role[CONVENE_ROLE_OBSERVER],
                          f->by_role[CONVENE_ROLE_CO_CHAIR]);
}

/* "7 meetings in a row, 4th · AHG SOM to 10th · AHG SOM"; "none" */
char *
convene_participant_figures_dup_run (const ConveneParticipantFigures *f)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (f != NULL, NULL);

  if (f->longest_run == 0)
    return g_strdup (_("none"));
  from = convene_meeting_dup_kind_label (f->run_first, TRUE);
  if (f->longest_run == 1)
    /* TRANSLATORS: the one meeting of a participant's longest run */
    return g_strdup_printf (_("1 meeting (%s)"), from);
  to = convene_meeting_dup_kind_label (f->run_last, TRUE);
  /* TRANSLATORS: how many meetings, then the first and last of them */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting in a row, %s to %s",
                                       "%u meetings in a row, %s to %s", f->longest_run),
                          f->longest_run, from, to);
}

/* "10 of 15 · longest run 10 · participant 1 · observer 9 · co-chair 0" */
char *
convene_participant_figures_dup_summary (const ConveneParticipantFigures *f)
{
  g_autofree char *roles = NULL;

  g_return_val_if_fail (f != NULL, NULL);

  roles = convene_participant_figures_dup_roles (f);
  /* TRANSLATORS: meetings attended of those recorded, the longest run, then the roles */
  return g_strdup_printf (_("%u of %u · longest run %u · %s"), f->attended, f->recorded,
                          f->longest_run, roles);
}

/* "task-force" → "Task force": a dataset's words for groups and statuses, readable */
static char *
dup_readable (const char *word)
{
  g_autofree char *spaced = g_strdelimit (g_strdup (word), "-_", ' ');
  g_autofree char *first = NULL;

  if (*spaced == '\0')
    return g_steal_pointer (&spaced);
  first = g_utf8_strup (spaced, g_utf8_next_char (spaced) - spaced);
  return g_strconcat (first, g_utf8_next_char (spaced), NULL);
}

/* The participant's names and what it is, a line each: "In the dataset:
 * Viet Nam", its short name, "Also known as …", "Country · ISO code VNM" */
char *
convene_participant_dup_identity (ConveneParticipant *participant)
{
  g_autoptr(GString) text = NULL;
  const char *shown;
  const char * const *aliases;

  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);

  text = g_string_new (NULL);
  shown = convene_participant_get_display_name (participant);
  aliases = convene_participant_get_aliases (participant);
  if (!g_str_equal (shown, convene_participant_get_name (participant)))
    {
      /* TRANSLATORS: the participant's name as the dataset writes it */
      g_string_append_printf (text, _("In the dataset: %s"), convene_participant_get_name (participant));
      g_string_append_c (text, '\n');
    }
  if (convene_participant_get_short_name (participant) != NULL)
    {
      /* TRANSLATORS: the participant's short name */
      g_string_append_printf (text, _("Short name: %s"), convene_participant_get_short_name (participant));
      g_string_append_c (text, '\n');
    }
  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (C_("list separator", ", "), (char **) aliases);

      g_string_append_printf (text, _("Also known as %s"), joined);
      g_string_append_c (text, '\n');
    }
  switch (convene_participant_get_kind (participant))
    {
    case CONVENE_PARTICIPANT_KIND_COUNTRY:
      /* TRANSLATORS: a participant's ISO 3166 code */
      g_string_append_printf (text, _("Country · ISO code %s"), convene_participant_get_id (participant));
      break;
    case CONVENE_PARTICIPANT_KIND_TERRITORY:
      g_string_append_printf (text, _("Territory · ISO code %s"), convene_participant_get_id (participant));
      break;
    case CONVENE_PARTICIPANT_KIND_ORGANISATION:
      g_string_append (text, _("Organisation"));
      break;
    case CONVENE_PARTICIPANT_KIND_BODY:
    default:
      g_string_append (text, _("Body"));
      break;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Ad hoc group: member, since 26 February 2002" */
char *
convene_membership_dup_description (const ConveneMembership *m)
{
  g_autofree char *group = NULL;
  g_autofree char *status = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (m != NULL, NULL);

  group = dup_readable (m->group);
  status = dup_readable (m->status);
  text = g_string_new (NULL);
  /* TRANSLATORS: a group and the participant's status in it, as in "Ad hoc group: Member" */
  g_string_append_printf (text, _("%s: %s"), group, status);
  if (m->has_since)
    {
      g_autofree char *date = convene_date_format (&m->since);

      /* TRANSLATORS: after a membership, as in "Ad hoc group: Member, since 2 March 2002" */
      g_string_append_printf (text, _(", since %s"), date);
    }
  if (m->has_until)
    {
      g_autofree char *date = convene_date_format (&m->until);

      g_string_append_printf (text, _(", until %s"), date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "33 meetings from 2002 to 2024; attendance is recorded at 17 of them (52 %)." */
char *
convene_statistics_dup_summary (ConveneStatistics *self)
{
  guint n, recorded;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);

  n = convene_statistics_get_n_meetings (self, NULL);
  recorded = convene_statistics_get_n_recorded (self, NULL);
  if (n == 0)
    return g_strdup (_("No meetings in the record."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u meeting from %u to %u; attendance is recorded at %u of them (%u %%).",
                                       "%u meetings from %u to %u; attendance is recorded at %u of them (%u %%).",
                                       n),
                          n, self->first_year, self->last_year, recorded,
                          (guint) ((recorded * 100.0) / n + 0.5));
}

/* "17 meetings · attendance recorded at 15" */
char *
convene_statistics_dup_kind_summary (ConveneStatistics *self,
                                     const char        *kind)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting · attendance recorded at %u",
                                       "%u meetings · attendance recorded at %u",
                                       convene_statistics_get_n_meetings (self, kind)),
                          convene_statistics_get_n_meetings (self, kind),
                          convene_statistics_get_n_recorded (self, kind));
}

/* CSV */

static void
append_number (GString *line,
               guint    n)
{
  g_string_append_printf (line, ",%u", n);
}

static void
append_date (GString        *line,
             ConveneMeeting *meeting)
{
  g_autofree char *iso = meeting != NULL ? convene_date_to_iso (convene_meeting_get_start (meeting)) : NULL;

  convene_text_append_csv_field (line, iso != NULL ? iso : "");
}

/**
 * convene_statistics_write_csv:
 *
 * The participants' figures as CSV (RFC 4180, UTF-8, lines ending in CRLF),
 * a line each in the dataset's order after the header
 * `id,name,kind,attended,recorded,participant,observer,co-chair,first,last`:
 * the meetings attended in any role, the meetings whose attendance is
 * recorded, the meetings attended in each role, and the start dates of the
 * first and last meetings attended (empty if none). Names are the
 * dataset's; kinds its words. The stream is left open.
 */
gboolean
convene_statistics_write_csv (ConveneStatistics  *self,
                              GOutputStream      *stream,
                              GCancellable       *cancellable,
                              GError            **error)
{
  GListModel *participants;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  participants = convene_dataset_get_participants (self->dataset);
  text = g_string_new ("id,name,kind,attended,recorded,participant,observer,co-chair,first,last\r\n");
  for (guint i = 0; i < self->n_participants; i++)
    {
      g_autoptr(ConveneParticipant) p = g_list_model_get_item (participants, i);
      const ConveneParticipantFigures *f = convene_statistics_get_figures (self, p, NULL);
      g_autoptr(GString) line = g_string_new (NULL);

      convene_text_append_csv_field (line, convene_participant_get_id (p));
      convene_text_append_csv_field (line, convene_participant_get_name (p));
      convene_text_append_csv_field (line, convene_participant_kind_to_string (convene_participant_get_kind (p)));
      append_number (line, f->attended);
      append_number (line, f->recorded);
      append_number (line, f->by_role[CONVENE_ROLE_PARTICIPANT]);
      append_number (line, f->by_role[CONVENE_ROLE_OBSERVER]);
      append_number (line, f->by_role[CONVENE_ROLE_CO_CHAIR]);
      append_date (line, f->first);
      append_date (line, f->last);
      g_string_append_printf (text, "%s\r\n", line->str);
    }
  return g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error);
}

/* Writes the CSV to file through convene_output_file_write() */
gboolean
convene_statistics_save_csv (ConveneStatistics  *self,
                             GFile              *file,
                             GCancellable       *cancellable,
                             GError            **error)
{
  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), FALSE);
  return convene_output_file_write (file, convene_dataset_get_file (self->dataset),
                                    (ConveneOutputWriter) convene_statistics_write_csv, self,
                                    cancellable, error);
}
