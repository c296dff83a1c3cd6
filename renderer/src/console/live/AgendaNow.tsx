import { agendaKindLabels } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import { meetingProgress, nextIndex, plannedMs, spentMs } from '#shared/live/agenda-runner';
import type { LiveCommand } from '#shared/live/commands';
import { formatClock, formatElapsed } from '#shared/live/timer';

function clockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The agenda item under way, its times, what comes next and the meeting's
 * overrun: the part of the agenda a facilitator glances at mid-round, kept
 * small enough to sit beside the speaking controls on a laptop screen.
 */
export function AgendaNow({ meeting, now, send }: { meeting: Meeting; now: number; send: (command: LiveCommand) => void }) {
  const live = meeting.live;
  if (!live) return null;
  const { agenda } = meeting;
  const item = agenda[live.itemIndex];
  const nextItem = agenda[nextIndex(live, agenda, live.itemIndex)];
  const progress = meetingProgress(live, agenda, meeting.durationMinutes, now);
  const overrunMinutes = Math.round(progress.overrunMs / 60_000);

  return (
    <section className="panel panel--compact" aria-labelledby="runner-title">
      <h2 id="runner-title" className="panel__title--small">
        Agenda{item ? ` · item ${String(live.itemIndex + 1)} of ${String(agenda.length)}` : ''}
      </h2>
      {item ? (
        <div className="runner-current">
          <p className="runner-kind">Now · {agendaKindLabels[item.kind]}</p>
          <h3 className="runner-title">{item.title}</h3>
          <dl className="runner-times">
            <div>
              <dt>Planned</dt>
              <dd>{Math.round(plannedMs(item, live) / 60_000)} min</dd>
            </div>
            <div>
              <dt>Elapsed</dt>
              <dd>{formatElapsed(spentMs(item, live, agenda, now))}</dd>
            </div>
            <div>
              <dt>{progress.currentRemainingMs >= 0 ? 'Remaining' : 'Over by'}</dt>
              <dd>{formatClock(Math.abs(progress.currentRemainingMs))}</dd>
            </div>
          </dl>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => send({ type: 'nextItem' })} aria-keyshortcuts="ArrowRight">
              Next item →
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'previousItem' })}>
              ← Previous
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'skipItem' })}>
              Skip item
            </button>
            <button
              type="button"
              className="button"
              aria-label="Take a minute from this item"
              onClick={() => send({ type: 'adjustMinutes', itemId: item.id, deltaMinutes: -1 })}
            >
              −1 min
            </button>
            <button
              type="button"
              className="button"
              aria-label="Add a minute to this item"
              onClick={() => send({ type: 'adjustMinutes', itemId: item.id, deltaMinutes: 1 })}
            >
              +1 min
            </button>
          </div>
        </div>
      ) : null}
      <p className="runner-next">
        <strong>Next:</strong>{' '}
        {nextItem
          ? `${nextItem.title} · ${String(nextItem.minutes + (live.extraMinutes[nextItem.id] ?? 0))} min`
          : 'nothing — end the meeting after this item'}
      </p>
      <p className="runner-overrun" role="status">
        {overrunMinutes > 0
          ? `⚠ Running ${String(overrunMinutes)} min over: projected end ${clockTime(progress.projectedEndAt)}.`
          : overrunMinutes < 0
            ? `✓ ${String(-overrunMinutes)} min ahead: projected end ${clockTime(progress.projectedEndAt)}.`
            : `✓ On time: projected end ${clockTime(progress.projectedEndAt)}.`}
      </p>
    </section>
  );
}
