import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMIT_INTENT_FILE } from '../../../electron/backend/storage/data-store';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { DATA_FILE_NAME, openAt, recordOnDisk, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);

describe('migration from one file (version 2) to the hot file and archives (version 3)', () => {
  it('backs up the old file first, then keeps only meetings not yet held in the hot file', async () => {
    const dir = await tempDir();
    const v2 = await writeV2History(dir, 3);
    const original = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    const backend = await openAt(dir, NOW);

    const [backup] = await readdir(join(dir, 'backups'));
    // The old file as it was, less its anonymous survey answers (no backup keeps those).
    const kept = JSON.parse(await readFile(join(dir, 'backups', backup ?? '', DATA_FILE_NAME), 'utf8')) as unknown;
    expect(kept).toEqual({ ...(JSON.parse(original) as object), surveyResponses: [] });
    const hot = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { schemaVersion: number; meetings: { status: string }[] };
    expect(hot.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(hot.meetings.map((m) => m.status)).toEqual(['planned']);
    const groupId = v2.groups[0]?.id ?? '';
    expect((await readdir(join(dir, 'archive', groupId))).sort()).toEqual(['2023.json', '2024.json', '2025.json', '2026.json', 'digests.json']);

    // Nothing was lost: every past meeting reads back as it was, and the history lists each once.
    const past = v2.meetings.filter((m) => m.status !== 'planned');
    const history = await ok(backend, 'meeting.history', { groupId });
    expect(history.map((h) => h.meetingId).sort()).toEqual(past.map((m) => m.id).sort());
    for (const meeting of [past[0], past[Math.floor(past.length / 2)], past[past.length - 1]]) {
      expect(await ok(backend, 'meeting.get', { meetingId: meeting?.id ?? '' })).toEqual(meeting);
    }
    const status = await ok(backend, 'app.status', {});
    expect(status.notices.map((n) => n.title)).toContain('Your data was updated to this version of Circlekeeper');
    await backend.close();
  });

  it('leaves the old layout or the new after a crash at any step, and the next start finishes the work', async () => {
    const clean = await tempDir();
    await writeV2History(clean, 2);
    const steps: string[] = [];
    await (await openAt(clean, NOW, (name) => steps.push(name))).close();
    const expected = await recordOnDisk(clean);
    expect(steps.length).toBeGreaterThanOrEqual(5);

    for (const [index, crashAt] of steps.entries()) {
      const dir = await tempDir();
      await writeV2History(dir, 2);
      const original = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
      let seen = 0;
      let crashed = false;
      const crash = () => {
        seen += 1;
        if (seen !== index + 1) return;
        crashed = true;
        throw new Error(`crash at ${crashAt}`);
      };
      // The step throws where the process would have died; nothing after it is written, as after a kill.
      await (await openAt(dir, NOW, crash)).close();
      expect(crashed).toBe(true);

      // Whatever the step, the hot file is the old one, untouched, or a complete new one.
      const hotNow = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
      const version = (JSON.parse(hotNow) as { schemaVersion: number }).schemaVersion;
      if (version === 2) expect(hotNow).toBe(original);
      else expect(version).toBe(CURRENT_SCHEMA_VERSION);

      const again = await openAt(dir, NOW);
      await again.close();
      expect(await recordOnDisk(dir), `after a crash at "${crashAt}"`).toEqual(expected);
      await expect(stat(join(dir, COMMIT_INTENT_FILE))).rejects.toThrow();
    }
  });
});
