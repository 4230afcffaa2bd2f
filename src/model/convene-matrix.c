/* convene-matrix.c
 *
 * The attendance matrix: one row per participant, one column per meeting in
 * date order, and each participant's role at each meeting.
 *
 * Roles are kept in one byte each, column by column (cells[column * n_rows +
 * row]), filled in one pass over each meeting's attendance with a hash from
 * participant to row: 250 participants by 10,000 meetings take 2.5 MB and a
 * few milliseconds. A matrix of more than MAX_DENSE_CELLS cells (a hostile or
 * absurd dataset: a million participants by a million meetings would take a
 * terabyte) keeps only who attended, column by column and sorted by row, and
 * finds a cell by bisection. Rows keep the dataset's order inside; sorting only
 * reorders a permutation (order[shown row] = stored row), so the totals and
 * cells never move.
 *
 * The matrix follows edits to its dataset without being built again: the
 * meetings' "items-changed" removes the columns of the meetings removed and
 * inserts those of the meetings added (the cells after them moved in one
 * piece); meetings said to have changed in place have their column filled
 * again only when their attendance changed (each meeting counts the times
 * its attendance was swapped, and each column keeps the count it was filled
 * at). The participants' "items-changed" remaps the rows: a row kept keeps
 * its cells (copied in runs, column by column), a new row is read from the
 * meetings' attendance, and a participant renamed only sorts anew. At
 * 10,000 meetings by 250 participants an edit costs the matrix well under
 * a millisecond or two (docs/performance.md); a sparse matrix is built
 * again. Either way "revision" is notified, and views read the cells again.
 *
 * Why this file is long (about 1,300 lines): every accessor reads both
 * storages (dense and sparse), and sorting, leaving rows out, following
 * edits and the totals all work on the same permutation and counts; the
 * CSV and the sentences that describe a cell are short sections at the end
 * that only read the public accessors, and could leave for files of their
 * own if they grow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-dataset-private.h"
#include "convene-matrix.h"
#include "convene-output-file.h"
#include "convene-search.h"
#include "convene-text.h"

/* 64 MB of cells; beyond that, a sparse matrix */
#define MAX_DENSE_CELLS ((guint64) 64 << 20)

typedef struct
{
  guint row;                 /* stored row */
  guint8 role;               /* ConveneRole */
} SparseCell;

struct _ConveneMatrix
{
  GObject parent_instance;

  ConveneDataset *dataset;
  ConveneMatrixParticipants which;
  char *kind;                /* nullable: every kind */
  ConveneMatrixSort sort;

  GPtrArray *participants;   /* of ConveneParticipant, stored row → participant */
  GPtrArray *meetings;       /* of ConveneMeeting, column → meeting, in date order */
  guint8 *cells;             /* ConveneRole, cells[column * n_rows + stored row]; NULL: sparse */
  SparseCell *sparse;        /* when sparse: the column's cells, sorted by row, from */
  gsize *sparse_start;       /* sparse[sparse_start[column]] to sparse[sparse_start[column + 1]] */
  guint *row_attended;       /* stored row → meetings attended */
  guint *column_attended;    /* column → participants attending */
  guint *column_position;    /* column → its meeting's place in the dataset, as last followed */
  guint *column_serial;      /* column → its meeting's attendance serial when filled (dense) */
  guint8 *column_recorded;   /* column → whether its attendance was recorded when filled */
  guint n_recorded;          /* columns whose attendance is recorded */
  guint *order;              /* shown row → stored row; [n_shown…] the rows left out */
  guint *position;           /* stored row → shown row, or G_MAXUINT when left out */
  guint n_shown;             /* rows the query and hide_absent leave */
  ConveneSearchQuery *query; /* nullable: rows whose participant matches, names and codes */
  char *query_text;
  gboolean hide_absent;      /* leave out rows that attended none of the meetings */
  GStrv sort_keys;           /* stored row → the participant's sort key (a copy: a rename frees
                              * the participant's); made on demand */
  guint *sorted;             /* every stored row in the sort's order, kept from one sort to the
                              * next: after an edit to the cells, sorting again is an insertion
                              * sort of the few rows whose totals changed */
  gboolean sorted_valid;     /* FALSE: sort from the dataset's order, in full */
  GHashTable *rows;          /* ConveneParticipant → stored row + 1 */
  guint revision;            /* counts the edits followed */
};

G_DEFINE_FINAL_TYPE (ConveneMatrix, convene_matrix, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (ConveneMatrixParticipants, convene_matrix_participants,
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_PARTICIPANTS_ALL, "all"),
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_PARTICIPANTS_STATES, "states"),
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS, "organisations"))

G_DEFINE_ENUM_TYPE (ConveneMatrixSort, convene_matrix_sort,
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_SORT_DATASET, "dataset"),
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_SORT_NAME, "name"),
  G_DEFINE_ENUM_VALUE (CONVENE_MATRIX_SORT_ATTENDANCE, "attendance"))

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PARTICIPANTS,
  PROP_KIND,
  PROP_SORT,
  PROP_QUERY,
  PROP_HIDE_ABSENT,
  PROP_REVISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whether a role counts as attending: participant, observer or co-chair. */
gboolean
convene_role_attended (ConveneRole role)
{
  return role == CONVENE_ROLE_PARTICIPANT ||
         role == CONVENE_ROLE_OBSERVER ||
         role == CONVENE_ROLE_CO_CHAIR;
}

static gboolean
includes (ConveneMatrix      *self,
          ConveneParticipant *participant)
{
  switch (self->which)
    {
    case CONVENE_MATRIX_PARTICIPANTS_STATES:
      return convene_participant_is_state (participant);
    case CONVENE_MATRIX_PARTICIPANTS_ORGANISATIONS:
      return !convene_participant_is_state (participant);
    case CONVENE_MATRIX_PARTICIPANTS_ALL:
    default:
      return TRUE;
    }
}

static gboolean
shows_meeting (ConveneMatrix  *self,
               ConveneMeeting *meeting)
{
  return self->kind == NULL || g_strcmp0 (meeting->kind, self->kind) == 0;
}

static int
compare_sparse_cells (const void *a,
                      const void *b)
{
  guint ra = ((const SparseCell *) a)->row;
  guint rb = ((const SparseCell *) b)->row;

  return ra < rb ? -1 : ra > rb;
}

/* Dense: fills column c's cells and totals from its meeting's attendance. */
static void
fill_column (ConveneMatrix *self,
             guint          c)
{
  ConveneMeeting *meeting = g_ptr_array_index (self->meetings, c);
  GPtrArray *attendance = meeting->attendance;
  guint n_rows = self->participants->len;
  guint8 *cells = self->cells + (gsize) c * n_rows;

  self->column_serial[c] = meeting->attendance_serial;
  self->column_recorded[c] = attendance != NULL;
  self->column_attended[c] = 0;
  memset (cells, attendance != NULL ? CONVENE_ROLE_NONE : CONVENE_ROLE_NOT_RECORDED, n_rows);
  if (attendance == NULL)
    return;
  self->n_recorded++;
  for (guint i = 0; i < attendance->len; i++)
    {
      ConveneAttendance *a = g_ptr_array_index (attendance, i);
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (self->rows, a->participant));

      /* 0: a participant this matrix leaves out */
      if (row == 0)
        continue;
      cells[row - 1] = a->role;
      if (convene_role_attended (a->role))
        {
          self->row_attended[row - 1]++;
          self->column_attended[c]++;
        }
    }
}

/* Dense: takes column c out of the totals, before it is filled again or
 * removed. */
static void
unfill_column (ConveneMatrix *self,
               guint          c)
{
  guint n_rows = self->participants->len;
  const guint8 *cells = self->cells + (gsize) c * n_rows;

  if (!self->column_recorded[c])
    return;
  for (guint r = 0; r < n_rows && self->column_attended[c] > 0; r++)
    if (convene_role_attended (cells[r]))
      {
        self->row_attended[r]--;
        self->column_attended[c]--;
      }
  self->n_recorded--;
}

static void
build_sparse (ConveneMatrix *self)
{
  guint n_columns = self->meetings->len;
  gsize n_cells = 0;

  /* attendance lists hold each participant once: a column holds at most its list */
  self->sparse_start = g_new (gsize, n_columns + 1);
  for (guint c = 0; c < n_columns; c++)
    {
      GPtrArray *attendance = convene_meeting_get_attendance (g_ptr_array_index (self->meetings, c));

      n_cells += attendance != NULL ? attendance->len : 0;
    }
  self->sparse = g_new (SparseCell, MAX (n_cells, 1));
  self->sparse_start[0] = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (self->meetings, c);
      GPtrArray *attendance = convene_meeting_get_attendance (meeting);
      gsize start = self->sparse_start[c], n_sparse = start;

      self->column_recorded[c] = attendance != NULL;
      if (attendance != NULL)
        self->n_recorded++;
      for (guint i = 0; attendance != NULL && i < attendance->len; i++)
        {
          ConveneAttendance *a = g_ptr_array_index (attendance, i);
          guint row = GPOINTER_TO_UINT (g_hash_table_lookup (self->rows, a->participant));

          if (row == 0)
            continue;
          self->sparse[n_sparse++] = (SparseCell) { row - 1, a->role };
          if (convene_role_attended (a->role))
            {
              self->row_attended[row - 1]++;
              self->column_attended[c]++;
            }
        }
      self->sparse_start[c + 1] = n_sparse;
      qsort (self->sparse + start, n_sparse - start, sizeof (SparseCell), compare_sparse_cells);
    }
}

static void
build (ConveneMatrix *self)
{
  GListModel *participants = convene_dataset_get_participants (self->dataset);
  GPtrArray *meetings = self->dataset->meeting_array;
  guint n_participants = g_list_model_get_n_items (participants);
  guint n_rows, n_columns;

  for (guint i = 0; i < n_participants; i++)
    {
      ConveneParticipant *participant = g_list_model_get_item (participants, i);

      if (includes (self, participant))
        {
          g_ptr_array_add (self->participants, participant);
          g_hash_table_insert (self->rows, participant,
                               GUINT_TO_POINTER (self->participants->len));
        }
      else
        g_object_unref (participant);
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (meetings, i);

      if (shows_meeting (self, meeting))
        g_ptr_array_add (self->meetings, g_object_ref (meeting));
    }

  n_rows = self->participants->len;
  n_columns = self->meetings->len;
  self->row_attended = g_new0 (guint, MAX (n_rows, 1));
  self->order = g_new (guint, MAX (n_rows, 1));
  self->position = g_new (guint, MAX (n_rows, 1));
  self->sorted = g_new (guint, MAX (n_rows, 1));
  self->sorted_valid = FALSE;
  for (guint r = 0; r < n_rows; r++)
    self->order[r] = self->position[r] = r;
  self->column_attended = g_new0 (guint, MAX (n_columns, 1));
  self->column_position = g_new (guint, MAX (n_columns, 1));
  self->column_serial = g_new0 (guint, MAX (n_columns, 1));
  self->column_recorded = g_new0 (guint8, MAX (n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    self->column_position[c] = ((ConveneMeeting *) g_ptr_array_index (self->meetings, c))->position;

  if ((guint64) n_rows * n_columns > MAX_DENSE_CELLS)
    {
      build_sparse (self);
      return;
    }
  self->cells = g_malloc (MAX ((gsize) n_rows * n_columns, 1));
  for (guint c = 0; c < n_columns; c++)
    fill_column (self, c);
}


/* Sorting */

static void
ensure_sort_keys (ConveneMatrix *self)
{
  if (self->sort_keys != NULL)
    return;

  /* each participant makes its key once, for every matrix and list; the
   * key of what the grid shows, the short name where there is one */
  self->sort_keys = g_new0 (char *, self->participants->len + 1);
  for (guint r = 0; r < self->participants->len; r++)
    self->sort_keys[r] = g_strdup (convene_participant_get_label_sort_key (g_ptr_array_index (self->participants, r)));
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  ConveneMatrix *self = user_data;
  guint ra = *(const guint *) a;
  guint rb = *(const guint *) b;
  int cmp = 0;

  if (self->sort == CONVENE_MATRIX_SORT_ATTENDANCE && self->row_attended[ra] != self->row_attended[rb])
    return self->row_attended[ra] > self->row_attended[rb] ? -1 : 1;
  if (self->sort != CONVENE_MATRIX_SORT_DATASET)
    cmp = strcmp (self->sort_keys[ra], self->sort_keys[rb]);
  if (cmp != 0)
    return cmp;
  /* ties keep the dataset's order */
  return ra < rb ? -1 : ra > rb;
}

static gboolean
row_shown (ConveneMatrix *self,
           guint          stored)
{
  if (self->hide_absent && self->row_attended[stored] == 0)
    return FALSE;
  return self->query == NULL ||
         convene_search_query_matches_participant (self->query, g_ptr_array_index (self->participants, stored));
}

/* Sorts rows already nearly in order; FALSE (leaving a permutation) when
 * that takes more than a few moves a row. */
static gboolean
insertion_sort (ConveneMatrix *self,
                guint         *rows,
                guint          n)
{
  gsize budget = 8 * (gsize) n + 64;

  for (guint i = 1; i < n; i++)
    {
      guint row = rows[i];
      guint j = i;

      for (; j > 0 && compare_rows (&rows[j - 1], &row, self) > 0; j--)
        {
          rows[j] = rows[j - 1];
          if (budget-- == 0)
            {
              rows[j - 1] = row;
              return FALSE;
            }
        }
      rows[j] = row;
    }
  return TRUE;
}

/* Puts the rows in order, those shown first: sorting and leaving rows out
 * only move row numbers, never cells. */
static void
apply_sort (ConveneMatrix *self)
{
  guint n_rows = self->participants->len;
  guint n_shown = 0;

  if (!self->sorted_valid || self->sort == CONVENE_MATRIX_SORT_DATASET)
    for (guint r = 0; r < n_rows; r++)
      self->sorted[r] = r;
  if (self->sort != CONVENE_MATRIX_SORT_DATASET)
    {
      ensure_sort_keys (self);
      if (!self->sorted_valid || !insertion_sort (self, self->sorted, n_rows))
        g_qsort_with_data (self->sorted, n_rows, sizeof (guint), compare_rows, self);
    }
  self->sorted_valid = TRUE;
  for (guint r = 0; r < n_rows; r++)
    {
      guint stored = self->sorted[r];

      if (row_shown (self, stored))
        {
          self->order[n_shown] = stored;
          self->position[stored] = n_shown++;
        }
      else
        self->position[stored] = G_MAXUINT;
    }
  /* the rows left out after, so that order stays a permutation */
  for (guint stored = 0, rest = n_shown; stored < n_rows; stored++)
    if (self->position[stored] == G_MAXUINT)
      self->order[rest++] = stored;
  self->n_shown = n_shown;
}

/* Following edits */

static void
changed (ConveneMatrix *self)
{
  self->revision++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION]);
}

static void
rebuild (ConveneMatrix *self)
{
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->sparse, g_free);
  g_clear_pointer (&self->sparse_start, g_free);
  g_clear_pointer (&self->row_attended, g_free);
  g_clear_pointer (&self->column_attended, g_free);
  g_clear_pointer (&self->column_position, g_free);
  g_clear_pointer (&self->column_serial, g_free);
  g_clear_pointer (&self->column_recorded, g_free);
  g_clear_pointer (&self->order, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->sorted, g_free);
  g_clear_pointer (&self->sort_keys, g_strfreev);
  g_ptr_array_set_size (self->participants, 0);
  g_ptr_array_set_size (self->meetings, 0);
  g_hash_table_remove_all (self->rows);
  self->n_recorded = 0;
  build (self);
  apply_sort (self);
}

/* The first column whose meeting was at @position or after, in the
 * dataset's order as the matrix last followed it. */
static guint
first_column_from (ConveneMatrix *self,
                   guint          position)
{
  guint low = 0, high = self->meetings->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (self->column_position[mid] < position)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

/* Dense: columns c0 to c1 (excluded) give way to @added (meetings of the
 * dataset now), whose cells are filled; the cells of the others move. */
static void
splice_columns (ConveneMatrix *self,
                guint          c0,
                guint          c1,
                GPtrArray     *added)
{
  guint n_rows = self->participants->len;
  guint n_old = self->meetings->len;
  guint n_new = n_old - (c1 - c0) + added->len;
  guint tail = n_old - c1;
  guint to = c0 + added->len;

  for (guint c = c0; c < c1; c++)
    unfill_column (self, c);
  if (n_new > n_old)
    {
      self->cells = g_realloc (self->cells, MAX ((gsize) n_new * n_rows, 1));
      self->column_attended = g_renew (guint, self->column_attended, n_new);
      self->column_position = g_renew (guint, self->column_position, n_new);
      self->column_serial = g_renew (guint, self->column_serial, n_new);
      self->column_recorded = g_renew (guint8, self->column_recorded, n_new);
    }
  memmove (self->cells + (gsize) to * n_rows, self->cells + (gsize) c1 * n_rows, (gsize) tail * n_rows);
  memmove (self->column_attended + to, self->column_attended + c1, tail * sizeof (guint));
  memmove (self->column_position + to, self->column_position + c1, tail * sizeof (guint));
  memmove (self->column_serial + to, self->column_serial + c1, tail * sizeof (guint));
  memmove (self->column_recorded + to, self->column_recorded + c1, tail);

  g_ptr_array_remove_range (self->meetings, c0, c1 - c0);
  for (guint k = 0; k < added->len; k++)
    {
      ConveneMeeting *meeting = g_ptr_array_index (added, k);

      g_ptr_array_insert (self->meetings, c0 + k, g_object_ref (meeting));
      self->column_position[c0 + k] = meeting->position;
      fill_column (self, c0 + k);
    }
}

/* Follows "items-changed" of the dataset's meetings: the columns of the
 * meetings removed give way to those of the meetings added; when they are
 * the same meetings (changed in place), only the columns whose attendance
 * changed are filled again. FALSE when the matrix must be built again
 * (a sparse one). Returns in @counts whether any total changed. */
static gboolean
follow_meetings (ConveneMatrix *self,
                 guint          position,
                 guint          removed,
                 guint          added,
                 gboolean      *counts)
{
  GPtrArray *all = self->dataset->meeting_array;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  guint c0, c1;
  gboolean in_place;

  *counts = FALSE;
  if (self->cells == NULL)
    return FALSE;

  c0 = first_column_from (self, position);
  c1 = first_column_from (self, position + removed);
  for (guint i = position; i < position + added; i++)
    if (shows_meeting (self, g_ptr_array_index (all, i)))
      g_ptr_array_add (shown, g_ptr_array_index (all, i));

  in_place = shown->len == c1 - c0;
  for (guint k = 0; in_place && k < shown->len; k++)
    in_place = g_ptr_array_index (shown, k) == g_ptr_array_index (self->meetings, c0 + k);

  if (in_place)
    {
      for (guint k = 0; k < shown->len; k++)
        {
          ConveneMeeting *meeting = g_ptr_array_index (shown, k);

          if (self->column_serial[c0 + k] == meeting->attendance_serial)
            continue;
          unfill_column (self, c0 + k);
          fill_column (self, c0 + k);
          *counts = TRUE;
        }
    }
  else
    {
      splice_columns (self, c0, c1, shown);
      *counts = TRUE;
    }

  /* the meetings after the span moved by as many places */
  if (added != removed)
    for (guint c = c0 + shown->len; c < self->meetings->len; c++)
      self->column_position[c] += added - removed;
  return TRUE;
}

static void
on_meetings_changed_cb (ConveneMatrix *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *meetings)
{
  gboolean counts;

  if (!follow_meetings (self, position, removed, added, &counts))
    rebuild (self);
  else if (counts && (self->sort == CONVENE_MATRIX_SORT_ATTENDANCE || self->hide_absent))
    apply_sort (self);
  changed (self);
}

/* Dense: the rows become @participants (those the matrix shows now), each
 * kept row's cells and totals moved along, a new row's read from the
 * attendance. */
static void
remap_rows (ConveneMatrix *self,
            GPtrArray     *participants,
            const guint   *from)
{
  guint n_old = self->participants->len;
  guint n_new = participants->len;
  guint n_columns = self->meetings->len;
  g_autofree gboolean *kept = g_new0 (gboolean, MAX (n_old, 1));
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) fresh = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint) * 3);
  guint8 *cells = g_malloc (MAX ((gsize) n_new * n_columns, 1));
  guint *row_attended = g_new0 (guint, MAX (n_new, 1));

  /* runs of kept rows, copied in one piece per column */
  for (guint r = 0; r < n_new;)
    {
      guint run[3] = { r, from[r], 1 };

      if (from[r] == 0)
        {
          g_array_append_val (fresh, r);
          r++;
          continue;
        }
      kept[from[r] - 1] = TRUE;
      row_attended[r] = self->row_attended[from[r] - 1];
      for (r++; r < n_new && from[r] == from[r - 1] + 1; r++, run[2]++)
        {
          kept[from[r] - 1] = TRUE;
          row_attended[r] = self->row_attended[from[r] - 1];
        }
      g_array_append_vals (runs, run, 1);
    }
  for (guint o = 0; o < n_old; o++)
    if (!kept[o])
      g_array_append_val (gone, o);

  for (guint c = 0; c < n_columns; c++)
    {
      const guint8 *old = self->cells + (gsize) c * n_old;
      guint8 *now = cells + (gsize) c * n_new;
      ConveneMeeting *meeting = g_ptr_array_index (self->meetings, c);

      for (guint k = 0; k < gone->len; k++)
        if (convene_role_attended (old[g_array_index (gone, guint, k)]))
          self->column_attended[c]--;
      for (guint k = 0; k < runs->len; k++)
        {
          const guint *run = &g_array_index (runs, guint, 3 * k);

          memcpy (now + run[0], old + run[1] - 1, run[2]);
        }
      for (guint k = 0; k < fresh->len; k++)
        {
          guint r = g_array_index (fresh, guint, k);
          ConveneRole role = self->column_recorded[c]
                             ? convene_meeting_get_role (meeting, g_ptr_array_index (participants, r))
                             : CONVENE_ROLE_NOT_RECORDED;

          now[r] = role;
          if (convene_role_attended (role))
            {
              row_attended[r]++;
              self->column_attended[c]++;
            }
        }
    }

  g_free (self->cells);
  self->cells = cells;
  g_free (self->row_attended);
  self->row_attended = row_attended;
  self->order = g_renew (guint, self->order, MAX (n_new, 1));
  self->position = g_renew (guint, self->position, MAX (n_new, 1));
  self->sorted = g_renew (guint, self->sorted, MAX (n_new, 1));
}

/* Follows "items-changed" of the dataset's participants: rows kept keep
 * their cells, rows added are read from the meetings' attendance (a
 * participant renamed is the same row, sorted anew). */
static void
on_participants_changed_cb (ConveneMatrix *self)
{
  GListModel *list = convene_dataset_get_participants (self->dataset);
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *from = NULL;
  gboolean same;

  if (self->cells == NULL)
    {
      rebuild (self);
      changed (self);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      ConveneParticipant *participant = g_list_model_get_item (list, i);

      if (includes (self, participant))
        g_ptr_array_add (participants, participant);
      else
        g_object_unref (participant);
    }
  from = g_new (guint, MAX (participants->len, 1));
  same = participants->len == self->participants->len;
  for (guint r = 0; r < participants->len; r++)
    {
      from[r] = GPOINTER_TO_UINT (g_hash_table_lookup (self->rows, g_ptr_array_index (participants, r)));
      same = same && from[r] == r + 1;
    }

  if (!same)
    {
      remap_rows (self, participants, from);
      g_hash_table_remove_all (self->rows);
      for (guint r = 0; r < participants->len; r++)
        g_hash_table_insert (self->rows, g_ptr_array_index (participants, r), GUINT_TO_POINTER (r + 1));
      g_ptr_array_unref (self->participants);
      self->participants = g_steal_pointer (&participants);
    }
  /* a new name is a new sort key; rows sorted anew in full */
  g_clear_pointer (&self->sort_keys, g_strfreev);
  self->sorted_valid = FALSE;
  apply_sort (self);
  changed (self);
}


/* GObject */

static void
convene_matrix_constructed (GObject *object)
{
  ConveneMatrix *self = CONVENE_MATRIX (object);

  G_OBJECT_CLASS (convene_matrix_parent_class)->constructed (object);

  g_return_if_fail (CONVENE_IS_DATASET (self->dataset));
  build (self);
  apply_sort (self);
  g_signal_connect_object (convene_dataset_get_meetings (self->dataset), "items-changed",
                           G_CALLBACK (on_meetings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (convene_dataset_get_participants (self->dataset), "items-changed",
                           G_CALLBACK (on_participants_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
convene_matrix_dispose (GObject *object)
{
  ConveneMatrix *self = CONVENE_MATRIX (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (convene_matrix_parent_class)->dispose (object);
}

static void
convene_matrix_finalize (GObject *object)
{
  ConveneMatrix *self = CONVENE_MATRIX (object);

  g_free (self->cells);
  g_free (self->sparse);
  g_free (self->sparse_start);
  g_free (self->row_attended);
  g_free (self->column_attended);
  g_free (self->column_position);
  g_free (self->column_serial);
  g_free (self->column_recorded);
  g_free (self->order);
  g_free (self->position);
  g_strfreev (self->sort_keys);
  g_free (self->sorted);
  g_free (self->kind);
  g_clear_pointer (&self->query, convene_search_query_free);
  g_free (self->query_text);

  G_OBJECT_CLASS (convene_matrix_parent_class)->finalize (object);
}

static void
convene_matrix_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ConveneMatrix *self = CONVENE_MATRIX (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_PARTICIPANTS:
      g_value_set_enum (value, self->which);
      break;
    case PROP_KIND:
      g_value_set_static_string (value, self->kind);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query_text);
      break;
    case PROP_HIDE_ABSENT:
      g_value_set_boolean (value, self->hide_absent);
      break;
    case PROP_REVISION:
      g_value_set_uint (value, self->revision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ConveneMatrix *self = CONVENE_MATRIX (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_PARTICIPANTS:
      self->which = g_value_get_enum (value);
      break;
    case PROP_KIND:
      self->kind = g_value_dup_string (value);
      break;
    case PROP_SORT:
      convene_matrix_set_sort (self, g_value_get_enum (value));
      break;
    case PROP_QUERY:
      convene_matrix_set_query (self, g_value_get_string (value));
      break;
    case PROP_HIDE_ABSENT:
      convene_matrix_set_hide_absent (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
convene_matrix_class_init (ConveneMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = convene_matrix_constructed;
  object_class->dispose = convene_matrix_dispose;
  object_class->finalize = convene_matrix_finalize;
  object_class->get_property = convene_matrix_get_property;
  object_class->set_property = convene_matrix_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, CONVENE_TYPE_DATASET, construct);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_enum ("participants", NULL, NULL, CONVENE_TYPE_MATRIX_PARTICIPANTS,
                       CONVENE_MATRIX_PARTICIPANTS_ALL, construct);
  /* NULL: meetings of every kind */
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, construct);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, CONVENE_TYPE_MATRIX_SORT, CONVENE_MATRIX_SORT_DATASET,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what a search narrows the rows to (NULL: every row) */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDE_ABSENT] =
    g_param_spec_boolean ("hide-absent", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* changes whenever an edit of the dataset changed the matrix: read it again */
  properties[PROP_REVISION] =
    g_param_spec_uint ("revision", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
convene_matrix_init (ConveneMatrix *self)
{
  self->participants = g_ptr_array_new_with_free_func (g_object_unref);
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_hash_table_new (NULL, NULL);
}

/* Public API */

/* kind: a meeting kind such as "ahg-som", or NULL for every kind. */
ConveneMatrix *
convene_matrix_new (ConveneDataset            *dataset,
                    ConveneMatrixParticipants  participants,
                    const char                *kind)
{
  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  return g_object_new (CONVENE_TYPE_MATRIX,
                       "dataset", dataset,
                       "participants", participants,
                       "kind", kind,
                       NULL);
}

ConveneDataset *
convene_matrix_get_dataset (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), NULL);
  return self->dataset;
}

ConveneMatrixParticipants
convene_matrix_get_participants (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), CONVENE_MATRIX_PARTICIPANTS_ALL);
  return self->which;
}

const char *
convene_matrix_get_kind (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), NULL);
  return self->kind;
}

ConveneMatrixSort
convene_matrix_get_sort (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), CONVENE_MATRIX_SORT_DATASET);
  return self->sort;
}

/* Reorders the rows; the row numbers of every other function follow. */
void
convene_matrix_set_sort (ConveneMatrix     *self,
                         ConveneMatrixSort  sort)
{
  g_return_if_fail (CONVENE_IS_MATRIX (self));

  if (self->sort == sort)
    return;
  self->sort = sort;
  self->sorted_valid = FALSE;
  /* while constructing, constructed() sorts once everything is there */
  if (self->order == NULL)
    return;
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

const char *
convene_matrix_get_query (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), NULL);
  return self->query_text;
}

/**
 * convene_matrix_set_query:
 * @query: (nullable): words, as typed in a search
 *
 * Shows only the rows whose participant's name, short name, alias or code
 * holds every word (case and accents aside); NULL or "" shows every row.
 * Row numbers follow; the totals stay those of every row.
 */
void
convene_matrix_set_query (ConveneMatrix *self,
                          const char    *query)
{
  g_autoptr(ConveneSearchQuery) parsed = NULL;

  g_return_if_fail (CONVENE_IS_MATRIX (self));

  if (query != NULL && *query != '\0')
    parsed = convene_search_query_new (query);
  if (parsed != NULL && convene_search_query_is_empty (parsed))
    g_clear_pointer (&parsed, convene_search_query_free);
  if (g_strcmp0 (self->query_text, parsed != NULL ? query : NULL) == 0)
    return;

  g_free (self->query_text);
  self->query_text = parsed != NULL ? g_strdup (query) : NULL;
  g_clear_pointer (&self->query, convene_search_query_free);
  self->query = g_steal_pointer (&parsed);
  if (self->order != NULL)
    apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gboolean
convene_matrix_get_hide_absent (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);
  return self->hide_absent;
}

/* Leaves out (or shows again) the rows that attended none of the matrix's
 * meetings; row numbers follow. */
void
convene_matrix_set_hide_absent (ConveneMatrix *self,
                                gboolean       hide_absent)
{
  g_return_if_fail (CONVENE_IS_MATRIX (self));

  hide_absent = !!hide_absent;
  if (self->hide_absent == hide_absent)
    return;
  self->hide_absent = hide_absent;
  if (self->order != NULL)
    apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDE_ABSENT]);
}

guint
convene_matrix_get_n_rows (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), 0);
  return self->n_shown;
}

guint
convene_matrix_get_n_columns (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), 0);
  return self->meetings->len;
}

/* The number of columns whose meeting's attendance is recorded: what each
 * row's total is out of. */
guint
convene_matrix_get_n_recorded (ConveneMatrix *self)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), 0);
  return self->n_recorded;
}

/* Returns: (transfer none): the participant shown at row, in the current order */
ConveneParticipant *
convene_matrix_get_participant (ConveneMatrix *self,
                                guint          row)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->n_shown, NULL);
  return g_ptr_array_index (self->participants, self->order[row]);
}

/* Returns: (transfer none) */
ConveneMeeting *
convene_matrix_get_meeting (ConveneMatrix *self,
                            guint          column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->meetings->len, NULL);
  return g_ptr_array_index (self->meetings, column);
}

static ConveneRole
sparse_get_role (ConveneMatrix *self,
                 guint          stored_row,
                 guint          column)
{
  gsize lo = self->sparse_start[column];
  gsize hi = self->sparse_start[column + 1];

  if (!convene_meeting_get_attendance_recorded (g_ptr_array_index (self->meetings, column)))
    return CONVENE_ROLE_NOT_RECORDED;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (self->sparse[mid].row == stored_row)
        return self->sparse[mid].role;
      if (self->sparse[mid].row < stored_row)
        lo = mid + 1;
      else
        hi = mid;
    }
  return CONVENE_ROLE_NONE;
}

ConveneRole
convene_matrix_get_role (ConveneMatrix *self,
                         guint          row,
                         guint          column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), CONVENE_ROLE_NOT_RECORDED);
  g_return_val_if_fail (row < self->n_shown, CONVENE_ROLE_NOT_RECORDED);
  g_return_val_if_fail (column < self->meetings->len, CONVENE_ROLE_NOT_RECORDED);

  if (self->cells != NULL)
    return self->cells[(gsize) column * self->participants->len + self->order[row]];
  return sparse_get_role (self, self->order[row], column);
}

gboolean
convene_matrix_column_is_recorded (ConveneMatrix *self,
                                   guint          column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);
  g_return_val_if_fail (column < self->meetings->len, FALSE);
  return convene_meeting_get_attendance_recorded (g_ptr_array_index (self->meetings, column));
}

/* The meetings of this matrix that the row's participant attended, in any
 * role: out of convene_matrix_get_n_recorded(). */
guint
convene_matrix_get_row_attended (ConveneMatrix *self,
                                 guint          row)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), 0);
  g_return_val_if_fail (row < self->n_shown, 0);
  return self->row_attended[self->order[row]];
}

/* The rows of this matrix that attended the column's meeting: 0 when its
 * attendance is not recorded. */
guint
convene_matrix_get_column_attended (ConveneMatrix *self,
                                    guint          column)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), 0);
  g_return_val_if_fail (column < self->meetings->len, 0);
  return self->column_attended[column];
}

/* Where participant is shown; FALSE when the matrix leaves it out. */
gboolean
convene_matrix_find_row (ConveneMatrix      *self,
                         ConveneParticipant *participant,
                         guint              *row)
{
  guint stored;

  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);

  stored = GPOINTER_TO_UINT (g_hash_table_lookup (self->rows, participant));
  if (stored == 0 || self->position[stored - 1] == G_MAXUINT)
    return FALSE;
  if (row != NULL)
    *row = self->position[stored - 1];
  return TRUE;
}

/* The column of the dataset's meeting of that id; FALSE when the matrix
 * leaves it out. */
gboolean
convene_matrix_find_column (ConveneMatrix *self,
                            const char    *meeting_id,
                            guint         *column)
{
  ConveneMeeting *meeting;
  guint found = G_MAXUINT;

  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);

  meeting = meeting_id != NULL ? convene_dataset_lookup_meeting (self->dataset, meeting_id) : NULL;
  if (meeting == NULL)
    return FALSE;
  /* columns are in the dataset's order: found by the meeting's place, or
   * (while the matrix has not yet followed an edit) one by one */
  found = first_column_from (self, meeting->position);
  if (found >= self->meetings->len || g_ptr_array_index (self->meetings, found) != meeting)
    {
      for (found = 0; found < self->meetings->len; found++)
        if (g_ptr_array_index (self->meetings, found) == meeting)
          break;
    }
  if (found >= self->meetings->len)
    return FALSE;
  if (column != NULL)
    *column = found;
  return TRUE;
}

/* CSV */

static gboolean
write_line (GOutputStream  *stream,
            GString        *line,
            GCancellable   *cancellable,
            GError        **error)
{
  g_string_append (line, "\r\n");
  if (!g_output_stream_write_all (stream, line->str, line->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (line, 0);
  return TRUE;
}

/* Writes the matrix as CSV (RFC 4180, UTF-8, every line ending in CRLF):
 * a header "participant,name," then the meeting ids in date order; then one
 * line per row in the matrix's current order, giving the participant's id,
 * its name and its role at each meeting: participant, observer, co-chair,
 * absent or not-recorded. The stream is left open. */
gboolean
convene_matrix_write_csv (ConveneMatrix  *self,
                          GOutputStream  *stream,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(GString) line = NULL;
  const char *words[CONVENE_ROLE_NOT_RECORDED + 1];

  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  line = g_string_sized_new (64 + 16 * self->meetings->len);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = convene_role_to_string (i);

  convene_text_append_csv_field (line, "participant");
  convene_text_append_csv_field (line, "name");
  for (guint c = 0; c < self->meetings->len; c++)
    convene_text_append_csv_field (line, convene_meeting_get_id (g_ptr_array_index (self->meetings, c)));
  if (!write_line (stream, line, cancellable, error))
    return FALSE;

  for (guint r = 0; r < self->n_shown; r++)
    {
      ConveneParticipant *participant = convene_matrix_get_participant (self, r);

      convene_text_append_csv_field (line, convene_participant_get_id (participant));
      convene_text_append_csv_field (line, convene_participant_get_name (participant));
      for (guint c = 0; c < self->meetings->len; c++)
        {
          g_string_append_c (line, ',');
          g_string_append (line, words[convene_matrix_get_role (self, r, c)]);
        }
      if (!write_line (stream, line, cancellable, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes the CSV to file through convene_output_file_write(): whole or not
 * at all, never over a device, a FIFO or the dataset's own file. */
gboolean
convene_matrix_save_csv (ConveneMatrix  *self,
                         GFile          *file,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_return_val_if_fail (CONVENE_IS_MATRIX (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return convene_output_file_write (file, convene_dataset_get_file (self->dataset),
                                    (ConveneOutputWriter) convene_matrix_write_csv, self,
                                    cancellable, error);
}

/* How the matrix is said */

/* What a screen reader says for a cell: "Canada: observer, 10th Ad Hoc Group
 * Senior Officials’ Meeting, Bangkok, Thailand, 2 February 2016". */
char *
convene_matrix_describe_cell (ConveneMatrix *matrix,
                              guint          row,
                              guint          column)
{
  ConveneParticipant *participant = convene_matrix_get_participant (matrix, row);
  ConveneMeeting *meeting = convene_matrix_get_meeting (matrix, column);
  g_autofree char *described = convene_meeting_describe (meeting);
  g_autofree char *name = convene_text_isolate (convene_participant_get_display_name (participant));

  /* TRANSLATORS: a cell of the attendance matrix: a participant, its role
   * and a meeting, as in "Canada: observer, 10th Ad Hoc Group Senior
   * Officials’ Meeting, Bangkok, Thailand, 2 February 2016" */
  return g_strdup_printf (_("%s: %s, %s"), name,
                          convene_role_get_label (convene_matrix_get_role (matrix, row, column)),
                          described);
}

/* What a screen reader says for a participant's name: how many of the
 * meetings shown with recorded attendance it attended */
char *
convene_matrix_describe_row (ConveneMatrix *matrix,
                             guint          row)
{
  ConveneParticipant *participant = convene_matrix_get_participant (matrix, row);
  guint attended = convene_matrix_get_row_attended (matrix, row);
  guint recorded = convene_matrix_get_n_recorded (matrix);
  g_autofree char *name = convene_text_isolate (convene_participant_get_display_name (participant));

  /* TRANSLATORS: a participant and how many of the meetings shown with recorded
   * attendance it attended, as in "Canada: attended 11 of 17 meetings with
   * recorded attendance" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s: attended %u of %u meeting with recorded attendance",
                                       "%s: attended %u of %u meetings with recorded attendance",
                                       recorded),
                          name, attended, recorded);
}

/* "81 participants × 32 meetings" */
char *
convene_matrix_dup_size_label (ConveneMatrix *matrix)
{
  guint n_rows = matrix != NULL ? convene_matrix_get_n_rows (matrix) : 0;
  guint n_columns = matrix != NULL ? convene_matrix_get_n_columns (matrix) : 0;
  g_autofree char *rows =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant", "%u participants", n_rows), n_rows);
  g_autofree char *columns =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", n_columns), n_columns);

  /* TRANSLATORS: the size of the matrix, as in "81 participants × 32 meetings" */
  return g_strdup_printf (_("%s × %s"), rows, columns);
}

/* How many of the participants shown attended a meeting, or that its
 * attendance is not recorded */
char *
convene_matrix_describe_column_total (ConveneMatrix *matrix,
                                      guint          column)
{
  guint attended = convene_matrix_get_column_attended (matrix, column);

  if (!convene_matrix_column_is_recorded (matrix, column))
    return g_strdup (_("Attendance not recorded"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u participant shown attended",
                                       "%u participants shown attended", attended),
                          attended);
}

/* The whole matrix of dataset (every participant in the dataset's order,
 * every meeting in date order), as `convene --matrix-csv` and the window's
 * Export Attendance write it, whatever a page shows: written whole or not at
 * all. */
gboolean
convene_matrix_save_dataset_csv (ConveneDataset  *dataset,
                                 GFile           *file,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  g_autoptr(ConveneMatrix) matrix = NULL;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  matrix = convene_matrix_new (dataset, CONVENE_MATRIX_PARTICIPANTS_ALL, NULL);
  return convene_matrix_save_csv (matrix, file, cancellable, error);
}

/* On a worker thread: a loaded dataset and its meetings do not change. */
static void
save_dataset_csv_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  GError *error = NULL;

  if (convene_matrix_save_dataset_csv (source_object, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* convene_matrix_save_dataset_csv() on a worker thread: the matrix is built
 * and written there. */
void
convene_matrix_save_dataset_csv_async (ConveneDataset      *dataset,
                                       GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CONVENE_IS_DATASET (dataset));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (dataset, cancellable, callback, user_data);
  g_task_set_source_tag (task, convene_matrix_save_dataset_csv_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, save_dataset_csv_thread);
}

gboolean
convene_matrix_save_dataset_csv_finish (ConveneDataset  *dataset,
                                        GAsyncResult    *result,
                                        GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, dataset), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == convene_matrix_save_dataset_csv_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
