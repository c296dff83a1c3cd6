import { useCallback } from 'react';
import type { LiveCommand } from '#shared/live/commands';
import { useApi } from '../../common/api-context';
import type { ActionState } from '../../common/use-action';

/** Sends one live command; its failure shows in the given action's error line. */
export function useLiveCommand(meetingId: string, action: ActionState): (command: LiveCommand) => void {
  const api = useApi();
  return useCallback(
    (command: LiveCommand) => {
      void action.run(() => api.call('live.command', { meetingId, command }));
    },
    [api, meetingId, action],
  );
}
