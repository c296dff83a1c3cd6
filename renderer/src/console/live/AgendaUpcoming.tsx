import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';

/** The rest of tonight's agenda, to reorder or give a minute more or less while the meeting runs. */
export function AgendaUpcoming({ meeting, send }: { meeting: Meeting; send: (command: LiveCommand) => void }) {
  const live = meeting.live;
  if (!live) return null;
  const upcoming = meeting.agenda
    .map((it, index) => ({ it, index }))
    .filter(({ it, index }) => index > live.itemIndex && !live.skippedItemIds.includes(it.id));

  return (
    <section className="panel" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Rest of the agenda</h2>
      {upcoming.length === 0 ? <p className="empty">This is the last item. End the meeting when it is done.</p> : null}
      <ol className="runner-upcoming">
        {upcoming.map(({ it, index }, position) => (
          <li key={it.id}>
            <span>
              {it.title} · {it.minutes + (live.extraMinutes[it.id] ?? 0)} min
            </span>
            <span className="runner-upcoming__actions">
              <button
                type="button"
                className="button"
                aria-label={`Move ${it.title} earlier`}
                disabled={position === 0}
                onClick={() => send({ type: 'moveItem', itemId: it.id, toIndex: index - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Move ${it.title} later`}
                disabled={position === upcoming.length - 1}
                onClick={() => send({ type: 'moveItem', itemId: it.id, toIndex: index + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Add a minute to ${it.title}`}
                onClick={() => send({ type: 'adjustMinutes', itemId: it.id, deltaMinutes: 1 })}
              >
                +1
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Take a minute from ${it.title}`}
                onClick={() => send({ type: 'adjustMinutes', itemId: it.id, deltaMinutes: -1 })}
              >
                −1
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
