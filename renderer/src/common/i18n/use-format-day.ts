import { useCallback } from 'react';
import { formatDayIn } from '#shared/i18n/format';
import { useLocale } from './I18nProvider';

/** formatDay (common/dates.ts) in the surface's language. */
export function useFormatDay(): (iso: string, withWeekday?: boolean) => string {
  const { locale } = useLocale();
  return useCallback((iso: string, withWeekday = false) => formatDayIn(locale, iso, withWeekday), [locale]);
}

export { formatDayIn };
