import { isRoundKind } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import type { RoundOrderMode } from '#shared/live/round-order';
import { orderedQueue } from '#shared/live/speaking';
import { elapsedMs, formatClock, formatElapsed, isRunning, timerPhase } from '#shared/live/timer';
import { useId } from 'react';
import { useT } from '../../common/i18n/I18nProvider';
import { nameIn, type Participant } from './participants';
import { bdiList, rich } from './rich';

/**
 * What a facilitator presses during a round, all in one card so it stays on a
 * laptop screen without scrolling: who is speaking and their time, the timer
 * and turn buttons, the round, and the raised hands. Less frequent settings
 * (turn limit, late arrivals, queue order) are in SpeakingOptions below.
 */
export function SpeakingPanel({
  meeting,
  participants,
  now,
  send,
  orderMode,
  onOrderMode,
}: {
  meeting: Meeting;
  participants: Participant[];
  now: number;
  send: (command: LiveCommand) => void;
  orderMode: RoundOrderMode;
  onOrderMode: (mode: RoundOrderMode) => void;
}) {
  const orderId = useId();
  const t = useT();
  const live = meeting.live;
  if (!live) return null;
  const item = meeting.agenda[live.itemIndex];
  const speaker = live.speaker;
  const elapsed = speaker ? elapsedMs(speaker.timer, now) : 0;
  const phase = speaker ? timerPhase(elapsed, speaker.limitMs, live.warnSeconds * 1000) : 'counting';
  const queue = orderedQueue(live, now);
  const round = live.round;

  return (
    <section className="panel panel--compact" aria-labelledby="speaking-title" id="live-speaking">
      <h2 id="speaking-title" className="panel__title--small">
        {t('live.speaking.title')}
      </h2>
      <div className={`speaker-box speaker-box--${phase}`}>
        <div className="speaker-box__line">
          <p className="speaker-box__name" role="status">
            {speaker
              ? rich(t, 'live.speaking.isSpeaking', { name: <bdi>{nameIn(participants, speaker.participantId, t('live.someone'))}</bdi> })
              : t('live.speaking.nobody')}
          </p>
          {speaker ? (
            <p className="speaker-box__time">
              {speaker.limitMs === null ? formatElapsed(elapsed) : formatClock(speaker.limitMs - elapsed)}{' '}
              <span className="speaker-box__phase">
                {t('live.speaking.phase', {
                  phase: speaker.limitMs === null ? 'elapsed' : phase === 'over' ? 'over' : phase === 'warning' ? 'warning' : 'left',
                  paused: isRunning(speaker.timer) ? 'no' : 'yes',
                })}
              </span>
            </p>
          ) : null}
        </div>
        <div className="button-row">
          {round ? (
            <>
              <button type="button" className="button button--primary" onClick={() => send({ type: 'nextSpeaker' })} aria-keyshortcuts="N">
                {t('live.speaking.nextSpeaker')} <kbd aria-hidden="true">N</kbd>
              </button>
              <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'pass' })} aria-keyshortcuts="P">
                {t('live.speaking.pass')} <kbd aria-hidden="true">P</kbd>
              </button>
            </>
          ) : null}
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'toggleTimer' })} aria-keyshortcuts="Space">
            {speaker && !isRunning(speaker.timer) ? t('live.speaking.resumeTimer') : t('live.speaking.pauseTimer')}{' '}
            <kbd aria-hidden="true">Space</kbd>
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'stopSpeaker' })}>
            {t('live.speaking.endTurn')}
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'resetTimer' })}>
            {t('live.speaking.resetTimer')}
          </button>
        </div>
      </div>

      {round ? (
        <div className="round-line">
          <p className="round-line__who">
            <strong>{t('live.round.stillToSpeak')}</strong>{' '}
            {round.remaining.length === 0
              ? t('live.round.nobody')
              : bdiList(
                  round.remaining.map((id) => nameIn(participants, id, t('live.someone'))),
                  t('live.listSeparator'),
                )}
            {round.passed.length > 0 ? (
              <>
                {' '}
                ·{' '}
                {rich(t, 'live.round.passed', {
                  passed: <strong>{t('live.round.passedWord')}</strong>,
                  names: (
                    <>
                      {bdiList(
                        round.passed.map((id) => nameIn(participants, id, t('live.someone'))),
                        t('live.listSeparator'),
                      )}
                    </>
                  ),
                })}
              </>
            ) : null}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'skipSpeaker' })}>
              {t('live.round.skip')}
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'endRound' })}>
              {t('live.round.end')}
            </button>
          </div>
        </div>
      ) : (
        <div className="round-line inline-form">
          <label htmlFor={orderId}>{t('live.round.order')}</label>
          <select id={orderId} value={orderMode} onChange={(e) => onOrderMode(e.target.value as RoundOrderMode)}>
            <option value="seating">{t('live.round.order.seating')}</option>
            <option value="random">{t('live.round.order.random')}</option>
            <option value="rotating">{t('live.round.order.rotating')}</option>
          </select>
          <button
            type="button"
            className={`button${item && isRoundKind(item.kind) ? ' button--primary' : ''}`}
            onClick={() => send({ type: 'startRound', mode: orderMode })}
            aria-keyshortcuts="R"
          >
            {t('live.round.start')} <kbd aria-hidden="true">R</kbd>
          </button>
        </div>
      )}

      <h3 className="hands__title" id="hands-title">
        {t('live.hands.title')} <span className="field-hint">{t('live.hands.hint')}</span>
      </h3>
      <div className="hands" role="group" aria-labelledby="hands-title">
        {participants.map((p) => {
          const raised = live.queue.some((e) => e.participantId === p.id);
          return (
            <button
              key={p.id}
              type="button"
              className="button hand"
              aria-pressed={raised}
              aria-label={t(raised ? 'live.hands.lower' : 'live.hands.raise', { name: p.name })}
              onClick={() => send(raised ? { type: 'lowerHand', participantId: p.id } : { type: 'raiseHand', participantId: p.id })}
            >
              {raised ? '✓ ' : ''}
              <bdi>{p.name}</bdi>
            </button>
          );
        })}
      </div>
      <div className="queue-line">
        {queue.length > 0 ? (
          <>
            <span className="queue-line__label">{t('live.queue.label')}</span>
            <ol className="queue" aria-label={t('live.queue.name')}>
              {queue.map((entry) => (
                <li key={entry.participantId}>
                  <bdi>{nameIn(participants, entry.participantId, t('live.someone'))}</bdi>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <span className="empty">{t('live.queue.empty')}</span>
        )}
        {!round ? (
          <button type="button" className="button button--primary" disabled={queue.length === 0} onClick={() => send({ type: 'nextSpeaker' })}>
            {t('live.queue.next')} <kbd aria-hidden="true">N</kbd>
          </button>
        ) : null}
      </div>
    </section>
  );
}
