import { describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/types';
import type { MeetingDigest } from '#shared/history/digest';
import { checkInList, missedRun, onBreakOn, welcomeBackSince, type MemberCare } from '#shared/sustain/drift';
import { testMember } from './fixtures';

/** A held meeting's digest: who came (members by id; guests only counted) and who was excused. */
function held(date: string, present: string[], excused: string[] = [], guests = 0): MeetingDigest {
  return {
    meetingId: `m-${date}`,
    groupId: 'g1',
    date,
    startsAt: Date.parse(`${date}T19:00:00Z`),
    status: 'ended',
    plannedMinutes: 90,
    agendaMinutes: 90,
    startedAt: 0,
    endedAt: 0,
    present,
    guests,
    excused,
    late: 0,
    newcomers: [],
    returners: [],
    speakers: [],
    items: [],
    checkout: { ratings: [0, 0, 0, 0, 0], heard: { yes: 0, somewhat: 0, no: 0 } },
    roles: { facilitator: null, timekeeper: null, note_taker: null },
    hasPrivateNotes: false,
  };
}

const cancelled = (date: string): MeetingDigest => ({ ...held(date, []), status: 'cancelled', meetingId: `c-${date}` });

const member = (id: string, changes: Partial<Member> = {}): Member => ({ ...testMember(id, 'g1', id), checkOnMe: true, ...changes });
const care = (memberId: string, breakUntil: string | null, reachedOut: string[] = []): MemberCare => ({
  memberId,
  groupId: 'g1',
  breakUntil,
  reachedOut,
});

// Weekly Tuesdays in early 2026.
const dates = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03', '2026-02-10'] as const;

describe('a member’s current run of missed meetings', () => {
  it('counts held meetings missed since they last came, newest first', () => {
    const digests = [held(dates[0], ['ann']), held(dates[1], []), held(dates[2], []), held(dates[3], [])];
    expect(missedRun(member('ann'), undefined, digests)).toEqual({ missed: 3, lastPresent: dates[0] });
  });

  it('does not count a cancelled meeting, nor one they were excused from, and goes on past both', () => {
    const digests = [held(dates[0], ['ann']), held(dates[1], []), cancelled(dates[2]), held(dates[3], [], ['ann']), held(dates[4], [])];
    expect(missedRun(member('ann'), undefined, digests).missed).toBe(2);
  });

  it('does not count meetings before they joined', () => {
    const digests = dates.map((d) => held(d, []));
    expect(missedRun(member('ann', { joinedOn: dates[3] }), undefined, digests)).toEqual({ missed: 3, lastPresent: null });
  });

  it('does not count meetings missed while on a break, by the status log', () => {
    const onBreak = member('ann', {
      status: 'active',
      statusLog: [
        { date: dates[1], status: 'on_break' },
        { date: dates[4], status: 'active' },
      ],
    });
    const digests = [held(dates[0], ['ann']), ...dates.slice(1).map((d) => held(d, []))];
    // Missed 1, 2 and 3 on a break; 4 and 5 after coming back.
    expect(missedRun(onBreak, undefined, digests).missed).toBe(2);
  });

  it('counts again once a break with an end date has run out, though nobody marked them back', () => {
    const onBreak = member('ann', { status: 'on_break', statusLog: [{ date: dates[1], status: 'on_break' }] });
    const digests = [held(dates[0], ['ann']), ...dates.slice(1).map((d) => held(d, []))];
    expect(onBreakOn(onBreak, care('ann', dates[2]), dates[2])).toBe(true);
    expect(onBreakOn(onBreak, care('ann', dates[2]), dates[3])).toBe(false);
    expect(missedRun(onBreak, care('ann', dates[2]), digests).missed).toBe(3);
    expect(missedRun(onBreak, care('ann', null), digests).missed).toBe(0);
  });

  it('is not changed by guests, who are never members', () => {
    const digests = [held(dates[0], ['ann']), held(dates[1], [], [], 4), held(dates[2], [], [], 2)];
    expect(missedRun(member('ann'), undefined, digests).missed).toBe(2);
  });
});

describe('the check-in list', () => {
  const digests = [held(dates[0], ['ann', 'bo', 'cy', 'di', 'ed', 'fay', 'gus']), ...dates.slice(1).map((d) => held(d, ['gus']))];
  const today = '2026-02-12';

  it('lists only members who opted in, past the threshold and not on a break; others are only counted', () => {
    const members = [
      member('ann'),
      member('bo', { checkOnMe: false }),
      // Missed three, then went on a break: past the threshold, but not listed while it lasts.
      member('cy', { status: 'on_break', statusLog: [{ date: dates[4], status: 'on_break' }] }),
      member('di', { status: 'left', leftOn: dates[5], statusLog: [{ date: dates[5], status: 'left' }] }),
      member('ed', { erased: true, status: 'left', displayName: 'Former member' }),
      member('gus'),
    ];
    const list = checkInList(members, [], digests, 3, today);
    expect(list.listed.map((e) => [e.memberId, e.missedInARow, e.lastPresent])).toEqual([['ann', 5, dates[0]]]);
    expect(list.notOptedIn).toBe(1);
    expect(list.onBreak).toBe(1);
    expect(JSON.stringify(list)).not.toContain('"bo"');
  });

  it('keeps someone off the list below the threshold, and puts them on it at the threshold', () => {
    const short = [held(dates[0], ['ann']), held(dates[1], []), held(dates[2], [])];
    expect(checkInList([member('ann')], [], short, 3, today).listed).toEqual([]);
    expect(checkInList([member('ann')], [], [...short, held(dates[3], [])], 3, today).listed.map((e) => e.missedInARow)).toEqual([3]);
  });

  it('hides a member on a break until its last day, then lists them and welcomes them back', () => {
    const onBreak = member('ann', { status: 'on_break', statusLog: [{ date: dates[4], status: 'on_break' }] });
    const during = checkInList([onBreak], [care('ann', '2026-02-20')], digests, 3, today);
    expect(during.listed).toEqual([]);
    expect(during.welcomeBack).toEqual([]);
    const after = checkInList([onBreak], [care('ann', '2026-02-11', ['2026-02-01'])], digests, 3, today);
    // Missed 1 to 3 before the break; 4 and 5 fell in it.
    expect(after.listed).toEqual([{ memberId: 'ann', displayName: 'ann', missedInARow: 3, lastPresent: dates[0], lastReachedOut: '2026-02-01' }]);
    expect(after.welcomeBack).toEqual([{ memberId: 'ann', displayName: 'ann', backOn: '2026-02-12' }]);
  });

  it('welcomes back a member until they come to a meeting again', () => {
    const back = member('ann', {
      statusLog: [
        { date: dates[1], status: 'on_break' },
        { date: dates[3], status: 'active' },
      ],
    });
    expect(welcomeBackSince(back, undefined, digests.slice(0, 4), today)).toBe(dates[3]);
    expect(welcomeBackSince(back, undefined, [...digests.slice(0, 4), held(dates[4], ['ann'])], today)).toBeNull();
  });
});

describe('a member’s first meeting', () => {
  it('names the members who have never been to a held meeting, and no one who left or was erased', () => {
    const members = [
      member('ann'),
      member('bob'),
      member('cy', { status: 'left' }),
      member('dee', { erased: true }),
      member('eve', { status: 'on_break' }),
    ];
    const digests = [held(dates[0], ['ann']), cancelled(dates[1]), held(dates[2], ['ann'], ['bob'])];
    // Bob was excused, never present; Eve is on a break and has never come: both are still to have their first meeting.
    expect(checkInList(members, [], digests, 3, dates[5]).firstMeeting).toEqual(['bob', 'eve']);
  });
});
