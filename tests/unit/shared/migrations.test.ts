import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyDatabase } from '#shared/storage/database';
import { migrateToCurrent } from '#shared/storage/migrations';
import { testGroup, testMember } from './fixtures';

describe('migrateToCurrent', () => {
  it('accepts a current file as it is', () => {
    const data = { ...emptyDatabase(), groups: [testGroup('g1', 'Circle')] };
    expect(migrateToCurrent(data)).toEqual({ ok: true, data, migratedFrom: null, setAside: [] });
  });

  it.each([
    [null, 'does not hold a Circlekeeper data object'],
    [[1, 2], 'does not hold a Circlekeeper data object'],
    [{ groups: [] }, 'no valid schemaVersion'],
    [{ schemaVersion: 0 }, 'no valid schemaVersion'],
    [{ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, 'newer Circlekeeper'],
    [{ ...emptyDatabase(), members: [{ id: 'm1' }] }, 'members (id m1): groupId'],
    [{ ...emptyDatabase(), members: 'everyone' }, '"members" is not a list'],
  ])('refuses %j with a reason a person can read', (raw, reason) => {
    const outcome = migrateToCurrent(raw);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toContain(reason);
  });
});

describe('a file with a bad record', () => {
  it('keeps every good record and sets the bad ones aside, each with its reason', () => {
    const good = testGroup('g1', 'Circle');
    const raw = { ...emptyDatabase(), groups: [good, { ...good, id: 'g2', name: '' }], room: { mode: 'fireworks' }, extra: 1 };
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.data.groups).toEqual([good]);
    expect(outcome.data.room).toEqual(emptyDatabase().room);
    expect(outcome.setAside.map((r) => [r.collection, r.index, r.label])).toEqual([
      ['groups', 1, '(id g2)'],
      ['room', null, 'room'],
      ['extra', null, 'extra'],
    ]);
    expect(outcome.setAside[0]?.reason).toContain('name');
    expect(outcome.setAside[0]?.record).toEqual({ ...good, id: 'g2', name: '' });
  });
});

describe('migration 1 → 2', () => {
  it('upgrades a foundation-era file without inventing content', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw: unknown = JSON.parse(await readFile(new URL('../fixtures/schema-v1.json', import.meta.url), 'utf8'));
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.migratedFrom).toBe(1);
    expect(outcome.data.groups[0]).toMatchObject({ name: 'Tuesday Circle', purpose: '', groundRules: [], schedule: null, reviewEveryMeetings: 12 });
    expect(outcome.data.members.map((m) => [m.displayName, m.status, m.joinedOn, m.leftOn])).toEqual([
      ['Sam', 'active', '2025-11-24', null],
      ['Alex', 'left', '2025-11-24', '2025-11-30'],
    ]);
    expect(outcome.data.room).toEqual({
      groupId: 'g1',
      mode: 'blank',
      modeBeforeBlank: 'auto',
      modeBeforePause: 'auto',
      message: '',
      timerDisplay: 'numbers',
    });
    expect(outcome.data.templates).toEqual([]);
  });
});

describe('migration 3 → 4', () => {
  const v3Member = (id: string, status: string, leftOn: string | null) => {
    const { statusLog: _, ...member } = testMember(id, 'g1', id);
    return { ...member, status, leftOn };
  };

  it('gives each member a status log of what version 3 knew, and no date it did not', () => {
    const raw = {
      ...emptyDatabase(),
      schemaVersion: 3,
      groups: [testGroup('g1', 'Circle')],
      members: [v3Member('Ann', 'active', null), v3Member('Bo', 'left', '2026-03-02'), v3Member('Cy', 'on_break', null)],
    };
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.migratedFrom).toBe(3);
    expect(outcome.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(outcome.data.members.map((m) => [m.id, m.statusLog])).toEqual([
      ['Ann', []],
      ['Bo', [{ date: '2026-03-02', status: 'left' }]],
      ['Cy', [{ date: null, status: 'on_break' }]],
    ]);
    // Pure: the version 3 data it was given is as it was.
    expect(raw.members[0]).not.toHaveProperty('statusLog');
  });

  it('leaves a record that is not a member for the salvage to set aside, keeping the rest', () => {
    const outcome = migrateToCurrent({ ...emptyDatabase(), schemaVersion: 3, members: [v3Member('Ann', 'active', null), 'not a member'] });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.data.members.map((m) => m.id)).toEqual(['Ann']);
    expect(outcome.setAside.map((r) => r.collection)).toEqual(['members']);
  });

  it('takes a version 1 file all the way, through 2 and 3', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw: unknown = JSON.parse(await readFile(new URL('../fixtures/schema-v1.json', import.meta.url), 'utf8'));
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.data.members.map((m) => m.statusLog)).toEqual([[], [{ date: '2025-11-30', status: 'left' }]]);
  });
});

describe('migration 4 → 5', () => {
  async function v4(): Promise<Record<string, unknown>> {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(new URL('../fixtures/schema-v4.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  }

  it('makes the purpose a group already had its first version, with no invented date, and starts the rest empty', async () => {
    const raw = await v4();
    const before = JSON.stringify(raw);
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.migratedFrom).toBe(4);
    expect(outcome.setAside).toEqual([]);
    const [circle, quiet] = outcome.data.groups;
    expect(circle?.purposeVersions).toEqual([
      {
        version: 1,
        purpose: 'A confidential circle for carers to share and listen.',
        objectives: ['Meet every week', 'Welcome newcomers'],
        adoptedAt: null,
      },
    ]);
    expect(circle).toMatchObject({ reviews: [], reviewOffered: null, checkInAfterMissed: 3, reviewEveryMeetings: 4 });
    // A group with no purpose written has no version to keep.
    expect(quiet?.purposeVersions).toEqual([]);
    expect(outcome.data.room).toEqual({
      groupId: 'g1',
      mode: 'ground_rules',
      modeBeforeBlank: 'auto',
      modeBeforePause: 'auto',
      message: '',
      timerDisplay: 'numbers',
    });
    expect([outcome.data.groupGoals, outcome.data.personalGoals, outcome.data.followUps, outcome.data.memberCare]).toEqual([[], [], [], []]);
    // Members are as they were: a break without an end date stays one.
    expect(outcome.data.members[0]).toMatchObject({ status: 'on_break', statusLog: [{ date: '2026-02-03', status: 'on_break' }] });
    // Pure: the version 4 data it was given is as it was.
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('leaves a broken group for the salvage to set aside, keeping the other', async () => {
    const raw = await v4();
    const groups = raw.groups as Record<string, unknown>[];
    const outcome = migrateToCurrent({ ...raw, groups: [groups[0], { ...groups[1], name: '' }] });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.data.groups.map((g) => g.id)).toEqual(['g1']);
    expect(outcome.setAside.map((r) => [r.collection, r.label])).toEqual([['groups', '(id g2)']]);
  });
});

describe('migration 5 → 6', () => {
  async function v5(): Promise<Record<string, unknown>> {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(new URL('../fixtures/schema-v5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  }

  it('starts partners, events and imported partner events empty and changes nothing else', async () => {
    const raw = await v5();
    const before = JSON.stringify(raw);
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.migratedFrom).toBe(5);
    expect(outcome.setAside).toEqual([]);
    expect([outcome.data.partners, outcome.data.events, outcome.data.partnerEvents]).toEqual([[], [], []]);
    const { partners: _p, events: _e, partnerEvents: _pe, schemaVersion, groups, ...rest } = outcome.data;
    const { schemaVersion: oldVersion, groups: oldGroups, ...old } = raw;
    expect([schemaVersion, oldVersion]).toEqual([CURRENT_SCHEMA_VERSION, 5]);
    expect(rest).toEqual(old);
    // Version 7 gave each group its room language; otherwise the groups are as they were.
    expect(groups.map(({ roomLocale: _l, ...group }) => group)).toEqual(oldGroups);
    // Pure: the version 5 data it was given is as it was.
    expect(JSON.stringify(raw)).toBe(before);
  });
});

describe('migration 6 → 7', () => {
  async function v6(): Promise<Record<string, unknown>> {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(new URL('../fixtures/schema-v6.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  }

  it('shows every group’s room in English, as before, and changes nothing else', async () => {
    const raw = await v6();
    const before = JSON.stringify(raw);
    const outcome = migrateToCurrent(raw);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.migratedFrom).toBe(6);
    expect(outcome.setAside).toEqual([]);
    expect(outcome.data.groups.map((g) => [g.id, g.roomLocale])).toEqual([
      ['g1', 'en'],
      ['g2', 'en'],
    ]);
    const { schemaVersion, groups, ...rest } = outcome.data;
    const { schemaVersion: oldVersion, groups: oldGroups, ...old } = raw;
    expect([schemaVersion, oldVersion]).toEqual([7, 6]);
    expect(rest).toEqual(old);
    expect(groups.map(({ roomLocale: _l, ...group }) => group)).toEqual(oldGroups);
    // Pure: the version 6 data it was given is as it was.
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('leaves a record that is not a group for the salvage to set aside, keeping the rest', async () => {
    const raw = await v6();
    const groups = raw.groups as Record<string, unknown>[];
    const outcome = migrateToCurrent({ ...raw, groups: [groups[0], 'not a group'] });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.data.groups.map((g) => [g.id, g.roomLocale])).toEqual([['g1', 'en']]);
    expect(outcome.setAside.map((r) => r.collection)).toEqual(['groups']);
  });
});
