import { useId, useState, type ReactNode } from 'react';
import type { CsvTable } from '#shared/reports/csv';
import { downloadText } from '../ui/download';
import { useT } from '../../common/i18n/I18nProvider';

interface ReportCardProps {
  title: string;
  /** Whether there is enough data to draw; its plain-words line if so, what would fill it if not (in the console's language). */
  section: { enough: boolean; summary: string; emptyMessage: string };
  /** The chart: drawn only when there is enough data. */
  chart: ReactNode;
  /** The same numbers as a table, for screen readers and anyone who would rather read. */
  table: ReactNode;
  /** Each CSV this report offers: its button label and how to make it (null when there is nothing to export). */
  exports: { label: string; table: CsvTable; make: () => { fileName: string; text: string } | null }[];
}

/**
 * One report: a plain-words line saying what changed, the chart, a switch to
 * the table with the same numbers, and its CSV. With too little data it says
 * what would fill it instead.
 */
export function ReportCard({ title, section, chart, table, exports }: ReportCardProps) {
  const headingId = useId();
  const tableId = useId();
  const [asTable, setAsTable] = useState(false);
  const t = useT();
  return (
    <section className="panel report-card" aria-labelledby={headingId}>
      <div className="report-card__head">
        <h2 id={headingId}>{title}</h2>
        {section.enough ? (
          <div className="button-row no-print">
            <button type="button" className="button button--quiet" aria-controls={tableId} onClick={() => setAsTable((shown) => !shown)}>
              {asTable ? t('reports.card.showChart') : t('reports.card.showTable')}
            </button>
            {exports.map(({ label, table: name, make }) => (
              <button
                key={name}
                type="button"
                className="button button--quiet"
                onClick={() => {
                  const file = make();
                  if (file) downloadText(file.fileName, file.text, 'text/csv');
                }}
              >
                {label}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      {section.enough ? (
        <>
          <p className="report-card__summary">{section.summary}</p>
          {/* One at a time: a table of ten years of meetings is long, and is built only when asked for. */}
          <div id={tableId} className="report-card__body">
            {asTable ? table : chart}
          </div>
        </>
      ) : (
        <p className="empty">{section.emptyMessage}</p>
      )}
    </section>
  );
}
