import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import type { Meeting } from '#shared/domain/types';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { DATA_FILE_NAME, openAt, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);
const HOUR = 3_600_000;

/** A migrated two-year history, its group, its planned meeting and its oldest held meeting. */
async function history(dir: string, years = 2) {
  const v2 = await writeV2History(dir, years);
  const groupId = v2.groups[0]?.id ?? '';
  const planned = v2.meetings.find((m) => m.status === 'planned') as Meeting;
  const oldest = v2.meetings.find((m) => m.status === 'ended') as Meeting;
  await (await openAt(dir, NOW)).close();
  return { v2, groupId, planned, oldest };
}

/** What each archive file holds and when it was last written: a rewrite with the same content still shows. */
async function archiveFiles(dir: string, groupId: string): Promise<Record<string, { text: string; mtimeMs: number }>> {
  const out: Record<string, { text: string; mtimeMs: number }> = {};
  for (const name of await readdir(join(dir, 'archive', groupId))) {
    const path = join(dir, 'archive', groupId, name);
    out[name] = { text: await readFile(path, 'utf8'), mtimeMs: (await stat(path)).mtimeMs };
  }
  return out;
}

describe('the hot file and the archives', () => {
  it('writes only the hot file for a live key press, however long the history', async () => {
    const dir = await tempDir();
    const { groupId, planned } = await history(dir);
    const backend = await openAt(dir, Date.UTC(2026, 11, 1, 19));
    await ok(backend, 'live.start', { meetingId: planned.id });
    const archivesBefore = await archiveFiles(dir, groupId);
    const hotBefore = await readFile(join(dir, DATA_FILE_NAME), 'utf8');

    await ok(backend, 'live.command', { meetingId: planned.id, command: { type: 'nextItem' } });
    await ok(backend, 'room.toggleBlank', {});

    expect(await archiveFiles(dir, groupId)).toEqual(archivesBefore);
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).not.toBe(hotBefore);
    expect((await stat(join(dir, DATA_FILE_NAME))).size).toBeLessThan(300_000);
    await backend.close();
  });

  it('moves a meeting into its year’s archive when it ends, with a digest, and still reads it back whole', async () => {
    const dir = await tempDir();
    const { groupId, planned } = await history(dir);
    const backend = await openAt(dir, Date.UTC(2026, 11, 1, 19));
    await ok(backend, 'live.start', { meetingId: planned.id });
    const summary = await ok(backend, 'live.end', { meetingId: planned.id });
    expect(summary.meetingId).toBe(planned.id);

    const hot = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { meetings: { id: string }[] };
    expect(hot.meetings.map((m) => m.id)).not.toContain(planned.id);
    const archive = JSON.parse(await readFile(join(dir, 'archive', groupId, '2026.json'), 'utf8')) as { meetings: Meeting[] };
    expect(archive.meetings.at(-1)).toMatchObject({ id: planned.id, status: 'ended' });
    const digests = JSON.parse(await readFile(join(dir, 'archive', groupId, 'digests.json'), 'utf8')) as { digests: { meetingId: string }[] };
    expect(digests.digests.at(-1)?.meetingId).toBe(planned.id);
    expect((await ok(backend, 'meeting.history', { groupId }))[0]).toMatchObject({ meetingId: planned.id, status: 'ended' });
    expect(await ok(backend, 'meeting.list', { groupId })).toEqual([]);

    // After the meeting: notes and a late check-out answer go to the archive, and are there after a restart.
    await ok(backend, 'notes.save', { meetingId: planned.id, field: 'shared', text: 'Theme: winter' });
    await ok(backend, 'checkout.record', { meetingId: planned.id, rating: 5, heard: 'yes' });
    await backend.close();
    const again = await openAt(dir, Date.UTC(2026, 11, 2));
    const back = await ok(again, 'meeting.get', { meetingId: planned.id });
    expect(back.notes.shared).toBe('Theme: winter');
    expect(back.checkout.ratings[4]).toBe(1);
    expect((await ok(again, 'meeting.summary', { meetingId: planned.id })).checkout.heard.yes).toBe(1);
    await again.close();
  });

  it('keeps summary, export, notes and action items working for a meeting ten years old', async () => {
    const dir = await tempDir();
    const { v2, groupId, oldest } = await history(dir, 10);
    expect(oldest.date < '2017-01-01').toBe(true);
    const backend = await openAt(dir, NOW);
    const summary = await ok(backend, 'meeting.summary', { meetingId: oldest.id });
    expect(summary.present).toBe(oldest.attendance.filter((a) => a.status === 'present').length);
    const markdown = await ok(backend, 'meeting.exportMarkdown', { meetingId: oldest.id, includePrivateNotes: false });
    expect(markdown.fileName).toBe(`meeting-${oldest.date}.md`);
    const items = await ok(backend, 'actionItem.list', { groupId, meetingId: oldest.id });
    expect(items.map((a) => a.id).sort()).toEqual(
      v2.actionItems
        .filter((a) => a.meetingId === oldest.id)
        .map((a) => a.id)
        .sort(),
    );
    const [first] = items;
    if (first) {
      // Reopened, it is hot again (it will come back as a follow-up); done again, it returns to its archive.
      await ok(backend, 'actionItem.update', { actionItemId: first.id, meetingId: oldest.id, status: 'open' });
      expect((await ok(backend, 'actionItem.list', { groupId })).map((a) => a.id)).toContain(first.id);
      await ok(backend, 'actionItem.update', { actionItemId: first.id, meetingId: oldest.id, status: 'done' });
      expect((await ok(backend, 'actionItem.list', { groupId })).map((a) => a.id)).not.toContain(first.id);
    }
    await ok(backend, 'notes.save', { meetingId: oldest.id, field: 'private', text: 'Looked back in 2026.' });
    expect((await ok(backend, 'meeting.get', { meetingId: oldest.id })).notes.private).toBe('Looked back in 2026.');
    await backend.close();
  });

  it('applies note retention to archived meetings too, opening only archives that hold private notes', async () => {
    const dir = await tempDir();
    const { v2, oldest } = await history(dir);
    const withNotes = v2.meetings.filter((m) => m.notes.private !== '' && m.date < '2026-08-01');
    expect(withNotes.length).toBeGreaterThan(0);
    const backend = await openAt(dir, NOW);
    await ok(backend, 'settings.update', { privateNoteRetentionMonths: 3 });
    const { meetingsCleared } = await ok(backend, 'notes.applyRetention', {});
    expect(meetingsCleared).toBeGreaterThanOrEqual(withNotes.length);
    for (const meeting of [oldest, ...withNotes.slice(0, 3)]) {
      expect((await ok(backend, 'meeting.get', { meetingId: meeting.id })).notes).toMatchObject({ private: '', items: {} });
    }
    expect(await ok(backend, 'notes.applyRetention', {})).toEqual({ meetingsCleared: 0 });
    await backend.close();
  });

  it('takes the hot file’s word after a crash between writing the archive and the hot file', async () => {
    const dir = await tempDir();
    const { groupId, planned } = await history(dir);
    let crash = false;
    const backend = await openAt(dir, Date.UTC(2026, 11, 1, 19), (step) => {
      if (crash && step.startsWith('wrote archive/') && step.endsWith('digests.json')) throw new Error('power cut');
    });
    await ok(backend, 'live.start', { meetingId: planned.id });
    crash = true;
    const failed = await backend.call('live.end', { meetingId: planned.id });
    expect(failed.ok ? null : failed.error.code).toBe('storage_failed');
    crash = false;
    // Memory kept the meeting live, so the room is not told it ended.
    expect(backend.isMeetingLive()).toBe(true);
    await backend.close();

    const again = await openAt(dir, Date.UTC(2026, 11, 1, 20));
    expect((await ok(again, 'meeting.get', { meetingId: planned.id })).status).toBe('live');
    expect((await ok(again, 'meeting.history', { groupId })).map((h) => h.meetingId)).not.toContain(planned.id);
    const archive = JSON.parse(await readFile(join(dir, 'archive', groupId, '2026.json'), 'utf8')) as { meetings: Meeting[] };
    expect(archive.meetings.map((m) => m.id)).not.toContain(planned.id);
    await ok(again, 'live.end', { meetingId: planned.id });
    expect((await ok(again, 'meeting.get', { meetingId: planned.id })).status).toBe('ended');
    await again.close();
  });
});

describe('an archive that cannot be read', () => {
  async function corruptOldestYear(dir: string, groupId: string): Promise<string> {
    const path = join(dir, 'archive', groupId, '2024.json');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, text.length / 2));
    return path;
  }

  it('is set aside and restored from the newest backup that has a good copy, and the console is told', async () => {
    const dir = await tempDir();
    const { groupId, oldest } = await history(dir);
    // A second clean start makes a backup that holds the archives.
    await (await openAt(dir, NOW + HOUR)).close();
    await corruptOldestYear(dir, groupId);
    const backend = await openAt(dir, NOW + 2 * HOUR);
    expect((await ok(backend, 'meeting.get', { meetingId: oldest.id })).id).toBe(oldest.id);
    const { notices } = await ok(backend, 'app.status', {});
    expect(notices.map((n) => n.title)).toContain('Past meetings of 2024 were restored from a backup');
    expect((await readdir(join(dir, 'archive', groupId))).some((n) => n.startsWith('2024.unreadable-'))).toBe(true);
    await backend.close();
  });

  it('without a backup, names the meetings that cannot be opened and keeps everything else', async () => {
    const dir = await tempDir();
    const { v2, groupId, oldest } = await history(dir);
    await rm(join(dir, 'backups'), { recursive: true });
    await corruptOldestYear(dir, groupId);
    const backend = await openAt(dir, NOW);
    const refused = await backend.call('meeting.get', { meetingId: oldest.id });
    expect(refused.ok ? '' : refused.error.message).toContain('could not be read');
    const { notices } = await ok(backend, 'app.status', {});
    const notice = notices.find((n) => n.title === 'Past meetings of 2024 cannot be opened');
    expect(notice?.detail).toContain(oldest.date);
    expect(notice?.detail).toContain('unreadable');
    // The rest is there: members, other years, and the digests the reports read.
    expect((await ok(backend, 'member.list', { groupId })).length).toBe(v2.members.length);
    const recent = v2.meetings.filter((m) => m.status === 'ended').at(-1) as Meeting;
    expect((await ok(backend, 'meeting.get', { meetingId: recent.id })).id).toBe(recent.id);
    expect((await ok(backend, 'meeting.history', { groupId })).map((h) => h.meetingId)).toContain(oldest.id);
    await backend.close();
  });

  it('is found by the check a few seconds after start-up, before anyone opens an old meeting', async () => {
    const dir = await tempDir();
    const { groupId, oldest } = await history(dir);
    await rm(join(dir, 'backups'), { recursive: true });
    await corruptOldestYear(dir, groupId);
    const backend = await createBackend({ dataDir: dir, clock: () => NOW, timeZone: 'Europe/London', verifyArchivesAfterMs: 0 });
    await vi.waitFor(async () => {
      const { notices } = await ok(backend, 'app.status', {});
      expect(notices.find((n) => n.title === 'Past meetings of 2024 cannot be opened')?.detail).toContain(oldest.date);
    });
    await backend.close();
  });

  it('does not stop this year’s meeting from ending when this year’s file is lost', async () => {
    const dir = await tempDir();
    const { groupId, planned } = await history(dir);
    await rm(join(dir, 'backups'), { recursive: true });
    const path = join(dir, 'archive', groupId, '2026.json');
    await writeFile(path, '{"cut short');
    const backend = await openAt(dir, Date.UTC(2026, 11, 1, 19));
    await ok(backend, 'live.start', { meetingId: planned.id });
    await ok(backend, 'live.end', { meetingId: planned.id });
    expect((await ok(backend, 'meeting.get', { meetingId: planned.id })).status).toBe('ended');
    expect((await ok(backend, 'app.status', {})).notices.map((n) => n.title)).toContain('Past meetings of 2026 cannot be opened');
    // The unreadable file is kept aside, untouched.
    const kept = (await readdir(join(dir, 'archive', groupId))).find((n) => n.startsWith('2026.unreadable-'));
    expect(await readFile(join(dir, 'archive', groupId, kept ?? ''), 'utf8')).toBe('{"cut short');
    await backend.close();
  });
});
