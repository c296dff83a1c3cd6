export type ShortcutName =
  'toggleTimer' | 'nextSpeaker' | 'pass' | 'startRound' | 'nextItem' | 'toggleBlank' | 'togglePause' | 'groundRules' | 'automatic' | 'help';

/** What the focused element is, as far as keys go. */
export type FocusKind = 'text' | 'control' | 'shortcut-help' | 'dialog' | 'page';

const SINGLE_KEYS: Record<string, ShortcutName> = {
  ' ': 'toggleTimer',
  n: 'nextSpeaker',
  p: 'pass',
  r: 'startRound',
  b: 'toggleBlank',
  h: 'togglePause',
  g: 'groundRules',
  '?': 'help',
};
const OTHER_KEYS: Record<string, ShortcutName> = { ArrowRight: 'nextItem', Escape: 'automatic' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/**
 * Which shortcut a key press means, if any. A field owns every key; a button,
 * link or checkbox owns Space and Enter (Space presses the focused button,
 * as everywhere else); an open dialog owns its keys, except that `?` also
 * closes the shortcut list. Single-character keys can be turned off (WCAG
 * 2.1.4): then only → and Esc remain.
 */
export function shortcutFor(press: KeyPress, focus: FocusKind, singleKeys: boolean): ShortcutName | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat) return null;
  if (focus === 'text') return null;
  if (focus === 'shortcut-help') return press.key === '?' && singleKeys ? 'help' : null;
  if (focus === 'dialog') return null;
  if (focus === 'control' && (press.key === ' ' || press.key === 'Enter')) return null;
  const single = SINGLE_KEYS[press.key.length === 1 ? press.key.toLowerCase() : press.key];
  if (single) return singleKeys ? single : null;
  return OTHER_KEYS[press.key] ?? null;
}

/** Reads the focused element's kind from the DOM. */
export function focusKindOf(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'page';
  // An open dialog first: whatever has focus inside it, the dialog owns the keys (Escape closes it).
  const dialog = target.closest('dialog[open]');
  if (dialog) return dialog.hasAttribute('data-shortcut-help') ? 'shortcut-help' : 'dialog';
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
    const type = target instanceof HTMLInputElement ? target.type : '';
    // A checkbox or radio takes Space, like a button; text inputs take every key.
    return type === 'checkbox' || type === 'radio' ? 'control' : 'text';
  }
  return target.closest('button, a[href], summary, [role="button"]') ? 'control' : 'page';
}

const SETTING = 'circlekeeper.singleKeyShortcuts';

export function readSingleKeys(): boolean {
  try {
    return localStorage.getItem(SETTING) !== 'off';
  } catch {
    return true;
  }
}

export function rememberSingleKeys(on: boolean): void {
  try {
    localStorage.setItem(SETTING, on ? 'on' : 'off');
  } catch {
    // Not kept past this page; the switch still works now.
  }
}
