/* convene-statistics-following.c
 *
 * Statistics following edits. Statistics are a snapshot of what they
 * counted (the meetings in order, each one's attendance array, kind and
 * year; the participants), and never change once complete. An edit to the
 * dataset ("items-changed" of its meetings or participants) makes new
 * statistics from the kept ones (convene-statistics.c): the copy shares the
 * participants' lists of meetings attended, and takes the edit's splices at
 * once (meetings and participants out and in, meetings changed in place
 * marked); when next asked for, it counts what changed (finish()): the
 * meetings' own figures again in full (linear in the meetings: 10,000 in
 * well under a millisecond), and the participants' figures only for those an
 * edit may have touched: whose role changed at a meeting, who attended a
 * meeting added, removed, moved, recorded or not, or of another kind, and
 * who attended the recorded meetings either side of it (before and after
 * the edit; in all meetings' order and its kind's), whose runs it may have
 * joined or broken. A participant's figures are counted again from its list
 * of meetings attended. An edit that changes nothing counted (a title) makes
 * no new statistics. tests/test-incremental.c compares the result with a
 * count from scratch after random edits; docs/performance.md has the times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "convene-dataset-private.h"
#include "convene-matrix.h"
#include "convene-meeting-private.h"
#include "convene-participant-private.h"
#include "convene-statistics-private.h"

static gpointer
ref_object (gconstpointer object,
            gpointer      data)
{
  return g_object_ref ((gpointer) object);
}

static gpointer
ref_array (gconstpointer array,
           gpointer      data)
{
  return g_array_ref ((GArray *) array);
}

/* Complete statistics to take an edit: a copy of @other sharing its lists
 * of meetings attended (never changed: the edit gives new ones) */
ConveneStatistics *
_convene_statistics_copy (ConveneStatistics *other)
{
  ConveneStatistics *self = g_object_new (CONVENE_TYPE_STATISTICS, NULL);
  guint stride = other->kinds->len + 1;
  guint n_years = other->counted->len > 0 ? other->last_year - other->first_year + 1 : 0;

  self->dataset = other->dataset;
  self->meetings = g_ptr_array_copy (other->meetings, ref_object, NULL);
  g_ptr_array_set_free_func (self->meetings, g_object_unref);
  self->counted = g_array_copy (other->counted);
  g_array_set_clear_func (self->counted, _convene_statistics_clear_counted);
  for (guint i = 0; i < self->counted->len; i++)
    if (counted_at (self, i)->attendance != NULL)
      g_ptr_array_ref (counted_at (self, i)->attendance);
  self->participants = g_ptr_array_copy (other->participants, ref_object, NULL);
  g_ptr_array_set_free_func (self->participants, g_object_unref);
  self->n_participants = other->n_participants;

  self->kinds = g_ptr_array_copy (other->kinds, NULL, NULL);
  self->kind_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->kinds->len; i++)
    g_hash_table_insert (self->kind_index, g_ptr_array_index (self->kinds, i), GUINT_TO_POINTER (i + 1));
  self->kind_meetings = g_memdup2 (other->kind_meetings, stride * sizeof (guint));
  self->kind_recorded = g_memdup2 (other->kind_recorded, stride * sizeof (guint));
  self->first_year = other->first_year;
  self->last_year = other->last_year;
  self->year_counts = g_memdup2 (other->year_counts, (gsize) n_years * stride * sizeof (guint));
  self->figures = g_memdup2 (other->figures, (gsize) self->n_participants * stride * sizeof (Figures));
  self->attended = g_ptr_array_copy (other->attended, ref_array, NULL);
  g_ptr_array_set_free_func (self->attended, (GDestroyNotify) g_array_unref);
  self->complete = TRUE;

  self->affected = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->stale = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->fresh = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  return self;
}

static void
add_ref (GHashTable *set,
         gpointer    object)
{
  if (!g_hash_table_contains (set, object))
    g_hash_table_add (set, g_object_ref (object));
}

/* Whoever attended, in an attendance, have their figures counted again */
static void
add_attendees (ConveneStatistics *self,
               GPtrArray         *attendance)
{
  for (guint j = 0; attendance != NULL && j < attendance->len; j++)
    {
      ConveneAttendance *a = g_ptr_array_index (attendance, j);

      if (convene_role_attended (a->role))
        add_ref (self->affected, a->participant);
    }
}

/* The attendance and kind of the meeting at @position as counted (@before)
 * or as it is; FALSE when it had none then (added since) */
static gboolean
meeting_state (ConveneStatistics  *self,
               guint               position,
               gboolean            before,
               GPtrArray         **attendance,
               const char        **kind)
{
  Counted *c = counted_at (self, position);
  ConveneMeeting *meeting = g_ptr_array_index (self->meetings, position);

  if (before && c->state == ADDED)
    return FALSE;
  *attendance = before ? c->attendance : meeting->attendance;
  *kind = before ? c->kind : meeting->kind;
  return TRUE;
}

/* The attendees of the recorded meetings either side of the one at
 * @position (recorded, of @kind), in every kind's order and in @kind's:
 * @before, as counted (what was added since is passed over), or as the
 * meetings are. Their runs may join or break there. */
static void
add_neighbours (ConveneStatistics *self,
                guint              position,
                const char        *kind,
                gboolean           before)
{
  for (int direction = -1; direction <= 1; direction += 2)
    {
      gboolean found_any = FALSE, found_kind = FALSE;

      for (gint64 i = (gint64) position + direction;
           i >= 0 && i < self->counted->len && !(found_any && found_kind); i += direction)
        {
          GPtrArray *attendance;
          const char *other_kind;

          if (!meeting_state (self, i, before, &attendance, &other_kind) || attendance == NULL)
            continue;
          if (!found_any || (!found_kind && other_kind == kind))
            add_attendees (self, attendance);
          found_any = TRUE;
          found_kind = found_kind || other_kind == kind;
        }
    }
}

/* The meeting at @position is taken out of the statistics */
static void
take_out (ConveneStatistics *self,
          guint              position)
{
  Counted *c = counted_at (self, position);

  if (c->state != ADDED && c->attendance != NULL)
    {
      add_attendees (self, c->attendance);
      add_neighbours (self, position, c->kind, TRUE);
    }
  add_ref (self->stale, g_ptr_array_index (self->meetings, position));
  g_ptr_array_remove_index (self->meetings, position);
  g_array_remove_index (self->counted, position);
}

static void
put_in (ConveneStatistics *self,
        guint              position,
        ConveneMeeting    *meeting)
{
  Counted c = { NULL, NULL, 0, 0, 0, 0, 0, 0, { 0 }, ADDED };

  g_ptr_array_insert (self->meetings, position, g_object_ref (meeting));
  g_array_insert_val (self->counted, position, c);
  add_ref (self->stale, meeting);
}

/* Whether the meeting at @position is as counted (a title, a place: nothing
 * the statistics count changed) */
static gboolean
counted_as_is (ConveneStatistics *self,
               guint              position)
{
  Counted *c = counted_at (self, position);
  ConveneMeeting *meeting = g_ptr_array_index (self->meetings, position);

  return c->state == COUNTED && c->attendance == meeting->attendance &&
         c->serial == meeting->attendance_serial && c->kind == meeting->kind &&
         c->year == convene_meeting_get_year (meeting);
}

/* "items-changed" of the dataset's meetings: TRUE when @self counted the
 * same meetings there, each as it is */
gboolean
_convene_statistics_meetings_as_counted (ConveneStatistics *self,
                     guint              position,
                     guint              removed,
                     guint              added)
{
  GPtrArray *all = self->dataset->meeting_array;

  if (removed != added || position + removed > self->meetings->len)
    return FALSE;
  for (guint i = position; i < position + removed; i++)
    if (g_ptr_array_index (self->meetings, i) != g_ptr_array_index (all, i) || !counted_as_is (self, i))
      return FALSE;
  return TRUE;
}

/* Takes the splice: meetings changed in place are marked, others taken out
 * and put in */
void
_convene_statistics_follow_meetings (ConveneStatistics *self,
                 guint              position,
                 guint              removed,
                 guint              added)
{
  GPtrArray *all = self->dataset->meeting_array;
  gboolean in_place = removed == added && position + removed <= self->meetings->len;

  for (guint i = position; in_place && i < position + removed; i++)
    in_place = g_ptr_array_index (self->meetings, i) == g_ptr_array_index (all, i);
  if (in_place)
    {
      for (guint i = position; i < position + removed; i++)
        if (!counted_as_is (self, i) && counted_at (self, i)->state == COUNTED)
          {
            counted_at (self, i)->state = CHANGED;
            add_ref (self->stale, g_ptr_array_index (self->meetings, i));
          }
      return;
    }
  for (guint i = 0; i < removed && position < self->meetings->len; i++)
    take_out (self, position);
  for (guint i = 0; i < added && position + i < all->len; i++)
    put_in (self, MIN (position + i, self->meetings->len), g_ptr_array_index (all, position + i));
}

/* Takes the splice of the participants: those taken out go with their
 * figures, those put in have theirs found anew */
void
_convene_statistics_follow_participants (ConveneStatistics *self,
                     guint              position,
                     guint              removed,
                     guint              added)
{
  GListModel *list = convene_dataset_get_participants (self->dataset);
  guint stride = self->kinds->len + 1;
  guint n;

  removed = MIN (removed, self->n_participants - MIN (position, self->n_participants));
  g_ptr_array_remove_range (self->participants, position, removed);
  g_ptr_array_remove_range (self->attended, position, removed);
  n = self->n_participants - removed;
  /* figures is NULL while there are no participants (a new dataset):
   * nothing to move then, and memmove() must not be given NULL */
  if (self->figures != NULL)
    memmove (self->figures + (gsize) position * stride, self->figures + (gsize) (position + removed) * stride,
             (gsize) (self->n_participants - position - removed) * stride * sizeof (Figures));

  self->figures = g_renew (Figures, self->figures, (gsize) (n + added) * stride);
  if (self->figures != NULL)
    {
      memmove (self->figures + (gsize) (position + added) * stride, self->figures + (gsize) position * stride,
               (gsize) (n - position) * stride * sizeof (Figures));
      memset (self->figures + (gsize) position * stride, 0, (gsize) added * stride * sizeof (Figures));
    }
  for (guint i = 0; i < added; i++)
    {
      ConveneParticipant *participant = g_list_model_get_item (list, position + i);

      g_ptr_array_insert (self->participants, position + i, participant);
      g_ptr_array_insert (self->attended, position + i, g_array_new (FALSE, FALSE, sizeof (ConveneAttended)));
      add_ref (self->fresh, participant);
    }
  self->n_participants = n + added;
}

/* Whose role at a meeting changed, from @before to @after (both recorded) */
static void
add_changed_roles (ConveneStatistics *self,
                   GPtrArray         *before,
                   GPtrArray         *after,
                   guint8            *roles)
{
  /* roles[row]: the role before, 0xff once seen after; all 0 again at the end */
  for (guint j = 0; j < before->len; j++)
    {
      ConveneAttendance *a = g_ptr_array_index (before, j);
      guint row = _convene_statistics_row_of (self, a->participant);

      if (row != G_MAXUINT && convene_role_attended (a->role))
        roles[row] = a->role;
    }
  for (guint j = 0; j < after->len; j++)
    {
      ConveneAttendance *a = g_ptr_array_index (after, j);
      guint row = _convene_statistics_row_of (self, a->participant);

      if (row == G_MAXUINT || !convene_role_attended (a->role))
        continue;
      if (roles[row] != a->role)
        add_ref (self->affected, a->participant);
      roles[row] = 0xff;
    }
  for (guint j = 0; j < before->len; j++)
    {
      ConveneAttendance *a = g_ptr_array_index (before, j);
      guint row = _convene_statistics_row_of (self, a->participant);

      if (row != G_MAXUINT && roles[row] != 0 && roles[row] != 0xff)
        add_ref (self->affected, a->participant);
    }
  for (guint j = 0; j < after->len; j++)
    {
      guint row = _convene_statistics_row_of (self, ((ConveneAttendance *) g_ptr_array_index (after, j))->participant);

      if (row != G_MAXUINT)
        roles[row] = 0;
    }
  for (guint j = 0; j < before->len; j++)
    {
      guint row = _convene_statistics_row_of (self, ((ConveneAttendance *) g_ptr_array_index (before, j))->participant);

      if (row != G_MAXUINT)
        roles[row] = 0;
    }
}

/* The participant's figures counted again from its list of meetings attended */
static void
count_participant (ConveneStatistics *self,
                   guint              row)
{
  GArray *attended = g_ptr_array_index (self->attended, row);
  guint stride = self->kinds->len + 1;

  memset (self->figures + (gsize) row * stride, 0, stride * sizeof (Figures));
  for (guint i = 0; i < attended->len; i++)
    {
      ConveneAttended *entry = &g_array_index (attended, ConveneAttended, i);

      _convene_statistics_count_entry (self, row, entry->meeting, entry->role, counted_at (self, entry->meeting->position));
    }
}

/* The lists of meetings attended of the participants added: from every meeting */
static void
find_fresh (ConveneStatistics *self,
            gboolean          *recount)
{
  guint n_fresh = 0;

  for (guint p = 0; p < self->n_participants; p++)
    if (g_hash_table_contains (self->fresh, g_ptr_array_index (self->participants, p)))
      {
        recount[p] = TRUE;
        n_fresh++;
      }
  for (guint i = 0; n_fresh > 0 && i < self->counted->len; i++)
    {
      GPtrArray *attendance = counted_at (self, i)->attendance;

      for (guint j = 0; attendance != NULL && j < attendance->len; j++)
        {
          ConveneAttendance *a = g_ptr_array_index (attendance, j);
          guint row = _convene_statistics_row_of (self, a->participant);
          ConveneAttended entry = { g_ptr_array_index (self->meetings, i), a->role };

          if (row != G_MAXUINT && recount[row] && convene_role_attended (a->role) &&
              g_hash_table_contains (self->fresh, a->participant))
            g_array_append_val (g_ptr_array_index (self->attended, row), entry);
        }
    }
}

/* The list of meetings attended of an affected participant: the meetings
 * that did not change, and @additions (in date order) */
static GArray *
merge_attended (ConveneStatistics *self,
                GArray            *kept,
                GArray            *additions)
{
  GArray *merged = g_array_sized_new (FALSE, FALSE, sizeof (ConveneAttended),
                                      kept->len + (additions != NULL ? additions->len : 0));
  guint a = 0;

  for (guint i = 0; i <= kept->len; i++)
    {
      ConveneAttended *entry = i < kept->len ? &g_array_index (kept, ConveneAttended, i) : NULL;

      if (entry != NULL && g_hash_table_contains (self->stale, entry->meeting))
        continue;
      for (; additions != NULL && a < additions->len &&
             (entry == NULL ||
              g_array_index (additions, ConveneAttended, a).meeting->position < entry->meeting->position);
           a++)
        g_array_append_val (merged, g_array_index (additions, ConveneAttended, a));
      if (entry != NULL)
        g_array_append_val (merged, *entry);
    }
  return merged;
}

/* Counts what the edits taken changed (see the top of the file) */
void
_convene_statistics_finish (ConveneStatistics *self)
{
  g_autoptr(GArray) dirty = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *roles = NULL;
  g_autofree gboolean *recount = NULL;
  GArray **additions;
  gboolean kinds_changed;
  guint old_stride = self->kinds->len + 1;

  if (self->meetings->len != self->dataset->meeting_array->len ||
      self->n_participants != g_list_model_get_n_items (convene_dataset_get_participants (self->dataset)))
    {
      /* not what was told: counted anew */
      g_warn_if_reached ();
      _convene_statistics_clear_figures (self);
      _convene_statistics_compute_begin (self);
      _convene_statistics_compute_some (self, G_MAXUINT);
      goto done;
    }

  /* who the meetings changed or added may have touched, before and after */
  roles = g_new0 (guint8, MAX (self->n_participants, 1));
  for (guint i = 0; i < self->counted->len; i++)
    {
      Counted *c = counted_at (self, i);
      ConveneMeeting *meeting = g_ptr_array_index (self->meetings, i);

      if (c->state == COUNTED)
        continue;
      g_array_append_val (dirty, i);
      if (c->state == CHANGED && c->attendance != NULL && meeting->attendance != NULL &&
          c->kind == meeting->kind)
        {
          add_changed_roles (self, c->attendance, meeting->attendance, roles);
          continue;
        }
      if (c->state == CHANGED && c->attendance != NULL)
        {
          add_attendees (self, c->attendance);
          add_neighbours (self, i, c->kind, TRUE);
        }
      if (meeting->attendance != NULL)
        {
          add_attendees (self, meeting->attendance);
          add_neighbours (self, i, meeting->kind, FALSE);
        }
    }
  for (guint d = 0; d < dirty->len; d++)
    _convene_statistics_take_meeting (self, g_array_index (dirty, guint, d));

  /* the meetings' figures */
  kinds_changed = _convene_statistics_set_up_kinds (self);
  _convene_statistics_begin_meetings (self);
  for (guint i = 0; i < self->counted->len; i++)
    _convene_statistics_count_meeting (self, i);
  g_clear_pointer (&self->last_of_kind, g_free);
  if (kinds_changed || old_stride != self->kinds->len + 1)
    {
      g_free (self->figures);
      self->figures = g_new0 (Figures, (gsize) MAX (self->n_participants, 1) * (self->kinds->len + 1));
    }

  /* the lists of meetings attended: the participants added found anew, the
   * others affected keep what did not change and take what did */
  recount = g_new0 (gboolean, MAX (self->n_participants, 1));
  find_fresh (self, recount);
  additions = g_new0 (GArray *, MAX (self->n_participants, 1));
  for (guint d = 0; d < dirty->len; d++)
    {
      guint i = g_array_index (dirty, guint, d);
      GPtrArray *attendance = counted_at (self, i)->attendance;

      for (guint j = 0; attendance != NULL && j < attendance->len; j++)
        {
          ConveneAttendance *a = g_ptr_array_index (attendance, j);
          guint row = _convene_statistics_row_of (self, a->participant);
          ConveneAttended entry = { g_ptr_array_index (self->meetings, i), a->role };

          if (row == G_MAXUINT || recount[row] || !convene_role_attended (a->role) ||
              !g_hash_table_contains (self->affected, a->participant))
            continue;
          if (additions[row] == NULL)
            additions[row] = g_array_new (FALSE, FALSE, sizeof (ConveneAttended));
          g_array_append_val (additions[row], entry);
        }
    }
  for (guint p = 0; p < self->n_participants; p++)
    {
      ConveneParticipant *participant = g_ptr_array_index (self->participants, p);

      if (!recount[p] && g_hash_table_contains (self->affected, participant))
        {
          GArray *merged = merge_attended (self, g_ptr_array_index (self->attended, p), additions[p]);

          g_array_unref (g_ptr_array_index (self->attended, p));
          g_ptr_array_index (self->attended, p) = merged;
          recount[p] = TRUE;
        }
      g_clear_pointer (&additions[p], g_array_unref);
      if (recount[p] || kinds_changed)
        count_participant (self, p);
    }
  g_free (additions);
  _convene_statistics_count_recorded (self);

done:
  g_hash_table_remove_all (self->affected);
  g_hash_table_remove_all (self->stale);
  g_hash_table_remove_all (self->fresh);
}

