/* convene-chart.c
 *
 * Three charts, each a list of items computed once from the statistics:
 *
 * - the timeline of a participant: every meeting of the record is a mark on
 *   its kind's lane, at its start date along the years; the mark's shape
 *   and colour are the participant's role there (● participant, ○ observer,
 *   ★ co-chair, – absent, ? not recorded: the symbols of
 *   convene_role_get_symbol(), so the chart reads without colour);
 * - meetings per year: a bar a year, stacked by kind;
 * - delegations per meeting: a bar a meeting with recorded attendance,
 *   stacked by role (participants, observers, co-chairs).
 *
 * Bars are filled with a colour and a pattern of their series (plain,
 * hatched, dotted, …) so that they too read without colour. The geometry
 * depends only on the rectangle and the font size, so the window can find
 * the item under the pointer, or the focused item's box, without drawing.
 *
 * Why this file is long (about 1,400 lines): the three charts share the
 * geometry (frame, axes, lanes, legend) and hit-testing that the window's
 * chart view and print both use; each chart is one section below. Split
 * per chart it would need a -private.h for the shared geometry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "convene-chart"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "convene-chart.h"
#include "convene-print-layout.h"
#include "convene-text.h"

#define LEGEND_COLUMN_EMS  13.0  /* a legend entry's width, in font sizes */
#define LABEL_CHARS        200   /* a label longer than this is cut short with "…" */
#define LEGEND_ROW_EMS     1.7
#define AXIS_EMS           1.9   /* the band of year labels under the plot */
#define COUNT_AXIS_EMS     2.6   /* the band of counts left of the bars */
#define LANE_EMS           2.7   /* a timeline lane: its label above its marks */

typedef struct
{
  ConveneMeeting *meeting;  /* the meeting counted; NULL for a year */
  guint year;
  guint lane;               /* the timeline's lane (kind) */
  double when;              /* the timeline's position, in years */
  ConveneRole role;         /* the timeline's mark */
  guint values[CONVENE_CHART_N_SERIES + 1]; /* the bars' series; the last: any beyond */
} Item;

struct _ConveneChart
{
  GObject parent_instance;

  ConveneChartType type;
  ConveneStatistics *statistics;
  ConveneParticipant *participant; /* the timeline's */
  GArray *items;                   /* of Item */
  guint n_series;
  guint n_lanes;
  guint first_year, last_year;
  guint max_total;                 /* the highest bar */
};

G_DEFINE_FINAL_TYPE (ConveneChart, convene_chart, G_TYPE_OBJECT)

static void
convene_chart_finalize (GObject *object)
{
  ConveneChart *self = CONVENE_CHART (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_object (&self->participant);
  g_clear_object (&self->statistics);
  G_OBJECT_CLASS (convene_chart_parent_class)->finalize (object);
}

static void
convene_chart_class_init (ConveneChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = convene_chart_finalize;
}

static void
convene_chart_init (ConveneChart *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
}

static ConveneChart *
chart_new (ConveneStatistics *statistics,
           ConveneChartType   type)
{
  ConveneChart *self = g_object_new (CONVENE_TYPE_CHART, NULL);

  self->type = type;
  self->statistics = g_object_ref (statistics);
  self->first_year = convene_statistics_get_first_year (statistics);
  self->last_year = convene_statistics_get_last_year (statistics);
  return self;
}

static double
years_of (ConveneMeeting *meeting)
{
  const ConveneDate *start = convene_meeting_get_start (meeting);

  return start->year + (start->month - 1) / 12.0 + (start->day - 1) / 372.0;
}

/* What every participant's timeline shares: each meeting's place on it
 * (its year, lane and date in years) and whether its attendance is
 * recorded, worked out once per statistics (once per dataset, and again
 * after an edit, which makes new statistics) and kept with them. A
 * timeline is then this, with the participant's roles filled in. */
typedef struct
{
  ConveneMeeting *meeting;  /* the dataset's (held as long as the statistics are) */
  guint year;
  guint lane;
  double when;
  gboolean recorded;
} Place;

#define PLACES_KEY "convene-chart-timeline-places"
G_LOCK_DEFINE_STATIC (places);

static GArray *
timeline_places (ConveneStatistics *statistics)
{
  GArray *places;
  GListModel *meetings;
  guint n_lanes, n;
  g_autoptr(GHashTable) lanes = NULL;

  G_LOCK (places);
  places = g_object_get_data (G_OBJECT (statistics), PLACES_KEY);
  if (places != NULL)
    {
      G_UNLOCK (places);
      return places;
    }

  lanes = g_hash_table_new (g_str_hash, g_str_equal);
  n_lanes = convene_statistics_get_n_kinds (statistics);
  for (guint k = 0; k < n_lanes; k++)
    g_hash_table_insert (lanes, (gpointer) convene_statistics_get_kind (statistics, k),
                         GUINT_TO_POINTER (k));
  meetings = convene_dataset_get_meetings (convene_statistics_get_dataset (statistics));
  n = g_list_model_get_n_items (meetings);
  places = g_array_sized_new (FALSE, FALSE, sizeof (Place), n);
  g_array_set_size (places, n);
  for (guint i = 0; i < n; i++)
    {
      ConveneMeeting *meeting = g_list_model_get_item (meetings, i);
      Place *place = &g_array_index (places, Place, i);

      place->meeting = meeting;
      place->year = convene_meeting_get_year (meeting);
      place->when = years_of (meeting);
      place->lane = GPOINTER_TO_UINT (g_hash_table_lookup (lanes, convene_meeting_get_kind (meeting)));
      place->recorded = convene_meeting_get_attendance_recorded (meeting);
      /* the dataset holds the meeting as long as the statistics are held */
      g_object_unref (meeting);
    }
  g_object_set_data_full (G_OBJECT (statistics), PLACES_KEY, places, (GDestroyNotify) g_array_unref);
  G_UNLOCK (places);
  return places;
}

/**
 * convene_chart_new_timeline:
 *
 * Every meeting of the record on its kind's lane, marked with the
 * participant's role there. Linear in the meetings: the participant's
 * meetings attended are walked alongside, in the same date order; where
 * each meeting goes is worked out once for all participants.
 */
ConveneChart *
convene_chart_new_timeline (ConveneStatistics  *statistics,
                            ConveneParticipant *participant)
{
  ConveneChart *self;
  GArray *places;
  const ConveneAttended *attended;
  guint n_attended, next = 0;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (statistics), NULL);
  g_return_val_if_fail (CONVENE_IS_PARTICIPANT (participant), NULL);

  self = chart_new (statistics, CONVENE_CHART_TIMELINE);
  self->participant = g_object_ref (participant);
  self->n_series = CONVENE_ROLE_NOT_RECORDED + 1;
  self->n_lanes = convene_statistics_get_n_kinds (statistics);

  places = timeline_places (statistics);
  attended = convene_statistics_get_attended (statistics, participant, &n_attended);
  g_array_set_size (self->items, places->len);
  for (guint i = 0; i < places->len; i++)
    {
      const Place *place = &g_array_index (places, Place, i);
      Item *item = &g_array_index (self->items, Item, i);

      item->meeting = place->meeting;
      item->year = place->year;
      item->when = place->when;
      item->lane = place->lane;
      if (next < n_attended && attended[next].meeting == place->meeting)
        item->role = attended[next++].role;
      else
        item->role = place->recorded ? CONVENE_ROLE_NONE : CONVENE_ROLE_NOT_RECORDED;
    }
  return self;
}

/**
 * convene_chart_new_meetings_per_year:
 *
 * A bar a year from the first meeting's to the last's, stacked by kind in
 * the statistics' order of kinds (the first five, then the others together).
 */
ConveneChart *
convene_chart_new_meetings_per_year (ConveneStatistics *statistics)
{
  ConveneChart *self;
  guint n_kinds;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (statistics), NULL);

  self = chart_new (statistics, CONVENE_CHART_MEETINGS_PER_YEAR);
  n_kinds = convene_statistics_get_n_kinds (statistics);
  self->n_series = MIN (n_kinds, CONVENE_CHART_N_SERIES);
  if (convene_statistics_get_n_meetings (statistics, NULL) == 0)
    return self;

  for (guint year = self->first_year; year <= self->last_year; year++)
    {
      Item item = { NULL, year, 0, 0, 0, { 0 } };
      guint total = convene_statistics_get_meetings_in_year (statistics, year, NULL);

      for (guint k = 0; k < n_kinds; k++)
        item.values[MIN (k, self->n_series - 1)] +=
          convene_statistics_get_meetings_in_year (statistics, year,
                                                   convene_statistics_get_kind (statistics, k));
      self->max_total = MAX (self->max_total, total);
      g_array_append_val (self->items, item);
    }
  return self;
}

/**
 * convene_chart_new_delegations:
 *
 * A bar a meeting whose attendance is recorded, in date order: its
 * participants, observers and co-chairs stacked.
 */
ConveneChart *
convene_chart_new_delegations (ConveneStatistics *statistics)
{
  ConveneChart *self;
  GListModel *meetings;
  guint n;

  g_return_val_if_fail (CONVENE_IS_STATISTICS (statistics), NULL);

  self = chart_new (statistics, CONVENE_CHART_DELEGATIONS);
  self->n_series = 3;
  meetings = convene_dataset_get_meetings (convene_statistics_get_dataset (statistics));
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (meetings, i);
      Item item = { meeting, convene_meeting_get_year (meeting), 0, years_of (meeting), 0, { 0 } };
      guint total = 0;

      if (!convene_meeting_get_attendance_recorded (meeting))
        continue;
      for (ConveneRole role = CONVENE_ROLE_PARTICIPANT; role <= CONVENE_ROLE_CO_CHAIR; role++)
        {
          item.values[role - 1] = convene_statistics_get_delegation (statistics, meeting, role);
          total += item.values[role - 1];
        }
      self->max_total = MAX (self->max_total, total);
      g_array_append_val (self->items, item);
    }
  return self;
}

ConveneChartType
convene_chart_get_chart_type (ConveneChart *self)
{
  g_return_val_if_fail (CONVENE_IS_CHART (self), CONVENE_CHART_TIMELINE);
  return self->type;
}

char *
convene_chart_dup_title (ConveneChart *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CONVENE_IS_CHART (self), NULL);

  switch (self->type)
    {
    case CONVENE_CHART_TIMELINE:
      name = convene_text_isolate (convene_participant_get_display_name (self->participant));
      /* TRANSLATORS: a participant's name */
      return g_strdup_printf (_("%s at each meeting"), name);
    case CONVENE_CHART_MEETINGS_PER_YEAR:
      return g_strdup (_("Meetings per year, by kind"));
    case CONVENE_CHART_DELEGATIONS:
    default:
      return g_strdup (_("Delegations at each meeting with recorded attendance"));
    }
}

guint
convene_chart_get_n_items (ConveneChart *self)
{
  g_return_val_if_fail (CONVENE_IS_CHART (self), 0);
  return self->items->len;
}

/* The meeting a mark or bar stands for; NULL for a year's bar */
ConveneMeeting *
convene_chart_get_item_meeting (ConveneChart *self,
                                guint         item)
{
  g_return_val_if_fail (CONVENE_IS_CHART (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);
  return g_array_index (self->items, Item, item).meeting;
}

guint
convene_chart_get_item_year (ConveneChart *self,
                             guint         item)
{
  g_return_val_if_fail (CONVENE_IS_CHART (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);
  return g_array_index (self->items, Item, item).year;
}

guint
convene_chart_get_n_series (ConveneChart *self)
{
  g_return_val_if_fail (CONVENE_IS_CHART (self), 0);
  return self->n_series;
}

/* What a series is, for the legend: a role, or a kind of meeting */
char *
convene_chart_dup_series_label (ConveneChart *self,
                                guint         series)
{
  guint n_kinds;

  g_return_val_if_fail (CONVENE_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->n_series, NULL);

  switch (self->type)
    {
    case CONVENE_CHART_TIMELINE:
      return g_strdup (convene_role_get_label (series));
    case CONVENE_CHART_DELEGATIONS:
      return g_strdup (convene_role_get_label (series + 1));
    case CONVENE_CHART_MEETINGS_PER_YEAR:
    default:
      n_kinds = convene_statistics_get_n_kinds (self->statistics);
      if (series == self->n_series - 1 && n_kinds > self->n_series)
        return g_strdup (_("Other kinds"));
      return g_strdup (convene_meeting_kind_get_short_label (
                         convene_statistics_get_meeting_kind (self->statistics, series)));
    }
}

/**
 * convene_chart_dup_item_description:
 *
 * The item in words, with the figures the drawing shows: what a screen
 * reader says when it has the focus, and a line of the chart's table.
 */
char *
convene_chart_dup_item_description (ConveneChart *self,
                                    guint         index)
{
  const Item *item;
  g_autofree char *meeting = NULL;
  g_autoptr(GString) text = NULL;
  guint total = 0;

  g_return_val_if_fail (CONVENE_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  item = &g_array_index (self->items, Item, index);
  if (item->meeting != NULL)
    meeting = convene_meeting_dup_kind_and_date (item->meeting);

  switch (self->type)
    {
    case CONVENE_CHART_TIMELINE:
      /* TRANSLATORS: a meeting, then the participant's role there, as in
       * "10th Ad Hoc Group Senior Officials’ Meeting, 2 February 2016: observer" */
      return g_strdup_printf (_("%s: %s"), meeting, convene_role_get_label (item->role));

    case CONVENE_CHART_DELEGATIONS:
      for (guint s = 0; s < 3; s++)
        total += item->values[s];
      /* TRANSLATORS: a meeting, then its delegations: "…, 31 October 2017: 20 delegations
       * (18 participants, 2 observers, 0 co-chairs)" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s: %u delegation (%u participants, %u observers, %u co-chairs)",
                                           "%s: %u delegations (%u participants, %u observers, %u co-chairs)",
                                           total),
                              meeting, total, item->values[0], item->values[1], item->values[2]);

    case CONVENE_CHART_MEETINGS_PER_YEAR:
    default:
      for (guint s = 0; s < self->n_series; s++)
        total += item->values[s];
      text = g_string_new (NULL);
      /* TRANSLATORS: a year and the meetings held in it, as in "2016: 4 meetings" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u: %u meeting", "%u: %u meetings",
                                                 total), item->year, total);
      for (guint s = 0; s < self->n_series; s++)
        {
          g_autofree char *label = NULL;

          if (item->values[s] == 0)
            continue;
          label = convene_chart_dup_series_label (self, s);
          /* TRANSLATORS: a kind of meeting and how many, after the year's total */
          g_string_append_printf (text, _(", %s %u"), label, item->values[s]);
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
}

/* The chart as text, an item a line: the same figures as the drawing */
char *
convene_chart_dup_table (ConveneChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (CONVENE_IS_CHART (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autofree char *line = convene_chart_dup_item_description (self, i);

      g_string_append_printf (text, "%s\n", line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Geometry */

typedef struct
{
  double x0, x1, y0, y1;     /* the plot */
  double legend_y;           /* the legend's first row */
  guint legend_columns;
  double em;
} Frame;

static guint
legend_rows (ConveneChart *self,
             guint         columns)
{
  return (self->n_series + columns - 1) / columns;
}

static void
frame_compute (ConveneChart *self,
               double        width,
               double        height,
               double        em,
               Frame        *f)
{
  f->em = em;
  f->legend_columns = MAX (1, (guint) floor (width / (LEGEND_COLUMN_EMS * em)));
  f->legend_y = height - legend_rows (self, f->legend_columns) * LEGEND_ROW_EMS * em;
  f->x0 = self->type == CONVENE_CHART_TIMELINE ? 0.5 * em : COUNT_AXIS_EMS * em;
  f->x1 = MAX (f->x0 + 1, width - 0.5 * em);
  f->y0 = 0.6 * em;
  f->y1 = MAX (f->y0 + 1, f->legend_y - AXIS_EMS * em);
}

/* The height that shows the chart well at this font size */
double
convene_chart_get_natural_height (ConveneChart *self,
                                  double        font_size)
{
  double legend;

  g_return_val_if_fail (CONVENE_IS_CHART (self), 0);

  legend = legend_rows (self, 3) * LEGEND_ROW_EMS * font_size;
  if (self->type == CONVENE_CHART_TIMELINE)
    return 0.6 * font_size + MAX (1, self->n_lanes) * LANE_EMS * font_size +
           AXIS_EMS * font_size + legend;
  return 14 * font_size + AXIS_EMS * font_size + legend;
}

static double
year_x (ConveneChart *self,
        const Frame  *f,
        double        when)
{
  double span = self->last_year + 1.0 - self->first_year;

  return f->x0 + (when - self->first_year) / span * (f->x1 - f->x0);
}

/* 1, 2, 5, 10, 20, 50… at or above n */
static guint
nice_ceiling (guint n)
{
  guint step = 1;

  if (n == 0)
    return 1;
  while (TRUE)
    {
      if (n <= step)
        return step;
      if (n <= 2 * step)
        return 2 * step;
      if (n <= 5 * step)
        return 5 * step;
      if (step > G_MAXUINT / 100)
        return n;
      step *= 10;
    }
}

static gboolean
item_area (ConveneChart *self,
           const Frame  *f,
           guint         index,
           double       *x,
           double       *y,
           double       *w,
           double       *h)
{
  const Item *item = &g_array_index (self->items, Item, index);

  if (self->type == CONVENE_CHART_TIMELINE)
    {
      double lane_h = (f->y1 - f->y0) / MAX (1, self->n_lanes);
      double size = MIN (f->em * 1.1, lane_h * 0.6);
      double cx = year_x (self, f, item->when);
      double cy = f->y0 + lane_h * (item->lane + 1) - size * 0.6;

      *x = cx - size / 2;
      *y = cy - size / 2;
      *w = size;
      *h = size;
      return TRUE;
    }
  else
    {
      double slot = (f->x1 - f->x0) / MAX (1, self->items->len);

      *x = f->x0 + slot * index;
      *w = slot;
      *y = f->y0;
      *h = f->y1 - f->y0;
      return TRUE;
    }
}

/**
 * convene_chart_get_item_area:
 *
 * Where the item is drawn in a chart of that size: a mark's box, or a bar's
 * whole column. FALSE for an item beyond the chart.
 */
gboolean
convene_chart_get_item_area (ConveneChart *self,
                             guint         item,
                             double        width,
                             double        height,
                             double        font_size,
                             double       *x,
                             double       *y,
                             double       *w,
                             double       *h)
{
  Frame f;

  g_return_val_if_fail (CONVENE_IS_CHART (self), FALSE);
  if (item >= self->items->len)
    return FALSE;
  frame_compute (self, width, height, font_size, &f);
  return item_area (self, &f, item, x, y, w, h);
}

/* The item at (x, y), or -1: the nearest mark within reach, or the bar whose
 * column holds x. Marks are found by bisection along the dates. */
int
convene_chart_hit (ConveneChart *self,
                   double        width,
                   double        height,
                   double        font_size,
                   double        x,
                   double        y)
{
  Frame f;
  int best = -1;
  double best_distance = G_MAXDOUBLE;
  guint low = 0, high;

  g_return_val_if_fail (CONVENE_IS_CHART (self), -1);

  frame_compute (self, width, height, font_size, &f);
  if (self->items->len == 0 || x < f.x0 - f.em || x > f.x1 + f.em || y < 0 || y > f.y1)
    return -1;

  if (self->type != CONVENE_CHART_TIMELINE)
    {
      double slot = (f.x1 - f.x0) / self->items->len;
      int i = (int) floor ((x - f.x0) / slot);

      return i >= 0 && (guint) i < self->items->len ? i : -1;
    }

  /* the first mark at or after x − reach, then those up to x + reach */
  high = self->items->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      double mx = year_x (self, &f, g_array_index (self->items, Item, mid).when);

      if (mx < x - f.em)
        low = mid + 1;
      else
        high = mid;
    }
  for (guint i = low; i < self->items->len; i++)
    {
      double ix, iy, iw, ih, dx, dy;

      item_area (self, &f, i, &ix, &iy, &iw, &ih);
      if (ix + iw / 2 > x + f.em)
        break;
      dx = ix + iw / 2 - x;
      dy = iy + ih / 2 - y;
      if (fabs (dy) <= ih && dx * dx + dy * dy < best_distance)
        {
          best_distance = dx * dx + dy * dy;
          best = (int) i;
        }
    }
  return best;
}

/* Drawing */

static void
set_colour (cairo_t      *cr,
            const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/* The "?" of a mark not recorded, as a path centred on the origin: appended
 * where each such mark goes, so that all of them fill at once */
static cairo_path_t *
question_path_new (cairo_t     *cr,
                   PangoLayout *question)
{
  PangoRectangle ink;
  cairo_path_t *path;

  pango_layout_get_pixel_extents (question, &ink, NULL);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, -ink.x - ink.width / 2.0, -ink.y - ink.height / 2.0);
  pango_cairo_layout_path (cr, question);
  path = cairo_copy_path (cr);
  cairo_new_path (cr);
  cairo_restore (cr);
  return path;
}

/* Adds a role's mark, centred on (cx, cy), size across, to the current path:
 * a disc, a ring, a star, a dash or a question mark, filled with the
 * nonzero winding rule */
static void
path_mark (cairo_t      *cr,
           cairo_path_t *question,
           ConveneRole   role,
           double        cx,
           double        cy,
           double        size)
{
  double r = size / 2;

  switch (role)
    {
    case CONVENE_ROLE_PARTICIPANT:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.8, 0, 2 * G_PI);
      break;
    case CONVENE_ROLE_OBSERVER:
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r * 0.8, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc_negative (cr, cx, cy, r * 0.8 - MAX (1, size / 7), 2 * G_PI, 0);
      break;
    case CONVENE_ROLE_CO_CHAIR:
      for (int i = 0; i < 10; i++)
        {
          double a = -G_PI / 2 + i * G_PI / 5;
          double rr = i % 2 == 0 ? r : r * 0.42;

          if (i == 0)
            cairo_move_to (cr, cx + rr * cos (a), cy + rr * sin (a));
          else
            cairo_line_to (cr, cx + rr * cos (a), cy + rr * sin (a));
        }
      cairo_close_path (cr);
      break;
    case CONVENE_ROLE_NONE:
      cairo_rectangle (cr, cx - r * 0.6, cy - MAX (0.5, size / 14), r * 1.2, MAX (1, size / 7));
      break;
    case CONVENE_ROLE_NOT_RECORDED:
    default:
      cairo_save (cr);
      cairo_translate (cr, cx, cy);
      cairo_append_path (cr, question);
      cairo_restore (cr);
      break;
    }
}

static void
draw_mark (cairo_t                   *cr,
           cairo_path_t              *question,
           const ConveneChartPalette *palette,
           ConveneRole                role,
           double                     cx,
           double                     cy,
           double                     size)
{
  cairo_new_path (cr);
  path_mark (cr, question, role, cx, cy, size);
  set_colour (cr, palette->roles[role]);
  cairo_fill (cr);
}

/* A series' pattern over a filled rectangle: plain, hatched, dotted, … */
static void
fill_series (cairo_t                   *cr,
             const ConveneChartPalette *palette,
             const double               rgba[4],
             guint                      series,
             double                     x,
             double                     y,
             double                     w,
             double                     h)
{
  if (w <= 0 || h <= 0)
    return;
  cairo_new_path (cr);
  set_colour (cr, rgba);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  if (series % CONVENE_CHART_N_SERIES == 0 || w < 3 || h < 3)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.75);
  cairo_set_line_width (cr, 1.2);
  switch (series % CONVENE_CHART_N_SERIES)
    {
    case 1: /* hatched */
      for (double d = -h; d < w; d += 4)
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
        }
      cairo_stroke (cr);
      break;
    case 2: /* dotted */
      for (double dy = 2; dy < h; dy += 4)
        for (double dx = 2 + fmod (dy, 8) / 2; dx < w; dx += 4)
          cairo_rectangle (cr, x + dx - 0.8, y + dy - 0.8, 1.6, 1.6);
      cairo_fill (cr);
      break;
    case 3: /* cross-hatched */
      for (double d = -h; d < w; d += 5)
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + h, y + h);
        }
      cairo_stroke (cr);
      break;
    case 4: /* across */
      for (double dy = 2; dy < h; dy += 4)
        {
          cairo_move_to (cr, x, y + dy);
          cairo_line_to (cr, x + w, y + dy);
        }
      cairo_stroke (cr);
      break;
    default: /* down */
      for (double dx = 2; dx < w; dx += 4)
        {
          cairo_move_to (cr, x + dx, y);
          cairo_line_to (cr, x + dx, y + h);
        }
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

static const double *
series_colour (ConveneChart              *self,
               const ConveneChartPalette *palette,
               guint                      series)
{
  if (self->type == CONVENE_CHART_TIMELINE)
    return palette->roles[series];
  if (self->type == CONVENE_CHART_DELEGATIONS)
    return palette->roles[series + 1];
  return palette->series[series % CONVENE_CHART_N_SERIES];
}

static PangoLayout *
make_text (PangoContext               *context,
           const PangoFontDescription *font,
           const char                 *text,
           double                      scale)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) copy = pango_font_description_copy (font);

  /* a label of the record's (a kind, a name) is one line: beyond
   * LABEL_CHARS characters, cut short before Pango shapes it */
  g_autofree char *capped = convene_text_dup_capped (text, LABEL_CHARS);
  g_autofree char *printable = convene_print_text_dup_printable (capped);

  if (scale != 1.0)
    pango_font_description_set_size (copy, pango_font_description_get_size (font) * scale);
  pango_layout_set_font_description (layout, copy);
  /* cairo's PDF surface refuses noncharacters */
  pango_layout_set_text (layout, printable, -1);
  return layout;
}

static void
draw_text (cairo_t       *cr,
           PangoLayout   *layout,
           double         x,
           double         y,
           double         align, /* 0 left, 0.5 centre, 1 right */
           const double   rgba[4])
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_new_path (cr);
  set_colour (cr, rgba);
  cairo_move_to (cr, x - w * align, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_legend (ConveneChart               *self,
             cairo_t                    *cr,
             PangoContext               *context,
             const PangoFontDescription *font,
             const Frame                *f,
             const ConveneChartPalette  *palette,
             cairo_path_t               *question)
{
  double column = LEGEND_COLUMN_EMS * f->em;

  for (guint s = 0; s < self->n_series; s++)
    {
      g_autofree char *label = convene_chart_dup_series_label (self, s);
      g_autoptr(PangoLayout) layout = make_text (context, font, label, 0.9);
      double x = f->x0 + (s % f->legend_columns) * column;
      double y = f->legend_y + (s / f->legend_columns) * LEGEND_ROW_EMS * f->em + 0.3 * f->em;
      double box = f->em;

      if (self->type == CONVENE_CHART_TIMELINE)
        draw_mark (cr, question, palette, s, x + box / 2, y + box / 2, box);
      else
        fill_series (cr, palette, series_colour (self, palette, s), s, x, y, box, box);
      pango_layout_set_width (layout, (int) ((column - 1.6 * box) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      draw_text (cr, layout, x + 1.4 * box, y - 0.1 * f->em, 0, palette->ink);
    }
}

static void
draw_year_label (cairo_t                    *cr,
                 PangoContext               *context,
                 const PangoFontDescription *font,
                 const Frame                *f,
                 const ConveneChartPalette  *palette,
                 guint                       year,
                 double                      x,
                 double                      align)
{
  g_autofree char *text = g_strdup_printf ("%u", year);
  g_autoptr(PangoLayout) layout = make_text (context, font, text, 0.85);
  int w, h;

  /* never beyond the plot's left edge (the first year, on a narrow chart) */
  pango_layout_get_pixel_size (layout, &w, &h);
  x = MAX (x, f->x0 + w * align);
  draw_text (cr, layout, x, f->y1 + 0.4 * f->em, align, palette->dim);
}

/* Year labels under the plot, as many as fit: under the middle of each year
 * along a time axis; over the delegations' bars (a bar a meeting), at the
 * first meeting of a year */
static void
draw_years (ConveneChart               *self,
            cairo_t                    *cr,
            PangoContext               *context,
            const PangoFontDescription *font,
            const Frame                *f,
            const ConveneChartPalette  *palette)
{
  guint span = self->last_year - self->first_year + 1;
  double per_year = (f->x1 - f->x0) / span;
  guint step = 1;

  cairo_new_path (cr);
  set_colour (cr, palette->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, f->x0, round (f->y1) + 0.5);
  cairo_line_to (cr, f->x1, round (f->y1) + 0.5);
  cairo_stroke (cr);

  if (self->type == CONVENE_CHART_DELEGATIONS)
    {
      double slot = (f->x1 - f->x0) / MAX (1, self->items->len);
      double next_free = f->x0 - 1;
      guint year = 0;

      for (guint i = 0; i < self->items->len; i++)
        {
          const Item *item = &g_array_index (self->items, Item, i);
          double x = f->x0 + slot * i;

          if (item->year == year || x < next_free)
            continue;
          year = item->year;
          next_free = x + 3.2 * f->em;
          set_colour (cr, palette->grid);
          cairo_move_to (cr, round (x) + 0.5, f->y1);
          cairo_line_to (cr, round (x) + 0.5, f->y1 + 0.4 * f->em);
          cairo_stroke (cr);
          draw_year_label (cr, context, font, f, palette, year, x + 0.15 * f->em, 0);
        }
      return;
    }

  while (step * per_year < 3.2 * f->em && step < span)
    step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
  set_colour (cr, palette->grid);
  for (guint y = self->first_year; y <= self->last_year + 1; y++)
    {
      double x = year_x (self, f, y);

      cairo_move_to (cr, round (x) + 0.5, f->y1);
      cairo_line_to (cr, round (x) + 0.5, f->y1 + ((y - self->first_year) % step == 0 ? 0.4 : 0.2) * f->em);
    }
  cairo_stroke (cr);
  for (guint y = self->first_year; y <= self->last_year; y += step)
    draw_year_label (cr, context, font, f, palette, y, year_x (self, f, y + 0.5), 0.5);
}

/* On an image surface (the screen), a role's mark is drawn once into a
 * small image and copied, pixel by pixel, where each mark of that role goes,
 * at whole device pixels: thousands of small fills through cairo cost about
 * 2 µs each, most of a large record's timeline. Only the pixels of each
 * row between its first and last visible one are visited, and an opaque
 * pixel is copied as it is. On paper (a vector surface) the marks stay
 * paths. */
typedef struct
{
  cairo_surface_t *stamp;     /* the mark, premultiplied ARGB */
  int half;                   /* device pixels from the stamp's corner to the mark's centre */
  int *spans;                 /* each row's first visible pixel and the one after its last */
  cairo_surface_t *target;    /* the image drawn on; NULL: draw paths */
  cairo_matrix_t to_device;   /* the drawing's user space to the target's pixels */
} Stamp;

static gboolean
stamp_init (Stamp                     *stamp,
            cairo_t                   *cr,
            cairo_path_t              *question,
            const ConveneChartPalette *palette,
            ConveneRole                role,
            double                     size)
{
  cairo_surface_t *target = cairo_get_target (cr);
  double scale_x = size, scale_y = 0, offset_x, offset_y;
  cairo_matrix_t offset;
  cairo_t *stamp_cr;
  double scale;

  stamp->target = NULL;
  stamp->spans = NULL;
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32)
    return FALSE;

  cairo_get_matrix (cr, &stamp->to_device);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  cairo_matrix_init_translate (&offset, offset_x, offset_y);
  cairo_matrix_multiply (&stamp->to_device, &stamp->to_device, &offset);
  cairo_user_to_device_distance (cr, &scale_x, &scale_y);
  scale = hypot (scale_x, scale_y) / MAX (size, 1e-6);
  stamp->half = (int) ceil (size * scale / 2) + 1;
  stamp->stamp = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * stamp->half, 2 * stamp->half);
  stamp_cr = cairo_create (stamp->stamp);
  cairo_translate (stamp_cr, stamp->half, stamp->half);
  cairo_scale (stamp_cr, scale, scale);
  path_mark (stamp_cr, question, role, 0, 0, size);
  set_colour (stamp_cr, palette->roles[role]);
  cairo_fill (stamp_cr);
  cairo_destroy (stamp_cr);
  cairo_surface_flush (stamp->stamp);
  stamp->spans = g_new (int, 4 * stamp->half);
  for (int y = 0; y < 2 * stamp->half; y++)
    {
      const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (stamp->stamp) +
                                              y * cairo_image_surface_get_stride (stamp->stamp));
      int first = 0, end = 2 * stamp->half;

      while (first < end && row[first] == 0)
        first++;
      while (end > first && row[end - 1] == 0)
        end--;
      stamp->spans[2 * y] = first;
      stamp->spans[2 * y + 1] = end;
    }
  cairo_surface_flush (target);
  stamp->target = target;
  return TRUE;
}

/* Composites the stamp centred on (cx, cy), user space: the target's pixels over which
 * it falls, premultiplied "over", as cairo would */
static void
stamp_draw (Stamp  *stamp,
            double  cx,
            double  cy)
{
  int side = 2 * stamp->half;
  int width = cairo_image_surface_get_width (stamp->target);
  int height = cairo_image_surface_get_height (stamp->target);
  int target_stride = cairo_image_surface_get_stride (stamp->target);
  int stamp_stride = cairo_image_surface_get_stride (stamp->stamp);
  guchar *target = cairo_image_surface_get_data (stamp->target);
  const guchar *source = cairo_image_surface_get_data (stamp->stamp);
  int x0, y0;

  cairo_matrix_transform_point (&stamp->to_device, &cx, &cy);
  if (!(fabs (cx) < 1e6 && fabs (cy) < 1e6))
    return;
  x0 = (int) round (cx) - stamp->half;
  y0 = (int) round (cy) - stamp->half;
  for (int y = MAX (0, -y0); y < side && y0 + y < height; y++)
    {
      const guint32 *from = (const guint32 *) (source + y * stamp_stride);
      guint32 *to = (guint32 *) (target + (gsize) (y0 + y) * target_stride) + x0;
      int end = MIN (stamp->spans[2 * y + 1], width - x0);

      for (int x = MAX (stamp->spans[2 * y], -x0); x < end; x++)
        {
          guint32 s = from[x], d, keep, out = 0;

          if (s == 0)
            continue;
          if (s >> 24 == 0xff)
            {
              to[x] = s;
              continue;
            }
          keep = 255 - (s >> 24);
          d = to[x];
          for (int shift = 0; shift < 32; shift += 8)
            {
              guint32 c = ((d >> shift) & 0xff) * keep + 0x80;

              out |= MIN (255u, ((s >> shift) & 0xff) + ((c + (c >> 8)) >> 8)) << shift;
            }
          to[x] = out;
        }
    }
}

static void
stamp_finish (Stamp *stamp)
{
  if (stamp->target == NULL)
    return;
  cairo_surface_mark_dirty (stamp->target);
  g_clear_pointer (&stamp->stamp, cairo_surface_destroy);
  g_clear_pointer (&stamp->spans, g_free);
  stamp->target = NULL;
}

static void
draw_timeline (ConveneChart               *self,
               cairo_t                    *cr,
               PangoContext               *context,
               const PangoFontDescription *font,
               const Frame                *f,
               const ConveneChartPalette  *palette,
               cairo_path_t               *question,
               int                         focus)
{
  double lane_h = (f->y1 - f->y0) / MAX (1, self->n_lanes);

  for (guint k = 0; k < self->n_lanes; k++)
    {
      ConveneMeetingKind *kind = convene_statistics_get_meeting_kind (self->statistics, k);
      g_autoptr(PangoLayout) label = make_text (context, font,
                                                convene_meeting_kind_get_label (kind), 0.8);
      double y = f->y0 + lane_h * k;

      pango_layout_set_width (label, (int) ((f->x1 - f->x0) * PANGO_SCALE));
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      draw_text (cr, label, f->x0, y, 0, palette->dim);
      set_colour (cr, palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, f->x0, round (y + lane_h - MIN (f->em * 1.1, lane_h * 0.6) * 0.6) + 0.5);
      cairo_line_to (cr, f->x1, round (y + lane_h - MIN (f->em * 1.1, lane_h * 0.6) * 0.6) + 0.5);
      cairo_stroke (cr);
    }

  /* a role at a time (one path each on paper, one copied image on the
   * screen), the roles that matter most on top; a mark where the same mark is
   * drawn already (the same lane and role, less than a quarter of a mark
   * away) is left out, so a record of any length draws at most a few marks
   * per pixel across */
  {
    static const ConveneRole order[] = {
      CONVENE_ROLE_NONE, CONVENE_ROLE_NOT_RECORDED, CONVENE_ROLE_OBSERVER,
      CONVENE_ROLE_PARTICIPANT, CONVENE_ROLE_CO_CHAIR,
    };
    double quantum = MAX (1.0, MIN (f->em * 1.1, (f->y1 - f->y0) / MAX (1, self->n_lanes) * 0.6) / 4);
    guint columns = (guint) ceil (f->x1 / quantum) + 2;
    g_autofree guint8 *drawn = g_malloc0 ((gsize) columns * MAX (1, self->n_lanes));

    double size = MIN (f->em * 1.1, (f->y1 - f->y0) / MAX (1, self->n_lanes) * 0.6);

    for (guint r = 0; r < G_N_ELEMENTS (order); r++)
      {
        Stamp stamp;
        gboolean stamped = stamp_init (&stamp, cr, question, palette, order[r], size);

        cairo_new_path (cr);
        for (guint i = 0; i < self->items->len; i++)
          {
            const Item *item = &g_array_index (self->items, Item, i);
            double x, y, w, h;
            guint column;

            if (item->role != order[r])
              continue;
            item_area (self, f, i, &x, &y, &w, &h);
            column = (guint) CLAMP ((x + w / 2) / quantum, 0, columns - 1);
            if (drawn[item->lane * columns + column] & (1 << item->role))
              continue;
            drawn[item->lane * columns + column] |= 1 << item->role;
            if (stamped)
              stamp_draw (&stamp, x + w / 2, y + h / 2);
            else
              path_mark (cr, question, item->role, x + w / 2, y + h / 2, w);
          }
        if (stamped)
          stamp_finish (&stamp);
        else
          {
            set_colour (cr, palette->roles[order[r]]);
            cairo_fill (cr);
          }
      }
  }

  if (focus >= 0 && (guint) focus < self->items->len)
    {
      double x, y, w, h;

      item_area (self, f, focus, &x, &y, &w, &h);
      set_colour (cr, palette->focus);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x - 2, y - 2, w + 4, h + 4);
      cairo_stroke (cr);
    }
}

/* An item's bars, stacked */
static guint
item_total (ConveneChart *self,
            const Item   *item)
{
  guint total = 0;

  for (guint s = 0; s < self->n_series; s++)
    total += item->values[s];
  return total;
}

static void
draw_bars (ConveneChart               *self,
           cairo_t                    *cr,
           PangoContext               *context,
           const PangoFontDescription *font,
           const Frame                *f,
           const ConveneChartPalette  *palette,
           int                         focus)
{
  guint top = nice_ceiling (self->max_total);
  double scale = (f->y1 - f->y0) / top;
  double slot = (f->x1 - f->x0) / MAX (1, self->items->len);
  double bar = slot >= 3 ? slot * 0.72 : slot;

  /* the counts: 0, half, top */
  for (guint i = 0; i <= 2; i++)
    {
      guint value = top * i / 2;
      double y = f->y1 - value * scale;
      g_autofree char *text = g_strdup_printf ("%u", value);
      g_autoptr(PangoLayout) layout = make_text (context, font, text, 0.85);
      int w, h;

      if (i == 1 && top % 2 != 0)
        continue;
      set_colour (cr, palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, f->x0, round (y) + 0.5);
      cairo_line_to (cr, f->x1, round (y) + 0.5);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (layout, &w, &h);
      draw_text (cr, layout, f->x0 - 0.4 * f->em, y - h / 2.0, 1, palette->dim);
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      double x = f->x0 + slot * i + (slot - bar) / 2;
      double width = bar;
      double y = f->y1;

      /* narrower than a unit (a pixel on screen): the bars that fall in one
       * unit's column are drawn as the tallest of them, a unit wide, so the
       * drawing costs the width, not the items (10,000 meetings' bars took
       * 40 ms to draw, in one frame) */
      if (slot < 1)
        {
          guint column = (guint) (slot * i);
          guint end = i + 1;

          while (end < self->items->len && (guint) (slot * end) == column)
            end++;
          for (guint j = i + 1; j < end; j++)
            if (item_total (self, &g_array_index (self->items, Item, j)) > item_total (self, item))
              item = &g_array_index (self->items, Item, j);
          x = f->x0 + column;
          width = 1;
          i = end - 1;
        }
      for (guint s = 0; s < self->n_series; s++)
        {
          double h = item->values[s] * scale;

          fill_series (cr, palette, series_colour (self, palette, s), s, x, y - h, width, h);
          y -= h;
        }
    }

  if (focus >= 0 && (guint) focus < self->items->len)
    {
      set_colour (cr, palette->focus);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, f->x0 + slot * focus - 1, f->y0, slot + 2, f->y1 - f->y0);
      cairo_stroke (cr);
    }
}

/* The font's size in the context's units: the unit of a chart's geometry */
double
convene_chart_get_em (PangoContext               *context,
                      const PangoFontDescription *font)
{
  double em = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  double resolution = pango_cairo_context_get_resolution (context);

  if (!pango_font_description_get_size_is_absolute (font) && resolution > 0)
    em *= resolution / 72.0;
  return em > 0 ? em : 10.0;
}

/**
 * convene_chart_draw:
 * @context: for the text (a widget's, or the print layout's)
 * @font: the font of the labels; its size is the chart's unit
 * @focus: the item to draw with a focus ring, or -1
 *
 * Draws the chart in (0, 0, @width, @height) of @cr.
 */
void
convene_chart_draw (ConveneChart               *self,
                    cairo_t                    *cr,
                    PangoContext               *context,
                    const PangoFontDescription *font,
                    double                      width,
                    double                      height,
                    const ConveneChartPalette  *palette,
                    int                         focus)
{
  g_autoptr(PangoLayout) question_text = NULL;
  cairo_path_t *question;
  double em;
  Frame f;

  g_return_if_fail (CONVENE_IS_CHART (self));

  em = convene_chart_get_em (context, font);
  frame_compute (self, width, height, em, &f);

  cairo_save (cr);
  question_text = make_text (context, font, convene_role_get_symbol (CONVENE_ROLE_NOT_RECORDED), 0.9);
  question = question_path_new (cr, question_text);
  if (self->first_year > 0)
    {
      draw_years (self, cr, context, font, &f, palette);
      if (self->type == CONVENE_CHART_TIMELINE)
        draw_timeline (self, cr, context, font, &f, palette, question, focus);
      else
        draw_bars (self, cr, context, font, &f, palette, focus);
    }
  draw_legend (self, cr, context, font, &f, palette, question);
  cairo_path_destroy (question);
  cairo_restore (cr);
}

/* The colours on paper: the matrix's role colours, GNOME's palette */
const ConveneChartPalette *
convene_chart_palette_for_paper (void)
{
  static const ConveneChartPalette paper = {
    .ink = { 0.106, 0.106, 0.122, 1 },
    .dim = { 0.369, 0.361, 0.392, 1 },
    .grid = { 0.72, 0.71, 0.70, 1 },
    .focus = { 0.102, 0.373, 0.706, 1 },
    .roles = {
      [CONVENE_ROLE_NONE] = { 0.60, 0.59, 0.58, 1 },
      [CONVENE_ROLE_PARTICIPANT] = { 0.15, 0.64, 0.41, 1 },
      [CONVENE_ROLE_OBSERVER] = { 0.21, 0.52, 0.89, 1 },
      [CONVENE_ROLE_CO_CHAIR] = { 0.80, 0.45, 0.00, 1 },
      [CONVENE_ROLE_NOT_RECORDED] = { 0.369, 0.361, 0.392, 1 },
    },
    .series = {
      { 0.21, 0.52, 0.89, 1 },
      { 0.90, 0.38, 0.00, 1 },
      { 0.15, 0.64, 0.41, 1 },
      { 0.57, 0.25, 0.67, 1 },
      { 0.75, 0.11, 0.16, 1 },
      { 0.53, 0.39, 0.26, 1 },
    },
  };

  return &paper;
}
