import { useEffect, useRef, useState } from 'react';
import { AutosaveQueue } from './autosave-queue';

/**
 * Saves text a moment after typing stops (well within a second), and at
 * once when the field loses focus, the page is hidden or closed, or the
 * component goes away, so notes typed just before quitting are kept.
 */
export function useAutosave(save: (text: string) => Promise<unknown>, delayMs = 400): AutosaveQueue {
  const latestSave = useRef(save);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);
  const [queue] = useState(() => new AutosaveQueue((text) => latestSave.current(text), delayMs));

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
