import { z } from 'zod';
import { idError } from '../domain/names';
import { fieldsOf, sendAsFields } from '../domain/fields';
import { QueuePolicy } from './live-state';
import { RoundOrderMode } from './round-order';

const ItemId = z
  .string({ error: idError('agenda item') })
  .min(1)
  .max(64);
const ParticipantId = z
  .string({ error: idError('person') })
  .min(1)
  .max(64);
const where = 'this live action';

/** Everything the facilitator can do while a meeting is live. */
export const LiveCommand = z.discriminatedUnion(
  'type',
  [
    fieldsOf(where, { type: z.literal('nextItem') }),
    fieldsOf(where, { type: z.literal('previousItem') }),
    fieldsOf(where, { type: z.literal('skipItem') }),
    fieldsOf(where, {
      type: z.literal('moveItem'),
      itemId: ItemId,
      toIndex: z.number({ error: 'Choose where the item goes: its place in the agenda, counting from 0 at the top.' }).int().nonnegative(),
    }),
    fieldsOf(where, {
      type: z.literal('adjustMinutes'),
      itemId: ItemId,
      deltaMinutes: z
        .number({ error: 'Change an item by whole minutes, at most 120 at a time.' })
        .int()
        .min(-120, { error: 'Change an item by at most 120 minutes at a time.' })
        .max(120, { error: 'Change an item by at most 120 minutes at a time.' }),
    }),
    fieldsOf(where, { type: z.literal('toggleTimer') }),
    fieldsOf(where, { type: z.literal('resetTimer') }),
    fieldsOf(where, {
      type: z.literal('setTurnLimit'),
      seconds: z
        .number({ error: 'Set the turn limit in whole seconds, from 15 to 3600, or none for no limit.' })
        .int()
        .min(15, { error: 'A turn is at least 15 seconds.' })
        .max(3600, { error: 'A turn is at most an hour.' })
        .nullable(),
    }),
    fieldsOf(where, { type: z.literal('startRound'), mode: RoundOrderMode }),
    fieldsOf(where, { type: z.literal('nextSpeaker') }),
    fieldsOf(where, { type: z.literal('pass') }),
    fieldsOf(where, { type: z.literal('skipSpeaker') }),
    fieldsOf(where, { type: z.literal('addToRound'), participantId: ParticipantId }),
    fieldsOf(where, { type: z.literal('endRound') }),
    fieldsOf(where, { type: z.literal('raiseHand'), participantId: ParticipantId }),
    fieldsOf(where, { type: z.literal('lowerHand'), participantId: ParticipantId }),
    fieldsOf(where, { type: z.literal('setQueuePolicy'), policy: QueuePolicy }),
    fieldsOf(where, { type: z.literal('stopSpeaker') }),
  ],
  {
    error: (issue: z.core.$ZodRawIssue) =>
      issue.code === 'invalid_type'
        ? sendAsFields(where, issue.input)
        : 'That is not something a live meeting can do; use the buttons or keys on the Live meeting page.',
  },
);
export type LiveCommand = z.infer<typeof LiveCommand>;
