import { DomainError } from '../../../shared/contract/errors';
import type { Group } from '../../../shared/domain/types';
import type { Database } from '../../../shared/storage/database';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

function assertNameFree(data: Readonly<Database>, name: string, exceptId?: string): void {
  const taken = data.groups.some((g) => g.id !== exceptId && g.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (taken) throw new DomainError('conflict', `There is already a group called “${name}”. Choose another name.`, 'name');
}

export function groupHandlers(ctx: HandlerContext) {
  return {
    'group.list': (): Group[] => [...ctx.read().groups].sort((a, b) => a.name.localeCompare(b.name)),

    'group.create': ({ name }: { name: string }) =>
      ctx.mutate(['groups', 'room'], (draft) => {
        assertNameFree(draft, name);
        const group: Group = { id: ctx.newId(), name, createdAt: ctx.now() };
        draft.groups.push(group);
        // The first group is what the room should show without another click.
        if (draft.room.groupId === null) draft.room.groupId = group.id;
        return group;
      }),

    'group.rename': ({ groupId, name }: { groupId: string; name: string }) =>
      ctx.mutate(['groups'], (draft) => {
        const group = findGroup(draft, groupId);
        assertNameFree(draft, name, groupId);
        group.name = name;
        return { ...group };
      }),
  };
}
