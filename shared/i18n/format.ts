import type { Locale } from './locales';

/**
 * Dates, times and numbers as a person of the locale reads them, through
 * Intl. Calendar dates (ISO "2026-11-28") are read as dates, in UTC, so no
 * time zone moves them a day; instants are shown in the given time zone.
 */
function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function formatCalendarDate(locale: Locale, iso: string, style: 'short' | 'medium' | 'long' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(dateOf(iso));
}

export function formatWeekday(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(dateOf(iso));
}

/** "Saturday 28 November" (the order and words of the locale) for an instant, in the given time zone. */
export function formatDayAndMonth(locale: Locale, epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}

export function formatTime(locale: Locale, epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(epochMs);
}

/** "14:30" as the locale writes a clock time ("2:30 PM" in English, "14:30" in German). */
export function formatClockTime(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0));
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** The day a week starts on in the locale: 1 Monday … 7 Sunday (ISO), from Intl's week data where the runtime has it. */
export function firstDayOfWeek(locale: Locale): number {
  const info = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
  const week = info.getWeekInfo?.() ?? info.weekInfo;
  return week?.firstDay ?? 1;
}

/** "3 Mar 2026" ("Tue 3 Mar 2026" with the weekday) from an ISO date in the locale's way, read as a calendar date (no time zone shifts it). */
export function formatDayIn(locale: Locale, iso: string, withWeekday = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(locale, {
    ...(withWeekday ? { weekday: 'short' } : {}),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A weekday's name in the locale; 1 Monday … 7 Sunday, as schedules store it. 1 January 2024 was a Monday. */
export function formatIsoWeekday(locale: Locale, weekday: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}

/** A clock time ("19:00") as the locale writes it on a 24-hour clock, the way a schedule keeps it. */
export function formatClock24(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h ?? 0, m ?? 0),
  );
}
