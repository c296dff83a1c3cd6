import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { withStatusChange } from '#shared/domain/status-log';
import type { Database } from '#shared/storage/database';
import { checkInList, REACH_OUTS_MAX, type MemberCare } from '#shared/sustain/drift';
import type { HandlerContext } from './context';
import { findGroup, findMember, today } from './lookup';
import { settleBreakOf } from './sustain-helpers';

/** A member's care record, made when first needed. */
export function careOf(draft: Database, memberId: string, groupId: string): MemberCare {
  const found = draft.memberCare.find((c) => c.memberId === memberId);
  if (found) return found;
  draft.memberCare.push({ memberId, groupId, breakUntil: null, reachedOut: [] });
  // The draft's own record (not the object pushed), so changes to it are recorded.
  return draft.memberCare.find((c) => c.memberId === memberId) as MemberCare;
}

/**
 * Noticing, gently, who has stopped coming: only members who opted in to
 * being checked on are listed; a break is respected, not counted.
 */
export function checkInHandlers(ctx: HandlerContext) {
  return {
    'checkIn.list': ({ groupId }: ParsedInput<'checkIn.list'>) => {
      const data = ctx.read();
      const group = findGroup(data, groupId);
      return checkInList(
        data.members.filter((m) => m.groupId === groupId),
        data.memberCare.filter((c) => c.groupId === groupId),
        ctx.history(groupId),
        group.checkInAfterMissed,
        today(group, ctx.now(), ctx.timeZone),
      );
    },

    'checkIn.recordReachOut': ({ memberId, date }: ParsedInput<'checkIn.recordReachOut'>) =>
      ctx.mutate('checkIn.recordReachOut', (draft) => {
        const member = findMember(draft, memberId);
        if (!member.checkOnMe) {
          throw new DomainError('conflict', msg('checkIn.notAsked', { name: member.displayName }), 'memberId');
        }
        const group = draft.groups.find((g) => g.id === member.groupId);
        const care = careOf(draft, memberId, member.groupId);
        const day = date ?? today(group, ctx.now(), ctx.timeZone);
        if (!care.reachedOut.includes(day)) care.reachedOut = [...care.reachedOut, day].sort().slice(-REACH_OUTS_MAX);
        return care;
      }),

    'member.setBreak': ({ memberId, until }: ParsedInput<'member.setBreak'>) =>
      ctx.mutate('member.setBreak', (draft) => {
        const member = findMember(draft, memberId);
        if (member.status === 'left') throw new DomainError('conflict', msg('checkIn.memberLeft', { name: member.displayName }), 'memberId');
        const day = today(
          draft.groups.find((g) => g.id === member.groupId),
          ctx.now(),
          ctx.timeZone,
        );
        if (until !== null && until < day) throw new DomainError('invalid_input', msg('checkIn.breakEndsBeforeToday', { today: day }), 'until');
        // A break that already ran out is closed first, so the new one starts today in the log.
        settleBreakOf(draft, member, day);
        if (member.status !== 'on_break') member.statusLog = withStatusChange(member.statusLog, member.status, 'on_break', day);
        member.status = 'on_break';
        const care = draft.memberCare.find((c) => c.memberId === memberId);
        if (until !== null || care) careOf(draft, memberId, member.groupId).breakUntil = until;
        return member;
      }),
  };
}
