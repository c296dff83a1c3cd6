import { useEffect, useId, useState } from 'react';
import type { Meeting } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { SummaryView } from '../live/SummaryView';
import { DownloadButton } from '../ui/DownloadButton';
import { ErrorText } from '../ui/ErrorText';
import { summaryFileBase } from '#shared/feedback/summary-markdown';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

/**
 * A past meeting's summary with its exports: Markdown, and print (or save as
 * PDF) through the print stylesheet, both in the console's language and named
 * alike. Private notes only when ticked in.
 */
export function SummaryPanel({ meeting, onShown }: { meeting: Meeting; onShown?: () => void }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const summary = useApiQuery('meeting.summary', { meetingId: meeting.id, language: locale });
  const [withPrivate, setWithPrivate] = useState(false);
  const checkboxId = useId();
  const shown = summary.data !== undefined;
  useEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);
  const privateText = withPrivate
    ? [meeting.notes.private, ...meeting.agenda.filter((i) => meeting.notes.items[i.id]).map((i) => `${i.title}: ${meeting.notes.items[i.id] ?? ''}`)]
        .filter((t) => t.trim())
        .join('\n\n') || null
    : null;

  if (summary.error) return <ErrorText message={summary.error} />;
  if (!summary.data) return <p className="empty">{t('after.summary.loading')}</p>;
  return (
    // Printing is exporting: who spoke how much is printed only when ticked in, like the notes.
    <div className={`summary-panel${withPrivate ? ' summary-panel--private' : ''}`}>
      <SummaryView summary={summary.data} privateNotes={privateText} />
      <div className="button-row no-print">
        <div className="checkbox">
          <input id={checkboxId} type="checkbox" checked={withPrivate} onChange={(e) => setWithPrivate(e.target.checked)} />
          <label htmlFor={checkboxId}>{t('after.summary.includePrivate')}</label>
        </div>
        <DownloadButton
          label={t('after.summary.markdown')}
          type="text/markdown"
          makeFile={() => api.call('meeting.exportMarkdown', { meetingId: meeting.id, includePrivateNotes: withPrivate, language: locale })}
        />
        <button
          type="button"
          className="button"
          disabled={action.busy}
          onClick={() => void action.run(() => api.savePdf(`${summaryFileBase({ t, locale }, meeting.date)}.pdf`))}
        >
          {api.savesFile ? t('after.summary.savePdf') : t('after.summary.printPdf')}
        </button>
      </div>
      <ErrorText message={action.error} />
    </div>
  );
}
