import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { ActionItem } from '#shared/actions/action-items';
import type { HandlerContext } from './context';
import { findGroup, findMeeting, findMember } from './lookup';

export function actionItemHandlers(ctx: HandlerContext) {
  return {
    /** A meeting's action items (its archive is opened for a past one), or the group's open ones and those of meetings not yet held. */
    'actionItem.list': async ({ groupId, meetingId }: ParsedInput<'actionItem.list'>): Promise<ActionItem[]> => {
      const data = meetingId === undefined ? ctx.read() : await ctx.view([meetingId]);
      findGroup(data, groupId);
      return data.actionItems.filter((a) => a.groupId === groupId && (meetingId === undefined || a.meetingId === meetingId));
    },

    'actionItem.add': ({ meetingId, text, ownerId, due }: ParsedInput<'actionItem.add'>) =>
      ctx.mutate(
        'actionItem.add',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          if (ownerId !== null && findMember(draft, ownerId).groupId !== meeting.groupId) {
            throw new DomainError('invalid_input', msg('actionItem.ownerNotInGroup'), 'ownerId');
          }
          const item: ActionItem = { id: ctx.newId(), groupId: meeting.groupId, meetingId, text, ownerId, due: due ?? null, status: 'open' };
          draft.actionItems.push(item);
          return item;
        },
        [meetingId],
      ),

    'actionItem.update': ({ actionItemId, meetingId, status, due }: ParsedInput<'actionItem.update'>) =>
      ctx.mutate(
        'actionItem.update',
        (draft) => {
          const item = draft.actionItems.find((a) => a.id === actionItemId);
          if (!item) throw new DomainError('not_found', msg('actionItem.notFound'), 'actionItemId');
          if (status !== undefined) item.status = status;
          if (due !== undefined) item.due = due;
          return { ...item };
        },
        meetingId ? [meetingId] : [],
      ),
  };
}
