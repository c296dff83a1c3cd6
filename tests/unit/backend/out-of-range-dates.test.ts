import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { emptyDatabase } from '#shared/storage/database';
import { testGroup, testMember } from '../shared/fixtures';
import { useTempDirs } from './temp-dir';
import { ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
const schedule = WEEKLY_TUESDAY;

async function groupWithSchedule(dir: string, overrides: Partial<Record<keyof typeof schedule, unknown>> = {}) {
  const backend = await openBackend(dir);
  const group = await ok(backend, 'group.create', { name: 'Circle', withDefaults: false });
  await ok(backend, 'group.update', { groupId: group.id, schedule: { ...schedule, ...overrides } });
  return { backend, group };
}

describe('dates out of range', () => {
  it('answers a meeting planned before 1970 or after 9999 with a sentence about the date, and stores nothing', async () => {
    const dir = await tempDir();
    const { backend, group } = await groupWithSchedule(dir);
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    const early = await backend.call('meeting.plan', { groupId: group.id, date: '1969-12-31', templateId: null });
    expect(early.ok ? null : early.error).toEqual({
      code: 'invalid_input',
      message: 'The meeting date must be from 1970 to 9999; check the year.',
      field: 'date',
      messageId: 'errors.date.yearRange',
      values: { date: 'meetingDate' },
    });
    const late = await backend.call('meeting.plan', { groupId: group.id, date: '10000-01-01', templateId: null });
    expect(late.ok ? null : late.error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('check the meeting date') as unknown,
      field: 'date',
    });
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });

  it('plans meetings on the first and last days it can store', async () => {
    const { backend, group } = await groupWithSchedule(await tempDir());
    // London kept British Standard Time (UTC+1) all through 1970, so 19:00 was 18:00 UTC.
    expect((await ok(backend, 'meeting.plan', { groupId: group.id, date: '1970-01-01', templateId: null })).startsAt).toBe(Date.UTC(1970, 0, 1, 18));
    expect((await ok(backend, 'meeting.plan', { groupId: group.id, date: '9999-12-31', templateId: null })).date).toBe('9999-12-31');
    await backend.close();
  });

  it('refuses 1 January 1970 as invalid input where that morning is still 1969 in UTC', async () => {
    // Tokyo is 9 hours ahead of UTC: 00:30 there on 1 January 1970 is 15:30 UTC on 31 December 1969.
    const { backend, group } = await groupWithSchedule(await tempDir(), { timeZone: 'Asia/Tokyo', startTime: '00:30' });
    const refused = await backend.call('meeting.plan', { groupId: group.id, date: '1970-01-01', templateId: null });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'invalid_input',
      field: 'date',
      message: expect.stringContaining('Choose a later meeting date') as unknown,
    });
    expect(await ok(backend, 'meeting.plan', { groupId: group.id, date: '1970-01-02', templateId: null })).toMatchObject({ date: '1970-01-02' });
    await backend.close();
  });

  it('refuses other dates out of range by name: a join date, an agreement, a due date, a first meeting', async () => {
    const dir = await tempDir();
    const { backend, group } = await groupWithSchedule(dir);
    const member = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Ana' });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: null });
    const cases: [string, unknown, string][] = [
      ['member.add', { groupId: group.id, displayName: 'Ben', joinedOn: '1969-06-01' }, 'The date they joined must be from 1970 to 9999'],
      ['member.recordAgreement', { memberId: member.id, date: '0026-11-03' }, 'The date they agreed to the ground rules must be from 1970 to 9999'],
      [
        'actionItem.add',
        { meetingId: meeting.id, text: 'Call the hall', ownerId: null, due: '1900-01-01' },
        'The due date must be from 1970 to 9999',
      ],
      [
        'group.update',
        { groupId: group.id, schedule: { ...schedule, startDate: '1969-09-02' } },
        'The date of the first meeting must be from 1970 to 9999',
      ],
    ];
    for (const [method, input, message] of cases) {
      const envelope = await backend.call(method, input);
      expect(envelope.ok ? null : envelope.error, method).toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining(message) as unknown,
      });
    }
    await backend.close();
  });

  it('still opens and edits records an earlier version stored with a date before 1970', async () => {
    // Before dates were checked for their year, the contract took any real date; such a file must keep opening.
    const dir = await tempDir();
    const group = { ...testGroup('g1', 'Circle'), schedule: { ...schedule, startDate: '1965-03-02' } };
    const member = { ...testMember('m1', 'g1', 'Ana'), joinedOn: '1965-03-02', agreement: { date: '0226-01-01', rulesVersion: 1 } };
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify({ ...emptyDatabase(), groups: [group], members: [member] }));
    const backend = await openBackend(dir);
    expect((await ok(backend, 'app.status', {})).notices).toEqual([]);
    expect(await ok(backend, 'member.update', { memberId: 'm1', status: 'on_break' })).toMatchObject({ joinedOn: '1965-03-02', status: 'on_break' });
    expect(await ok(backend, 'group.update', { groupId: 'g1', venue: 'The hall' })).toMatchObject({ schedule: { startDate: '1965-03-02' } });
    await backend.close();
  });
});
