import type { MeetingSummary } from '#shared/contract/contract';
import { formatElapsed } from '#shared/live/timer';
import { CheckoutResults } from '../after/CheckoutResults';
import { plural } from '#shared/text/plural';

/** The short record shown when a meeting ends. */
export function SummaryView({ summary, privateNotes = null }: { summary: MeetingSummary; privateNotes?: string | null }) {
  const minutes = Math.round((summary.endedAt - summary.startedAt) / 60_000);
  return (
    <section className="panel printable" aria-labelledby="summary-title">
      <h2 id="summary-title">Meeting summary — {summary.date}</h2>
      <p>
        {summary.present} present{summary.guests > 0 ? ` (including ${String(summary.guests)} guest${summary.guests === 1 ? '' : 's'})` : ''}
        {summary.excused > 0 ? `, ${String(summary.excused)} excused` : ''} · {plural(minutes, 'minute')}
      </p>
      <table className="summary-table">
        <caption>Agenda, planned against actual</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
          </tr>
        </thead>
        <tbody>
          {summary.items.map((item, index) => (
            <tr key={index}>
              <td>{item.title}</td>
              <td>{item.plannedMinutes} min</td>
              <td>{item.skipped && item.actualMs === 0 ? 'skipped' : formatElapsed(item.actualMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="summary-table private-detail">
        <caption>Speaking (only you see this)</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Time</th>
            <th scope="col">Turns</th>
            <th scope="col">Passes</th>
          </tr>
        </thead>
        <tbody>
          {summary.speaking.map((row) => (
            <tr key={row.participantId}>
              <td>{row.name}</td>
              <td>{formatElapsed(row.totalMs)}</td>
              <td>{row.turns}</td>
              <td>{row.passes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="private-detail">{summary.silent.length > 0 ? `Did not speak: ${summary.silent.join(', ')}` : 'Everyone spoke.'}</p>
      <h3>Check-out</h3>
      <CheckoutResults checkout={summary.checkout} />
      <h3>Action items</h3>
      {summary.actionItems.length === 0 ? <p className="empty">None.</p> : null}
      <ul>
        {summary.actionItems.map((a, index) => (
          <li key={index}>
            {a.status === 'done' ? '☑' : '☐'} {a.text} — {a.owner}
            {a.due ? `, due ${a.due}` : ''}
          </li>
        ))}
      </ul>
      {summary.sharedNotes.trim() ? (
        <>
          <h3>Shared notes</h3>
          <p className="shared-notes">{summary.sharedNotes}</p>
        </>
      ) : null}
      {privateNotes ? (
        <>
          <h3>Private notes (facilitator)</h3>
          <p className="shared-notes">{privateNotes}</p>
        </>
      ) : null}
    </section>
  );
}
