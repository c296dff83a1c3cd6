import { DomainError } from '../../../shared/contract/errors';
import type { Member } from '../../../shared/domain/types';
import type { Database } from '../../../shared/storage/database';
import type { HandlerContext } from './context';
import { findGroup, findMember } from './lookup';

/**
 * Two active members with one display name would be indistinguishable on the
 * room screen, so the console asks for an initial instead.
 */
function assertDisplayNameFree(data: Readonly<Database>, groupId: string, displayName: string, exceptId?: string): void {
  const wanted = displayName.toLocaleLowerCase();
  const taken = data.members.some(
    (m) => m.groupId === groupId && m.id !== exceptId && m.status === 'active' && m.displayName.toLocaleLowerCase() === wanted,
  );
  if (taken) {
    throw new DomainError(
      'conflict',
      `There is already a member called “${displayName}” in this group. Add an initial to tell them apart.`,
      'displayName',
    );
  }
}

function byName(a: Member, b: Member): number {
  return a.displayName.localeCompare(b.displayName);
}

export function memberHandlers(ctx: HandlerContext) {
  return {
    'member.list': ({ groupId, includeArchived }: { groupId: string; includeArchived?: boolean | undefined }): Member[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.members
        .filter((m) => m.groupId === groupId && (includeArchived === true || m.status === 'active'))
        .sort(byName);
    },

    'member.add': ({ groupId, displayName }: { groupId: string; displayName: string }) =>
      ctx.mutate(['members'], (draft) => {
        findGroup(draft, groupId);
        assertDisplayNameFree(draft, groupId, displayName);
        const member: Member = {
          id: ctx.newId(),
          groupId,
          displayName,
          status: 'active',
          joinedAt: ctx.now(),
          archivedAt: null,
        };
        draft.members.push(member);
        return member;
      }),

    'member.rename': ({ memberId, displayName }: { memberId: string; displayName: string }) =>
      ctx.mutate(['members'], (draft) => {
        const member = findMember(draft, memberId);
        assertDisplayNameFree(draft, member.groupId, displayName, memberId);
        member.displayName = displayName;
        return { ...member };
      }),

    'member.archive': ({ memberId }: { memberId: string }) =>
      ctx.mutate(['members'], (draft) => {
        const member = findMember(draft, memberId);
        if (member.status !== 'archived') {
          member.status = 'archived';
          member.archivedAt = ctx.now();
        }
        return { ...member };
      }),

    'member.restore': ({ memberId }: { memberId: string }) =>
      ctx.mutate(['members'], (draft) => {
        const member = findMember(draft, memberId);
        if (member.status === 'archived') {
          assertDisplayNameFree(draft, member.groupId, member.displayName, memberId);
          member.status = 'active';
          member.archivedAt = null;
        }
        return { ...member };
      }),
  };
}
