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
 * Statistics follow edits to their dataset without counting everything
 * again: convene-statistics-following.c.
 *
 * Why this file is long (about 1,400 lines): the counting above is one
 * pass whose results the getters, "what changed" and the sentences that
 * say the figures (dup_summary(), dup_description()…, the same words for
 * the window, print and the CSV) all read. The struct is in
 * convene-statistics-private.h: the sentences and the CSV (about 450
 * lines) are the next to leave, for a convene-statistics-text.c, when the
 * translations' file references can move with them.
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
#include "convene-statistics-private.h"

G_DEFINE_FINAL_TYPE (ConveneStatistics, convene_statistics, G_TYPE_OBJECT)

void
_convene_statistics_clear_counted (gpointer data)
{
  g_clear_pointer (&((Counted *) data)->attendance, g_ptr_array_unref);
}

/* Everything counted: statistics are empty again */
void
_convene_statistics_clear_figures (ConveneStatistics *self)
{
  g_clear_pointer (&self->attended, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_free);
  g_clear_pointer (&self->year_counts, g_free);
  g_clear_pointer (&self->kind_meetings, g_free);
  g_clear_pointer (&self->kind_recorded, g_free);
  g_clear_pointer (&self->last_of_kind, g_free);
  g_clear_pointer (&self->kind_index, g_hash_table_unref);
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->counted, g_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  self->n_participants = 0;
  self->complete = FALSE;
}

static void
convene_statistics_finalize (GObject *object)
{
  ConveneStatistics *self = CONVENE_STATISTICS (object);

  _convene_statistics_clear_figures (self);
  g_clear_pointer (&self->affected, g_hash_table_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);
  g_clear_pointer (&self->fresh, g_hash_table_unref);
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

/* The participant's index in the statistics; G_MAXUINT: not counted */
guint
_convene_statistics_row_of (ConveneStatistics  *self,
        ConveneParticipant *participant)
{
  guint row = participant->index;

  if (row < self->n_participants && g_ptr_array_index (self->participants, row) == participant)
    return row;
  return G_MAXUINT;
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

/* The participant at @row attended the meeting counted as @c in @role */
void
_convene_statistics_count_entry (ConveneStatistics *self,
             guint              row,
             ConveneMeeting    *meeting,
             ConveneRole        role,
             const Counted     *c)
{
  guint stride = self->kinds->len + 1;

  count (&self->figures[(gsize) row * stride + c->k], meeting, role, c->rank_kind);
  count (&self->figures[(gsize) row * stride + self->kinds->len], meeting, role, c->rank_all);
}

/* The kinds, in the dataset's order (convene_dataset_get_kinds()); TRUE when
 * they are not those counted before */
gboolean
_convene_statistics_set_up_kinds (ConveneStatistics *self)
{
  GListModel *list = convene_dataset_get_kinds (self->dataset);
  guint n = g_list_model_get_n_items (list);
  GPtrArray *kinds = g_ptr_array_sized_new (n);
  gboolean same;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConveneMeetingKind) kind = g_list_model_get_item (list, i);

      g_ptr_array_add (kinds, (gpointer) convene_meeting_kind_get_id (kind));
    }
  same = self->kinds != NULL && self->kinds->len == n &&
         (n == 0 || memcmp (kinds->pdata, self->kinds->pdata, n * sizeof (gpointer)) == 0);
  if (same)
    {
      g_ptr_array_unref (kinds);
      return FALSE;
    }
  g_clear_pointer (&self->kinds, g_ptr_array_unref);
  g_clear_pointer (&self->kind_index, g_hash_table_unref);
  self->kinds = kinds;
  self->kind_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (self->kind_index, g_ptr_array_index (kinds, i), GUINT_TO_POINTER (i + 1));
  return TRUE;
}

/* The meeting's counts per kind and year, and the totals, set out empty
 * (the years of the first and last meetings counted) */
void
_convene_statistics_begin_meetings (ConveneStatistics *self)
{
  guint n_meetings = self->counted->len;
  guint stride = self->kinds->len + 1;
  guint n_years = 0;

  self->first_year = self->last_year = 0;
  if (n_meetings > 0)
    {
      self->first_year = counted_at (self, 0)->year;
      self->last_year = counted_at (self, n_meetings - 1)->year;
      n_years = self->last_year - self->first_year + 1;
    }
  g_free (self->kind_meetings);
  g_free (self->kind_recorded);
  g_free (self->year_counts);
  g_free (self->last_of_kind);
  self->kind_meetings = g_new0 (guint, stride);
  self->kind_recorded = g_new0 (guint, stride);
  self->year_counts = g_new0 (guint, (gsize) n_years * stride);
  self->last_of_kind = g_new0 (guint, stride);
}

/* What is counted of the meeting at @position: its attendance, kind and
 * year as they are now, and its delegations */
void
_convene_statistics_take_meeting (ConveneStatistics *self,
              guint              position)
{
  ConveneMeeting *meeting = g_ptr_array_index (self->meetings, position);
  Counted *c = counted_at (self, position);

  g_clear_pointer (&c->attendance, g_ptr_array_unref);
  c->attendance = meeting->attendance != NULL ? g_ptr_array_ref (meeting->attendance) : NULL;
  c->kind = meeting->kind;
  c->serial = meeting->attendance_serial;
  c->year = convene_meeting_get_year (meeting);
  c->state = COUNTED;
  memset (c->delegations, 0, sizeof c->delegations);
  for (guint j = 0; c->attendance != NULL && j < c->attendance->len; j++)
    {
      ConveneAttendance *a = g_ptr_array_index (c->attendance, j);

      if (convene_role_attended (a->role) && _convene_statistics_row_of (self, a->participant) != G_MAXUINT &&
          c->delegations[a->role - 1] < G_MAXUINT16)
        c->delegations[a->role - 1]++;
    }
}

/* The meeting at @position, taken, in the counts: its kind, the previous of
 * its kind, the counts of its kind and year, its ranks among the recorded */
void
_convene_statistics_count_meeting (ConveneStatistics *self,
               guint              position)
{
  Counted *c = counted_at (self, position);
  guint n_kinds = self->kinds->len;
  guint k = lookup_kind (self, c->kind);
  guint year = c->year - self->first_year;

  c->k = k;
  c->previous = self->last_of_kind[k];
  self->last_of_kind[k] = position + 1;
  self->kind_meetings[k]++;
  self->kind_meetings[n_kinds]++;
  self->year_counts[year * (n_kinds + 1) + k]++;
  self->year_counts[year * (n_kinds + 1) + n_kinds]++;
  c->rank_all = c->rank_kind = 0;
  if (c->attendance == NULL)
    return;
  c->rank_all = ++self->kind_recorded[n_kinds];
  c->rank_kind = ++self->kind_recorded[k];
}

/* Every participant's "recorded": the meetings recorded of each kind */
void
_convene_statistics_count_recorded (ConveneStatistics *self)
{
  guint stride = self->kinds->len + 1;

  for (guint p = 0; p < self->n_participants; p++)
    for (guint k = 0; k < stride; k++)
      self->figures[(gsize) p * stride + k].public.recorded = self->kind_recorded[k];
}

/* Sets out the figures to count: the meetings and participants as they
 * are, the kinds, the years, nothing counted yet */
void
_convene_statistics_compute_begin (ConveneStatistics *self)
{
  GListModel *participants = convene_dataset_get_participants (self->dataset);
  GPtrArray *meetings = self->dataset->meeting_array;
  guint stride;

  self->meetings = g_ptr_array_new_full (meetings->len, g_object_unref);
  self->counted = g_array_sized_new (FALSE, TRUE, sizeof (Counted), meetings->len);
  g_array_set_clear_func (self->counted, _convene_statistics_clear_counted);
  g_array_set_size (self->counted, meetings->len);
  for (guint i = 0; i < meetings->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (meetings, i);

      g_ptr_array_add (self->meetings, g_object_ref (meeting));
      counted_at (self, i)->year = convene_meeting_get_year (meeting);
    }

  self->n_participants = g_list_model_get_n_items (participants);
  self->participants = g_ptr_array_new_full (self->n_participants, g_object_unref);
  for (guint i = 0; i < self->n_participants; i++)
    g_ptr_array_add (self->participants, g_list_model_get_item (participants, i));

  _convene_statistics_set_up_kinds (self);
  stride = self->kinds->len + 1;
  _convene_statistics_begin_meetings (self);
  self->figures = g_new0 (Figures, (gsize) self->n_participants * stride);
  self->attended = g_ptr_array_new_full (self->n_participants, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < self->n_participants; i++)
    g_ptr_array_add (self->attended, g_array_new (FALSE, FALSE, sizeof (ConveneAttended)));
  self->n_counted = 0;
}

/* Counts the next @n_meetings meetings (at most); once the last is
 * counted, finishes the figures. Returns whether they are complete. */
gboolean
_convene_statistics_compute_some (ConveneStatistics *self,
              guint              n_meetings)
{
  guint end = self->n_counted + MIN (n_meetings, self->meetings->len - self->n_counted);

  for (guint i = self->n_counted; i < end; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->meetings, i);
      Counted *c = counted_at (self, i);

      _convene_statistics_take_meeting (self, i);
      _convene_statistics_count_meeting (self, i);
      for (guint j = 0; c->attendance != NULL && j < c->attendance->len; j++)
        {
          ConveneAttendance *a = g_ptr_array_index (c->attendance, j);
          guint p = _convene_statistics_row_of (self, a->participant);
          ConveneAttended entry = { meeting, a->role };

          if (!convene_role_attended (a->role) || p == G_MAXUINT)
            continue;
          _convene_statistics_count_entry (self, p, meeting, a->role, c);
          g_array_append_val (g_ptr_array_index (self->attended, p), entry);
        }
    }
  self->n_counted = end;
  if (end < self->meetings->len)
    return FALSE;

  _convene_statistics_count_recorded (self);
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
  _convene_statistics_compute_begin (self);
  _convene_statistics_compute_some (self, G_MAXUINT);
  return self;
}

/**
 * convene_statistics_get_for_dataset:
 *
 * The dataset's statistics, computed the first time they are asked for and
 * kept with the dataset (the dataset holds them; they do not hold it back).
 * After an edit, they are made from those before (see the top of the file).
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

/* Statistics that took edits not yet counted, kept by their dataset */
static GQuark
following_quark (void)
{
  return g_quark_from_static_string ("convene-statistics-following");
}

/* The statistics kept are let go: whoever holds them may still read them,
 * and they hold the dataset from now on */
static void
let_go (ConveneDataset *dataset)
{
  ConveneStatistics *self = g_object_steal_qdata (G_OBJECT (dataset), statistics_quark ());

  if (self == NULL)
    return;
  g_object_ref (self->dataset);
  g_object_unref (self);
}

/* The statistics to take an edit: those under way are dropped (they begin
 * anew); those kept give way to a copy; NULL when there are none */
static ConveneStatistics *
following (ConveneDataset *dataset)
{
  ConveneStatistics *self, *kept;

  g_object_set_qdata (G_OBJECT (dataset), partial_quark (), NULL);
  self = g_object_get_qdata (G_OBJECT (dataset), following_quark ());
  if (self != NULL)
    return self;
  kept = g_object_get_qdata (G_OBJECT (dataset), statistics_quark ());
  if (kept == NULL)
    return NULL;
  self = _convene_statistics_copy (kept);
  g_object_set_qdata_full (G_OBJECT (dataset), following_quark (), self, statistics_release);
  let_go (dataset);
  return self;
}

/* The statistics that take an edit (or those kept, until one does) */
static ConveneStatistics *
latest (ConveneDataset *dataset)
{
  ConveneStatistics *self = g_object_get_qdata (G_OBJECT (dataset), following_quark ());

  return self != NULL ? self : g_object_get_qdata (G_OBJECT (dataset), statistics_quark ());
}

static void
on_meetings_changed_cb (ConveneDataset *dataset,
                        guint           position,
                        guint           removed,
                        guint           added)
{
  ConveneStatistics *self = latest (dataset);

  if (self != NULL && _convene_statistics_meetings_as_counted (self, position, removed, added))
    return;
  self = following (dataset);
  if (self != NULL)
    _convene_statistics_follow_meetings (self, position, removed, added);
}

static void
on_participants_changed_cb (ConveneDataset *dataset,
                            guint           position,
                            guint           removed,
                            guint           added)
{
  ConveneStatistics *self = latest (dataset);
  GListModel *list = convene_dataset_get_participants (dataset);
  gboolean same = self != NULL && removed == added && position + removed <= self->n_participants;

  /* a participant renamed: nothing counted changed */
  for (guint i = 0; same && i < removed; i++)
    {
      g_autoptr(ConveneParticipant) participant = g_list_model_get_item (list, position + i);

      same = participant == g_ptr_array_index (self->participants, position + i);
    }
  if (same)
    return;
  self = following (dataset);
  if (self != NULL)
    _convene_statistics_follow_participants (self, position, removed, added);
}

/* Meetings added, removed or edited (items-changed, see convene-dataset.c),
 * and participants added or removed, are followed */
static void
watch_dataset (ConveneDataset *dataset)
{
  if (g_object_get_qdata (G_OBJECT (dataset), watched_quark ()) != NULL)
    return;
  g_signal_connect_swapped (convene_dataset_get_meetings (dataset), "items-changed",
                            G_CALLBACK (on_meetings_changed_cb), dataset);
  g_signal_connect_swapped (convene_dataset_get_participants (dataset), "items-changed",
                            G_CALLBACK (on_participants_changed_cb), dataset);
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

/* The statistics that took edits, counted and kept; NULL when none did */
static ConveneStatistics *
keep_following (ConveneDataset *dataset)
{
  ConveneStatistics *self = g_object_steal_qdata (G_OBJECT (dataset), following_quark ());

  if (self == NULL)
    return NULL;
  _convene_statistics_finish (self);
  return keep (self, dataset);
}

ConveneStatistics *
convene_statistics_get_for_dataset (ConveneDataset *dataset)
{
  ConveneStatistics *self;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  self = g_object_get_qdata (G_OBJECT (dataset), statistics_quark ());
  if (self != NULL)
    return self;
  self = keep_following (dataset);
  if (self != NULL)
    return self;

  watch_dataset (dataset);
  /* statistics under way are finished */
  self = g_object_steal_qdata (G_OBJECT (dataset), partial_quark ());
  if (self != NULL)
    {
      _convene_statistics_compute_some (self, G_MAXUINT);
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
 * @n_meetings times the mean attendance. Statistics complete that took an
 * edit count what it changed at once.
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
    self = keep_following (dataset);
  if (self == NULL)
    {
      watch_dataset (dataset);
      self = g_object_get_qdata (G_OBJECT (dataset), partial_quark ());
      if (self == NULL)
        {
          /* held by the dataset: it does not hold the dataset */
          self = g_object_new (CONVENE_TYPE_STATISTICS, NULL);
          self->dataset = dataset;
          _convene_statistics_compute_begin (self);
          g_object_set_qdata_full (G_OBJECT (dataset), partial_quark (), self, statistics_release);
        }
      if (_convene_statistics_compute_some (self, MAX (n_meetings, 1)))
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
 * Drops the statistics kept with the dataset: the next
 * convene_statistics_get_for_dataset() computes them anew. Whoever holds
 * the old statistics still may read them: they hold the dataset from now
 * on. Statistics under way, or following edits, are dropped.
 */
void
convene_statistics_forget (ConveneDataset *dataset)
{
  g_return_if_fail (CONVENE_IS_DATASET (dataset));

  g_object_set_qdata (G_OBJECT (dataset), partial_quark (), NULL);
  g_object_set_qdata (G_OBJECT (dataset), following_quark (), NULL);
  let_go (dataset);
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
  guint k, row;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), &nothing);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), &nothing);

  k = lookup_kind (self, kind);
  row = _convene_statistics_row_of (self, participant);
  if (row == G_MAXUINT || k == G_MAXUINT)
    return &nothing;
  return &self->figures[(gsize) row * (self->kinds->len + 1) + k].public;
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
  guint row;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);
  g_return_val_if_fail (n_attended != NULL, NULL);

  row = _convene_statistics_row_of (self, participant);
  if (row == G_MAXUINT)
    {
      *n_attended = 0;
      return NULL;
    }
  attended = g_ptr_array_index (self->attended, row);
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
  g_autoptr(GArray) regulars = NULL;
  GPtrArray *result;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);

  regulars = g_array_new (FALSE, FALSE, sizeof (Regular));
  for (guint i = 0; i < self->n_participants; i++)
    {
      ConveneParticipant *participant = g_ptr_array_index (self->participants, i);
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

/* Where these statistics counted the meeting; G_MAXUINT: they did not
 * (added since) */
static guint
position_of (ConveneStatistics *self,
             ConveneMeeting    *meeting)
{
  if (meeting->position < self->meetings->len &&
      g_ptr_array_index (self->meetings, meeting->position) == meeting)
    return meeting->position;
  for (guint i = 0; i < self->meetings->len; i++)
    if (g_ptr_array_index (self->meetings, i) == meeting)
      return i;
  return G_MAXUINT;
}

/* The meeting's delegations in a role (participant, observer or co-chair);
 * 0 when its attendance is not recorded, or the meeting was not counted. */
guint
convene_statistics_get_delegation (ConveneStatistics *self,
                                   ConveneMeeting    *meeting,
                                   ConveneRole        role)
{
  guint position;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), 0);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), 0);
  g_return_val_if_fail (convene_role_attended (role), 0);

  position = position_of (self, meeting);
  return position == G_MAXUINT ? 0 : counted_at (self, position)->delegations[role - 1];
}

/* The previous meeting of the same kind in date order, recorded or not;
 * NULL for the first (or a meeting not counted) */
ConveneMeeting *
convene_statistics_get_previous (ConveneStatistics *self,
                                 ConveneMeeting    *meeting)
{
  guint position, previous;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  position = position_of (self, meeting);
  if (position == G_MAXUINT)
    return NULL;
  previous = counted_at (self, position)->previous;
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
 * (24-53 ms at 10,000 meetings; an edit then takes a few).
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
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  text = g_string_new ("id,name,kind,attended,recorded,participant,observer,co-chair,first,last\r\n");
  for (guint i = 0; i < self->n_participants; i++)
    {
      ConveneParticipant *p = g_ptr_array_index (self->participants, i);
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
