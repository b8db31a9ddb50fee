// Expands every VEVENT of an .ics file with ical.js, the parser of Mozilla Thunderbird: its RRULE through ical.js's
// own iterator (EXDATEs left out, RECURRENCE-ID VEVENTs put in place of the occurrences they replace), and prints each
// occurrence's UID, UTC start and end, and summary as JSON. Zones come only from the file's VTIMEZONEs.
//
// Usage: node expand-events.mjs FILE.ics UNTIL-UTC [MAX-OCCURRENCES-PER-EVENT]
// (occurrences are listed while they start before UNTIL-UTC, such as 2037-01-01T00:00:00Z, and MAX per series at most)
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const file = process.argv[2];
const until = Date.parse(process.argv[3] ?? '');
const max = Number(process.argv[4] ?? 5000);
if (!file || Number.isNaN(until)) {
  console.error('usage: node expand-events.mjs FILE.ics UNTIL-UTC [MAX]');
  process.exit(2);
}

const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone, zone.tzid);
}

function utc(time) {
  if (time.isDate) {
    return time.toString();
  }
  if (!time.zone || time.zone === ICAL.Timezone.localTimezone) {
    throw new Error(`the time ${time.toString()} is floating; its zone was not found in the file`);
  }
  return time.toJSDate().toISOString().replace('.000Z', 'Z');
}

const vevents = calendar.getAllSubcomponents('vevent');
const masters = new Map();
for (const vevent of vevents) {
  if (!vevent.hasProperty('recurrence-id')) {
    masters.set(vevent.getFirstPropertyValue('uid'), new ICAL.Event(vevent));
  }
}
for (const vevent of vevents) {
  if (vevent.hasProperty('recurrence-id')) {
    const master = masters.get(vevent.getFirstPropertyValue('uid'));
    if (!master) {
      throw new Error(`a RECURRENCE-ID VEVENT without its series: ${vevent.getFirstPropertyValue('uid')}`);
    }
    master.relateException(new ICAL.Event(vevent));
  }
}

const occurrences = [];
for (const [uid, event] of masters) {
  if (!event.isRecurring()) {
    occurrences.push({ uid, start: utc(event.startDate), end: utc(event.endDate), summary: event.summary });
    continue;
  }
  const iterator = event.iterator();
  let next;
  let n = 0;
  while ((next = iterator.next()) && n < max && next.toJSDate().getTime() < until) {
    const details = event.getOccurrenceDetails(next);
    occurrences.push({ uid, start: utc(details.startDate), end: utc(details.endDate), summary: details.item.summary });
    n++;
  }
}

process.stdout.write(JSON.stringify(occurrences, null, 2) + '\n');
