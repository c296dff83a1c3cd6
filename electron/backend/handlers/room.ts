import type { ParsedInput } from '../../../shared/contract/contract';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

export function roomHandlers(ctx: HandlerContext) {
  return {
    'room.get': () => ({ ...ctx.read().room }),

    'room.selectGroup': ({ groupId }: ParsedInput<'room.selectGroup'>) =>
      ctx.mutate(['room'], (draft) => {
        if (groupId !== null) findGroup(draft, groupId);
        draft.room.groupId = groupId;
        return { ...draft.room };
      }),

    'room.setMode': ({ mode }: ParsedInput<'room.setMode'>) =>
      ctx.mutate(['room'], (draft) => {
        draft.room.mode = mode;
        return { ...draft.room };
      }),
  };
}
