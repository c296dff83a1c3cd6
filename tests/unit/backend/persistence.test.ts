import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend } from './test-backend';

const tempDir = useTempDirs();

describe('persistence', () => {
  it('keeps groups, members and the room mode across a restart', async () => {
    const dir = await tempDir();
    const first = await openBackend(dir);
    const group = await ok(first, 'group.create', { name: 'Tuesday Circle' });
    await ok(first, 'member.add', { groupId: group.id, displayName: 'Sam' });
    await ok(first, 'room.setMode', { mode: 'blank' });
    await first.close();

    const second = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    expect((await ok(second, 'group.list', {})).map((g) => g.name)).toEqual(['Tuesday Circle']);
    expect((await ok(second, 'member.list', { groupId: group.id })).map((m) => m.displayName)).toEqual(['Sam']);
    expect(await ok(second, 'room.get', {})).toMatchObject({ groupId: group.id, mode: 'blank' });
    expect((await ok(second, 'app.status', {})).notices).toEqual([]);
    await second.close();
  });

  it('has written a change to disk by the time it acknowledges it', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { schemaVersion: number; groups: { id: string }[] };
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.groups.map((g) => g.id)).toEqual([group.id]);
    await backend.close();
  });

  it('moves a truncated file aside, starts empty and says where the file went', async () => {
    const dir = await tempDir();
    const first = await openBackend(dir);
    await ok(first, 'group.create', { name: 'Circle' });
    await first.close();
    const path = join(dir, DATA_FILE_NAME);
    const text = await readFile(path, 'utf8');
    const cut = text.slice(0, 20);
    await writeFile(path, cut);

    const second = await openBackend(dir);
    const { notices } = await ok(second, 'app.status', {});
    expect(notices).toHaveLength(1);
    const kept = (await readdir(dir)).find((n) => n.startsWith('circlekeeper.unreadable-'));
    expect(kept).toBeDefined();
    expect(await readFile(join(dir, kept ?? ''), 'utf8')).toBe(cut);
    expect(notices[0]?.level).toBe('warning');
    expect(notices[0]?.detail).toContain(join(dir, kept ?? ''));
    expect(notices[0]?.detail).toContain('not complete JSON');
    expect(await ok(second, 'group.list', {})).toEqual([]);
    await second.close();
  });

  it('starts from the newest good backup when the file does not validate', async () => {
    const dir = await tempDir();
    const first = await openBackend(dir);
    await ok(first, 'group.create', { name: 'Circle' });
    await first.close();
    // Opening a good file makes a backup of it.
    const edges = fixedEdges(Date.UTC(2026, 10, 26));
    const second = await openBackend(dir, edges);
    await second.close();
    const path = join(dir, DATA_FILE_NAME);
    await writeFile(path, JSON.stringify({ schemaVersion: 1, groups: [{ id: 'x' }], members: [], room: {} }));

    const third = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 27)));
    const { notices } = await ok(third, 'app.status', {});
    expect(notices[0]?.title).toContain('started from a backup');
    expect(notices[0]?.detail).toContain('does not validate');
    expect((await ok(third, 'group.list', {})).map((g) => g.name)).toEqual(['Circle']);
    // The restored data is the file now, so the next start is clean.
    await third.close();
    const fourth = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 28)));
    expect((await ok(fourth, 'app.status', {})).notices).toEqual([]);
    await fourth.close();
  });

  it('leaves a file from a newer version where it is, untouched, and opens it read-only', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, groups: [] });
    await writeFile(join(dir, DATA_FILE_NAME), newer);
    const backend = await openBackend(dir);
    const { notices } = await ok(backend, 'app.status', {});
    expect(notices[0]?.detail).toContain('newer Circlekeeper');
    // Not moved aside and started afresh beside it: that would fork the group's record in two.
    expect((await readdir(dir)).find((n) => n.startsWith('circlekeeper.unreadable-'))).toBeUndefined();
    expect((await backend.call('group.create', { name: 'Circle' })).ok).toBe(false);
    await backend.close();
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(newer);
  });

  it('answers invalid payloads with a typed error and writes nothing', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');

    const cases: [string, unknown, string][] = [
      ['group.create', { name: '' }, 'A group name is needed.'],
      ['group.create', { name: '   \n ' }, 'A group name is needed.'],
      ['group.create', { name: 'x'.repeat(10_000) }, 'at most 80 characters (this one has 10000)'],
      ['group.create', { name: 42 }, 'must be text'],
      ['group.create', { name: 'Ok', admin: true }, 'Unexpected field “admin” in this action’s details; leave it out.'],
      ['group.create', 'not an object', 'Send this action’s details as named fields, not text.'],
      ['member.add', { groupId: group.id }, 'A display name is missing'],
      ['member.add', { groupId: group.id, displayName: 'Bell\u0007' }, 'control characters'],
      ['member.update', { memberId: 'no-such-member', displayName: 'Sam' }, 'not in this group'],
      ['member.add', { groupId: '../../etc', displayName: 'Sam' }, 'characters ours never have'],
      ['room.setMode', { mode: 'fireworks' }, ''],
    ];
    for (const [method, input, message] of cases) {
      const envelope = await backend.call(method, input);
      expect(envelope.ok, `${method} ${JSON.stringify(input).slice(0, 60)}`).toBe(false);
      if (!envelope.ok) {
        expect(['invalid_input', 'not_found']).toContain(envelope.error.code);
        expect(envelope.error.message).toContain(message);
      }
    }
    const unknown = await backend.call('group.explode', {});
    expect(unknown.ok ? null : unknown.error.code).toBe('unknown_method');
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });

  it('says so and keeps the old data when the disk refuses a write', async () => {
    if (process.getuid?.() === 0) {
      // Root ignores file permissions, so simulate the failure through a path that cannot be a file.
      const dir = await tempDir();
      const backend = await openBackend(dir);
      const path = join(dir, DATA_FILE_NAME);
      const { rm, mkdir } = await import('node:fs/promises');
      await rm(path);
      await mkdir(path); // the rename onto a directory fails
      const envelope = await backend.call('group.create', { name: 'Circle' });
      expect(envelope.ok ? null : envelope.error.code).toBe('storage_failed');
      expect(envelope.ok ? '' : envelope.error.message).toContain('Nothing was changed');
      expect(await ok(backend, 'group.list', {})).toEqual([]);
      await backend.close();
      return;
    }
    const dir = await tempDir();
    const backend = await openBackend(dir);
    await chmod(dir, 0o500);
    try {
      const envelope = await backend.call('group.create', { name: 'Circle' });
      expect(envelope.ok ? null : envelope.error.code).toBe('storage_failed');
      expect(await ok(backend, 'group.list', {})).toEqual([]);
    } finally {
      await chmod(dir, 0o700);
      await backend.close();
    }
  });
});
