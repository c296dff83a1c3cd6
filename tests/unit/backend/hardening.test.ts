import { chmod, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
const schedule = WEEKLY_TUESDAY;

async function meetingOf(dir: string) {
  const backend = await openBackend(dir);
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule });
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
  return { backend, group, meeting };
}

describe('notes that always fit', () => {
  it('stores a long note of every kind that the contract accepts, and it is there after a restart', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await meetingOf(dir);
    const long = 'word '.repeat(3_999) + 'end.';
    const itemId = meeting.agenda[0]?.id ?? '';
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'item', itemId, text: long });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'shared', text: long });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'private', text: long });
    await backend.close();
    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    const { notes } = await ok(again, 'meeting.get', { meetingId: meeting.id });
    expect([notes.items[itemId]?.length, notes.shared.length, notes.private.length]).toEqual([long.length, long.length, long.length]);
    await again.close();
  });

  it('refuses a note over the limit with the reason, before anything is stored', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await meetingOf(dir);
    const refused = await backend.call('notes.save', { meetingId: meeting.id, field: 'shared', text: 'x'.repeat(20_001) });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('at most 20,000 characters (this has 20,001)') as unknown,
    });
    await backend.close();
  });
});

describe('files that only their owner can read', () => {
  it('makes the data folder 0700 and every file 0600, even when something else made them open', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempDir();
    await chmod(dir, 0o755);
    const { backend } = await meetingOf(dir);
    await backend.close();
    await chmod(join(dir, DATA_FILE_NAME), 0o644);
    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    await ok(again, 'room.setMode', { mode: 'blank' });
    await again.close();
    const modes: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      modes.push(`${folder.slice(dir.length) || '/'} ${((await stat(folder)).mode & 0o777).toString(8)}`);
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else modes.push(`${path.slice(dir.length)} ${((await stat(path)).mode & 0o777).toString(8)}`);
      }
    };
    await walk(dir);
    expect(modes.length).toBeGreaterThan(4);
    expect(modes.filter((m) => !m.endsWith(' 700') && !m.endsWith(' 600'))).toEqual([]);
  });
});

describe('a data file that is not quite right', () => {
  it('accepts a byte-order mark at the start', async () => {
    const dir = await tempDir();
    const { backend, group } = await meetingOf(dir);
    await backend.close();
    const path = join(dir, DATA_FILE_NAME);
    await writeFile(path, `\uFEFF${await readFile(path, 'utf8')}`);
    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    expect((await ok(again, 'group.list', {})).map((g) => g.id)).toEqual([group.id]);
    expect((await ok(again, 'app.status', {})).notices).toEqual([]);
    await again.close();
  });

  it('keeps every good record when one is bad, and sets the bad one aside with a message naming it', async () => {
    const dir = await tempDir();
    const { backend, group } = await meetingOf(dir);
    await ok(backend, 'member.add', { groupId: group.id, displayName: 'Sam' });
    const kim = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Kim' });
    await backend.close();
    const path = join(dir, DATA_FILE_NAME);
    const raw = JSON.parse(await readFile(path, 'utf8')) as { members: { id: string; status: string }[] };
    const bad = raw.members.find((m) => m.id === kim.id);
    if (bad) bad.status = 'wandering';
    await writeFile(path, JSON.stringify(raw));

    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    expect((await ok(again, 'member.list', { groupId: group.id })).map((m) => m.displayName)).toEqual(['Sam']);
    expect((await ok(again, 'meeting.list', { groupId: group.id })).length).toBe(1);
    const [notice] = (await ok(again, 'app.status', {})).notices;
    expect(notice?.title).toBe('1 record could not be read and was set aside');
    expect(notice?.detail).toContain('members “Kim”');
    expect(notice?.detail).toContain('status');
    const keptName = (await readdir(dir)).find((n) => n.startsWith('circlekeeper.set-aside-'));
    const kept = JSON.parse(await readFile(join(dir, keptName ?? ''), 'utf8')) as { record: { id: string } }[];
    expect(kept[0]?.record.id).toBe(kim.id);
    await again.close();
  });

  it('opens a file from a newer version read-only, changing nothing and making no second copy', async () => {
    const dir = await tempDir();
    const { backend, group } = await meetingOf(dir);
    await backend.close();
    const path = join(dir, DATA_FILE_NAME);
    const raw = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    const newer = JSON.stringify({ ...raw, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    await writeFile(path, newer);
    const before = (await readdir(dir)).sort();

    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    expect((await ok(again, 'group.list', {})).map((g) => g.id)).toEqual([group.id]);
    const [notice] = (await ok(again, 'app.status', {})).notices;
    expect(notice?.title).toBe('Opened read-only: the data is from a newer Circlekeeper');
    const refused = await again.call('room.setMode', { mode: 'blank' });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('newer version of Circlekeeper') as unknown,
    });
    await again.close();
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect((await readdir(dir)).sort()).toEqual(before);
  });
});

describe('a disk that refuses writes', () => {
  it('still opens, says why in the console, and saves again once it can', async () => {
    const dir = await tempDir();
    const { backend, group } = await meetingOf(dir);
    await backend.close();
    // A file where the backups folder should be: the start-up backup cannot be made.
    await rm(join(dir, 'backups'), { recursive: true, force: true });
    await writeFile(join(dir, 'backups'), 'not a folder');
    let diskFull = false;
    const again = await createBackend({
      dataDir: dir,
      clock: () => Date.UTC(2026, 10, 26),
      timeZone: 'Europe/London',
      storageStep: () => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    });
    expect((await ok(again, 'group.list', {})).map((g) => g.id)).toEqual([group.id]);
    const opened = (await ok(again, 'app.status', {})).notices;
    expect(opened.map((n) => n.title)).toContain('Changes cannot be saved right now');
    await ok(again, 'app.dismissNotice', { noticeId: 'storage-unwritable' });

    diskFull = true;
    const refused = await again.call('group.update', { groupId: group.id, venue: 'The hall' });
    expect(refused.ok ? null : refused.error.message).toContain('the disk is full');
    expect((await ok(again, 'app.status', {})).notices.map((n) => n.detail).join(' ')).toContain('the disk is full');
    expect((await ok(again, 'group.list', {}))[0]?.venue).toBe('');

    diskFull = false;
    await ok(again, 'group.update', { groupId: group.id, venue: 'The hall' });
    expect((await ok(again, 'app.status', {})).notices).toEqual([]);
    await again.close();
  });
});
