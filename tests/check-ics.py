#!/usr/bin/python3
# check-ics.py FILE.ics: reads FILE with python3-icalendar, a parser independent of Convene,
# and prints what it read as JSON: the calendar's name and, for each VEVENT, its properties
# with the values unescaped and the dates as ISO text (a DATE stays a date, without a time).
# Exit status 77 when the icalendar module is missing (the test then skips).
import json
import sys

try:
    import icalendar
except ImportError:
    sys.exit(77)

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())

def date(value):
    d = value.dt
    # a datetime is a subclass of date: tell them apart
    return ('datetime:' if hasattr(d, 'hour') else 'date:') + d.isoformat()

events = []
for event in calendar.walk('VEVENT'):
    events.append({
        'uid': str(event['UID']),
        'summary': str(event['SUMMARY']),
        'location': str(event['LOCATION']) if 'LOCATION' in event else None,
        'description': str(event['DESCRIPTION']),
        'dtstart': date(event['DTSTART']),
        'dtend': date(event['DTEND']),
        'dtstamp': date(event['DTSTAMP']),
        'transp': str(event['TRANSP']),
    })
json.dump({'version': str(calendar['VERSION']), 'name': str(calendar['X-WR-CALNAME']),
           'events': events}, sys.stdout, ensure_ascii=False)
