import { firstDayOfWeek, formatIsoWeekday } from '#shared/i18n/format';
import type { Locale } from '#shared/i18n/locales';

/** The seven days in the order the locale's week runs (Sunday first in English, Saturday first in Arabic), each with its stored value. */
export function localeWeekdays(locale: Locale): { value: number; name: string }[] {
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => {
    const value = ((first - 1 + i) % 7) + 1;
    return { value, name: formatIsoWeekday(locale, value) };
  });
}
