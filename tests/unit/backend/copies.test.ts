import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { writeV2History } from './storage-support';
import { everyFile, openWithVault } from './vault-support';
import { download, upload } from './copy-transfer-support';

const tempDir = useTempDirs();
const PASS = 'handover passphrase';

/** What a person would check by eye: the group, its members and every meeting held, by name and date. */
async function visibleRecord(backend: Backend, groupId: string) {
  const [group] = (await ok(backend, 'group.list', {})).filter((g) => g.id === groupId);
  const members = await ok(backend, 'member.list', { groupId });
  const history = await ok(backend, 'meeting.history', { groupId });
  const report = await ok(backend, 'report.compute', { groupId, months: 120 });
  return {
    name: group?.name,
    purpose: group?.purpose,
    rules: group?.groundRules.at(-1)?.rules,
    members: members
      .map((m) => ({ displayName: m.displayName, status: m.status, fullName: m.fullName, contact: m.contact }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    meetings: history.map((m) => ({ date: m.date, status: m.status, present: m.present })),
    // Ids differ when a group is added as a new one; everything a person reads must not.
    report: JSON.parse(JSON.stringify(report, (key, value: unknown) => (/(^id|Id|Ids)$/.test(key) ? undefined : value))) as unknown,
  };
}

async function source(): Promise<{ backend: Backend; groupId: string; privateNotes: string[] }> {
  const dir = await tempDir();
  const data = await writeV2History(dir, 2, 24);
  const backend = await openWithVault(dir);
  const [group] = await ok(backend, 'group.list', {});
  const privateNotes = data.meetings.map((m) => m.notes.private).filter((n) => n.length > 10);
  return { backend, groupId: group?.id ?? '', privateNotes };
}

describe('copies and handover files, through the backend', () => {
  it('a handover file without private notes opens in an empty folder with the group, members without contacts, meetings and reports', async () => {
    const { backend: a, groupId, privateNotes } = await source();
    expect(privateNotes.length).toBeGreaterThan(5);
    const refused = await a.call('copy.save', { kind: 'handover', groupId });
    expect(refused.ok ? null : refused.error.field).toBe('passphrase');
    const saved = await ok(a, 'copy.save', { kind: 'handover', groupId, passphrase: PASS });
    expect(saved.fileName).toMatch(/-handover-\d{4}-\d{2}-\d{2}\.circlekeeper$/);
    const file = await download(a, saved.transferId);
    expect(file.length).toBe(saved.bytes);
    const before = await visibleRecord(a, groupId);
    await a.close();

    const bDir = await tempDir();
    const b = await openWithVault(bDir);
    const transferId = await upload(b, file);
    const wrong = await b.call('copy.inspect', { transferId, passphrase: 'not the passphrase' });
    expect(wrong.ok ? null : wrong.error).toMatchObject({
      field: 'passphrase',
      message: expect.stringMatching(/does not open this copy/) as unknown,
    });
    const preview = await ok(b, 'copy.inspect', { transferId, passphrase: PASS });
    expect(preview).toMatchObject({ kind: 'handover', encrypted: true, include: { privateNotes: false, contacts: false } });
    expect(preview.groups[0]?.summary.meetingsHeld).toBe(before.meetings.filter((m) => m.status === 'ended').length);
    expect(preview.groups[0]?.sameGroupHere).toBeNull();
    const fileGroupId = preview.groups[0]?.fileGroupId ?? '';
    const opened = await ok(b, 'copy.open', { transferId, passphrase: PASS, choices: [{ fileGroupId, action: 'add' }] });
    expect(opened.added).toEqual([before.name]);

    const [newGroup] = await ok(b, 'group.list', {});
    const after = await visibleRecord(b, newGroup?.id ?? '');
    expect(after).toEqual({ ...before, members: before.members.map((m) => ({ ...m, fullName: null, contact: null })) });
    await b.close();
    // No private note anywhere in the new folder.
    const text = (await everyFile(bDir)).map((f) => f.bytes.toString('utf8')).join('\n');
    expect(privateNotes.filter((note) => text.includes(note))).toEqual([]);
  });

  it('a copy of one group put in place of that group after changes brings it back, and leaves other groups alone', async () => {
    const { backend: a, groupId } = await source();
    const other = await ok(a, 'group.create', { name: 'Friday circle' });
    await ok(a, 'member.add', { groupId: other.id, displayName: 'Ottilie' });
    const saved = await ok(a, 'copy.save', { kind: 'group', groupId });
    const file = await download(a, saved.transferId);
    const before = await visibleRecord(a, groupId);

    const [first] = await ok(a, 'member.list', { groupId });
    await ok(a, 'member.update', { memberId: first?.id, displayName: 'Renamed since' });
    await ok(a, 'member.add', { groupId, displayName: 'Joined since' });
    const transferId = await upload(a, file);
    const preview = await ok(a, 'copy.inspect', { transferId });
    expect(preview.encrypted).toBe(false);
    expect(preview.groups[0]?.sameGroupHere?.groupId).toBe(groupId);
    expect(preview.groups[0]?.replacing.find((l) => l.label === 'Members')).toBeDefined();
    const opened = await ok(a, 'copy.open', { transferId, choices: [{ fileGroupId: groupId, action: 'replace', replaceGroupId: groupId }] });
    expect(opened.undoWith).toMatch(/^circlekeeper-/);
    expect(await visibleRecord(a, groupId)).toEqual(before);
    expect((await ok(a, 'member.list', { groupId: other.id })).map((m) => m.displayName)).toEqual(['Ottilie']);
    await a.close();
  });

  it('refuses a damaged or cut-short file and changes nothing', async () => {
    const { backend: a, groupId } = await source();
    const saved = await ok(a, 'copy.save', { kind: 'handover', groupId, passphrase: PASS });
    const file = await download(a, saved.transferId);
    const groupsBefore = await ok(a, 'group.list', {});
    const flipped = Buffer.from(file);
    flipped[flipped.length - 40] = (flipped[flipped.length - 40] ?? 0) ^ 0xff;
    const damaged = await a.call('copy.inspect', { transferId: await upload(a, flipped), passphrase: PASS });
    expect(damaged.ok ? null : damaged.error.message).toMatch(/damaged/);
    const cut = await a.call('copy.inspect', { transferId: await upload(a, file.subarray(0, file.length - 100)), passphrase: PASS });
    expect(cut.ok ? null : cut.error.message).toMatch(/cut short/);
    expect(await ok(a, 'group.list', {})).toEqual(groupsBefore);
    await a.close();
  });
});
