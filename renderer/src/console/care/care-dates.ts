import type { Locale } from '#shared/i18n/locales';
import { todayIso } from '../../common/dates';

/** "Tue, Mar 3, 2026" as the locale writes it: the Care page writes a day with its weekday. Read as a calendar date, so no time zone moves it. */
export function careDate(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1),
  );
}

/** Today on this computer: the earliest a break can end (the backend checks it in the group's time zone). */
export const localToday = todayIso;
