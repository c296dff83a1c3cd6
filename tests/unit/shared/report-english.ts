import { englishReports } from '#shared/reports/english';
import { reportText } from '#shared/reports/report-text';
import type { ReportText } from '#shared/reports/report-types';

/**
 * A report's line as the English console shows it, for comparing with the
 * wording the reports have always had. A survey's title is set between
 * Unicode isolates (invisible; they keep its direction to itself), which are
 * left out here so the expected sentences read as written.
 */
export function english(text: ReportText | null): string | null {
  return text === null ? null : reportText(englishReports, 'en', text).replace(/[\u2068\u2069]/g, '');
}
