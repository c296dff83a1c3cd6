import { describe, expect, it } from 'vitest';
import { AutosaveQueue, type AutosaveTimers } from '../../../renderer/src/console/after/autosave-queue';

/** Timers that run only when the test says time has passed. */
function manualTimers() {
  let now = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: AutosaveTimers = {
    set: (run, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear: (handle) => due.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...due]) {
      if (timer.at <= now) {
        due.delete(id);
        timer.run();
      }
    }
  };
  return { timers, advance };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AutosaveQueue', () => {
  it('saves once, the newest text, a moment after typing stops', () => {
    const saved: string[] = [];
    const { timers, advance } = manualTimers();
    const queue = new AutosaveQueue((t) => (saved.push(t), Promise.resolve()), 400, timers);
    queue.changed('H');
    advance(300);
    queue.changed('He');
    advance(300);
    queue.changed('Hello');
    expect(saved).toEqual([]);
    advance(399);
    expect(saved).toEqual([]);
    advance(1);
    expect(saved).toEqual(['Hello']);
    expect(queue.unsaved()).toBeNull();
  });

  it('saves at once when the box loses focus or the page is closed, and not again after', () => {
    const saved: string[] = [];
    const { timers, advance } = manualTimers();
    const queue = new AutosaveQueue((t) => (saved.push(t), Promise.resolve()), 400, timers);
    queue.changed('typed just before closing');
    queue.flush();
    expect(saved).toEqual(['typed just before closing']);
    advance(1000);
    queue.flush();
    expect(saved).toEqual(['typed just before closing']);
  });

  it('keeps the text of a failed save for the next try, but never over newer text', async () => {
    const attempts: string[] = [];
    let failing = true;
    const { timers } = manualTimers();
    const queue = new AutosaveQueue((t) => (attempts.push(t), failing ? Promise.reject(new Error('disconnected')) : Promise.resolve()), 400, timers);
    queue.changed('first');
    queue.flush();
    await settle();
    expect(queue.unsaved()).toBe('first');
    failing = false;
    queue.flush();
    await settle();
    expect(attempts).toEqual(['first', 'first']);
    expect(queue.unsaved()).toBeNull();

    failing = true;
    queue.changed('older');
    queue.flush();
    queue.changed('newer'); // typed while the failing save was on its way
    await settle();
    expect(queue.unsaved()).toBe('newer');
  });
});
