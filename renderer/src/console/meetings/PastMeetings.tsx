import { useState } from 'react';
import type { PastMeeting } from '#shared/contract/contract';
import type { Group } from '#shared/domain/types';
import { useApiQuery } from '../data/use-api-query';
import { CheckoutPanel } from '../after/CheckoutPanel';
import { NotesPanel } from '../after/NotesPanel';
import { SummaryPanel } from '../after/SummaryPanel';
import { ErrorText } from '../ui/ErrorText';
import { formatMeetingTime } from './format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

const PAGE = 12;

/** One past meeting: its record is read (from its archive) only once the row is opened. */
function PastMeetingRow({ row, group }: { row: PastMeeting; group: Group }) {
  const [open, setOpen] = useState(false);
  const meeting = useApiQuery('meeting.get', open ? { meetingId: row.meetingId } : null);
  const t = useT();
  const { locale } = useLocale();
  const when = formatMeetingTime(row.startsAt, group.schedule?.timeZone, true, locale);
  if (row.status === 'cancelled') {
    return <li className="meeting-card">{t('meetings.past.cancelled', { when })}</li>;
  }
  return (
    <li>
      <details className="meeting-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('meetings.past.summary', { when, present: row.present })}</summary>
        {open && meeting.error ? <ErrorText message={meeting.error} /> : null}
        {open && meeting.data ? (
          // A meeting that has ended still takes late check-out answers and notes.
          <div className="console-columns">
            <SummaryPanel meeting={meeting.data} />
            <div className="console-side">
              <CheckoutPanel meeting={meeting.data} />
              <NotesPanel meeting={meeting.data} />
            </div>
          </div>
        ) : null}
      </details>
    </li>
  );
}

/** Past meetings, newest first, a page at a time: ten years of them must not load at once. */
export function PastMeetings({ group }: { group: Group }) {
  const history = useApiQuery('meeting.history', { groupId: group.id });
  const [shown, setShown] = useState(PAGE);
  const t = useT();
  const rows = history.data ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('meetings.past.title')}</h3>
      <ul className="plain-list" aria-label={t('meetings.past.title')}>
        {rows.slice(0, shown).map((row) => (
          <PastMeetingRow key={row.meetingId} row={row} group={group} />
        ))}
      </ul>
      {rows.length > shown ? (
        <button type="button" className="button button--quiet" onClick={() => setShown((n) => n + PAGE)}>
          {t('meetings.past.showOlder', { count: rows.length - shown })}
        </button>
      ) : null}
    </>
  );
}
