import type { Meeting } from '#shared/domain/types';
import { meetingProgress, nextIndex, plannedMs, spentMs } from '#shared/live/agenda-runner';
import type { LiveCommand } from '#shared/live/commands';
import { formatClock, formatElapsed } from '#shared/live/timer';
import { formatTime } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { rich } from './rich';

/**
 * The agenda item under way, its times, what comes next and the meeting's
 * overrun: the part of the agenda a facilitator glances at mid-round, kept
 * small enough to sit beside the speaking controls on a laptop screen.
 */
export function AgendaNow({ meeting, now, send }: { meeting: Meeting; now: number; send: (command: LiveCommand) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const live = meeting.live;
  if (!live) return null;
  const clockTime = (epochMs: number) => formatTime(locale, epochMs);
  const { agenda } = meeting;
  const item = agenda[live.itemIndex];
  const nextItem = agenda[nextIndex(live, agenda, live.itemIndex)];
  const progress = meetingProgress(live, agenda, meeting.durationMinutes, now);
  const overrunMinutes = Math.round(progress.overrunMs / 60_000);

  return (
    <section className="panel panel--compact" aria-labelledby="runner-title">
      <h2 id="runner-title" className="panel__title--small">
        {item ? t('live.agenda.titleItem', { index: live.itemIndex + 1, total: agenda.length }) : t('live.agenda.title')}
      </h2>
      {item ? (
        <div className="runner-current">
          <p className="runner-kind">{t('live.agenda.now', { kind: item.kind })}</p>
          <h3 className="runner-title">{item.title}</h3>
          <dl className="runner-times">
            <div>
              <dt>{t('live.agenda.planned')}</dt>
              <dd>{t('live.minutesShort', { count: Math.round(plannedMs(item, live) / 60_000) })}</dd>
            </div>
            <div>
              <dt>{t('live.agenda.elapsed')}</dt>
              <dd>{formatElapsed(spentMs(item, live, agenda, now))}</dd>
            </div>
            <div>
              <dt>{progress.currentRemainingMs >= 0 ? t('live.agenda.remaining') : t('live.agenda.overBy')}</dt>
              <dd>{formatClock(Math.abs(progress.currentRemainingMs))}</dd>
            </div>
          </dl>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => send({ type: 'nextItem' })} aria-keyshortcuts="ArrowRight">
              {t('live.agenda.nextItem')}
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'previousItem' })}>
              {t('live.agenda.previous')}
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'skipItem' })}>
              {t('live.agenda.skip')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('live.agenda.takeMinute')}
              onClick={() => send({ type: 'adjustMinutes', itemId: item.id, deltaMinutes: -1 })}
            >
              {t('live.agenda.minus')}
            </button>
            <button
              type="button"
              className="button"
              aria-label={t('live.agenda.addMinute')}
              onClick={() => send({ type: 'adjustMinutes', itemId: item.id, deltaMinutes: 1 })}
            >
              {t('live.agenda.plus')}
            </button>
          </div>
        </div>
      ) : null}
      <p className="runner-next">
        {nextItem
          ? rich(t, 'live.agenda.next', {
              label: <strong>{t('live.agenda.nextLabel')}</strong>,
              title: nextItem.title,
              minutes: nextItem.minutes + (live.extraMinutes[nextItem.id] ?? 0),
            })
          : rich(t, 'live.agenda.nextNone', { label: <strong>{t('live.agenda.nextLabel')}</strong> })}
      </p>
      <p className="runner-overrun" role="status">
        {overrunMinutes > 0
          ? t('live.agenda.over', { minutes: overrunMinutes, time: clockTime(progress.projectedEndAt) })
          : overrunMinutes < 0
            ? t('live.agenda.ahead', { minutes: -overrunMinutes, time: clockTime(progress.projectedEndAt) })
            : t('live.agenda.onTime', { time: clockTime(progress.projectedEndAt) })}
      </p>
    </section>
  );
}
