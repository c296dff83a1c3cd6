import type { Locale } from '#shared/i18n/locales';
import type { Schedule } from '#shared/schedule/schedule';
import type { Translate } from '#shared/i18n/translator';

/** "Tuesday 1 December, 19:00" in the group's own time zone, in the given language (the browser's when none is given). */
export function formatMeetingTime(epochMs: number, timeZone: string | undefined, withYear = false, locale?: Locale): string {
  return new Date(epochMs).toLocaleString(locale, {
    weekday: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}

const ordinals = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as const;

/** "Every Tuesday at 19:00 for 90 minutes (Europe/London)" in the console's language (schedule.weekday: 1 Monday … 7 Sunday). */
export function describeScheduleIn(t: Translate, locale: Locale, schedule: Schedule): string {
  // 2024-01-01 was a Monday.
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, schedule.weekday));
  const ordinal = (ordinals as Record<number, string>)[schedule.weekOfMonth] ?? 'first';
  return t('meetings.schedule', {
    frequency: schedule.frequency,
    day,
    ordinal,
    time: schedule.startTime,
    minutes: schedule.durationMinutes,
    timeZone: schedule.timeZone,
  });
}
