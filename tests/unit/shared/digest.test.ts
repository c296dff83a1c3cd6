import { describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/domain/types';
import { digestMeeting, sequenceDigests, type MeetingDigest } from '#shared/history/digest';

/** A small meeting whose digest was worked out by hand below. */
function heldMeeting(): Meeting {
  return {
    id: 'm1',
    groupId: 'g1',
    date: '2026-12-01',
    startsAt: Date.UTC(2026, 11, 1, 19),
    durationMinutes: 90,
    status: 'ended',
    templateId: null,
    agenda: [
      { id: 'i1', kind: 'welcome', title: 'Welcome', minutes: 10, objective: '', perSpeakerSeconds: null },
      { id: 'i2', kind: 'check_in_round', title: 'Check-in', minutes: 30, objective: '', perSpeakerSeconds: 120 },
      { id: 'i3', kind: 'break', title: 'Break', minutes: 10, objective: '', perSpeakerSeconds: null },
    ],
    roles: { facilitator: 'ana', timekeeper: null, note_taker: 'ben' },
    roleDeclines: [],
    attendance: [
      { participantId: 'ana', memberId: 'ana', guestName: null, status: 'present', late: false },
      { participantId: 'ben', memberId: 'ben', guestName: null, status: 'present', late: true },
      { participantId: 'cai', memberId: 'cai', guestName: null, status: 'excused', late: false },
      { participantId: 'guest-1', memberId: null, guestName: 'Visitor', status: 'present', late: false },
    ],
    seating: ['ana', 'ben', 'guest-1'],
    live: null,
    record: {
      startedAt: Date.UTC(2026, 11, 1, 19, 2),
      endedAt: Date.UTC(2026, 11, 1, 20, 40),
      itemActualMs: { i1: 600_000, i2: 2_100_000 },
      skippedItemIds: ['i3'],
      turns: [
        { participantId: 'ana', itemId: 'i2', source: 'round', durationMs: 90_000, passed: false },
        { participantId: 'ben', itemId: 'i2', source: 'round', durationMs: 2_000, passed: true },
        { participantId: 'guest-1', itemId: 'i2', source: 'round', durationMs: 60_000, passed: false },
        { participantId: 'ana', itemId: 'i2', source: 'queue', durationMs: 30_000, passed: false },
      ],
    },
    notes: { private: '', items: { i2: 'private item note' }, shared: 'themes' },
    checkout: { ratings: [0, 0, 1, 1, 1], heard: { yes: 2, somewhat: 1, no: 0 } },
  };
}

describe('digestMeeting', () => {
  it('keeps ids and counts, worked out by hand, and no text', () => {
    expect(digestMeeting(heldMeeting())).toEqual({
      meetingId: 'm1',
      groupId: 'g1',
      date: '2026-12-01',
      startsAt: Date.UTC(2026, 11, 1, 19),
      status: 'ended',
      plannedMinutes: 90,
      agendaMinutes: 50,
      startedAt: Date.UTC(2026, 11, 1, 19, 2),
      endedAt: Date.UTC(2026, 11, 1, 20, 40),
      present: ['ana', 'ben'],
      guests: 1,
      excused: ['cai'],
      late: 1,
      newcomers: [],
      returners: [],
      speakers: [
        { memberId: 'ana', ms: 120_000, turns: 2, passes: 0 },
        { memberId: 'ben', ms: 2_000, turns: 0, passes: 1 },
        { memberId: null, ms: 60_000, turns: 1, passes: 0 },
      ],
      items: [
        { kind: 'welcome', plannedMinutes: 10, actualMs: 600_000, skipped: false },
        { kind: 'check_in_round', plannedMinutes: 30, actualMs: 2_100_000, skipped: false },
        { kind: 'break', plannedMinutes: 10, actualMs: 0, skipped: true },
      ],
      checkout: { ratings: [0, 0, 1, 1, 1], heard: { yes: 2, somewhat: 1, no: 0 } },
      roles: { facilitator: 'ana', timekeeper: null, note_taker: 'ben' },
      hasPrivateNotes: true,
    });
    const text = JSON.stringify(digestMeeting(heldMeeting()));
    expect(text).not.toContain('Visitor');
    expect(text).not.toContain('private item note');
    expect(text).not.toContain('themes');
  });

  it('records a cancelled meeting with nobody present', () => {
    const cancelled = { ...heldMeeting(), status: 'cancelled' as const, record: null, notes: { private: '', items: {}, shared: '' } };
    expect(digestMeeting(cancelled)).toMatchObject({
      status: 'cancelled',
      present: [],
      guests: 0,
      speakers: [],
      startedAt: null,
      hasPrivateNotes: false,
    });
  });
});

describe('sequenceDigests', () => {
  const held = (id: string, day: number, present: string[]): MeetingDigest => ({
    ...digestMeeting(heldMeeting()),
    meetingId: id,
    startsAt: Date.UTC(2026, 0, day, 19),
    date: `2026-01-${String(day).padStart(2, '0')}`,
    present,
  });

  it('finds newcomers and those who came back after missing the previous meeting, in date order', () => {
    const cancelled = { ...held('c', 15, []), status: 'cancelled' as const };
    const out = sequenceDigests([
      held('d', 29, ['ana', 'ben', 'dee']),
      held('a', 1, ['ana', 'ben']),
      cancelled,
      held('b', 8, ['ana', 'cai']),
      held('e', 22, ['ben']),
    ]);
    expect(out.map((d) => [d.meetingId, d.newcomers, d.returners])).toEqual([
      ['a', ['ana', 'ben'], []],
      ['b', ['cai'], []],
      // A cancelled meeting is no absence.
      ['c', [], []],
      ['e', [], ['ben']],
      ['d', ['dee'], ['ana']],
    ]);
  });

  it('keeps a digest object as it is when nothing in it changes, so unchanged files are not rewritten', () => {
    const once = sequenceDigests([held('a', 1, ['ana']), held('b', 8, ['ana'])]);
    const twice = sequenceDigests(once);
    expect(twice[0]).toBe(once[0]);
    expect(twice[1]).toBe(once[1]);
  });
});
