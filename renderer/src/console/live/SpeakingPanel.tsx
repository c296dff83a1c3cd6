import { isRoundKind } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import type { RoundOrderMode } from '#shared/live/round-order';
import { orderedQueue } from '#shared/live/speaking';
import { elapsedMs, formatClock, formatElapsed, isRunning, timerPhase } from '#shared/live/timer';
import { useId } from 'react';
import { nameIn, type Participant } from './participants';

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
        Speaking
      </h2>
      <div className={`speaker-box speaker-box--${phase}`}>
        <div className="speaker-box__line">
          <p className="speaker-box__name" role="status">
            {speaker ? (
              <>
                <bdi>{nameIn(participants, speaker.participantId)}</bdi> is speaking
              </>
            ) : (
              'Nobody is speaking'
            )}
          </p>
          {speaker ? (
            <p className="speaker-box__time">
              {speaker.limitMs === null ? formatElapsed(elapsed) : formatClock(speaker.limitMs - elapsed)}{' '}
              <span className="speaker-box__phase">
                {speaker.limitMs === null ? 'elapsed' : phase === 'over' ? 'over time' : phase === 'warning' ? 'nearly time' : 'left'}
                {isRunning(speaker.timer) ? '' : ' · paused'}
              </span>
            </p>
          ) : null}
        </div>
        <div className="button-row">
          {round ? (
            <>
              <button type="button" className="button button--primary" onClick={() => send({ type: 'nextSpeaker' })} aria-keyshortcuts="N">
                Next speaker <kbd aria-hidden="true">N</kbd>
              </button>
              <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'pass' })} aria-keyshortcuts="P">
                Pass <kbd aria-hidden="true">P</kbd>
              </button>
            </>
          ) : null}
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'toggleTimer' })} aria-keyshortcuts="Space">
            {speaker && !isRunning(speaker.timer) ? 'Resume timer' : 'Pause timer'} <kbd aria-hidden="true">Space</kbd>
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'stopSpeaker' })}>
            End turn
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'resetTimer' })}>
            Reset timer
          </button>
        </div>
      </div>

      {round ? (
        <div className="round-line">
          <p className="round-line__who">
            <strong>Round · still to speak:</strong>{' '}
            {round.remaining.length === 0
              ? 'nobody'
              : round.remaining.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <bdi>{nameIn(participants, id)}</bdi>
                  </span>
                ))}
            {round.passed.length > 0 ? (
              <>
                {' '}
                · <strong>passed</strong> (offered again at the end):{' '}
                {round.passed.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <bdi>{nameIn(participants, id)}</bdi>
                  </span>
                ))}
              </>
            ) : null}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'skipSpeaker' })}>
              Skip
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'endRound' })}>
              End round
            </button>
          </div>
        </div>
      ) : (
        <div className="round-line inline-form">
          <label htmlFor={orderId}>Round order</label>
          <select id={orderId} value={orderMode} onChange={(e) => onOrderMode(e.target.value as RoundOrderMode)}>
            <option value="seating">Seating order</option>
            <option value="random">Random</option>
            <option value="rotating">Rotating start, alternating direction</option>
          </select>
          <button
            type="button"
            className={`button${item && isRoundKind(item.kind) ? ' button--primary' : ''}`}
            onClick={() => send({ type: 'startRound', mode: orderMode })}
            aria-keyshortcuts="R"
          >
            Start round <kbd aria-hidden="true">R</kbd>
          </button>
        </div>
      )}

      <h3 className="hands__title" id="hands-title">
        Raised hands <span className="field-hint">(click a name)</span>
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
              aria-label={`${raised ? 'Lower' : 'Raise'} hand for ${p.name}`}
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
            <span className="queue-line__label">Waiting to speak:</span>
            <ol className="queue" aria-label="Waiting to speak">
              {queue.map((entry) => (
                <li key={entry.participantId}>
                  <bdi>{nameIn(participants, entry.participantId)}</bdi>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <span className="empty">Nobody is waiting.</span>
        )}
        {!round ? (
          <button type="button" className="button button--primary" disabled={queue.length === 0} onClick={() => send({ type: 'nextSpeaker' })}>
            Next from the queue <kbd aria-hidden="true">N</kbd>
          </button>
        ) : null}
      </div>
    </section>
  );
}
