import { civilAt, offsetMinutes } from '../schedule/zoned-time';

/**
 * An RFC 5545 calendar of upcoming meetings that partner organisations can
 * subscribe to or import. Only public facts go in: the group's name, where
 * and when. Never members, roles or notes.
 */
export interface CalendarEvent {
  uid: string;
  startsAt: number;
  endsAt: number;
  summary: string;
  location: string;
  description: string;
}

export interface CalendarInput {
  name: string;
  timeZone: string;
  events: readonly CalendarEvent[];
  stampedAt: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localStamp(epochMs: number, timeZone: string): string {
  const c = civilAt(epochMs, timeZone);
  return `${pad(c.year, 4)}${pad(c.month)}${pad(c.day)}T${pad(c.hour)}${pad(c.minute)}${pad(c.second)}`;
}

function utcStamp(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const HOUR = 3_600_000;

/** Instants where the zone's UTC offset changes, found by bisection between hourly samples. */
export function offsetTransitions(timeZone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const out: { at: number; before: number; after: number }[] = [];
  let previous = offsetMinutes(from, timeZone);
  for (let t = from + 24 * HOUR; t <= to + 24 * HOUR; t += 24 * HOUR) {
    const current = offsetMinutes(t, timeZone);
    if (current === previous) continue;
    let low = t - 24 * HOUR;
    let high = t;
    while (high - low > 60_000) {
      const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === previous) low = mid;
      else high = mid;
    }
    out.push({ at: high, before: previous, after: current });
    previous = current;
  }
  return out;
}

function timezoneBlock(timeZone: string, from: number, to: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const transitions = offsetTransitions(timeZone, from, to);
  if (transitions.length === 0) {
    const offset = offsetText(offsetMinutes(from, timeZone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    // The offset in force before the first transition, from the start of the range.
    const first = transitions[0] as { before: number };
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${localStamp(from, 'UTC')}`,
      `TZOFFSETFROM:${offsetText(first.before)}`,
      `TZOFFSETTO:${offsetText(first.before)}`,
      'END:STANDARD',
    );
    for (const { at, before, after } of transitions) {
      const kind = after > before ? 'DAYLIGHT' : 'STANDARD';
      // DTSTART is the wall-clock time just before the change, in the old offset (RFC 5545 3.6.5).
      const local = localStamp(at + before * 60_000, 'UTC');
      lines.push(`BEGIN:${kind}`, `DTSTART:${local}`, `TZOFFSETFROM:${offsetText(before)}`, `TZOFFSETTO:${offsetText(after)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export function buildCalendar(input: CalendarInput): string {
  const { timeZone, events } = input;
  const first = Math.min(...events.map((e) => e.startsAt), input.stampedAt);
  const last = Math.max(...events.map((e) => e.endsAt), input.stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Circlekeeper//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...timezoneBlock(timeZone, first - 24 * HOUR, last + 24 * HOUR),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(input.stampedAt)}`,
      `DTSTART;TZID=${timeZone}:${localStamp(event.startsAt, timeZone)}`,
      `DTEND;TZID=${timeZone}:${localStamp(event.endsAt, timeZone)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
