import { describe, expect, it } from 'vitest';
import { shortcutFor, type FocusKind } from '../../../renderer/src/console/live/shortcut-keys';

const press = (key: string, extra: Partial<{ ctrlKey: boolean; repeat: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  repeat: false,
  ...extra,
});
const on = (key: string, focus: FocusKind, singleKeys = true) => shortcutFor(press(key), focus, singleKeys);

describe('shortcutFor', () => {
  it('maps the live meeting’s keys when the page has focus', () => {
    expect([' ', 'n', 'N', 'p', 'r', 'ArrowRight', 'b', 'h', 'G', 'Escape', '?'].map((k) => on(k, 'page'))).toEqual([
      'toggleTimer',
      'nextSpeaker',
      'nextSpeaker',
      'pass',
      'startRound',
      'nextItem',
      'toggleBlank',
      'togglePause',
      'groundRules',
      'automatic',
      'help',
    ]);
  });

  it('leaves Space and Enter to a focused button, and every key to a field', () => {
    expect(on(' ', 'control')).toBeNull();
    expect(on('Enter', 'control')).toBeNull();
    expect(on('n', 'control')).toBe('nextSpeaker');
    expect(on('n', 'text')).toBeNull();
    expect(on(' ', 'text')).toBeNull();
  });

  it('lets ? close the shortcut list, but no other key reaches past an open dialog', () => {
    expect(on('?', 'shortcut-help')).toBe('help');
    expect(on('n', 'shortcut-help')).toBeNull();
    expect(on('?', 'dialog')).toBeNull();
  });

  it('turns single-character keys off when asked, keeping → and Esc', () => {
    expect([' ', 'n', 'p', 'b', 'g', '?', 'ArrowRight', 'Escape'].map((k) => on(k, 'page', false))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      'nextItem',
      'automatic',
    ]);
  });

  it('ignores keys held with Ctrl and repeats', () => {
    expect(shortcutFor(press('n', { ctrlKey: true }), 'page', true)).toBeNull();
    expect(shortcutFor(press('n', { repeat: true }), 'page', true)).toBeNull();
  });
});
