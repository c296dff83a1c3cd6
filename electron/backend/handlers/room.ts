import type { ScreenMode } from '../../../shared/domain/types';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

export function roomHandlers(ctx: HandlerContext) {
  return {
    'room.get': () => ({ ...ctx.read().room }),

    'room.selectGroup': ({ groupId }: { groupId: string | null }) =>
      ctx.mutate(['room'], (draft) => {
        if (groupId !== null) findGroup(draft, groupId);
        draft.room.groupId = groupId;
        return { ...draft.room };
      }),

    'room.setMode': ({ mode }: { mode: ScreenMode }) =>
      ctx.mutate(['room'], (draft) => {
        draft.room.mode = mode;
        return { ...draft.room };
      }),
  };
}
