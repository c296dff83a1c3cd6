import type { ParsedInput } from '#shared/contract/contract';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

export function roomHandlers(ctx: HandlerContext) {
  return {
    'room.get': () => ({ ...ctx.read().room }),

    'room.selectGroup': ({ groupId }: ParsedInput<'room.selectGroup'>) =>
      ctx.mutate('room.selectGroup', (draft) => {
        if (groupId !== null) findGroup(draft, groupId);
        draft.room.groupId = groupId;
        return { ...draft.room };
      }),

    'room.setMode': ({ mode }: ParsedInput<'room.setMode'>) =>
      ctx.mutate('room.setMode', (draft) => {
        draft.room.mode = mode;
        return { ...draft.room };
      }),

    /** B: blank the room at once, and the second press brings back what was there. */
    'room.toggleBlank': () =>
      ctx.mutate('room.toggleBlank', (draft) => {
        if (draft.room.mode === 'blank') {
          draft.room.mode = draft.room.modeBeforeBlank;
        } else {
          draft.room.modeBeforeBlank = draft.room.mode;
          draft.room.mode = 'blank';
        }
        return { ...draft.room };
      }),

    /** The pause key: a calm screen at once, and the second press brings back what was there. */
    'room.togglePause': () =>
      ctx.mutate('room.togglePause', (draft) => {
        if (draft.room.mode === 'pause') {
          draft.room.mode = draft.room.modeBeforePause;
        } else {
          draft.room.modeBeforePause = draft.room.mode === 'blank' ? draft.room.modeBeforeBlank : draft.room.mode;
          draft.room.mode = 'pause';
        }
        return { ...draft.room };
      }),

    'room.setMessage': ({ message, show }: ParsedInput<'room.setMessage'>) =>
      ctx.mutate('room.setMessage', (draft) => {
        draft.room.message = message;
        if (show !== false) draft.room.mode = 'message';
        return { ...draft.room };
      }),

    'room.setTimerDisplay': ({ timerDisplay }: ParsedInput<'room.setTimerDisplay'>) =>
      ctx.mutate('room.setTimerDisplay', (draft) => {
        draft.room.timerDisplay = timerDisplay;
        return { ...draft.room };
      }),
  };
}
