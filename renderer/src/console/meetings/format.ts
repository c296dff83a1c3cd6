import type { Locale } from '#shared/i18n/locales';

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
