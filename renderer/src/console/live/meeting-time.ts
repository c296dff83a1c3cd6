import type { Locale } from '#shared/i18n/locales';

/** "Tuesday 1 December, 19:00" in the facilitator's language and the group's own time zone. */
export function meetingTimeIn(locale: Locale, epochMs: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs);
}
