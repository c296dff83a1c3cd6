import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { FollowUp, MediationStep } from '#shared/sustain/follow-ups';
import type { HandlerContext } from './context';
import { findGroup, today } from './lookup';
import { findFollowUp } from './sustain-helpers';

type StepInput = NonNullable<ParsedInput<'followUp.create'>['steps']>[number];

function stepsOf(inputs: readonly StepInput[], newId: () => string): MediationStep[] {
  return inputs.map((step) => ({ id: step.id ?? newId(), text: step.text, who: step.who, byWhen: step.byWhen ?? null, done: step.done ?? false }));
}

/**
 * The facilitator's private record of what needs attention after a
 * conflict, with the mediation steps (who, by when) until it is resolved.
 * Only the console reads it: it is never projected, exported or summarised.
 */
export function followUpHandlers(ctx: HandlerContext) {
  return {
    /** Open ones first (oldest first), then resolved ones (latest first). */
    'followUp.list': ({ groupId }: ParsedInput<'followUp.list'>): FollowUp[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      const own = data.followUps.filter((f) => f.groupId === groupId);
      const open = own.filter((f) => f.closedOn === null).sort((a, b) => a.openedOn.localeCompare(b.openedOn));
      const closed = own.filter((f) => f.closedOn !== null).sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? ''));
      return [...open, ...closed];
    },

    'followUp.create': ({ groupId, concern, meetingId, steps }: ParsedInput<'followUp.create'>) =>
      ctx.mutate('followUp.create', (draft) => {
        const group = findGroup(draft, groupId);
        if (meetingId) {
          const inGroup =
            draft.meetings.some((m) => m.id === meetingId && m.groupId === groupId) || ctx.history(groupId).some((d) => d.meetingId === meetingId);
          if (!inGroup) throw new DomainError('invalid_input', msg('meeting.otherGroup'), 'meetingId');
        }
        const followUp: FollowUp = {
          id: ctx.newId(),
          groupId,
          meetingId: meetingId ?? null,
          concern,
          steps: stepsOf(steps ?? [], ctx.newId),
          openedOn: today(group, ctx.now(), ctx.timeZone),
          closedOn: null,
        };
        draft.followUps.push(followUp);
        return followUp;
      }),

    'followUp.update': ({ followUpId, concern, steps, resolved }: ParsedInput<'followUp.update'>) =>
      ctx.mutate('followUp.update', (draft) => {
        const followUp = findFollowUp(draft, followUpId);
        if (concern !== undefined) followUp.concern = concern;
        if (steps !== undefined) followUp.steps = stepsOf(steps, ctx.newId);
        if (resolved === true && followUp.closedOn === null) {
          followUp.closedOn = today(
            draft.groups.find((g) => g.id === followUp.groupId),
            ctx.now(),
            ctx.timeZone,
          );
        }
        if (resolved === false) followUp.closedOn = null;
        return followUp;
      }),

    'followUp.delete': ({ followUpId }: ParsedInput<'followUp.delete'>) =>
      ctx.mutate('followUp.delete', (draft) => {
        findFollowUp(draft, followUpId);
        draft.followUps = draft.followUps.filter((f) => f.id !== followUpId);
        return { deleted: true as const };
      }),
  };
}
