import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import type { AnyEvent } from '#shared/contract/events';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';

const tempDir = useTempDirs();

function screensOf(events: AnyEvent[]): string[] {
  return events.flatMap((e) => (e.name === 'display' ? [e.payload.view.screen] : []));
}

describe('the room first, the record always', () => {
  it('tells the display before the write, and the console only once it is on disk', async () => {
    const seenAtWrite: string[][] = [];
    const display: AnyEvent[] = [];
    const consoleEvents: AnyEvent[] = [];
    const backend = await createBackend({
      dataDir: await tempDir(),
      timeZone: 'Europe/London',
      storageStep: (name) => name === 'writing' && seenAtWrite.push([...screensOf(display), `changed:${String(consoleEvents.length)}`]),
    });
    await ok(backend, 'group.create', { name: 'Circle' });
    backend.subscribe('display', (e) => display.push(e));
    backend.subscribe('console', (e) => e.name === 'changed' && consoleEvents.push(e));
    seenAtWrite.length = 0;
    await ok(backend, 'room.setMode', { mode: 'blank' });
    // When the write began, the room already showed the blank screen and the console had heard nothing.
    expect(seenAtWrite).toEqual([['welcome', 'blank', 'changed:0']]);
    expect(consoleEvents).toHaveLength(1);
    await backend.close();
  });

  it('takes the change back from the room when it cannot be written, and the console gets the error', async () => {
    let failing = false;
    const backend = await createBackend({
      dataDir: await tempDir(),
      timeZone: 'Europe/London',
      storageStep: (name) => {
        if (failing && name === 'writing') throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    });
    await ok(backend, 'group.create', { name: 'Circle' });
    const display: AnyEvent[] = [];
    backend.subscribe('display', (e) => display.push(e));
    failing = true;
    const refused = await backend.call('room.setMode', { mode: 'blank' });
    expect(refused.ok ? null : refused.error.code).toBe('storage_failed');
    expect(refused.ok ? '' : refused.error.message).toContain('read-only');
    expect(screensOf(display)).toEqual(['welcome', 'blank', 'welcome']);
    const versions = display.map((e) => (e.name === 'display' ? e.payload.version : -1));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect((await ok(backend, 'room.get', {})).mode).toBe('auto');
    await backend.close();
  });

  it('keeps commands sent back to back in order, for the display and on disk', async () => {
    const backend = await createBackend({ dataDir: await tempDir(), timeZone: 'Europe/London' });
    await ok(backend, 'group.create', { name: 'Circle' });
    const display: AnyEvent[] = [];
    backend.subscribe('display', (e) => display.push(e));
    const modes = ['blank', 'agenda', 'ground_rules', 'blank', 'welcome', 'agenda', 'blank', 'ground_rules'] as const;
    const results = await Promise.all(modes.map((mode) => backend.call('room.setMode', { mode })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(screensOf(display).slice(1)).toEqual(modes.map((m) => m));
    await backend.close();
  });
});
