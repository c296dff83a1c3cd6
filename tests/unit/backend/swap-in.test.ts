import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { writeV2History, openAt, recordOnDisk } from './storage-support';
import { ok } from './test-backend';
import { swapInRecord, stagedNames } from '../../../electron/backend/custody/swap-in';
import { wholeRecord } from '../../../electron/backend/custody/whole-record';
import { openStore } from '../../../electron/backend/storage/open-store';
import { PLAIN_CODEC } from '../../../electron/backend/storage/file-codec';
import { replaceGroup } from '#shared/custody/merge-bundle';
import { extractGroup } from '#shared/custody/group-bundle';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);

/** A record whose group lost half its members and meetings: the "new" record a swap puts in place. */
async function smallerRecord(dir: string) {
  const opened = await openStore(dir, NOW);
  const record = await wholeRecord(opened.store);
  const group = record.groups[0];
  if (!group) throw new Error('no group');
  const bundle = extractGroup(record, group.id, { privateNotes: true, contacts: true });
  const cut = { ...bundle, meetings: bundle.meetings.slice(0, Math.floor(bundle.meetings.length / 2)), members: bundle.members.slice(0, 5) };
  const ids = new Set(cut.meetings.map((m) => m.id));
  const smaller = { ...cut, actionItems: cut.actionItems.filter((a) => ids.has(a.meetingId)), memberCare: [], personalGoals: [], followUps: [] };
  let n = 0;
  return { next: replaceGroup(record, group.id, smaller, () => `swap${String(++n)}`), groupId: group.id, members: smaller.members.length };
}

describe('putting a new record in place (swapInRecord)', () => {
  it('a crash before the ready file leaves the old record; a crash after it is finished at the next start', async () => {
    for (const crashAt of ['staged', 'ready'] as const) {
      const dir = await tempDir();
      await writeV2History(dir, 2, 20);
      await (await openAt(dir, NOW)).close();
      const old = await recordOnDisk(dir);
      const { next, groupId, members } = await smallerRecord(dir);
      await expect(
        swapInRecord(dir, next, [groupId], PLAIN_CODEC, true, (step) => {
          if (step === crashAt) throw new Error('power cut');
        }),
      ).rejects.toThrow('power cut');

      const backend = await openAt(dir, NOW);
      const listed = await ok(backend, 'member.list', { groupId });
      await backend.close();
      expect(await stagedNames(dir)).toEqual([]);
      if (crashAt === 'staged') {
        expect(await recordOnDisk(dir)).toEqual(old);
      } else {
        expect(listed.length).toBe(members);
        const clean = await tempDir();
        await writeV2History(clean, 2, 20);
        await (await openAt(clean, NOW)).close();
        const { next: same } = await smallerRecord(clean);
        await swapInRecord(clean, same, [groupId], PLAIN_CODEC, true);
        await (await openAt(clean, NOW)).close();
        expect(Object.keys(await recordOnDisk(dir)).sort()).toEqual(Object.keys(await recordOnDisk(clean)).sort());
      }
    }
  });
});
