// Reads an .ics file with ical.js, the parser of Mozilla Thunderbird, and prints every VEVENT's UID with its
// start and end in UTC as JSON. Zones come only from the file's own VTIMEZONE components (ical.js has no zone
// database of its own), so the output shows what a client makes of the file.
//
// Usage: node print-events.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node print-events.mjs FILE.ics');
  process.exit(2);
}

const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone, zone.tzid);
}

function utc(time, what, uid) {
  if (!time) {
    throw new Error(`${uid}: no ${what}`);
  }
  if (time.isDate) {
    // An all-day value names dates, not instants.
    return time.toString();
  }
  const zone = time.zone;
  if (!zone || zone === ICAL.Timezone.localTimezone) {
    throw new Error(`${uid}: the ${what} ${time.toString()} is floating; its zone was not found in the file`);
  }
  return time.toJSDate().toISOString().replace('.000Z', 'Z');
}

const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    start: utc(event.startDate, 'DTSTART', event.uid),
    end: utc(event.endDate, 'DTEND', event.uid),
  };
});

process.stdout.write(JSON.stringify(events, null, 2) + '\n');
