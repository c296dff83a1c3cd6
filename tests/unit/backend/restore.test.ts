import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { BACKUPS_KEPT } from '../../../electron/backend/storage/backups';
import { PLAIN_CODEC } from '../../../electron/backend/storage/file-codec';
import { RESTORE_INTENT_FILE, restoreBackup } from '../../../electron/backend/storage/restore';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, WEEKLY_TUESDAY } from './test-backend';
import { recordOnDisk } from './storage-support';

const tempDir = useTempDirs();
const DAY = 86_400_000;
const PASSPHRASE = 'correct horse battery';
type Edges = ReturnType<typeof fixedEdges>;

/** The backend as the app opens it, unlocking an encrypted folder when given the passphrase. */
async function start(dir: string, edges: Edges, passphrase?: string): Promise<Backend> {
  const backend = await createBackend({
    dataDir: dir,
    clock: edges.clock,
    newId: edges.newId,
    timeZone: 'Europe/London',
    kdfCost: { N: 2 ** 10, r: 8, p: 1 },
  });
  if (passphrase) await ok(backend, 'vault.unlock', { passphrase });
  return backend;
}

/** Closes and opens again a day later: every opening makes a backup. */
async function restart(backend: Backend, dir: string, edges: Edges, passphrase?: string): Promise<Backend> {
  await backend.close();
  edges.advance(DAY);
  return start(dir, edges, passphrase);
}

async function hold(backend: Backend, groupId: string, date: string, present: readonly string[]): Promise<void> {
  const [template] = await ok(backend, 'template.list', { groupId });
  const meeting = await ok(backend, 'meeting.plan', { groupId, date, templateId: template?.id ?? null });
  for (const memberId of present) await ok(backend, 'attendance.mark', { meetingId: meeting.id, memberId, status: 'present' });
  await ok(backend, 'live.start', { meetingId: meeting.id });
  await ok(backend, 'live.end', { meetingId: meeting.id });
}

/** A group with three members (with private details), two meetings held, one planned, and a survey answered once. */
async function circle(backend: Backend) {
  const group = await ok(backend, 'group.create', { name: 'Weekly circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY });
  const members = [];
  for (const displayName of ['Zephyrine', 'Quillon', 'Marguerite'])
    members.push(
      await ok(backend, 'member.add', {
        groupId: group.id,
        displayName,
        fullName: `${displayName} Hiddensurname`,
        contact: `${displayName}@example.org`,
      }),
    );
  const ids = members.map((m) => m.id);
  await hold(backend, group.id, '2026-11-03', ids);
  await hold(backend, group.id, '2026-11-10', ids.slice(0, 2));
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
  const survey = await ok(backend, 'survey.create', {
    groupId: group.id,
    title: 'How are we doing?',
    questions: [{ kind: 'text', prompt: 'Anything else?' }],
  });
  await answer(backend, survey);
  return { group, members, survey };
}

async function answer(backend: Backend, survey: { id: string; questions: { id: string }[] }): Promise<void> {
  await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [survey.questions[0]?.id ?? '']: 'Kind words' } });
}

/** What the console can see of the record, group by group: what "the same record" means to a facilitator. */
async function seen(backend: Backend) {
  const groups = await ok(backend, 'group.list', {});
  const out: Record<string, unknown> = { groups };
  for (const group of groups) {
    out[group.id] = {
      members: await ok(backend, 'member.list', { groupId: group.id }),
      planned: await ok(backend, 'meeting.list', { groupId: group.id }),
      history: await ok(backend, 'meeting.history', { groupId: group.id }),
      surveys: await ok(backend, 'survey.list', { groupId: group.id }),
    };
  }
  return out;
}

async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(path);
    }
  };
  await walk(dir);
  return out;
}

describe('backup.list', () => {
  it('lists a backup per start, newest first, with each group’s members and meetings held', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, members } = await circle(backend);
    expect(await ok(backend, 'backup.list', {})).toEqual([]); // A new folder had nothing to back up.
    backend = await restart(backend, dir, edges);
    const first = edges.clock();
    await ok(backend, 'member.add', { groupId: group.id, displayName: 'Newcomer' });
    await hold(backend, group.id, '2026-11-17', [members[0]?.id ?? '']);
    backend = await restart(backend, dir, edges);

    const list = await ok(backend, 'backup.list', {});
    expect(list.map((b) => [b.madeAt, b.reason, b.readable, b.problem])).toEqual([
      [edges.clock(), 'start', true, null],
      [first, 'start', true, null],
    ]);
    expect(list.map((b) => b.groups)).toEqual([
      [{ groupId: group.id, name: 'Weekly circle', members: 4, meetingsHeld: 3, lastMeeting: '2026-11-17' }],
      [{ groupId: group.id, name: 'Weekly circle', members: 3, meetingsHeld: 2, lastMeeting: '2026-11-10' }],
    ]);
    await backend.close();
  });

  it('lists a backup that cannot be read, saying why', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    await circle(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});
    await writeFile(join(dir, 'backups', backup?.name ?? '', 'circlekeeper.json'), '{"cut short');
    const [listed] = await ok(backend, 'backup.list', {});
    expect(listed).toMatchObject({ name: backup?.name, readable: false, groups: [] });
    expect(listed?.problem).toMatch(/cannot be read/);
    const refused = await backend.call('backup.restore', { name: backup?.name });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    await backend.close();
  });
});

describe('backup.preview', () => {
  it('says in plain lines what a restore would change', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, members } = await circle(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});
    await ok(backend, 'member.add', { groupId: group.id, displayName: 'Newcomer' });
    await hold(backend, group.id, '2026-11-17', [members[0]?.id ?? '']);
    await hold(backend, group.id, '2026-11-24', [members[0]?.id ?? '']);
    const other = await ok(backend, 'group.create', { name: 'Evening group' });
    const later = await ok(backend, 'survey.create', { groupId: other.id, title: 'New survey', questions: [{ kind: 'text', prompt: 'Tell us' }] });
    await answer(backend, later);

    const preview = await ok(backend, 'backup.preview', { name: backup?.name });
    expect(preview.backup.name).toBe(backup?.name);
    expect(preview.now.find((g) => g.groupId === group.id)).toEqual({
      groupId: group.id,
      name: 'Weekly circle',
      members: 4,
      meetingsHeld: 4,
      lastMeeting: '2026-11-24',
    });
    expect(preview.changes).toEqual([
      'Weekly circle: 4 meetings now, 2 in the backup (the 2 since 17 Nov 2026 would be gone from the record, but kept in the backup made just before the restore).',
      'Weekly circle members: 4 now, 3 in the backup.',
      'Weekly circle: now but not in the backup: Newcomer.',
      'Evening group: not in the backup, so the group (0 members, 0 meetings held) would be gone from the record, but kept in the backup made just before the restore.',
      'Survey answers are not in backups; the answers the record holds now are kept.',
      'The survey “New survey” is not in the backup, so its 1 answer would be gone for good: backups hold no answers.',
    ]);
    await backend.close();
  });
});

describe('backup.restore', () => {
  it('brings back the record as the backup holds it, field by field, keeping the survey answers; restoring undoWith undoes it exactly', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, members, survey } = await circle(backend);
    const asBackedUp = await seen(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});

    // Changes after the backup: a member gone, another's details changed, a meeting held, the group renamed, another answer.
    const gone = members[2]?.id ?? '';
    await ok(backend, 'member.update', { memberId: gone, status: 'left' });
    await ok(backend, 'member.update', { memberId: members[1]?.id, contact: 'changed@example.org' });
    await hold(backend, group.id, '2026-11-17', [members[0]?.id ?? '']);
    await ok(backend, 'group.update', { groupId: group.id, name: 'Tuesday circle' });
    await answer(backend, survey);
    edges.advance(DAY);
    const beforeRestore = await seen(backend);
    const filesBeforeRestore = await recordOnDisk(dir);

    const outcome = await ok(backend, 'backup.restore', { name: backup?.name });
    expect(outcome.restored).toBe(backup?.name);
    expect(outcome.undoWith).toMatch(/^circlekeeper-.*-before-restore$/);
    expect(await seen(backend)).toEqual(asBackedUp);
    expect((await ok(backend, 'member.list', { groupId: group.id })).find((m) => m.id === gone)).toMatchObject({
      displayName: 'Marguerite',
      status: 'active',
    });
    // Backups hold no answers: the two the record held are kept.
    expect((await ok(backend, 'survey.results', { surveyId: survey.id })).responses).toBe(2);
    const list = await ok(backend, 'backup.list', {});
    expect(list.find((b) => b.name === outcome.undoWith)).toMatchObject({ reason: 'before_restore', readable: true });
    // The same after a restart: what was restored is on disk, not only in memory.
    backend = await restart(backend, dir, edges);
    expect(await seen(backend)).toEqual(asBackedUp);

    const undone = await ok(backend, 'backup.restore', { name: outcome.undoWith });
    expect(undone.restored).toBe(outcome.undoWith);
    expect(await seen(backend)).toEqual(beforeRestore);
    expect(await recordOnDisk(dir)).toEqual(filesBeforeRestore);
    expect((await ok(backend, 'survey.results', { surveyId: survey.id })).responses).toBe(2);
    await backend.close();
  });

  it('does not bring back a member who was erased: erasure reaches the backups too', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, members } = await circle(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});
    const erased = members[2]?.id ?? '';
    await ok(backend, 'member.update', { memberId: erased, status: 'left' });
    await ok(backend, 'member.erase', { memberId: erased });
    await ok(backend, 'backup.restore', { name: backup?.name });
    const member = (await ok(backend, 'member.list', { groupId: group.id })).find((m) => m.id === erased);
    expect(member).toMatchObject({ displayName: 'Former member', fullName: null, contact: null, erased: true });
    await backend.close();
  });

  it('is refused while a meeting is live, changing nothing', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group } = await circle(backend);
    backend = await restart(backend, dir, edges);
    const [meeting] = await ok(backend, 'meeting.list', { groupId: group.id });
    await ok(backend, 'live.start', { meetingId: meeting?.id });
    const files = await recordOnDisk(dir);
    const backups = await readdir(join(dir, 'backups'));
    const [backup] = await ok(backend, 'backup.list', {});

    const refused = await backend.call('backup.restore', { name: backup?.name });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    expect(refused.ok ? '' : refused.error.message).toMatch(/End the meeting/);
    expect(await recordOnDisk(dir)).toEqual(files);
    expect(await readdir(join(dir, 'backups'))).toEqual(backups);
    await backend.close();
  });

  it('is refused while the record is from a newer Circlekeeper and only shown, so it is not forked', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    await circle(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});
    await backend.close();
    const hot = JSON.parse(await readFile(join(dir, 'circlekeeper.json'), 'utf8')) as { schemaVersion: number };
    await writeFile(join(dir, 'circlekeeper.json'), JSON.stringify({ ...hot, schemaVersion: hot.schemaVersion + 1 }));
    const files = await recordOnDisk(dir);

    backend = await start(dir, edges);
    const refused = await backend.call('backup.restore', { name: backup?.name });
    expect(refused.ok ? null : refused.error.code).toBe('conflict');
    expect(await recordOnDisk(dir)).toEqual(files);
    await backend.close();
  });

  it('refuses a name that is not a backup’s, or a backup that is not there', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    await circle(backend);
    backend = await restart(backend, dir, edges);
    const files = await recordOnDisk(dir);
    for (const name of ['../circlekeeper.json', 'circlekeeper-../../etc', '', 'backups/circlekeeper-2026-11-26T18-00-00-000Z']) {
      const refused = await backend.call('backup.restore', { name });
      expect(refused.ok ? null : refused.error.code, name).toBe('invalid_input');
    }
    const missing = await backend.call('backup.restore', { name: 'circlekeeper-2020-01-01T00-00-00-000Z' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    expect(await recordOnDisk(dir)).toEqual(files);
    await backend.close();
  });

  it('can restore the oldest of the backups kept: the rotation spares it and the backup that undoes it', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group } = await circle(backend);
    const asBackedUp = await seen(backend);
    for (let i = 0; i < BACKUPS_KEPT; i += 1) {
      backend = await restart(backend, dir, edges);
      await ok(backend, 'member.add', { groupId: group.id, displayName: `Later ${String(i)}` });
    }
    const list = await ok(backend, 'backup.list', {});
    expect(list).toHaveLength(BACKUPS_KEPT);
    const oldest = list.at(-1)?.name;
    const outcome = await ok(backend, 'backup.restore', { name: oldest });
    expect(await seen(backend)).toEqual(asBackedUp);
    const after = (await ok(backend, 'backup.list', {})).map((b) => b.name);
    expect(after.length).toBeLessThanOrEqual(BACKUPS_KEPT);
    expect(after).toContain(outcome.undoWith);
    await backend.close();
  });

  it('is finished at the next start when the app stopped part way, whatever the step', async () => {
    for (const crashAt of ['restore-intent-written', 'restore-archives-cleared', 'restored', 'restore-hot-written']) {
      const dir = await tempDir();
      const edges = fixedEdges();
      let backend = await start(dir, edges);
      const { group, survey } = await circle(backend);
      const asBackedUp = await seen(backend);
      backend = await restart(backend, dir, edges);
      const [backup] = await ok(backend, 'backup.list', {});
      await hold(backend, group.id, '2026-11-17', []);
      await ok(backend, 'group.create', { name: 'Evening group' });
      await answer(backend, survey);
      await backend.close();

      // The app stops at that step: the record is left part old, part restored.
      const crash = (step: string) => {
        if (step.startsWith(crashAt)) throw new Error(`stopped at ${step}`);
      };
      await expect(restoreBackup(dir, backup?.name ?? '', { durable: true, codec: PLAIN_CODEC, now: edges.clock(), step: crash })).rejects.toThrow(
        /stopped/,
      );
      await stat(join(dir, RESTORE_INTENT_FILE));

      edges.advance(DAY);
      backend = await start(dir, edges);
      expect(await seen(backend), crashAt).toEqual(asBackedUp);
      expect((await ok(backend, 'survey.results', { surveyId: survey.id })).responses, crashAt).toBe(2);
      expect((await ok(backend, 'app.status', {})).notices.map((n) => n.title)).toContain('A restore that was interrupted has been finished');
      await expect(stat(join(dir, RESTORE_INTENT_FILE))).rejects.toThrow();
      await backend.close();
    }
  });

  it('puts back the record as it was before, when a restore was cut short and its backup has gone since', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, survey } = await circle(backend);
    backend = await restart(backend, dir, edges);
    const [backup] = await ok(backend, 'backup.list', {});
    await hold(backend, group.id, '2026-11-17', []);
    await answer(backend, survey);
    const before = await seen(backend);
    await backend.close();
    const crash = (step: string) => {
      if (step.startsWith('restored')) throw new Error('stopped');
    };
    await expect(restoreBackup(dir, backup?.name ?? '', { durable: true, codec: PLAIN_CODEC, now: edges.clock(), step: crash })).rejects.toThrow();
    await rm(join(dir, 'backups', backup?.name ?? ''), { recursive: true });

    edges.advance(DAY);
    backend = await start(dir, edges);
    expect(await seen(backend)).toEqual(before);
    expect((await ok(backend, 'survey.results', { surveyId: survey.id })).responses).toBe(2);
    expect((await ok(backend, 'app.status', {})).notices.map((n) => n.title)).toContain('An interrupted restore was undone');
    await backend.close();
  });

  it('works in an encrypted folder, and nothing of a member reaches the disk in clear; files 0600, folders 0700', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    let backend = await start(dir, edges);
    const { group, members } = await circle(backend);
    await ok(backend, 'vault.enable', { passphrase: PASSPHRASE, understood: true });
    const asBackedUp = await seen(backend);
    backend = await restart(backend, dir, edges, PASSPHRASE);
    const [backup] = await ok(backend, 'backup.list', {});
    expect(backup?.groups[0]).toMatchObject({ members: 3, meetingsHeld: 2 });
    await ok(backend, 'member.update', { memberId: members[1]?.id, status: 'left' });
    await hold(backend, group.id, '2026-11-17', []);

    const outcome = await ok(backend, 'backup.restore', { name: backup?.name });
    expect(await seen(backend)).toEqual(asBackedUp);
    await backend.close();

    for (const file of await allFiles(dir)) {
      const text = (await readFile(file)).toString('latin1');
      for (const name of ['Zephyrine', 'Quillon', 'Marguerite', 'Hiddensurname', 'Weekly circle'])
        expect(text.includes(name), `${file} holds ${name}`).toBe(false);
      if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777, file).toBe(0o600);
    }
    if (process.platform !== 'win32') {
      const folders = [dir, join(dir, 'backups', outcome.undoWith), join(dir, 'archive', group.id)];
      for (const folder of folders) expect((await stat(folder)).mode & 0o777, folder).toBe(0o700);
    }
    backend = await start(dir, edges, PASSPHRASE);
    expect(await seen(backend)).toEqual(asBackedUp);
    await backend.close();
  });
});
