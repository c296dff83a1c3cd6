import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Member } from '#shared/domain/types';
import { currentRules } from '#shared/rules/ground-rules';
import { withStatusChange } from '#shared/domain/status-log';
import type { Database } from '#shared/storage/database';
import { ERASED_MEMBER_FIELDS, eraseMemberIn } from '#shared/storage/scrub';
import { previewImport } from '#shared/members/member-csv';
import { backendTranslator } from '../i18n/backend-messages';
import type { HandlerContext } from './context';
import { settleBreakOf } from './sustain-helpers';
import { findGroup, findMember, today } from './lookup';

/**
 * Two current members with one display name would be indistinguishable on
 * the room screen, so the console asks for an initial instead. Members who
 * left do not hold on to their name.
 */
function assertDisplayNameFree(data: Readonly<Database>, groupId: string, displayName: string, exceptId?: string): void {
  const wanted = displayName.toLocaleLowerCase();
  const taken = data.members.some(
    (m) => m.groupId === groupId && m.id !== exceptId && m.status !== 'left' && m.displayName.toLocaleLowerCase() === wanted,
  );
  if (taken) {
    throw new DomainError('conflict', msg('member.nameTaken', { name: displayName }), 'displayName');
  }
}

/** Empty optional text is stored as null, so "not given" has one spelling. */
const blankToNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value === '' ? null : value);

export function memberHandlers(ctx: HandlerContext) {
  return {
    'member.list': ({ groupId }: ParsedInput<'member.list'>): Member[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.members.filter((m) => m.groupId === groupId).sort((a, b) => a.displayName.localeCompare(b.displayName));
    },

    'member.add': ({ groupId, displayName, ...details }: ParsedInput<'member.add'>) =>
      ctx.mutate('member.add', (draft) => {
        const group = findGroup(draft, groupId);
        assertDisplayNameFree(draft, groupId, displayName);
        const member: Member = {
          id: ctx.newId(),
          groupId,
          displayName,
          status: 'active',
          joinedOn: details.joinedOn ?? today(group, ctx.now(), ctx.timeZone),
          leftOn: null,
          statusLog: [],
          fullName: blankToNull(details.fullName) ?? null,
          contact: blankToNull(details.contact) ?? null,
          heardFrom: details.heardFrom ?? null,
          checkOnMe: details.checkOnMe ?? false,
          volunteersForRoles: details.volunteersForRoles ?? false,
          agreement: null,
          erased: false,
        };
        draft.members.push(member);
        return member;
      }),

    'member.importMany': ({ groupId, members }: ParsedInput<'member.importMany'>) =>
      ctx.mutate('member.importMany', (draft) => {
        const group = findGroup(draft, groupId);
        const current = draft.members.filter((m) => m.groupId === groupId && m.status !== 'left').map((m) => m.displayName);
        const rows = members.map((m, index) => ({
          row: index + 1,
          cells: { 'display name': m.displayName, 'full name': m.fullName ?? '', contact: m.contact ?? '' },
        }));
        // The refusal is reworded below as an error message; error messages are English here (errors are worded elsewhere).
        const mapping = { displayName: 'display name', fullName: 'full name', contact: 'contact' };
        const refused = previewImport(rows, mapping, current, backendTranslator('en')).find((p) => !p.ok);
        if (refused !== undefined && !refused.ok) {
          // Numbered as in the call, not the file: the first member is "Member 1".
          throw new DomainError(
            'conflict',
            msg('member.importRefused', { reason: refused.reason.replace(/^Row /, 'Member ').replace(/ on row /, ' member ') }),
          );
        }
        const joinedOn = today(group, ctx.now(), ctx.timeZone);
        const added = members.map((m): Member => ({
          id: ctx.newId(),
          groupId,
          displayName: m.displayName,
          status: 'active',
          joinedOn,
          leftOn: null,
          statusLog: [],
          fullName: blankToNull(m.fullName) ?? null,
          contact: blankToNull(m.contact) ?? null,
          heardFrom: null,
          checkOnMe: false,
          volunteersForRoles: false,
          agreement: null,
          erased: false,
        }));
        draft.members.push(...added);
        return { added };
      }),

    'member.update': ({ memberId, ...changes }: ParsedInput<'member.update'>) =>
      ctx.mutate('member.update', (draft) => {
        const member = findMember(draft, memberId);
        const group = findGroup(draft, member.groupId);
        if (member.erased && (changes.fullName || changes.contact || changes.displayName)) {
          throw new DomainError('conflict', msg('member.erased'));
        }
        const nextStatus = changes.status ?? member.status;
        const nextName = changes.displayName ?? member.displayName;
        if (nextStatus !== 'left' && (changes.displayName !== undefined || member.status === 'left')) {
          assertDisplayNameFree(draft, member.groupId, nextName, memberId);
        }
        const day = today(group, ctx.now(), ctx.timeZone);
        // A break that already ran out is logged as over on its own day, before anything else changes.
        if (changes.status !== undefined) settleBreakOf(draft, member, day);
        if (changes.status !== undefined && changes.status !== member.status) {
          // Back from a break, or gone: its end date no longer applies.
          const care = draft.memberCare.find((c) => c.memberId === memberId);
          if (care && member.status === 'on_break') care.breakUntil = null;
          member.leftOn = changes.status === 'left' ? day : null;
          member.statusLog = withStatusChange(member.statusLog, member.status, changes.status, day);
        }
        member.displayName = nextName;
        member.status = nextStatus;
        if (changes.fullName !== undefined) member.fullName = blankToNull(changes.fullName) ?? null;
        if (changes.contact !== undefined) member.contact = blankToNull(changes.contact) ?? null;
        if (changes.heardFrom !== undefined) member.heardFrom = changes.heardFrom;
        if (changes.joinedOn !== undefined) member.joinedOn = changes.joinedOn;
        if (changes.checkOnMe !== undefined) member.checkOnMe = changes.checkOnMe;
        if (changes.volunteersForRoles !== undefined) member.volunteersForRoles = changes.volunteersForRoles;
        return { ...member };
      }),

    'member.recordAgreement': ({ memberId, date }: ParsedInput<'member.recordAgreement'>) =>
      ctx.mutate('member.recordAgreement', (draft) => {
        const member = findMember(draft, memberId);
        const group = findGroup(draft, member.groupId);
        const rules = currentRules(group.groundRules);
        if (!rules) throw new DomainError('conflict', msg('member.noGroundRules'));
        member.agreement = { date: date ?? today(group, ctx.now(), ctx.timeZone), rulesVersion: rules.version };
        return { ...member };
      }),

    /**
     * Erases what identifies a member who left. The record stays, with its
     * dates and how they heard of the group, so attendance and membership
     * counts stay right; nothing in it points at the person any more.
     */
    'member.erase': async ({ memberId }: ParsedInput<'member.erase'>) => {
      const erased = await ctx.mutate('member.erase', (draft) => {
        const member = findMember(draft, memberId);
        if (member.status !== 'left') {
          throw new DomainError('conflict', msg('member.eraseBeforeLeft', { name: member.displayName }), 'memberId');
        }
        Object.assign(member, ERASED_MEMBER_FIELDS);
        // Their personal goals and care record point at the person: they go too.
        if (draft.personalGoals.some((g) => g.memberId === memberId))
          draft.personalGoals = draft.personalGoals.filter((g) => g.memberId !== memberId);
        if (draft.memberCare.some((c) => c.memberId === memberId)) draft.memberCare = draft.memberCare.filter((c) => c.memberId !== memberId);
        return { ...member };
      });
      // The backups held the details too; erasure reaches them before it is acknowledged.
      await ctx.editBackups({ hot: (raw) => eraseMemberIn(raw, memberId) });
      return erased;
    },
  };
}
