import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { ok, openBackend } from './test-backend';

const tempDir = useTempDirs();

describe('member.importMany through the contract', () => {
  it('adds every member in one step', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const { added } = await ok(backend, 'member.importMany', {
      groupId: group.id,
      members: [{ displayName: 'Ann', fullName: 'Ann Smith', contact: 'ann@example.org' }, { displayName: 'Bo' }],
    });
    expect(added.map((m) => [m.displayName, m.fullName, m.contact, m.status])).toEqual([
      ['Ann', 'Ann Smith', 'ann@example.org', 'active'],
      ['Bo', null, null, 'active'],
    ]);
    expect((await ok(backend, 'member.list', { groupId: group.id })).map((m) => m.displayName)).toEqual(['Ann', 'Bo']);
  });

  it('adds nothing when one row would be refused', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'member.add', { groupId: group.id, displayName: 'Cy' });
    const clash = await backend.call('member.importMany', { groupId: group.id, members: [{ displayName: 'Ann' }, { displayName: 'cy' }] });
    expect(clash.ok).toBe(false);
    if (!clash.ok)
      expect(clash.error.message).toBe('Nothing was added. Member 2: “cy” is already a member of this group. Add an initial to tell them apart.');
    const twice = await backend.call('member.importMany', { groupId: group.id, members: [{ displayName: 'Di' }, { displayName: 'DI' }] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/Member 2: “DI” is also member 1/);
    const tooLong = await backend.call('member.importMany', { groupId: group.id, members: [{ displayName: 'Ed' }, { displayName: 'x'.repeat(41) }] });
    expect(tooLong.ok).toBe(false);
    const tooMany = await backend.call('member.importMany', {
      groupId: group.id,
      members: Array.from({ length: 501 }, (_, i) => ({ displayName: `M${String(i)}` })),
    });
    expect(tooMany.ok).toBe(false);
    expect((await ok(backend, 'member.list', { groupId: group.id })).map((m) => m.displayName)).toEqual(['Cy']);
  });
});
