import { z } from 'zod';
import { choice } from '../domain/fields';
import { EntityId, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';

export const SuggestionStatus = choice(['new', 'discussed', 'done'], 'Mark the suggestion');
export const Suggestion = z.strictObject({
  /** Random, not sequential, so it says nothing about when it came. */
  id: EntityId,
  groupId: EntityId,
  text: shortText('A suggestion', 500),
  date: StoredIsoDate,
  status: SuggestionStatus,
  discussedInMeetingId: EntityId.nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;
