import { z } from 'zod';
import { schemaSentence } from '../contract/error-message';
import { fieldKey } from '../domain/names';
import { choice, fieldsOf, wholeNumber } from '../domain/fields';
import { formatClock24, formatIsoWeekday } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/translator';
import {
  addDays,
  civilAt,
  compareDates,
  daysBetween,
  daysInMonth,
  formatDate,
  instantOf,
  isoWeekday,
  isValidTimeZone,
  parseDate,
  type CivilDate,
} from './zoned-time';

export const Frequency = choice(['weekly', 'fortnightly', 'monthly'], 'Choose how often the group meets');
export type Frequency = z.infer<typeof Frequency>;

/** The years a date the facilitator gives may fall in: stored times count milliseconds from 1970, and dates are written with four digits. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 9999;

const dateExample = 'use YYYY-MM-DD, like 2026-12-01';

/**
 * A calendar date sent through the contract, named for the person reading
 * the message (`what` is lower case, like "the meeting date"). Refuses years
 * before 1970 and after 9999 here, at the edge, so a date that could not be
 * stored is answered with a sentence rather than a failed write.
 */
export function isoDate(what: string) {
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const date = { date: fieldKey(what) };
  const missing = schemaSentence(`${What} is missing (${dateExample}).`, 'date.missing', date);
  const notText = schemaSentence(`Write ${what} as text (${dateExample}).`, 'date.notText', date);
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : notText) })
    .refine((text) => parseDate(text) !== null, {
      error: schemaSentence(`That is not a real date: check ${what} (${dateExample}).`, 'date.notRealCheck', date),
      abort: true,
    })
    .refine(
      (text) => {
        const year = parseDate(text)?.year ?? 0;
        return year >= FIRST_YEAR && year <= LAST_YEAR;
      },
      { error: schemaSentence(`${What} must be from ${String(FIRST_YEAR)} to ${String(LAST_YEAR)}; check the year.`, 'date.yearRange', date) },
    );
}

/** Any date sent through the contract. */
export const IsoDate = isoDate('the date');

/**
 * A date as stored. Earlier versions accepted any real date (a member who
 * joined in 1965, a typo like 0226), and a stored value that stops
 * validating moves the whole file aside, so reading stays as lenient as
 * writing once was. New dates arrive through IsoDate and are in range.
 */
export const StoredIsoDate = z
  .string({ error: 'A date must be text like 2026-12-01.' })
  .refine((text) => parseDate(text) !== null, { error: `That is not a real date (${dateExample}).` });

export const ClockTime = z
  .string({
    error: (issue) => (issue.input === undefined ? 'The start time is missing (use a 24-hour time like 19:00).' : 'A time must be text like 19:00.'),
  })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a 24-hour time like 19:00.' });

export const TimeZoneName = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'The time zone is missing (use a name like Europe/London).' : 'A time zone must be text, like Europe/London.',
  })
  .max(64, { error: 'That time zone name is too long to be a real one (use a name like Europe/London).' })
  .refine(isValidTimeZone, { error: 'That time zone is not known (use a name like Europe/London).' });

export const Schedule = fieldsOf('the schedule', {
  frequency: Frequency,
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: wholeNumber(1, 7, 'Choose the weekday the group meets, from 1 (Monday) to 7 (Sunday).'),
  /** Monthly only: 1st–4th, or -1 for the last such weekday of the month. */
  weekOfMonth: z.literal([1, 2, 3, 4, -1], { error: 'Choose which week of the month the group meets: the first, second, third, fourth or last.' }),
  startTime: ClockTime,
  durationMinutes: z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'The meeting length is missing (a number of minutes).' : 'The duration must be a number of minutes.',
    })
    .int({ error: 'The duration must be whole minutes.' })
    .min(15, { error: 'A meeting lasts at least 15 minutes.' })
    .max(480, { error: 'A meeting lasts at most 8 hours (480 minutes).' }),
  timeZone: TimeZoneName,
  /** The first meeting; fortnightly meetings keep its week's parity. */
  startDate: isoDate('the date of the first meeting'),
});
export type Schedule = z.infer<typeof Schedule>;

/** A schedule as stored: its first date may be one an earlier version accepted (see StoredIsoDate). */
export const StoredSchedule = Schedule.extend({ startDate: StoredIsoDate });

export interface PlannedDate {
  date: string;
  startsAt: number;
  endsAt: number;
}

function matchesRule(schedule: Schedule, date: CivilDate, start: CivilDate): boolean {
  if (isoWeekday(date) !== schedule.weekday) return false;
  if (schedule.frequency === 'weekly') return true;
  if (schedule.frequency === 'fortnightly') {
    // Weeks counted from the week of the first meeting.
    const startMonday = addDays(start, 1 - isoWeekday(start));
    return Math.floor(daysBetween(startMonday, date) / 7) % 2 === 0;
  }
  if (schedule.weekOfMonth === -1) return date.day + 7 > daysInMonth(date.year, date.month);
  return Math.ceil(date.day / 7) === schedule.weekOfMonth;
}

/**
 * The next `count` meeting dates at or after `fromEpoch` (a meeting that has
 * not started yet today counts). Each start is the wall-clock time in the
 * group's time zone, so 19:00 stays 19:00 across a daylight-saving change.
 */
export function upcomingDates(schedule: Schedule, fromEpoch: number, count: number): PlannedDate[] {
  const start = parseDate(schedule.startDate);
  if (!start) return [];
  const [hour, minute] = schedule.startTime.split(':').map(Number) as [number, number];
  const today = civilAt(fromEpoch, schedule.timeZone);
  let cursor: CivilDate = compareDates(today, start) > 0 ? { year: today.year, month: today.month, day: today.day } : start;
  const out: PlannedDate[] = [];
  // A monthly rule repeats within 5 weeks; this bounds the loop for any count.
  // Dates past 9999 cannot be written as YYYY-MM-DD, so the contract would refuse to plan them.
  for (let steps = 0; out.length < count && steps < count * 40 + 60 && cursor.year <= LAST_YEAR; steps += 1, cursor = addDays(cursor, 1)) {
    if (!matchesRule(schedule, cursor, start)) continue;
    const startsAt = instantOf({ ...cursor, hour, minute }, schedule.timeZone);
    if (startsAt < fromEpoch) continue;
    out.push({ date: formatDate(cursor), startsAt, endsAt: startsAt + schedule.durationMinutes * 60_000 });
  }
  return out;
}

/**
 * "Every other Tuesday at 19:00 for 90 minutes (Europe/London)", in the
 * language of `t` (its ids are in messages/<locale>/exports.json): the
 * weekday and the clock time written by Intl in that locale.
 */
export function describeSchedule(schedule: Schedule, t: Translate, locale: Locale): string {
  return t('exports.schedule.summary', {
    frequency: schedule.frequency,
    week: schedule.weekOfMonth === -1 ? 'last' : String(schedule.weekOfMonth),
    day: formatIsoWeekday(locale, schedule.weekday),
    time: formatClock24(locale, schedule.startTime),
    minutes: schedule.durationMinutes,
    zone: schedule.timeZone,
  });
}
