import { useCallback } from 'react';
import { reportText } from '#shared/reports/report-text';
import type { ReportText } from '#shared/reports/report-types';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

/** A report's sentences (ids and values from shared/reports) in the console's language; empty for none. */
export function useReportText(): (text: ReportText | null) => string {
  const t = useT();
  const { locale } = useLocale();
  return useCallback((text: ReportText | null) => (text === null ? '' : reportText(t, locale, text)), [t, locale]);
}
