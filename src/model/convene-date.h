/* convene-date.h: calendar dates that may lack a day or a month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A day in the proleptic Gregorian calendar. month and day are 0 when the
 * source does not give them ("April 2009", "2009"). */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} ConveneDate;

gboolean  convene_date_parse        (const char        *text,
                                     ConveneDate       *date);
char     *convene_date_to_iso       (const ConveneDate *date);
int       convene_date_compare      (const ConveneDate *a,
                                     const ConveneDate *b);
guint     convene_date_to_key       (const ConveneDate *date);
char     *convene_date_format       (const ConveneDate *date);
char     *convene_date_format_month (const ConveneDate *date);
char     *convene_date_format_range (const ConveneDate *start,
                                     const ConveneDate *end);

G_END_DECLS
