import type { MeetingSummary } from '#shared/contract/contract';
import { formatElapsed } from '#shared/live/timer';
import { CheckoutResults } from '../after/CheckoutResults';
import { formatCalendarDate } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { bdiList, rich } from './rich';

/** The short record shown when a meeting ends. */
export function SummaryView({ summary, privateNotes = null }: { summary: MeetingSummary; privateNotes?: string | null }) {
  const t = useT();
  const { locale } = useLocale();
  const minutes = Math.round((summary.endedAt - summary.startedAt) / 60_000);
  return (
    <section className="panel printable" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('live.summary.title', { date: formatCalendarDate(locale, summary.date, 'long') })}</h2>
      <p>{t('live.summary.attendance', { present: summary.present, guests: summary.guests, excused: summary.excused, minutes })}</p>
      <table className="summary-table">
        <caption>{t('live.summary.agenda')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.summary.item')}</th>
            <th scope="col">{t('live.summary.planned')}</th>
            <th scope="col">{t('live.summary.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.items.map((item, index) => (
            <tr key={index}>
              <td>{item.title}</td>
              <td>{t('live.minutesShort', { count: item.plannedMinutes })}</td>
              <td>{item.skipped && item.actualMs === 0 ? t('live.summary.skipped') : formatElapsed(item.actualMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="summary-table private-detail">
        <caption>{t('live.summary.speaking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('live.summary.who')}</th>
            <th scope="col">{t('live.summary.time')}</th>
            <th scope="col">{t('live.summary.turns')}</th>
            <th scope="col">{t('live.summary.passes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.speaking.map((row) => (
            <tr key={row.participantId}>
              <td>
                <bdi>{row.name}</bdi>
              </td>
              <td>{formatElapsed(row.totalMs)}</td>
              <td>{row.turns}</td>
              <td>{row.passes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="private-detail">
        {summary.silent.length > 0
          ? rich(t, 'live.summary.silent', { names: <>{bdiList(summary.silent, t('live.listSeparator'))}</> })
          : t('live.summary.everyoneSpoke')}
      </p>
      <h3>{t('live.summary.checkout')}</h3>
      <CheckoutResults checkout={summary.checkout} />
      <h3>{t('live.summary.actionItems')}</h3>
      {summary.actionItems.length === 0 ? <p className="empty">{t('live.summary.none')}</p> : null}
      <ul>
        {summary.actionItems.map((a, index) => (
          <li key={index}>
            {a.status === 'done' ? '☑' : '☐'}{' '}
            {a.due
              ? rich(t, 'live.summary.actionDue', { text: a.text, owner: <bdi>{a.owner}</bdi>, due: formatCalendarDate(locale, a.due) })
              : rich(t, 'live.summary.action', { text: a.text, owner: <bdi>{a.owner}</bdi> })}
          </li>
        ))}
      </ul>
      {summary.sharedNotes.trim() ? (
        <>
          <h3>{t('live.summary.sharedNotes')}</h3>
          <p className="shared-notes">{summary.sharedNotes}</p>
        </>
      ) : null}
      {privateNotes ? (
        <>
          <h3>{t('live.summary.privateNotes')}</h3>
          <p className="shared-notes">{privateNotes}</p>
        </>
      ) : null}
    </section>
  );
}
