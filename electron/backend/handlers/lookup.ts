import { DomainError } from '../../../shared/contract/errors';
import type { Group, Member } from '../../../shared/domain/types';
import type { Database } from '../../../shared/storage/database';

export function findGroup(data: Readonly<Database>, groupId: string): Group {
  const group = data.groups.find((g) => g.id === groupId);
  if (!group) throw new DomainError('not_found', 'That group no longer exists. Choose another group.', 'groupId');
  return group;
}

export function findMember(data: Readonly<Database>, memberId: string): Member {
  const member = data.members.find((m) => m.id === memberId);
  if (!member) throw new DomainError('not_found', 'That member no longer exists in this group.', 'memberId');
  return member;
}
