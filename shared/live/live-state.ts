import { z } from 'zod';
import { DisplayName } from '../domain/names';
import { choice } from '../domain/fields';
import { RoundOrderMode } from './round-order';
import { Timer } from './timer-schema';

const Id = z.string().min(1).max(64);

/** Someone in the room: a member, or a walk-in guest known by display name only. */
export const AttendanceEntry = z.strictObject({
  participantId: Id,
  memberId: Id.nullable(),
  guestName: DisplayName.nullable(),
  status: z.enum(['present', 'excused']),
  /** Arrived after the meeting started. */
  late: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

export const Turn = z.strictObject({
  participantId: Id,
  itemId: Id,
  source: z.enum(['round', 'queue']),
  durationMs: z.number().nonnegative(),
  passed: z.boolean(),
});
export type Turn = z.infer<typeof Turn>;

export const Speaker = z.strictObject({
  participantId: Id,
  source: z.enum(['round', 'queue']),
  timer: Timer,
  /** This turn's limit; null counts up with no limit. */
  limitMs: z.number().positive().nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Round = z.strictObject({
  itemId: Id,
  /** Still to speak, in order. */
  remaining: z.array(Id),
  /** Passed in the main pass; offered a turn again at the end. */
  passed: z.array(Id),
  /** The passes have been offered already, so a second pass is final. */
  offeringPasses: z.boolean(),
});
export type Round = z.infer<typeof Round>;

export const QueuePolicy = choice(['least_spoken', 'first_come'], 'Choose who speaks next from the raised hands', {
  least_spoken: 'whoever has spoken least',
  first_come: 'first come, first served',
});
export type QueuePolicy = z.infer<typeof QueuePolicy>;

export const QueueEntry = z.strictObject({ participantId: Id, raisedAt: z.number() });
export type QueueEntry = z.infer<typeof QueueEntry>;

export const LiveState = z.strictObject({
  startedAt: z.number(),
  itemIndex: z.number().int().nonnegative(),
  itemTimer: Timer,
  /** Time spent on each item in earlier visits (previous/next can revisit). */
  itemActualMs: z.record(z.string(), z.number().nonnegative()),
  /** Minutes added (or taken away) on the fly, per item. */
  extraMinutes: z.record(z.string(), z.number().int()),
  skippedItemIds: z.array(Id),
  speaker: Speaker.nullable(),
  round: Round.nullable(),
  roundOrderMode: RoundOrderMode,
  queue: z.array(QueueEntry),
  queuePolicy: QueuePolicy,
  /** A turn limit set on the spot for this meeting; null uses the item's. */
  turnLimitSeconds: z.number().int().positive().nullable(),
  warnSeconds: z.number().int().nonnegative(),
  turns: z.array(Turn),
});
export type LiveState = z.infer<typeof LiveState>;

/** What stays of a meeting once it ends. */
export const MeetingRecord = z.strictObject({
  startedAt: z.number(),
  endedAt: z.number(),
  itemActualMs: z.record(z.string(), z.number().nonnegative()),
  skippedItemIds: z.array(Id),
  turns: z.array(Turn),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const DEFAULT_WARN_SECONDS = 30;

/** A meeting just started: the first item running, nobody speaking yet. */
export function initialLiveState(now: number): LiveState {
  return {
    startedAt: now,
    itemIndex: 0,
    itemTimer: { startedAt: now, elapsedBeforeMs: 0 },
    itemActualMs: {},
    extraMinutes: {},
    skippedItemIds: [],
    speaker: null,
    round: null,
    roundOrderMode: 'seating',
    queue: [],
    queuePolicy: 'least_spoken',
    turnLimitSeconds: null,
    warnSeconds: DEFAULT_WARN_SECONDS,
    turns: [],
  };
}
