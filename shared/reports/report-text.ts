import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { MessageValues, Translate } from '../i18n/translator';
import type { LineValue, ReportText } from './report-types';

/** "March 2026" (the locale's words and order) from an ISO date, read as a calendar date so no time zone moves the month. */
export function formatMonthYear(locale: Locale, iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y ?? 1970, (m ?? 1) - 1, 15));
}

/** "90%" as the locale writes a share (0.9). */
export function formatPercent(locale: Locale, share: number): string {
  return formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });
}

/** "4.2" / "4,2" with exactly this many decimals. */
export function formatDecimal(locale: Locale, value: number, places: number): string {
  return formatNumber(locale, value, { minimumFractionDigits: places, maximumFractionDigits: places });
}

function valueIn(locale: Locale, value: LineValue): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if ('month' in value) return formatMonthYear(locale, value.month);
  if ('percent' in value) return formatPercent(locale, value.percent);
  if ('decimal' in value) return formatDecimal(locale, value.decimal, value.places);
  // A name the group wrote (a survey's title), isolated so its own direction does not reorder the sentence around it.
  return `\u2068${value.name}\u2069`;
}

/** A report's sentences in the translator's language, one after another. */
export function reportText(t: Translate, locale: Locale, text: ReportText): string {
  return text
    .map((line) => {
      const values: MessageValues = {};
      for (const [key, value] of Object.entries(line.values)) values[key] = valueIn(locale, value);
      return t(line.id, values);
    })
    .join(' ');
}
