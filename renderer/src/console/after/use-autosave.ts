import { useCallback, useEffect, useRef } from 'react';

/**
 * Saves text a moment after typing stops (well within a second), and at
 * once when the field loses focus, the page is hidden or closed, or the
 * component goes away, so notes typed just before quitting are kept.
 */
export function useAutosave(save: (text: string) => Promise<unknown>, delayMs = 400): { changed: (text: string) => void; flush: () => void } {
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestSave = useRef(save);
  latestSave.current = save;

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    latestSave.current(text).catch(() => {
      // Keep it for the next try if the save failed (for example while reconnecting).
      if (pending.current === null) pending.current = text;
    });
  }, []);

  const changed = useCallback(
    (text: string) => {
      pending.current = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { changed, flush };
}
