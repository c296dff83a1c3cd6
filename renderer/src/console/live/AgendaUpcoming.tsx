import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import { useT } from '../../common/i18n/I18nProvider';

/** The rest of tonight's agenda, to reorder or give a minute more or less while the meeting runs. */
export function AgendaUpcoming({ meeting, send }: { meeting: Meeting; send: (command: LiveCommand) => void }) {
  const t = useT();
  const live = meeting.live;
  if (!live) return null;
  const upcoming = meeting.agenda
    .map((it, index) => ({ it, index }))
    .filter(({ it, index }) => index > live.itemIndex && !live.skippedItemIds.includes(it.id));

  return (
    <section className="panel" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('live.upcoming.title')}</h2>
      {upcoming.length === 0 ? <p className="empty">{t('live.upcoming.last')}</p> : null}
      <ol className="runner-upcoming">
        {upcoming.map(({ it, index }, position) => (
          <li key={it.id}>
            <span>{t('live.upcoming.item', { title: it.title, minutes: it.minutes + (live.extraMinutes[it.id] ?? 0) })}</span>
            <span className="runner-upcoming__actions">
              <button
                type="button"
                className="button"
                aria-label={t('live.upcoming.earlier', { title: it.title })}
                disabled={position === 0}
                onClick={() => send({ type: 'moveItem', itemId: it.id, toIndex: index - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('live.upcoming.later', { title: it.title })}
                disabled={position === upcoming.length - 1}
                onClick={() => send({ type: 'moveItem', itemId: it.id, toIndex: index + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('live.upcoming.addMinute', { title: it.title })}
                onClick={() => send({ type: 'adjustMinutes', itemId: it.id, deltaMinutes: 1 })}
              >
                <span dir="ltr">+1</span>
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('live.upcoming.takeMinute', { title: it.title })}
                onClick={() => send({ type: 'adjustMinutes', itemId: it.id, deltaMinutes: -1 })}
              >
                <span dir="ltr">−1</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
