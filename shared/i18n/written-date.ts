import type { Locale } from './locales';

/**
 * A calendar date ("2026-04-07") as previews of backups and copies write it:
 * day, month and year in the words of the locale. English has always written
 * "7 April 2026" / "7 Apr 2026" there, day first, as British English does, so
 * it keeps that; the date is read in UTC so no time zone moves it a day.
 */
export function writtenDate(locale: Locale, iso: string, month: 'long' | 'short'): string {
  const [year, monthNumber, day] = iso.split('-').map(Number);
  if (year === undefined || monthNumber === undefined || day === undefined || [year, monthNumber, day].some(Number.isNaN)) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, monthNumber - 1, day),
  );
}
