import { useEffect, useState } from 'react';
import { AutosaveQueue } from './autosave-queue';

/**
 * Saves text a moment after typing stops (well within a second), and at
 * once when the field loses focus, the page is hidden or closed, or the
 * component goes away, so notes typed just before quitting are kept.
 */
export function useAutosave(save: (text: string) => Promise<unknown>, delayMs = 400): AutosaveQueue {
  const [queue] = useState(() => new AutosaveQueue(save, delayMs));
  // The newest save function (it closes over the newest props), without a new queue each render.
  useEffect(() => queue.useSave(save), [queue, save]);

  useEffect(() => {
    const onHide = () => queue.flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onHide);
      queue.flush();
    };
  }, [queue]);

  return queue;
}
