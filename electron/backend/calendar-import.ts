import ICAL from 'ical.js';
import { DomainError } from '#shared/contract/errors';
import { msg, errorOfText } from '#shared/contract/error-message';
import { CALENDAR_IMPORT_MAX_CHARS, CALENDAR_IMPORT_MAX_EVENTS, CALENDAR_IMPORT_MONTHS, calendarTooBigMessage } from '#shared/partners/partners';
import { addDays, addMonths, civilAt, formatDate, instantOf, isValidTimeZone } from '#shared/schedule/zoned-time';

/** One event of a partner's calendar as read: public fields only, before it is matched to an earlier import. */
export interface ReadEvent {
  uid: string;
  recurrenceId: string;
  title: string;
  location: string;
  allDay: boolean;
  date: string | null;
  endDate: string | null;
  startsAt: number;
  endsAt: number;
}

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

const UID_MAX = 300;
const TITLE_MAX = 200;
const LOCATION_MAX = 200;
/** A rule that yields occurrences far faster than anyone meets (every second, say) stops here rather than spinning. */
const STEPS_PER_EVENT_MAX = 20_000;

// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]+/g;
const clean = (text: unknown, max: number) => (typeof text === 'string' ? text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max) : '');

/** `count` absent: the file holds more than the most imported, counted no further. */
const tooMany = (count?: number) =>
  new DomainError(
    'invalid_input',
    count === undefined
      ? msg('calendar.tooManyEventsAtLeast', { months: CALENDAR_IMPORT_MONTHS, max: CALENDAR_IMPORT_MAX_EVENTS })
      : msg('calendar.tooManyEvents', { count, months: CALENDAR_IMPORT_MONTHS, max: CALENDAR_IMPORT_MAX_EVENTS }),
    'text',
  );

/** The instant a date-time of the file names: by its VTIMEZONE, else its TZID as a known zone name, else in the group's zone. */
function instantOfTime(time: Time, tzid: string | null, fallbackZone: string): number {
  const zoneId = time.zone?.tzid;
  if (zoneId === 'UTC' || (zoneId !== undefined && zoneId !== 'floating')) return time.toUnixTime() * 1000;
  const zone = tzid !== null && isValidTimeZone(tzid) ? tzid : fallbackZone;
  return instantOf({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute }, zone);
}

const dayOf = (time: Time) => formatDate({ year: time.year, month: time.month, day: time.day });

function readOne(uid: string, recurrenceId: string, item: Component, start: Time, end: Time | null, zone: string, tzid: string | null): ReadEvent {
  const title = clean(item.getFirstPropertyValue('summary'), TITLE_MAX) || 'Untitled event';
  const location = clean(item.getFirstPropertyValue('location'), LOCATION_MAX);
  if (start.isDate) {
    const first = { year: start.year, month: start.month, day: start.day };
    // DTEND of an all-day event is the day after the last (RFC 5545 3.6.1).
    const after = end && end.isDate && end.compare(start) > 0 ? { year: end.year, month: end.month, day: end.day } : addDays(first, 1);
    const last = addDays(after, -1);
    return {
      uid,
      recurrenceId,
      title,
      location,
      allDay: true,
      date: formatDate(first),
      endDate: formatDate(last),
      startsAt: instantOf({ ...first, hour: 0, minute: 0 }, zone),
      endsAt: instantOf({ ...after, hour: 0, minute: 0 }, zone),
    };
  }
  const startsAt = instantOfTime(start, tzid, zone);
  const endsAt = end ? Math.max(startsAt, instantOfTime(end, tzid, zone)) : startsAt;
  return { uid, recurrenceId, title, location, allDay: false, date: null, endDate: null, startsAt, endsAt };
}

function parseCalendar(text: string): Component {
  if (text.trim() === '') {
    throw new DomainError('invalid_input', msg('calendar.emptyFile'), 'text');
  }
  const notCalendar = new DomainError('invalid_input', msg('calendar.notACalendar'), 'text');
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw notCalendar;
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch {
    throw new DomainError('invalid_input', msg('calendar.damaged'), 'text');
  }
  // A file of several calendars parses to a list; the first is read.
  const jcal = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed;
  const root = new ICAL.Component(jcal as unknown[]);
  if (root.name !== 'vcalendar') throw notCalendar;
  return root;
}

/**
 * Reads a partner's .ics text: single events and the occurrences of
 * recurring ones (with their changed or cancelled occurrences) that end
 * after `now` and start within the next months. Throws a DomainError a
 * facilitator can act on for anything it cannot import; reads no more.
 */
export function readPartnerCalendar(text: string, now: number, groupZone: string): ReadEvent[] {
  if (text.length > CALENDAR_IMPORT_MAX_CHARS) {
    throw new DomainError('invalid_input', errorOfText(calendarTooBigMessage(text.length)), 'text');
  }
  const root = parseCalendar(text);
  const components = root.getAllSubcomponents('vevent');
  if (components.length > CALENDAR_IMPORT_MAX_EVENTS) throw tooMany(components.length);

  const today = civilAt(now, groupZone);
  const horizon = instantOf({ ...addMonths(today, CALENDAR_IMPORT_MONTHS), hour: 0, minute: 0 }, groupZone);

  // A recurring event and its changed occurrences share a UID.
  const masters = new Map<string, InstanceType<typeof ICAL.Event>>();
  const exceptions: Component[] = [];
  for (const component of components) {
    const uid = clean(component.getFirstPropertyValue('uid'), UID_MAX);
    if (component.hasProperty('recurrence-id')) exceptions.push(component);
    else if (uid !== '' && masters.has(uid)) continue;
    else masters.set(uid || `no-uid-${String(masters.size)}`, new ICAL.Event(component));
  }
  const orphans: InstanceType<typeof ICAL.Event>[] = [];
  for (const exception of exceptions) {
    const master = masters.get(clean(exception.getFirstPropertyValue('uid'), UID_MAX));
    if (master?.isRecurring()) master.relateException(exception);
    else orphans.push(new ICAL.Event(exception));
  }

  const out: ReadEvent[] = [];
  const keep = (event: ReadEvent) => {
    if (event.endsAt <= now || event.startsAt >= horizon) return;
    out.push(event);
    if (out.length > CALENDAR_IMPORT_MAX_EVENTS) throw tooMany();
  };

  for (const [uid, event] of masters) {
    const start = event.startDate as Time | null;
    if (!start) continue;
    const tzid = (event.component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null;
    if (!event.isRecurring()) {
      if (clean(event.component.getFirstPropertyValue('status'), 20).toUpperCase() === 'CANCELLED') continue;
      keep(readOne(uid, '', event.component, start, event.endDate, groupZone, tzid));
      continue;
    }
    const iterator = event.iterator();
    for (let step = 0; step < STEPS_PER_EVENT_MAX; step += 1) {
      const next = iterator.next() as Time | undefined;
      if (!next) break;
      if (instantOfTime(next, tzid, groupZone) >= horizon && !next.isDate) break;
      if (next.isDate && instantOf({ year: next.year, month: next.month, day: next.day, hour: 0, minute: 0 }, groupZone) >= horizon) break;
      const details = event.getOccurrenceDetails(next);
      const item = details.item.component;
      if (clean(item.getFirstPropertyValue('status'), 20).toUpperCase() === 'CANCELLED') continue;
      const recurrenceId = next.isDate ? dayOf(next) : next.toString();
      const itemTzid = (item.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? tzid;
      keep(readOne(uid, recurrenceId, item, details.startDate, details.endDate, groupZone, itemTzid));
    }
  }
  for (const event of orphans) {
    const start = event.startDate as Time | null;
    const recurrence = event.component.getFirstPropertyValue('recurrence-id') as Time | null;
    if (!start || !recurrence) continue;
    const tzid = (event.component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null;
    const uid = clean(event.component.getFirstPropertyValue('uid'), UID_MAX);
    keep(readOne(uid, recurrence.isDate ? dayOf(recurrence) : recurrence.toString(), event.component, start, event.endDate, groupZone, tzid));
  }
  return out.sort((a, b) => a.startsAt - b.startsAt || a.uid.localeCompare(b.uid));
}
