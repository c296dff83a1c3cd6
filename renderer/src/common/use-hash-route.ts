import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The console section named after #/console/, e.g. "members"; "" for the room page. */
export function useConsoleSection(): string {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return /^#\/console\/?([a-z-]*)/.exec(hash)?.[1] ?? '';
}
