/* convene-ics.c: meetings as iCalendar (RFC 5545)
 *
 * One VEVENT per meeting, all day: DTSTART;VALUE=DATE and an exclusive
 * DTEND. An event covers exactly the days the record allows: a date known
 * only to the month (or the year) makes the event start on the first day of
 * that month (or year), or end after its last day, and the description's
 * first line says that the day is not known. No day is ever made up. Such
 * events are marked free time (TRANSP:TRANSPARENT), as they do not say when
 * anyone was busy.
 *
 * The UID is the meeting's id and the dataset's title: "ahg-som-14@bali-
 * process-ad-hoc-group.convene" (a title longer than 63 letters and digits
 * cut short, with a digest of the whole). Exporting again after the record changed
 * gives the same UIDs, so a calendar that imports the file again updates its
 * events rather than doubling them.
 *
 * Text values are escaped (\\ \; \, \n), lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "convene-ics.h"
#include "convene-output-file.h"

/* The most octets of the dataset's part of a UID, before ".convene" */
#define UID_DOMAIN_OCTETS 63

/* Appends one content line, folded: every 75 octets a CRLF and a space, never
 * inside a UTF-8 sequence (a continuation line's space counts). */
static void
append_line (GString    *out,
             const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize room = CONVENE_ICS_LINE_OCTETS;

  while (length - start > room)
    {
      gsize end = start + room;

      /* back up to the start of a character */
      while (end > start && ((guchar) line[end] & 0xC0) == 0x80)
        end--;
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n ");
      start = end;
      room = CONVENE_ICS_LINE_OCTETS - 1;
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

/* A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks
 * escaped; other control characters, which TEXT may not hold, dropped. */
static void
append_text (GString    *value,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (value, "\\\\");
          break;
        case ';':
          g_string_append (value, "\\;");
          break;
        case ',':
          g_string_append (value, "\\,");
          break;
        case '\n':
          g_string_append (value, "\\n");
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (value, "\\n");
          break;
        case '\t':
          g_string_append_c (value, ' ');
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7F)
            g_string_append_c (value, *p);
        }
    }
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_text (line, text);
  append_line (out, line->str);
}

/* The first day a date allows, and the day after the last. */
static void
first_day (const ConveneDate *date,
           GDate             *day)
{
  g_date_clear (day, 1);
  g_date_set_dmy (day, MAX (date->day, 1), (GDateMonth) MAX (date->month, 1), date->year);
}

static void
day_after_last (const ConveneDate *date,
                GDate             *day)
{
  first_day (date, day);
  if (date->month == 0)
    g_date_add_years (day, 1);
  else if (date->day == 0)
    g_date_add_months (day, 1);
  else
    g_date_add_days (day, 1);
}

static void
append_date (GString    *out,
             const char *name,
             GDate      *day)
{
  g_autofree char *line = g_strdup_printf ("%s;VALUE=DATE:%04u%02u%02u", name,
                                           g_date_get_year (day), g_date_get_month (day),
                                           g_date_get_day (day));

  append_line (out, line);
}

/* The dataset's part of every UID: its title in lower-case ASCII letters and
 * digits joined by hyphens, or, for a title with none, a digest of it. */
static char *
dup_uid_domain (ConveneDataset *dataset)
{
  const char *title = convene_dataset_get_title (dataset);
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  /* every UID holds it: a long title is cut to a DNS label's 63 octets,
   * its digest telling titles that begin alike apart */
  if (slug->len > UID_DOMAIN_OCTETS)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, title, -1);

      g_string_truncate (slug, UID_DOMAIN_OCTETS - 17);
      g_string_append_c (slug, '-');
      g_string_append_len (slug, digest, 16);
    }
  if (slug->len < 3)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, title, -1);

      g_string_assign (slug, "dataset-");
      g_string_append_len (slug, digest, 16);
    }
  g_string_append (slug, ".convene");
  return g_string_free (slug, FALSE);
}

static char *
make_uid (const char *meeting_id,
          const char *domain)
{
  return g_strdup_printf ("%s@%s", meeting_id, domain);
}

/* "ahg-som-14@bali-process-ad-hoc-group.convene" */
char *
convene_ics_dup_uid (ConveneDataset *dataset,
                     ConveneMeeting *meeting)
{
  g_autofree char *domain = NULL;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (CONVENE_IS_MEETING (meeting), NULL);

  domain = dup_uid_domain (dataset);
  return make_uid (convene_meeting_get_id (meeting), domain);
}

/* What the description says first when a date is not known to the day. */
static void
append_date_caveat (GString        *description,
                    ConveneMeeting *meeting)
{
  const ConveneDate *start = convene_meeting_get_start (meeting);
  const ConveneDate *end = convene_meeting_get_end (meeting);
  g_autofree char *dates = NULL;

  if (start->day != 0 && end->day != 0)
    return;

  dates = convene_meeting_dup_date_label (meeting);
  if (start->month == 0 || end->month == 0)
    /* TRANSLATORS: %s is a year, or a range of dates, as the record gives them */
    g_string_append_printf (description,
                            _("Date known only to the year: %s. This event covers every day "
                              "the meeting could have been on; the record does not say which."),
                            dates);
  else
    /* TRANSLATORS: %s is a month and year, or a range of dates, as the record gives them */
    g_string_append_printf (description,
                            _("Date known only to the month: %s. This event covers every day "
                              "the meeting could have been on; the record does not say which."),
                            dates);
  g_string_append (description, "\n\n");
}

static char *
dup_description (ConveneMeeting *meeting)
{
  GString *description = g_string_new (NULL);
  g_autofree char *kind = convene_meeting_dup_kind_label (meeting, FALSE);
  const char *purpose = convene_meeting_get_purpose (meeting);
  GPtrArray *sources = convene_meeting_get_sources (meeting);

  append_date_caveat (description, meeting);
  g_string_append (description, kind);

  if (purpose != NULL && *purpose != '\0')
    {
      g_string_append_printf (description, "\n\n%s\n", _("Purpose"));
      g_string_append (description, purpose);
    }

  if (sources->len > 0)
    {
      g_string_append_printf (description, "\n\n%s", _("Sources"));
      /* each title and address on a line of its own: nothing of one source's
       * text runs into another's, whatever its direction */
      for (guint i = 0; i < sources->len; i++)
        {
          ConveneSource *source = g_ptr_array_index (sources, i);

          g_string_append_printf (description, "\n%u. %s", i + 1, source->title);
          if (source->url != NULL)
            g_string_append_printf (description, "\n%s", source->url);
        }
    }
  return g_string_free (description, FALSE);
}

static void
append_event (GString        *out,
              ConveneMeeting *meeting,
              const char     *domain,
              const char     *stamp)
{
  const ConveneDate *start = convene_meeting_get_start (meeting);
  const ConveneDate *end = convene_meeting_get_end (meeting);
  g_autofree char *uid = make_uid (convene_meeting_get_id (meeting), domain);
  g_autofree char *place = convene_meeting_dup_place_label (meeting);
  g_autofree char *description = dup_description (meeting);
  GDate first, after;

  first_day (start, &first);
  day_after_last (end, &after);

  append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_line (out, stamp);
  append_date (out, "DTSTART", &first);
  append_date (out, "DTEND", &after);
  append_property (out, "SUMMARY", convene_meeting_get_title (meeting));
  if (place != NULL && *place != '\0')
    append_property (out, "LOCATION", place);
  append_property (out, "CATEGORIES", convene_meeting_kind_get_label (convene_meeting_get_meeting_kind (meeting)));
  append_property (out, "DESCRIPTION", description);
  append_line (out, start->day != 0 && end->day != 0 ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
  append_line (out, "END:VEVENT");
}

/* The calendar of meetings (every meeting of the dataset when NULL), in the
 * order given; stamp is DTSTAMP (now when NULL). Returns UTF-8 text with
 * CRLF line ends; length gets its length in bytes. */
char *
convene_ics_write (ConveneDataset *dataset,
                   GPtrArray      *meetings,
                   GDateTime      *stamp,
                   gsize          *length)
{
  GString *out = g_string_new (NULL);
  g_autofree char *domain = NULL;
  g_autofree char *stamp_line = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  GListModel *all;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (stamp);
  stamp_line = g_date_time_format (utc, "DTSTAMP:%Y%m%dT%H%M%SZ");
  domain = dup_uid_domain (dataset);

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//Convene//Convene " PACKAGE_VERSION "//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  append_property (out, "X-WR-CALNAME", convene_dataset_get_title (dataset));

  if (meetings != NULL)
    for (guint i = 0; i < meetings->len; i++)
      append_event (out, g_ptr_array_index (meetings, i), domain, stamp_line);
  else
    {
      all = convene_dataset_get_meetings (dataset);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(ConveneMeeting) meeting = g_list_model_get_item (all, i);

          append_event (out, meeting, domain, stamp_line);
        }
    }

  append_line (out, "END:VCALENDAR");
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* convene_ics_write() to file, through convene_output_file_write(). */
gboolean
convene_ics_save (ConveneDataset  *dataset,
                  GPtrArray       *meetings,
                  GFile           *file,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (CONVENE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = convene_ics_write (dataset, meetings, NULL, &length);
  bytes = g_bytes_new_take (text, length);
  return convene_output_file_write_bytes (file, convene_dataset_get_file (dataset), bytes,
                                          cancellable, error);
}
