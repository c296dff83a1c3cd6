import { describe, expect, it } from 'vitest';
import { civilAt } from '#shared/schedule/zoned-time';
import { DatabaseV2 } from '#shared/storage/database';
import { generateHistory } from '../../bench/scale/history-generator';

// Generated once: the checks below only read them.
const histories = [
  { years: 1, data: generateHistory({ years: 1, seed: 7 }) },
  { years: 10, data: generateHistory({ years: 10, seed: 7 }) },
];

describe.each(histories)('a $years-year history', ({ years, data }) => {
  it('is a valid version 2 data file, unchanged by parsing', () => {
    const parsed = DatabaseV2.safeParse(data);
    expect(parsed.error?.issues.slice(0, 3)).toBeUndefined();
    // Nothing needed trimming or normalising: the generator writes what the app would.
    expect(parsed.data).toEqual(data);
  });

  it('has a meeting every week, a few cancelled, and the next one planned', () => {
    const count = (status: string) => data.meetings.filter((m) => m.status === status).length;
    expect(data.meetings).toHaveLength(years * 52 + 1);
    expect(count('cancelled')).toBeGreaterThanOrEqual(years);
    expect(count('cancelled')).toBeLessThanOrEqual(3 * years);
    expect(count('ended')).toBe(years * 52 - count('cancelled'));
    const planned = data.meetings.filter((m) => m.status === 'planned');
    expect(planned).toMatchObject([{ date: '2026-12-01', attendance: [], live: null, record: null }]);
    const held = data.meetings.filter((m) => m.status !== 'cancelled');
    expect(held.every((m) => m.status === 'planned' || (m.record !== null && m.attendance.length > 0))).toBe(true);
    // 19:00 in London whether or not summer time is in force.
    expect(
      data.meetings.every((m) => {
        const t = civilAt(m.startsAt, 'Europe/London');
        return t.hour === 19 && t.minute === 0;
      }),
    ).toBe(true);
  });

  it('records attendance only for members who had joined and not yet left', () => {
    const members = new Map(data.members.map((m) => [m.id, m]));
    const groupId = data.groups[0]?.id;
    for (const meeting of data.meetings) {
      for (const entry of meeting.attendance) {
        if (entry.memberId === null) {
          expect(entry.participantId).toMatch(/^guest-/);
          continue;
        }
        const member = members.get(entry.memberId);
        expect(member?.groupId).toBe(groupId);
        expect(member && member.joinedOn <= meeting.date).toBe(true);
        expect(member && (member.leftOn === null || meeting.date < member.leftOn)).toBe(true);
      }
    }
  });

  it('gives turns and roles only to people who were there', () => {
    for (const meeting of data.meetings) {
      const present = new Set(meeting.attendance.filter((a) => a.status === 'present').map((a) => a.participantId));
      expect(new Set(meeting.seating)).toEqual(present);
      for (const turn of meeting.record?.turns ?? []) expect(present.has(turn.participantId)).toBe(true);
      for (const holder of Object.values(meeting.roles)) if (holder !== null) expect(present.has(holder)).toBe(true);
    }
  });

  it('keeps current display names unique and leaves a group of about 30', () => {
    const current = data.members.filter((m) => m.status !== 'left');
    expect(new Set(current.map((m) => m.displayName.toLocaleLowerCase())).size).toBe(current.length);
    expect(current.length).toBeGreaterThanOrEqual(25);
    expect(current.length).toBeLessThanOrEqual(35);
    expect(data.members.filter((m) => m.erased).every((m) => m.status === 'left' && m.fullName === null && m.contact === null)).toBe(true);
  });
});

describe('generateHistory', () => {
  it('gives the same history for the same seed, and another for another seed', () => {
    expect(generateHistory({ years: 2, seed: 42 })).toEqual(generateHistory({ years: 2, seed: 42 }));
    expect(generateHistory({ years: 2, seed: 43 })).not.toEqual(generateHistory({ years: 2, seed: 42 }));
  });

  it('leaves only the last meetings’ action items open', () => {
    const data = histories[1]?.data;
    const ended = data?.meetings.filter((m) => m.status === 'ended') ?? [];
    const lastThree = new Set(ended.slice(-3).map((m) => m.id));
    expect(data?.actionItems.every((a) => (a.status === 'open') === lastThree.has(a.meetingId))).toBe(true);
  });
});
