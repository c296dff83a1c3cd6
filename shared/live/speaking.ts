import type { LiveState, QueueEntry, Speaker, Turn } from './live-state';
import { elapsedMs, runningTimer } from './timer';

/** Speaking time per participant in this meeting, from the recorded turns plus the one under way. */
export function speakingTotals(live: LiveState, now: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const turn of live.turns) totals.set(turn.participantId, (totals.get(turn.participantId) ?? 0) + turn.durationMs);
  if (live.speaker) totals.set(live.speaker.participantId, (totals.get(live.speaker.participantId) ?? 0) + elapsedMs(live.speaker.timer, now));
  return totals;
}

/** Ends the current turn, recording it against the current item. */
export function endTurn(live: LiveState, itemId: string, now: number, passed = false): LiveState {
  if (!live.speaker) return live;
  const turn: Turn = {
    participantId: live.speaker.participantId,
    itemId,
    source: live.speaker.source,
    durationMs: passed ? 0 : elapsedMs(live.speaker.timer, now),
    passed,
  };
  return { ...live, speaker: null, turns: [...live.turns, turn] };
}

export function startTurn(live: LiveState, participantId: string, source: Speaker['source'], limitMs: number | null, now: number): LiveState {
  return { ...live, speaker: { participantId, source, timer: runningTimer(now), limitMs } };
}

/**
 * Who speaks next from the queue: whoever has spoken least in this meeting
 * (ties go to whoever raised a hand first), or simply first come, first served.
 */
export function nextFromQueue(live: LiveState, now: number): QueueEntry | undefined {
  if (live.queue.length === 0) return undefined;
  if (live.queuePolicy === 'first_come') return [...live.queue].sort((a, b) => a.raisedAt - b.raisedAt)[0];
  const totals = speakingTotals(live, now);
  return [...live.queue].sort((a, b) => (totals.get(a.participantId) ?? 0) - (totals.get(b.participantId) ?? 0) || a.raisedAt - b.raisedAt)[0];
}

/** The queue in the order it will be served, for the console and the room. */
export function orderedQueue(live: LiveState, now: number): QueueEntry[] {
  const out: QueueEntry[] = [];
  let rest: LiveState = live;
  for (let entry = nextFromQueue(rest, now); entry; entry = nextFromQueue(rest, now)) {
    out.push(entry);
    const served = entry;
    rest = { ...rest, queue: rest.queue.filter((e) => e !== served) };
  }
  return out;
}

/** Who is up after the current speaker: the round's order, or the queue's. */
export function upNext(live: LiveState, now: number, count: number): string[] {
  if (live.round) {
    const main = live.round.remaining;
    const later = live.round.offeringPasses ? [] : live.round.passed;
    return [...main, ...later].slice(0, count);
  }
  return orderedQueue(live, now)
    .slice(0, count)
    .map((e) => e.participantId);
}
