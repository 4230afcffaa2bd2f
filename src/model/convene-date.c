/* convene-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "convene-date.h"

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  guint v = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (guint) (text[i] - '0');
    }

  *value = v;
  return TRUE;
}

/* Accepts exactly YYYY, YYYY-MM or YYYY-MM-DD, years 1900–2999. */
gboolean
convene_date_parse (const char  *text,
                    ConveneDate *date)
{
  guint year, month = 0, day = 0;
  gsize len;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  len = strlen (text);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (text, 4, &year) || year < 1900 || year > 2999)
    return FALSE;

  if (len >= 7)
    {
      if (text[4] != '-' || !parse_digits (text + 5, 2, &month) || month < 1 || month > 12)
        return FALSE;
    }

  if (len == 10)
    {
      if (text[7] != '-' || !parse_digits (text + 8, 2, &day) || day < 1 ||
          day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
        return FALSE;
    }

  date->year = (guint16) year;
  date->month = (guint8) month;
  date->day = (guint8) day;
  return TRUE;
}

char *
convene_date_to_iso (const ConveneDate *date)
{
  if (date->month == 0)
    return g_strdup_printf ("%04u", date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
}

/* A sortable number, YYYYMMDD, with 00 for what is unknown: "April 2009"
 * sorts before any day in April 2009. */
guint
convene_date_to_key (const ConveneDate *date)
{
  return date->year * 10000u + date->month * 100u + date->day;
}

int
convene_date_compare (const ConveneDate *a,
                      const ConveneDate *b)
{
  guint ka = convene_date_to_key (a);
  guint kb = convene_date_to_key (b);

  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

static GDateTime *
to_date_time (const ConveneDate *date)
{
  return g_date_time_new_utc (date->year, MAX (date->month, 1), MAX (date->day, 1), 0, 0, 0);
}

static char *
format_with (const ConveneDate *date,
             const char        *format)
{
  g_autoptr(GDateTime) dt = to_date_time (date);
  g_autofree char *text = NULL;

  /* a day that does not exist (30 February), being edited: as written */
  if (dt == NULL)
    return convene_date_to_iso (date);
  text = g_date_time_format (dt, format);
  return g_strdup (g_strstrip (text));
}

/* "23 July 2019", "April 2009" or "2009", in the user's language. */
char *
convene_date_format (const ConveneDate *date)
{
  if (date->month == 0)
    return g_strdup_printf ("%u", date->year);
  if (date->day == 0)
    /* TRANSLATORS: a month and year, see g_date_time_format() */
    return format_with (date, C_("date", "%B %Y"));
  /* TRANSLATORS: a full date, see g_date_time_format() */
  return format_with (date, C_("date", "%-d %B %Y"));
}

/* "Mar 2010" or "2009": the month and year only, short, as a column
 * header tells meetings of one year apart. */
char *
convene_date_format_month (const ConveneDate *date)
{
  if (date->month == 0)
    return g_strdup_printf ("%u", date->year);
  /* TRANSLATORS: an abbreviated month and a year, see g_date_time_format() */
  return format_with (date, C_("date", "%b %Y"));
}

/* "23–24 July 2019", "27 June – 2 July 2009", or a single date when start
 * and end are the same day. */
char *
convene_date_format_range (const ConveneDate *start,
                           const ConveneDate *end)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (end == NULL || convene_date_compare (start, end) == 0)
    return convene_date_format (start);

  last = convene_date_format (end);

  if (start->day != 0 && end->day != 0 && start->year == end->year)
    {
      if (start->month == end->month)
        /* TRANSLATORS: the first day of a range within one month, as in "23–24 July 2019" */
        first = format_with (start, C_("date range", "%-d"));
      else
        /* TRANSLATORS: the first day of a range within one year, as in "27 June – 2 July 2009" */
        first = format_with (start, C_("date range", "%-d %B"));

      if (start->month == end->month)
        /* TRANSLATORS: a range of days in one month: first day, last date */
        return g_strdup_printf (C_("date range", "%s–%s"), first, last);
    }
  else
    first = convene_date_format (start);

  /* TRANSLATORS: a range of dates across months or years: first, last */
  return g_strdup_printf (C_("date range", "%s – %s"), first, last);
}
