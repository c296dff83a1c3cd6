import { useMemo } from 'react';
import { formatNumber } from '#shared/i18n/format';
import { formatDecimal, formatPercent } from '#shared/reports/report-text';
import { useLocale } from '../../common/i18n/I18nProvider';
import { formatDayIn } from '../../common/i18n/use-format-day';

/** How the reports write figures for a person, in the console's language: whole numbers, shares as percentages, one decimal otherwise; a dash for none. */
export interface ReportFormat {
  percent: (share: number | null) => string;
  decimal: (value: number | null, places?: 1 | 2) => string;
  whole: (value: number | null) => string;
  /** A year as a name ("2026", "٢٠٢٦"): the locale's digits, no thousands separator. */
  year: (value: number) => string;
  /** A chart's value in a tooltip: whole when it is, else one decimal (a monthly average). */
  figure: (value: unknown) => string;
  /** "3 Mar 2026" from an ISO date: the console's one way of writing a day. */
  shortDate: (iso: string) => string;
  /** A chart tooltip's label, when it is a meeting's date. */
  dateLabel: (label: unknown) => string;
  /** "3–5 Mar 2026": two days as the locale writes a span; one day when they are the same. */
  dateSpan: (from: string, to: string) => string;
}

const utc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const NONE = '–';

export function useReportFormat(): ReportFormat {
  const { locale } = useLocale();
  return useMemo(() => {
    const shortDate = (iso: string) => formatDayIn(locale, iso);
    const decimal = (value: number | null, places: 1 | 2 = 1) => (value === null ? NONE : formatDecimal(locale, value, places));
    const whole = (value: number | null) => (value === null ? NONE : formatNumber(locale, Math.round(value)));
    return {
      percent: (share) => (share === null ? NONE : formatPercent(locale, share)),
      decimal,
      whole,
      year: (value) => formatNumber(locale, value, { useGrouping: false }),
      figure: (value) => (typeof value !== 'number' ? NONE : Number.isInteger(value) ? whole(value) : decimal(value)),
      shortDate,
      dateLabel: (label) => (typeof label === 'string' ? shortDate(label) : ''),
      dateSpan: (from, to) =>
        from === to
          ? shortDate(from)
          : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(utc(from), utc(to)),
    };
  }, [locale]);
}
