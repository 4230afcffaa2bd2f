/* test-date.c: parsing, ordering and formatting dates that may lack a day
 *
 * The expected English strings assume the test environment's LC_ALL=C.UTF-8
 * and LANGUAGE=en (see tests/meson.build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "convene-date.h"
#include "convene-meeting.h"

static ConveneDate
parse_or_die (const char *text)
{
  ConveneDate date = { 0 };

  if (!convene_date_parse (text, &date))
    g_error ("“%s” should parse", text);
  return date;
}

static void
test_parse_valid (void)
{
  const struct {
    const char *text;
    guint year;
    guint month;
    guint day;
  } cases[] = {
    { "2019-07-23", 2019, 7, 23 },
    { "2009-04", 2009, 4, 0 },
    { "2009", 2009, 0, 0 },
    { "1900", 1900, 0, 0 },
    { "2999-12-31", 2999, 12, 31 },
    { "2020-02-29", 2020, 2, 29 },
    { "2000-02-29", 2000, 2, 29 },
    { "2019-01-31", 2019, 1, 31 },
    { "2019-04-30", 2019, 4, 30 },
    { "2019-12", 2019, 12, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneDate date = { 0 };

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (convene_date_parse (cases[i].text, &date));
      g_assert_cmpuint (date.year, ==, cases[i].year);
      g_assert_cmpuint (date.month, ==, cases[i].month);
      g_assert_cmpuint (date.day, ==, cases[i].day);
    }
}

static void
test_parse_invalid (void)
{
  const char *cases[] = {
    "2019-02-30",  /* no such day */
    "2019-02-29",  /* not a leap year */
    "2100-02-29",  /* a century that is not a leap year */
    "2019-04-31",
    "2019-13-01",
    "2019-00",
    "2019-00-10",
    "2019-07-00",
    "2019-07-32",
    "2019-1-5",
    "2019-1",
    "2019-07-5",
    "19",
    "",
    "1899",
    "3000",
    "0000",
    "abcd",
    "2019-07-23x",
    "2019-07-23 ",
    " 2019",
    "2019/07/23",
    "2019-07/23",
    "2019-ab",
    "2019-07-2a",
    "+2019",
    "20190723",
    "23-07-2019",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneDate date = { 0 };

      g_test_message ("parsing “%s”", cases[i]);
      g_assert_false (convene_date_parse (cases[i], &date));
    }

  {
    ConveneDate date = { 0 };

    g_assert_false (convene_date_parse (NULL, &date));
  }
}

static void
test_to_iso (void)
{
  const char *cases[] = { "2019-07-23", "2009-04", "2009", "1900-01-01", "2999-12" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneDate date = parse_or_die (cases[i]);
      g_autofree char *iso = convene_date_to_iso (&date);

      g_assert_cmpstr (iso, ==, cases[i]);
    }

  {
    ConveneDate date = { 2009, 4, 5 };
    g_autofree char *iso = convene_date_to_iso (&date);

    g_assert_cmpstr (iso, ==, "2009-04-05");
  }
}

static void
test_key (void)
{
  ConveneDate day = parse_or_die ("2019-07-23");
  ConveneDate month = parse_or_die ("2009-04");
  ConveneDate year = parse_or_die ("2009");

  g_assert_cmpuint (convene_date_to_key (&day), ==, 20190723);
  g_assert_cmpuint (convene_date_to_key (&month), ==, 20090400);
  g_assert_cmpuint (convene_date_to_key (&year), ==, 20090000);
}

/* Each date sorts strictly before the next: a month without a day before
 * the days of that month, a year alone before its months. */
static void
test_compare (void)
{
  const char *ordered[] = {
    "1900",
    "1999-12-31",
    "2009",
    "2009-01",
    "2009-01-01",
    "2009-03-31",
    "2009-04",
    "2009-04-01",
    "2009-04-30",
    "2009-05",
    "2010",
    "2019-07-23",
    "2019-07-24",
    "2999-12-31",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        ConveneDate a = parse_or_die (ordered[i]);
        ConveneDate b = parse_or_die (ordered[j]);
        int expected = i < j ? -1 : i > j ? 1 : 0;
        int cmp = convene_date_compare (&a, &b);
        int sign = cmp < 0 ? -1 : cmp > 0 ? 1 : 0;

        if (sign != expected)
          g_test_message ("comparing %s with %s", ordered[i], ordered[j]);
        g_assert_cmpint (sign, ==, expected);
      }
}

static void
test_format (void)
{
  const struct {
    const char *iso;
    const char *expected;
  } cases[] = {
    { "2019-07-23", "23 July 2019" },
    { "2009-07-02", "2 July 2009" },  /* no padding before a single-digit day */
    { "2020-01-01", "1 January 2020" },
    { "2009-04", "April 2009" },
    { "2012-12", "December 2012" },
    { "2009", "2009" },
    { "1900", "1900" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneDate date = parse_or_die (cases[i].iso);
      g_autofree char *text = convene_date_format (&date);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format_range (void)
{
  const struct {
    const char *start;
    const char *end;  /* NULL: no end */
    const char *expected;
  } cases[] = {
    /* within one month: an en dash (U+2013) and no spaces */
    { "2019-07-23", "2019-07-24", "23\u201324 July 2019" },
    { "2019-07-01", "2019-07-09", "1\u20139 July 2019" },
    /* across months and years: a spaced en dash */
    { "2009-06-27", "2009-07-02", "27 June \u2013 2 July 2009" },
    { "2019-12-30", "2020-01-02", "30 December 2019 \u2013 2 January 2020" },
    /* one day */
    { "2019-07-23", "2019-07-23", "23 July 2019" },
    { "2019-07-23", NULL, "23 July 2019" },
    { "2009-04", "2009-04", "April 2009" },
    { "2009", "2009", "2009" },
    /* less precise dates are never given days */
    { "2009", "2010", "2009 \u2013 2010" },
    { "2009-04", "2009-05", "April 2009 \u2013 May 2009" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ConveneDate start = parse_or_die (cases[i].start);
      ConveneDate end = { 0 };
      g_autofree char *text = NULL;

      if (cases[i].end != NULL)
        end = parse_or_die (cases[i].end);
      text = convene_date_format_range (&start, cases[i].end != NULL ? &end : NULL);

      g_test_message ("range %s to %s", cases[i].start, cases[i].end);
      g_assert_cmpstr (text, ==, cases[i].expected);
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_ordinal (void)
{
  const struct {
    guint number;
    const char *expected;
  } cases[] = {
    { 1, "1st" },
    { 2, "2nd" },
    { 3, "3rd" },
    { 4, "4th" },
    { 10, "10th" },
    { 11, "11th" },
    { 12, "12th" },
    { 13, "13th" },
    { 14, "14th" },
    { 21, "21st" },
    { 22, "22nd" },
    { 23, "23rd" },
    { 100, "100th" },
    { 101, "101st" },
    { 102, "102nd" },
    { 111, "111th" },
    { 112, "112th" },
    { 113, "113th" },
    { 1001, "1001st" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = convene_format_ordinal (cases[i].number);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/valid", test_parse_valid);
  g_test_add_func ("/date/parse/invalid", test_parse_invalid);
  g_test_add_func ("/date/to-iso", test_to_iso);
  g_test_add_func ("/date/key", test_key);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/format/single", test_format);
  g_test_add_func ("/date/format/range", test_format_range);
  g_test_add_func ("/date/ordinal", test_ordinal);

  return g_test_run ();
}
