import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';
import { openAt, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const DAY = 86_400_000;
const AWKWARD = 'Jo "JJ" Smith, Jr.';

/**
 * Three Tuesdays run through the API, as a facilitator would:
 *   1 Dec  Ana, Jo, Cai and a late guest. A round: Ana 60 s, Jo 120 s, Cai passes (and the round
 *          ends on her: a turn of no time, which is not speaking). Check-out after it
 *          ended: ratings 5, 4, 4; heard yes, yes, somewhat.
 *   8 Dec  cancelled.
 *  15 Dec  Ana and Dee (her first time); started and ended, nobody spoke.
 * Jo then goes on a break (20 Dec); the report is asked for on 21 Dec.
 */
async function threeTuesdays(dir: string) {
  const edges = fixedEdges(Date.UTC(2026, 10, 25, 18));
  const backend = await openBackend(dir, edges);
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY });
  const [ana, jo, cai, dee] = await Promise.all(
    ['Ana', AWKWARD, 'Cai', 'Dee'].map((displayName) => ok(backend, 'member.add', { groupId: group.id, displayName })),
  );
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  const plan = (date: string) => ok(backend, 'meeting.plan', { groupId: group.id, date, templateId: template!.id });
  const first = await plan('2026-12-01');
  const second = await plan('2026-12-08');
  const third = await plan('2026-12-15');

  edges.advance(6 * DAY + 60 * 60_000);
  for (const m of [ana!, jo!, cai!]) await ok(backend, 'attendance.mark', { meetingId: first.id, memberId: m.id, status: 'present' });
  await ok(backend, 'live.start', { meetingId: first.id });
  const command = (c: unknown) => ok(backend, 'live.command', { meetingId: first.id, command: c });
  await command({ type: 'nextItem' });
  await command({ type: 'startRound', mode: 'seating' });
  edges.advance(60_000);
  await command({ type: 'nextSpeaker' });
  edges.advance(120_000);
  await command({ type: 'nextSpeaker' });
  await command({ type: 'pass' });
  await command({ type: 'endRound' });
  await ok(backend, 'attendance.addGuest', { meetingId: first.id, displayName: 'Visitor' });
  await ok(backend, 'live.end', { meetingId: first.id });
  for (const [rating, heard] of [
    [5, 'yes'],
    [4, 'yes'],
    [4, 'somewhat'],
  ] as const) {
    await ok(backend, 'checkout.record', { meetingId: first.id, rating, heard });
  }
  await ok(backend, 'meeting.cancel', { meetingId: second.id });

  edges.advance(14 * DAY);
  for (const m of [ana!, dee!]) await ok(backend, 'attendance.mark', { meetingId: third.id, memberId: m.id, status: 'present' });
  await ok(backend, 'live.start', { meetingId: third.id });
  await ok(backend, 'live.end', { meetingId: third.id });

  edges.advance(5 * DAY);
  await ok(backend, 'member.update', { memberId: jo!.id, status: 'on_break' });
  edges.advance(DAY);
  return { backend, group, jo: jo!, first, second, third, edges };
}

describe('report.compute', () => {
  it('reports on meetings run through the API, from their digests', async () => {
    const dir = await tempDir();
    const { backend, group, first, second, third } = await threeTuesdays(dir);
    const report = await ok(backend, 'report.compute', { groupId: group.id });

    expect(report.range).toEqual({ from: null, to: '2026-12-21', today: '2026-12-21', firstMeeting: '2026-12-01', lastMeeting: '2026-12-15' });
    expect(report.attendance.meetings.map((m) => [m.meetingId, m.members, m.guests, m.newcomers, m.returners])).toEqual([
      [first.id, 3, 1, 3, 0],
      [third.id, 2, 0, 1, 0],
    ]);
    expect(report.attendance.cancelled).toEqual([{ meetingId: second.id, date: '2026-12-08' }]);
    // Speaking [60 s, 120 s, 0, 0] in units of 60 s: [0, 0, 1, 2]; 2·(3·1 + 4·2)/(4·3) − 5/4 = 7/12.
    expect(report.participation.meetings.map((m) => [m.present, m.spoke, m.passes, m.gini])).toEqual([
      [4, 2, 1, 0.583],
      [2, 0, 0, null],
    ]);
    // The late check-out reached the archived meeting's digest: (5 + 4 + 4)/3.
    expect(report.support.meetings[0]).toMatchObject({ ratings: [0, 0, 0, 2, 1], ratingMean: 4.33, heard: { yes: 2, somewhat: 1, no: 0 } });
    expect(report.time.meetings[0]).toMatchObject({ plannedMinutes: 90, actualMinutes: 3, overran: false });
    expect(report.members.quarters).toEqual([
      { quarter: '2026 Q4', from: '2026-11-25', to: '2026-12-21', joined: 4, left: 0, onBreak: 1, members: 4 },
    ]);
    expect(report.perMember).toBeNull();
    expect(JSON.stringify(report)).not.toContain('Smith');

    const withMembers = await ok(backend, 'report.compute', { groupId: group.id, perMember: true });
    expect(withMembers.perMember?.map((m) => [m.name, m.meetingsAttended, m.speakingMinutes])).toEqual([
      ['Ana', 2, 1],
      ['Cai', 1, 0],
      ['Dee', 1, 0],
      [AWKWARD, 1, 2],
    ]);
    await backend.close();
  });

  it('takes the last n months or two dates, and refuses a range that cannot be, saying why', async () => {
    const dir = await tempDir();
    const { backend, group } = await threeTuesdays(dir);
    const december = await ok(backend, 'report.compute', { groupId: group.id, from: '2026-12-10', to: '2026-12-31' });
    expect(december.attendance.meetings).toHaveLength(1);
    expect(december.attendance.cancelled).toEqual([]);
    const month = await ok(backend, 'report.compute', { groupId: group.id, months: 1 });
    expect(month.range).toMatchObject({ from: '2026-11-21', to: '2026-12-21' });

    for (const [input, code, message] of [
      [{ groupId: group.id, from: '2026-12-31', to: '2026-12-01' }, 'invalid_input', 'after the last'],
      [{ groupId: group.id, from: '2026-12-01', months: 3 }, 'invalid_input', 'not both'],
      [{ groupId: group.id, months: 0 }, 'invalid_input', '1 to 120 months'],
      [{ groupId: group.id, to: '2026-02-30' }, 'invalid_input', 'not a real date'],
      [{ groupId: 'nope' }, 'not_found', 'no longer exists'],
    ] as const) {
      const envelope = await backend.call('report.compute', input);
      expect(envelope.ok, JSON.stringify(input)).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe(code);
        expect(envelope.error.message).toContain(message);
      }
    }
    await backend.close();
  });

  it('never opens an archive: the same report with every archive file gone', async () => {
    const dir = await tempDir();
    const { backend, group, edges } = await threeTuesdays(dir);
    const before = await ok(backend, 'report.compute', { groupId: group.id, perMember: true });
    await backend.close();
    await rm(join(dir, 'archive', group.id, '2026.json'));
    const again = await openBackend(dir, edges);
    expect(await ok(again, 'report.compute', { groupId: group.id, perMember: true })).toEqual(before);
    await again.close();
  });

  it('agrees with two years of generated history (after migration), erased members without a name', async () => {
    const dir = await tempDir();
    const v2 = await writeV2History(dir, 2);
    const backend = await openAt(dir, Date.UTC(2026, 10, 28, 12));
    const groupId = v2.groups[0]!.id;
    const report = await ok(backend, 'report.compute', { groupId, months: 12, perMember: true });
    const inRange = (date: string) => date >= '2025-11-28' && date <= '2026-11-28';
    expect(report.attendance.totals.held).toBe(v2.meetings.filter((m) => m.status === 'ended' && inRange(m.date)).length);
    expect(report.attendance.totals.cancelled).toBe(v2.meetings.filter((m) => m.status === 'cancelled' && inRange(m.date)).length);
    const present = v2.meetings
      .filter((m) => m.status === 'ended' && inRange(m.date))
      .reduce((sum, m) => sum + m.attendance.filter((a) => a.status === 'present').length, 0);
    expect(report.attendance.meetings.reduce((sum, m) => sum + m.total, 0)).toBe(present);
    const erased = new Set(v2.members.filter((m) => m.erased).map((m) => m.id));
    for (const row of report.perMember ?? []) expect(row.name === null).toBe(erased.has(row.memberId));
    const shares = (report.perMember ?? []).reduce((sum, m) => sum + m.attendanceShare, 0);
    // Members' shares and the guests' make 1.
    const guests = report.attendance.totals.guests / present;
    expect(shares + guests).toBeCloseTo(1, 2);
    for (const section of [report.attendance, report.participation, report.support, report.time, report.members]) expect(section.enough).toBe(true);
    await backend.close();
  });
});
