import type { ParsedInput } from '../../../shared/contract/contract';
import { DomainError } from '../../../shared/contract/errors';
import type { ActionItem } from '../../../shared/feedback/feedback';
import type { HandlerContext } from './context';
import { findGroup, findMeeting, findMember } from './lookup';

export function actionItemHandlers(ctx: HandlerContext) {
  return {
    'actionItem.list': ({ groupId }: ParsedInput<'actionItem.list'>): ActionItem[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.actionItems.filter((a) => a.groupId === groupId);
    },

    'actionItem.add': ({ meetingId, text, ownerId, due }: ParsedInput<'actionItem.add'>) =>
      ctx.mutate(['meetings'], (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (ownerId !== null && findMember(draft, ownerId).groupId !== meeting.groupId) {
          throw new DomainError('invalid_input', 'The owner must be a member of this group, or the group.', 'ownerId');
        }
        const item: ActionItem = { id: ctx.newId(), groupId: meeting.groupId, meetingId, text, ownerId, due: due ?? null, status: 'open' };
        draft.actionItems.push(item);
        return item;
      }),

    'actionItem.update': ({ actionItemId, status, due }: ParsedInput<'actionItem.update'>) =>
      ctx.mutate(['meetings'], (draft) => {
        const item = draft.actionItems.find((a) => a.id === actionItemId);
        if (!item) throw new DomainError('not_found', 'That action item no longer exists.', 'actionItemId');
        if (status !== undefined) item.status = status;
        if (due !== undefined) item.due = due;
        return { ...item };
      }),
  };
}
