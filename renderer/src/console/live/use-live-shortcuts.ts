import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  toggleTimer: () => void;
  nextSpeaker: () => void;
  pass: () => void;
  nextItem: () => void;
  toggleBlank: () => void;
  groundRules: () => void;
  automatic: () => void;
  help: () => void;
}

/** True when a key press belongs to a text field (or a control that uses keys itself). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null;
}

/** The live meeting's keys; nothing fires while typing in a field or with Ctrl, Alt or Meta held. */
export function useLiveShortcuts(actions: ShortcutActions): void {
  // The newest actions, read at key time, so the listener is bound once rather than every render.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const actions = latest.current;
      if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || isTypingTarget(event.target)) return;
      const map: Record<string, (() => void) | undefined> = {
        ' ': actions.toggleTimer,
        n: actions.nextSpeaker,
        N: actions.nextSpeaker,
        p: actions.pass,
        P: actions.pass,
        ArrowRight: actions.nextItem,
        b: actions.toggleBlank,
        B: actions.toggleBlank,
        g: actions.groundRules,
        G: actions.groundRules,
        Escape: actions.automatic,
        '?': actions.help,
      };
      const action = map[event.key];
      if (!action) return;
      // Space on a focused button would also click it; the shortcut wins.
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
