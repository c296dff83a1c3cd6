import { firstDayOfWeek } from '#shared/i18n/format';
import type { Locale } from '#shared/i18n/locales';

/** A weekday's name in the locale; 1 Monday … 7 Sunday, as schedules store it. 1 January 2024 was a Monday. */
export function weekdayName(locale: Locale, weekday: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}

/** The seven days in the order the locale's week runs (Sunday first in English, Saturday first in Arabic), each with its stored value. */
export function localeWeekdays(locale: Locale): { value: number; name: string }[] {
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => {
    const value = ((first - 1 + i) % 7) + 1;
    return { value, name: weekdayName(locale, value) };
  });
}

/** A clock time ("19:00") as the locale writes it on a 24-hour clock, the way the schedule keeps it. */
export function clockTime(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h ?? 0, m ?? 0),
  );
}
