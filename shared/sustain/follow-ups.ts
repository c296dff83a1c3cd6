import { z } from 'zod';
import { EntityId, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';

export const FOLLOW_UP_STEPS_MAX = 20;

/** One step towards mending things: what, who takes it (a name as the facilitator writes it), by when. */
export const MediationStep = z.strictObject({
  id: EntityId,
  text: shortText('A step', 200),
  who: shortText('Who takes the step', 80),
  byWhen: StoredIsoDate.nullable(),
  done: z.boolean(),
});
export type MediationStep = z.infer<typeof MediationStep>;

/**
 * The facilitator's private record of something that needs attention after
 * a conflict. Never projected, never exported: only the console reads it.
 */
export const FollowUp = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  /** The meeting it came up in, when it did. */
  meetingId: EntityId.nullable(),
  concern: shortText('What needs attention', 300),
  steps: z.array(MediationStep).max(FOLLOW_UP_STEPS_MAX),
  openedOn: StoredIsoDate,
  /** The day it was resolved; null while it is open. */
  closedOn: StoredIsoDate.nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;
