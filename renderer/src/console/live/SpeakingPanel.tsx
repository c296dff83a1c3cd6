import { useId, useState } from 'react';
import { isRoundKind } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import type { RoundOrderMode } from '#shared/live/round-order';
import { orderedQueue } from '#shared/live/speaking';
import { elapsedMs, formatClock, formatElapsed, isRunning, timerPhase } from '#shared/live/timer';
import { nameIn, type Participant } from './participants';

/**
 * The speaking timer, the round-robin and the open-discussion queue. Every
 * action has a button; the common ones also have a key (see the ? help).
 */
export function SpeakingPanel({
  meeting,
  participants,
  now,
  send,
}: {
  meeting: Meeting;
  participants: Participant[];
  now: number;
  send: (command: LiveCommand) => void;
}) {
  const live = meeting.live;
  const [orderMode, setOrderMode] = useState<RoundOrderMode>('seating');
  const [limitText, setLimitText] = useState('');
  const ids = { order: useId(), limit: useId(), late: useId(), policy: useId() };
  if (!live) return null;
  const item = meeting.agenda[live.itemIndex];
  const speaker = live.speaker;
  const elapsed = speaker ? elapsedMs(speaker.timer, now) : 0;
  const phase = speaker ? timerPhase(elapsed, speaker.limitMs, live.warnSeconds * 1000) : 'counting';
  const queue = orderedQueue(live, now);
  const inRound = new Set([...(live.round?.remaining ?? []), ...(live.round?.passed ?? []), speaker?.participantId ?? '']);
  const spokeThisItem = new Set(live.turns.filter((t) => t.itemId === item?.id).map((t) => t.participantId));
  const lateCandidates = participants.filter((p) => !inRound.has(p.id) && !spokeThisItem.has(p.id));

  return (
    <section className="panel" aria-labelledby="speaking-title">
      <h2 id="speaking-title">Speaking</h2>
      <div className={`speaker-box speaker-box--${phase}`}>
        <p className="speaker-box__name" role="status">
          {speaker ? `${nameIn(participants, speaker.participantId)} is speaking` : 'Nobody is speaking'}
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
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={!speaker}
            onClick={() => send({ type: 'toggleTimer' })}
            aria-keyshortcuts="Space"
          >
            {speaker && !isRunning(speaker.timer) ? 'Resume timer' : 'Pause timer'}
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'resetTimer' })}>
            Reset timer
          </button>
          <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'stopSpeaker' })}>
            End turn
          </button>
        </div>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const seconds = limitText.trim() === '' ? null : Math.round(Number(limitText) * 60);
            send({ type: 'setTurnLimit', seconds });
          }}
        >
          <label htmlFor={ids.limit}>Turn limit (minutes, empty for the item’s)</label>
          <input id={ids.limit} inputMode="decimal" value={limitText} onChange={(e) => setLimitText(e.target.value)} size={5} />
          <button type="submit" className="button">
            Set limit
          </button>
        </form>
      </div>

      <h3>Round</h3>
      {live.round ? (
        <>
          <p className="field-hint">
            Still to speak: {live.round.remaining.map((id) => nameIn(participants, id)).join(', ') || 'nobody'}
            {live.round.passed.length > 0
              ? ` · Passed (offered again at the end): ${live.round.passed.map((id) => nameIn(participants, id)).join(', ')}`
              : ''}
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => send({ type: 'nextSpeaker' })} aria-keyshortcuts="N">
              Next speaker
            </button>
            <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'pass' })} aria-keyshortcuts="P">
              Pass
            </button>
            <button type="button" className="button" disabled={!speaker} onClick={() => send({ type: 'skipSpeaker' })}>
              Skip
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'endRound' })}>
              End round
            </button>
          </div>
          {lateCandidates.length > 0 ? (
            <div className="inline-form">
              <label htmlFor={ids.late}>Add to this round</label>
              <select id={ids.late} defaultValue="" onChange={(e) => e.target.value && send({ type: 'addToRound', participantId: e.target.value })}>
                <option value="">Choose…</option>
                {lateCandidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      ) : (
        <div className="inline-form">
          <label htmlFor={ids.order}>Order</label>
          <select id={ids.order} value={orderMode} onChange={(e) => setOrderMode(e.target.value as RoundOrderMode)}>
            <option value="seating">Seating order</option>
            <option value="random">Random</option>
            <option value="rotating">Rotating start, alternating direction</option>
          </select>
          <button
            type="button"
            className={`button${item && isRoundKind(item.kind) ? ' button--primary' : ''}`}
            onClick={() => send({ type: 'startRound', mode: orderMode })}
          >
            Start round
          </button>
        </div>
      )}

      <h3>Raised hands</h3>
      <div className="hands">
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
              {raised ? '✋ ' : ''}
              {p.name}
            </button>
          );
        })}
      </div>
      {queue.length > 0 ? (
        <ol className="queue" aria-label="Waiting to speak">
          {queue.map((entry) => (
            <li key={entry.participantId}>{nameIn(participants, entry.participantId)}</li>
          ))}
        </ol>
      ) : (
        <p className="empty">Nobody is waiting. Click a name when someone raises a hand.</p>
      )}
      <div className="button-row">
        {!live.round ? (
          <button type="button" className="button button--primary" disabled={queue.length === 0} onClick={() => send({ type: 'nextSpeaker' })}>
            Next speaker from the queue
          </button>
        ) : null}
        <label htmlFor={ids.policy} className="visually-hidden">
          Queue order
        </label>
        <select
          id={ids.policy}
          value={live.queuePolicy}
          onChange={(e) => send({ type: 'setQueuePolicy', policy: e.target.value === 'first_come' ? 'first_come' : 'least_spoken' })}
        >
          <option value="least_spoken">Whoever has spoken least goes first</option>
          <option value="first_come">First come, first served</option>
        </select>
      </div>
    </section>
  );
}
