import { z } from 'zod';
import { QueuePolicy } from './live-state';
import { RoundOrderMode } from './round-order';

const Id = z.string().min(1).max(64);

/** Everything the facilitator can do while a meeting is live. */
export const LiveCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('nextItem') }),
  z.strictObject({ type: z.literal('previousItem') }),
  z.strictObject({ type: z.literal('skipItem') }),
  z.strictObject({ type: z.literal('moveItem'), itemId: Id, toIndex: z.number().int().nonnegative() }),
  z.strictObject({
    type: z.literal('adjustMinutes'),
    itemId: Id,
    deltaMinutes: z.number().int().min(-120, { error: 'Change an item by at most 120 minutes at a time.' }).max(120, { error: 'Change an item by at most 120 minutes at a time.' }),
  }),
  z.strictObject({ type: z.literal('toggleTimer') }),
  z.strictObject({ type: z.literal('resetTimer') }),
  z.strictObject({
    type: z.literal('setTurnLimit'),
    seconds: z.number().int().min(15, { error: 'A turn is at least 15 seconds.' }).max(3600, { error: 'A turn is at most an hour.' }).nullable(),
  }),
  z.strictObject({ type: z.literal('startRound'), mode: RoundOrderMode }),
  z.strictObject({ type: z.literal('nextSpeaker') }),
  z.strictObject({ type: z.literal('pass') }),
  z.strictObject({ type: z.literal('skipSpeaker') }),
  z.strictObject({ type: z.literal('addToRound'), participantId: Id }),
  z.strictObject({ type: z.literal('endRound') }),
  z.strictObject({ type: z.literal('raiseHand'), participantId: Id }),
  z.strictObject({ type: z.literal('lowerHand'), participantId: Id }),
  z.strictObject({ type: z.literal('setQueuePolicy'), policy: QueuePolicy }),
  z.strictObject({ type: z.literal('stopSpeaker') }),
]);
export type LiveCommand = z.infer<typeof LiveCommand>;
