import { useCallback } from 'react';
import type { Locale } from '#shared/i18n/locales';
import { useLocale } from './I18nProvider';

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

/** formatDay (common/dates.ts) in the surface's language. */
export function useFormatDay(): (iso: string, withWeekday?: boolean) => string {
  const { locale } = useLocale();
  return useCallback((iso: string, withWeekday = false) => formatDayIn(locale, iso, withWeekday), [locale]);
}
