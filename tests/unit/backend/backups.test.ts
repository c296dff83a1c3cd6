import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { openAt, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 12);

/** The text of every file under the backups folder. */
async function backupTexts(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(await readFile(path, 'utf8'));
    }
  };
  await walk(join(dir, 'backups'));
  return out;
}

describe('backups', () => {
  it('lose an erased member’s details too', async () => {
    const dir = await tempDir();
    let backend = await openAt(dir, NOW);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const ren = await ok(backend, 'member.add', {
      groupId: group.id,
      displayName: 'Ren',
      fullName: 'Ren Secret-Surname',
      contact: 'ren@private.example',
    });
    await backend.close();
    // Three starts, three backups holding Ren's details.
    for (let i = 1; i <= 3; i += 1) await (await openAt(dir, NOW + i * DAY)).close();
    expect((await backupTexts(dir)).filter((t) => t.includes('Secret-Surname')).length).toBeGreaterThanOrEqual(3);

    backend = await openAt(dir, NOW + 4 * DAY);
    await ok(backend, 'member.update', { memberId: ren.id, status: 'left' });
    await ok(backend, 'member.erase', { memberId: ren.id });
    await backend.close();
    const texts = await backupTexts(dir);
    expect(texts.filter((t) => t.includes('Secret-Surname') || t.includes('ren@private.example') || t.includes('"Ren"'))).toEqual([]);
  });

  it('lose private notes the retention setting deleted, in the archives they hold too', async () => {
    const dir = await tempDir();
    const v2 = await writeV2History(dir, 2);
    const old = v2.meetings.filter((m) => m.status === 'ended' && m.notes.private !== '' && m.date < '2026-06-01');
    expect(old.length).toBeGreaterThan(3);
    for (let i = 0; i < 3; i += 1) await (await openAt(dir, NOW + i * DAY)).close();
    const sample = old.map((m) => JSON.stringify(m.notes.private).slice(1, -1));
    expect((await backupTexts(dir)).some((t) => sample.some((note) => t.includes(note)))).toBe(true);

    const backend = await openAt(dir, NOW + 3 * DAY);
    await ok(backend, 'settings.update', { privateNoteRetentionMonths: 3 });
    expect((await ok(backend, 'notes.applyRetention', {})).meetingsCleared).toBeGreaterThanOrEqual(old.length);
    await backend.close();
    // The generated notes repeat across meetings, so look for the old meetings' notes by their meeting.
    for (const text of await backupTexts(dir)) {
      const parsed = JSON.parse(text) as { meetings?: { id: string; notes: { private: string } }[] };
      for (const meeting of parsed.meetings ?? []) if (old.some((m) => m.id === meeting.id)) expect(meeting.notes.private).toBe('');
    }
  });

  it('hold no anonymous survey answers, so two of them cannot be compared to single one out', async () => {
    const dir = await tempDir();
    let backend = await openAt(dir, NOW);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const survey = await ok(backend, 'survey.create', {
      groupId: group.id,
      title: 'How are we doing?',
      questions: [{ kind: 'text', prompt: 'Anything else?' }],
    });
    await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [survey.questions[0]?.id ?? '']: 'A very identifiable answer' } });
    await backend.close();
    backend = await openAt(dir, NOW + DAY);
    expect((await ok(backend, 'survey.results', { surveyId: survey.id })).responses).toBe(1);
    await backend.close();
    const texts = await backupTexts(dir);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes('identifiable'))).toEqual([]);
  });
});

describe('files set aside', () => {
  it('are deleted once they are more than 30 days old, and kept until then', async () => {
    const dir = await tempDir();
    await (await openAt(dir, NOW)).close();
    await writeFile(join(dir, 'circlekeeper.unreadable-2026-09-01T10-00-00-000Z.json'), '{"cut');
    await writeFile(join(dir, 'circlekeeper.unreadable-2026-11-20T10-00-00-000Z.json'), '{"cut');
    await utimes(join(dir, 'circlekeeper.unreadable-2026-09-01T10-00-00-000Z.json'), new Date(NOW - 40 * DAY), new Date(NOW - 40 * DAY));
    await (await openAt(dir, NOW + DAY)).close();
    expect((await readdir(dir)).filter((n) => n.includes('.unreadable-'))).toEqual(['circlekeeper.unreadable-2026-11-20T10-00-00-000Z.json']);
  });
});
