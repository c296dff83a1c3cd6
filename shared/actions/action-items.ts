import { z } from 'zod';
import { choice } from '../domain/fields';
import { EntityId, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';

export const ActionItemStatus = choice(['open', 'done'], 'Mark the action item');

export const ActionItem = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  meetingId: EntityId,
  text: shortText('An action item', 200),
  /** A member's id, or null when the group as a whole owns it. */
  ownerId: EntityId.nullable(),
  due: StoredIsoDate.nullable(),
  status: ActionItemStatus,
});
export type ActionItem = z.infer<typeof ActionItem>;
