import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { ARCHIVE_SCHEMA_VERSION } from '#shared/storage/layout';
import type { Meeting, Member } from '#shared/domain/types';
import { COMMIT_INTENT_FILE } from '../../../electron/backend/storage/data-store';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { DATA_FILE_NAME, openAt, recordOnDisk, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);

/** A data folder as Circlekeeper 3 left it: the hot file at version 3 (no status logs) beside its archives. */
async function writeV3Folder(dir: string) {
  const v2 = await writeV2History(dir, 2);
  await (await openAt(dir, NOW)).close();
  await downgradeHotFile(dir);
  return v2;
}

async function downgradeHotFile(dir: string): Promise<void> {
  const hot = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { members: Member[] };
  const members = hot.members.map(({ statusLog: _, ...rest }) => rest);
  await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify({ ...hot, schemaVersion: 3, members }));
}

describe('migration from version 3 to 4 (member status logs)', () => {
  it('keeps the archives as they are and gives members their log', async () => {
    const dir = await tempDir();
    const v2 = await writeV3Folder(dir);
    const groupId = v2.groups[0]?.id ?? '';
    const before = await recordOnDisk(dir);
    const archiveFiles = Object.keys(before).filter((path) => path.startsWith('archive'));
    expect(archiveFiles.length).toBeGreaterThan(2);

    const backend = await openAt(dir, NOW);
    const after = await recordOnDisk(dir);
    for (const path of archiveFiles) expect(after[path], path).toEqual(before[path]);
    expect((after[join('archive', groupId, 'digests.json')] as { schemaVersion: number }).schemaVersion).toBe(ARCHIVE_SCHEMA_VERSION);
    expect((after[DATA_FILE_NAME] as { schemaVersion: number }).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);

    const history = await ok(backend, 'meeting.history', { groupId });
    expect(history).toHaveLength(v2.meetings.filter((m) => m.status !== 'planned').length);
    const members = await ok(backend, 'member.list', { groupId });
    const onBreak = members.filter((m) => m.status === 'on_break');
    expect(onBreak.length).toBeGreaterThan(0);
    for (const m of onBreak) expect(m.statusLog).toEqual([{ date: null, status: 'on_break' }]);
    for (const m of members.filter((x) => x.status === 'left')) expect(m.statusLog).toEqual([{ date: m.leftOn, status: 'left' }]);
    const status = await ok(backend, 'app.status', {});
    expect(status.notices.map((n) => n.detail).join(' ')).toContain('data version 3');
    await backend.close();
    // The old hot file is in the backups, as it was.
    const backups = await readdir(join(dir, 'backups'));
    const newest = backups.sort().at(-1) ?? '';
    const kept = JSON.parse(await readFile(join(dir, 'backups', newest, DATA_FILE_NAME), 'utf8')) as { schemaVersion: number };
    expect(kept.schemaVersion).toBe(3);
  });

  it('logs each change of status made afterwards, dated where the group meets', async () => {
    const dir = await tempDir();
    const v2 = await writeV3Folder(dir);
    const groupId = v2.groups[0]?.id ?? '';
    const backend = await openAt(dir, NOW);
    const active = (await ok(backend, 'member.list', { groupId })).find((m) => m.status === 'active');
    if (!active) throw new Error('no active member in the generated history');
    const changed = await ok(backend, 'member.update', { memberId: active.id, status: 'on_break' });
    expect(changed.statusLog).toEqual([...active.statusLog, { date: '2026-11-28', status: 'on_break' }]);
    const fresh = await ok(backend, 'member.add', { groupId, displayName: 'Newcomer Nia' });
    expect(fresh.statusLog).toEqual([]);
    await backend.close();
  });

  it('still finishes a change that version 3 cut short (its commit intent) while migrating', async () => {
    const dir = await tempDir();
    const v2 = await writeV2History(dir, 2);
    const groupId = v2.groups[0]?.id ?? '';
    const planned = v2.meetings.find((m) => m.status === 'planned') as Meeting;
    let crash = false;
    const backend = await openAt(dir, Date.UTC(2026, 11, 1, 19), (step) => {
      if (crash && step.startsWith('wrote archive/') && step.endsWith('digests.json')) throw new Error('power cut');
    });
    await ok(backend, 'live.start', { meetingId: planned.id });
    crash = true;
    expect((await backend.call('live.end', { meetingId: planned.id })).ok).toBe(false);
    await backend.close();
    await stat(join(dir, COMMIT_INTENT_FILE));
    await downgradeHotFile(dir);

    const again = await openAt(dir, Date.UTC(2026, 11, 1, 20));
    // The hot file's word wins: the meeting is still under way, and the archive was put back without it.
    expect((await ok(again, 'meeting.get', { meetingId: planned.id })).status).toBe('live');
    expect((await ok(again, 'meeting.history', { groupId })).map((h) => h.meetingId)).not.toContain(planned.id);
    const archive = JSON.parse(await readFile(join(dir, 'archive', groupId, '2026.json'), 'utf8')) as { meetings: Meeting[] };
    expect(archive.meetings.map((m) => m.id)).not.toContain(planned.id);
    await expect(stat(join(dir, COMMIT_INTENT_FILE))).rejects.toThrow();
    await again.close();
  });
});
