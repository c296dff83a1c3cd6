import { useEffect, useRef } from 'react';
import { focusKindOf, shortcutFor } from './shortcut-keys';

export interface ShortcutActions {
  toggleTimer: () => void;
  nextSpeaker: () => void;
  pass: () => void;
  startRound: () => void;
  nextItem: () => void;
  toggleBlank: () => void;
  togglePause: () => void;
  groundRules: () => void;
  automatic: () => void;
  help: () => void;
}

/** The live meeting's keys (see shortcutFor for when a key is the page's and not the focused control's). */
export function useLiveShortcuts(actions: ShortcutActions, singleKeys: boolean): void {
  // The newest actions and setting, read at key time, so the listener is bound once rather than every render.
  const latest = useRef({ actions, singleKeys });
  useEffect(() => {
    latest.current = { actions, singleKeys };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { actions, singleKeys } = latest.current;
      const name = shortcutFor(event, focusKindOf(event.target), singleKeys);
      if (!name) return;
      event.preventDefault();
      actions[name]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
