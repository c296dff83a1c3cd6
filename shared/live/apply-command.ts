import { isRoundKind, moveItem, type AgendaItem } from '../agenda/agenda';
import { DomainError } from '../contract/errors';
import { msg } from '../contract/error-message';
import { goToItem, nextIndex, previousIndex } from './agenda-runner';
import type { LiveCommand } from './commands';
import type { LiveState } from './live-state';
import { roundOrder } from './round-order';
import { endTurn, nextFromQueue, startTurn } from './speaking';
import { pause, runningTimer, toggle } from './timer';

export interface LiveContext {
  agenda: readonly AgendaItem[];
  /** Participants present, in seating order. */
  present: readonly string[];
  meetingNumber: number;
  seed: number;
  now: number;
}

export interface LiveOutcome {
  live: LiveState;
  agenda: AgendaItem[];
}

const conflict = (key: string) => new DomainError('conflict', msg(key));

/** The per-turn limit: set on the spot, else the current round item's. */
export function turnLimitMs(live: LiveState, item: AgendaItem | undefined): number | null {
  if (live.turnLimitSeconds !== null) return live.turnLimitSeconds * 1000;
  if (item && isRoundKind(item.kind) && item.perSpeakerSeconds !== null) return item.perSpeakerSeconds * 1000;
  return null;
}

/** Moves the round on to its next speaker, offering a turn to those who passed once the order is done. */
function advanceRound(live: LiveState, item: AgendaItem | undefined, now: number): LiveState {
  const round = live.round;
  if (!round) return live;
  let { remaining, passed, offeringPasses } = round;
  if (remaining.length === 0 && passed.length > 0 && !offeringPasses) {
    remaining = passed;
    passed = [];
    offeringPasses = true;
  }
  const [next, ...rest] = remaining;
  const moved: LiveState = { ...live, round: { ...round, remaining: rest, passed, offeringPasses } };
  return next === undefined ? moved : startTurn(moved, next, 'round', turnLimitMs(live, item), now);
}

/**
 * Applies one facilitator command to the live meeting. Pure: the backend
 * stores the result, and tests drive it with a fake clock.
 */
export function applyLiveCommand(live: LiveState, command: LiveCommand, ctx: LiveContext): LiveOutcome {
  const { now } = ctx;
  let agenda = [...ctx.agenda];
  const item = agenda[live.itemIndex];
  const itemId = item?.id ?? 'none';
  let next: LiveState = live;

  switch (command.type) {
    case 'nextItem': {
      const ended = endTurn({ ...live, round: null }, itemId, now);
      const index = nextIndex(live, agenda, live.itemIndex);
      if (index >= agenda.length) throw conflict('live.lastItem');
      next = goToItem(ended, agenda, index, now);
      break;
    }
    case 'previousItem': {
      const index = previousIndex(live, agenda, live.itemIndex);
      if (index < 0) throw conflict('live.firstItem');
      next = goToItem(endTurn({ ...live, round: null }, itemId, now), agenda, index, now);
      break;
    }
    case 'skipItem': {
      const index = nextIndex(live, agenda, live.itemIndex);
      if (index >= agenda.length) throw conflict('live.noLaterItem');
      const ended = endTurn({ ...live, round: null }, itemId, now);
      next = goToItem({ ...ended, skippedItemIds: [...ended.skippedItemIds, itemId] }, agenda, index, now);
      break;
    }
    case 'moveItem': {
      const from = agenda.findIndex((i) => i.id === command.itemId);
      if (from < 0) throw new DomainError('not_found', msg('agenda.itemNotInMeeting'));
      if (from <= live.itemIndex || command.toIndex <= live.itemIndex || command.toIndex >= agenda.length) {
        throw conflict('live.reorderUpcomingOnly');
      }
      agenda = moveItem(agenda, from, command.toIndex);
      break;
    }
    case 'adjustMinutes': {
      const target = agenda.find((i) => i.id === command.itemId);
      if (!target) throw new DomainError('not_found', msg('agenda.itemNotInMeeting'));
      const extra = (live.extraMinutes[command.itemId] ?? 0) + command.deltaMinutes;
      if (target.minutes + extra < 0) throw conflict('live.negativeTime');
      next = { ...live, extraMinutes: { ...live.extraMinutes, [command.itemId]: extra } };
      break;
    }
    case 'toggleTimer':
      if (!live.speaker) throw conflict('live.nobodySpeakingStart');
      next = { ...live, speaker: { ...live.speaker, timer: toggle(live.speaker.timer, now) } };
      break;
    case 'resetTimer':
      if (!live.speaker) throw conflict('live.nobodySpeaking');
      next = {
        ...live,
        speaker: { ...live.speaker, timer: live.speaker.timer.startedAt === null ? { startedAt: null, elapsedBeforeMs: 0 } : runningTimer(now) },
      };
      break;
    case 'setTurnLimit':
      next = {
        ...live,
        turnLimitSeconds: command.seconds,
        speaker: live.speaker
          ? { ...live.speaker, limitMs: command.seconds === null ? turnLimitMs({ ...live, turnLimitSeconds: null }, item) : command.seconds * 1000 }
          : null,
      };
      break;
    case 'startRound': {
      if (ctx.present.length === 0) throw conflict('live.nobodyPresent');
      const order = roundOrder(ctx.present, command.mode, ctx.meetingNumber, ctx.seed);
      const ended = endTurn(live, itemId, now);
      next = advanceRound(
        { ...ended, roundOrderMode: command.mode, round: { itemId, remaining: order, passed: [], offeringPasses: false } },
        item,
        now,
      );
      break;
    }
    case 'nextSpeaker': {
      const ended = endTurn(live, itemId, now);
      if (live.round) {
        next = advanceRound(ended, item, now);
        break;
      }
      const entry = nextFromQueue(ended, now);
      if (!entry) throw conflict('live.nobodyWaiting');
      next = startTurn({ ...ended, queue: ended.queue.filter((e) => e !== entry) }, entry.participantId, 'queue', turnLimitMs(live, item), now);
      break;
    }
    case 'pass': {
      if (!live.speaker || !live.round) throw conflict('live.passOutsideRound');
      const passer = live.speaker.participantId;
      const ended = endTurn(live, itemId, now, true);
      const round = ended.round;
      const withPass = round && !round.offeringPasses ? { ...ended, round: { ...round, passed: [...round.passed, passer] } } : ended;
      next = advanceRound(withPass, item, now);
      break;
    }
    case 'skipSpeaker': {
      if (!live.speaker) throw conflict('live.nobodySpeaking');
      next = live.round ? advanceRound({ ...live, speaker: null }, item, now) : { ...live, speaker: null };
      break;
    }
    case 'addToRound': {
      if (!live.round) throw conflict('live.noRound');
      if (!ctx.present.includes(command.participantId)) throw conflict('live.markPresentFirst');
      const round = live.round;
      const spoke = live.turns.some((t) => t.participantId === command.participantId && t.itemId === round.itemId);
      const waiting =
        round.remaining.includes(command.participantId) ||
        round.passed.includes(command.participantId) ||
        live.speaker?.participantId === command.participantId;
      if (spoke || waiting) throw conflict('live.alreadyInRound');
      next = { ...live, round: { ...round, remaining: [...round.remaining, command.participantId] } };
      break;
    }
    case 'endRound':
      next = { ...endTurn(live, itemId, now), round: null };
      break;
    case 'raiseHand':
      if (!ctx.present.includes(command.participantId)) throw conflict('live.raiseHandPresentOnly');
      if (live.queue.some((e) => e.participantId === command.participantId)) return { live, agenda };
      next = { ...live, queue: [...live.queue, { participantId: command.participantId, raisedAt: now }] };
      break;
    case 'lowerHand':
      next = { ...live, queue: live.queue.filter((e) => e.participantId !== command.participantId) };
      break;
    case 'setQueuePolicy':
      next = { ...live, queuePolicy: command.policy };
      break;
    case 'stopSpeaker':
      next = endTurn(live, itemId, now);
      break;
  }
  return { live: next, agenda };
}

/** Closes the books on a meeting that is ending: the last turn and the last item's time are banked. */
export function settle(live: LiveState, agenda: readonly AgendaItem[], now: number): LiveState {
  const item = agenda[live.itemIndex];
  const ended = endTurn(live, item?.id ?? 'none', now);
  const banked = item
    ? { ...ended.itemActualMs, [item.id]: (ended.itemActualMs[item.id] ?? 0) + pause(live.itemTimer, now).elapsedBeforeMs }
    : ended.itemActualMs;
  return { ...ended, itemActualMs: banked, itemTimer: pause(live.itemTimer, now), round: null, queue: [] };
}
