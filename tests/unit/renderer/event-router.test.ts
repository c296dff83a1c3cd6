import { describe, expect, it } from 'vitest';
import { EventRouter } from '../../../renderer/src/api/event-router';
import type { DisplaySnapshot } from '#shared/display/display-view';

const snapshot = (version: number, screen: 'blank' | 'idle'): DisplaySnapshot => ({ version, now: 0, locale: 'en', view: { screen } });

describe('EventRouter', () => {
  it('hands a late subscriber the newest display snapshot', () => {
    const router = new EventRouter();
    router.dispatch('display', snapshot(1, 'idle'));
    const seen: DisplaySnapshot[] = [];
    router.on('display', (s) => seen.push(s));
    expect(seen).toEqual([snapshot(1, 'idle')]);
  });

  it('drops a snapshot older than one already shown, until a reset', () => {
    const router = new EventRouter();
    const seen: number[] = [];
    router.on('display', (s) => seen.push(s.version));
    router.dispatch('display', snapshot(5, 'idle'));
    router.dispatch('display', snapshot(4, 'blank'));
    router.dispatch('display', snapshot(6, 'blank'));
    router.reset();
    router.dispatch('display', snapshot(1, 'idle'));
    expect(seen).toEqual([5, 6, 1]);
  });

  it('keeps other listeners going when one throws', () => {
    const router = new EventRouter();
    const seen: number[] = [];
    router.on('changed', () => {
      throw new Error('broken view');
    });
    router.on('changed', (e) => seen.push(e.version));
    const errors = console.error;
    console.error = () => undefined;
    try {
      router.dispatch('changed', { version: 3, now: 0, topics: ['groups'] });
    } finally {
      console.error = errors;
    }
    expect(seen).toEqual([3]);
  });
});
