import type { AgendaItem } from '../agenda/agenda';
import type { LiveState } from './live-state';
import { elapsedMs, runningTimer } from './timer';

const MINUTE = 60_000;

export function plannedMs(item: AgendaItem, live: LiveState): number {
  return Math.max(0, (item.minutes + (live.extraMinutes[item.id] ?? 0)) * MINUTE);
}

/** Time spent on an item so far, including earlier visits. */
export function spentMs(item: AgendaItem, live: LiveState, agenda: readonly AgendaItem[], now: number): number {
  const current = agenda[live.itemIndex];
  return (live.itemActualMs[item.id] ?? 0) + (current?.id === item.id ? elapsedMs(live.itemTimer, now) : 0);
}

/** Leaves the current item, banking its time, and starts the item at `index`. */
export function goToItem(live: LiveState, agenda: readonly AgendaItem[], index: number, now: number): LiveState {
  const current = agenda[live.itemIndex];
  const banked = current
    ? { ...live.itemActualMs, [current.id]: (live.itemActualMs[current.id] ?? 0) + elapsedMs(live.itemTimer, now) }
    : live.itemActualMs;
  return { ...live, itemActualMs: banked, itemIndex: index, itemTimer: runningTimer(now) };
}

/** The next item not skipped, after `from`; agenda.length when there is none. */
export function nextIndex(live: LiveState, agenda: readonly AgendaItem[], from: number): number {
  let index = from + 1;
  while (index < agenda.length && live.skippedItemIds.includes((agenda[index] as AgendaItem).id)) index += 1;
  return index;
}

export function previousIndex(live: LiveState, agenda: readonly AgendaItem[], from: number): number {
  let index = from - 1;
  while (index >= 0 && live.skippedItemIds.includes((agenda[index] as AgendaItem).id)) index -= 1;
  return index;
}

export interface MeetingProgress {
  /** When the meeting will end if the rest goes to plan. */
  projectedEndAt: number;
  /** Positive: running over the planned end; negative: ahead. */
  overrunMs: number;
  currentRemainingMs: number;
}

export function meetingProgress(live: LiveState, agenda: readonly AgendaItem[], durationMinutes: number, now: number): MeetingProgress {
  const current = agenda[live.itemIndex];
  const currentRemainingMs = current ? plannedMs(current, live) - spentMs(current, live, agenda, now) : 0;
  let rest = 0;
  for (let i = nextIndex(live, agenda, live.itemIndex); i < agenda.length; i = nextIndex(live, agenda, i)) {
    rest += plannedMs(agenda[i] as AgendaItem, live);
  }
  const projectedEndAt = now + Math.max(0, currentRemainingMs) + rest;
  return { projectedEndAt, overrunMs: projectedEndAt - (live.startedAt + durationMinutes * MINUTE), currentRemainingMs };
}
