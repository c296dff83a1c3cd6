import { describe, expect, it } from 'vitest';
import { computeGroupReport, type ReportInput } from '#shared/reports/group-report';
import { DIGESTS, GROUP, MEMBERS, RESPONSES, SURVEYS, TODAY } from './reports-history';
import { english } from './report-english';

/** The hand-made history of reports-history.ts; every expected figure below is worked out there or beside it. */
const report = (range: ReportInput['range'] = { from: null, to: TODAY }, perMember = true) =>
  computeGroupReport({ group: GROUP, members: MEMBERS, digests: DIGESTS, surveys: SURVEYS, responses: RESPONSES, range, today: TODAY, perMember });

const pick = <T extends object, K extends keyof T>(rows: readonly T[], ...keys: K[]) =>
  rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>);

describe('attendance', () => {
  it('counts members, guests, newcomers and returners per held meeting, with a rolling average of four', () => {
    const { attendance } = report();
    // Returners: M5 Ann and Cat (they missed M4, held with guests only); M6 Ben (missed M5); M8 Eve (missed M7).
    // Rolling: 3; (3+4)/2; (3+4+2)/3; (3+4+2+3)/4; (4+2+3+4)/4; (2+3+4+2)/4; (3+4+2+2)/4.
    expect(pick(attendance.meetings, 'meetingId', 'members', 'guests', 'total', 'newcomers', 'returners', 'rollingTotal')).toEqual([
      { meetingId: 'M1', members: 3, guests: 0, total: 3, newcomers: 3, returners: 0, rollingTotal: 3 },
      { meetingId: 'M2', members: 3, guests: 1, total: 4, newcomers: 1, returners: 0, rollingTotal: 3.5 },
      { meetingId: 'M4', members: 0, guests: 2, total: 2, newcomers: 0, returners: 0, rollingTotal: 3 },
      { meetingId: 'M5', members: 3, guests: 0, total: 3, newcomers: 1, returners: 2, rollingTotal: 3 },
      { meetingId: 'M6', members: 4, guests: 0, total: 4, newcomers: 0, returners: 1, rollingTotal: 3.25 },
      { meetingId: 'M7', members: 2, guests: 0, total: 2, newcomers: 0, returners: 0, rollingTotal: 2.75 },
      { meetingId: 'M8', members: 2, guests: 0, total: 2, newcomers: 0, returners: 1, rollingTotal: 2.75 },
    ]);
    expect(attendance.cancelled).toEqual([{ meetingId: 'M3', date: '2026-01-20' }]);
    // 20 people over 7 meetings = 2.857…; 17 members = 2.428…
    expect(attendance.totals).toEqual({ held: 7, cancelled: 1, averageTotal: 2.86, averageMembers: 2.43, guests: 3, newcomers: 5, returners: 4 });
    // Ends of three: (3+4+2)/3 = 3 and (4+2+2)/3 = 2.67, both "about 3".
    expect(attendance.trend).toEqual({ first: 3, last: 2.67, since: '2026-01-06', until: '2026-07-14', window: 3 });
    expect(english(attendance.summary)).toBe('Attendance held steady at about 3 a meeting since January 2026. 1 meeting was cancelled.');
    expect(attendance).toMatchObject({ enough: true, emptyMessage: null });
  });

  it('reads the meetings before the range for the rolling average, and says what fell', () => {
    const { attendance } = report({ from: '2026-02-01', to: TODAY });
    expect(attendance.meetings.map((m) => m.meetingId)).toEqual(['M5', 'M6', 'M7', 'M8']);
    // M6 with M2, M4, M5 before it: (4+2+3+4)/4, not (3+4)/2 from inside the range alone.
    expect(attendance.meetings[1]?.rollingTotal).toBe(3.25);
    // Ends of two: (3+4)/2 = 3.5 → 4, (2+2)/2 = 2.
    expect(english(attendance.summary)).toBe('Attendance fell from 4 to 2 a meeting since February 2026.');
  });

  it('counts a meeting of guests only, and says plainly when only a cancelled meeting is in range', () => {
    const guests = report({ from: '2026-01-27', to: '2026-01-27' }).attendance;
    expect(guests.totals).toMatchObject({ held: 1, averageMembers: 0, averageTotal: 2, guests: 2 });
    expect(english(guests.summary)).toBe('2 people came to the one meeting in this range.');
    const cancelled = report({ from: '2026-01-20', to: '2026-01-26' }).attendance;
    expect(cancelled).toMatchObject({ enough: false, summary: null, meetings: [] });
    expect(english(cancelled.emptyMessage)).toContain('1 cancelled');
  });
});

describe('participation balance', () => {
  it('gives per meeting the share who spoke, the Gini of speaking time and the passes', () => {
    const { participation } = report();
    // M2: times [10, 0, 3⅓, 3⅓] minutes = [0, 2, 2, 6] in units of 100 s: Gini 0.45; 3 of 4 spoke (Ben passed).
    // M5: [2, 0, 4] minutes: Gini 4/9; 2 of 3 spoke (Cat passed; her turn of no time is not speaking).
    // M4 and M6: nobody's time recorded.
    expect(pick(participation.meetings, 'meetingId', 'present', 'spoke', 'shareSpoke', 'gini', 'passes', 'speakingMinutes')).toEqual([
      { meetingId: 'M1', present: 3, spoke: 3, shareSpoke: 1, gini: 0, passes: 0, speakingMinutes: 15 },
      { meetingId: 'M2', present: 4, spoke: 3, shareSpoke: 0.75, gini: 0.45, passes: 1, speakingMinutes: 16.7 },
      { meetingId: 'M4', present: 2, spoke: 0, shareSpoke: 0, gini: null, passes: 0, speakingMinutes: 0 },
      { meetingId: 'M5', present: 3, spoke: 2, shareSpoke: 0.667, gini: 0.444, passes: 1, speakingMinutes: 6 },
      { meetingId: 'M6', present: 4, spoke: 0, shareSpoke: 0, gini: null, passes: 0, speakingMinutes: 0 },
      { meetingId: 'M7', present: 2, spoke: 2, shareSpoke: 1, gini: 0, passes: 0, speakingMinutes: 2 },
      { meetingId: 'M8', present: 2, spoke: 2, shareSpoke: 1, gini: 0, passes: 0, speakingMinutes: 2 },
    ]);
    // Averages over the five meetings with speaking time: (1 + .75 + .667 + 1 + 1)/5 = .883; (0 + .45 + .444 + 0 + 0)/5 = .179.
    expect(participation.totals).toEqual({ meetingsWithSpeaking: 5, averageShareSpoke: 0.883, averageGini: 0.179, passes: 2 });
    // Ends of two: (0 + .45)/2 = .225, (0 + 0)/2 = 0: more even.
    expect(english(participation.summary)).toBe(
      'On average 88% of those present spoke; speaking time became more evenly shared since January 2026 (unevenness 0.23 → 0.00, where 0 is equal).',
    );
  });

  it('says what to do when nobody’s speaking was recorded', () => {
    const { participation } = report({ from: '2026-01-27', to: '2026-02-02' });
    expect(participation).toMatchObject({ enough: false, summary: null });
    expect(english(participation.emptyMessage)).toContain('speaking timer');
  });

  it('sets each member’s share of speaking time against their share of attendance; an erased member keeps figures, not a name', () => {
    const { perMember } = report();
    // 20 attendances (17 members', 3 guests'); 2 500 000 ms spoken (200 000 by the guest).
    // Ann: 6/20 = .3 of attendance, 1 140 000 ms = .456 of the time: balance 1.52.
    expect(perMember).toEqual([
      {
        memberId: 'a',
        name: 'Ann',
        erased: false,
        meetingsAttended: 6,
        attendanceShare: 0.3,
        speakingMinutes: 19,
        speakingShare: 0.456,
        balance: 1.52,
        turns: 6,
        passes: 0,
      },
      {
        memberId: 'b',
        name: 'Ben',
        erased: false,
        meetingsAttended: 4,
        attendanceShare: 0.2,
        speakingMinutes: 6,
        speakingShare: 0.144,
        balance: 0.72,
        turns: 2,
        passes: 1,
      },
      {
        memberId: 'c',
        name: 'Cat',
        erased: false,
        meetingsAttended: 3,
        attendanceShare: 0.15,
        speakingMinutes: 5,
        speakingShare: 0.12,
        balance: 0.8,
        turns: 2,
        passes: 1,
      },
      {
        memberId: 'e',
        name: 'Eve',
        erased: false,
        meetingsAttended: 3,
        attendanceShare: 0.15,
        speakingMinutes: 5,
        speakingShare: 0.12,
        balance: 0.8,
        turns: 2,
        passes: 0,
      },
      {
        memberId: 'd',
        name: null,
        erased: true,
        meetingsAttended: 1,
        attendanceShare: 0.05,
        speakingMinutes: 3.3,
        speakingShare: 0.08,
        balance: 1.6,
        turns: 1,
        passes: 0,
      },
    ]);
    expect(JSON.stringify(report())).not.toContain('Former member');
  });

  it('leaves the per-member figures out entirely unless asked', () => {
    const without = report({ from: null, to: TODAY }, false);
    expect(without.perMember).toBeNull();
    for (const name of ['Ann', 'Ben', 'Cat', 'Eve']) expect(JSON.stringify(without)).not.toContain(name);
    expect(report({ from: '2026-01-27', to: '2026-01-27' }).perMember).toEqual([]);
  });
});

describe('support felt', () => {
  it('shows each meeting’s check-out from three answers up, and totals only what is shown', () => {
    const { support } = report();
    expect(pick(support.meetings, 'meetingId', 'ratingAnswers', 'ratings', 'ratingMean', 'heardAnswers', 'heard', 'heardShares')).toEqual([
      // (3 + 4 + 5)/3 = 4; heard 2 of 3, 1 of 3.
      {
        meetingId: 'M1',
        ratingAnswers: 3,
        ratings: [0, 0, 1, 1, 1],
        ratingMean: 4,
        heardAnswers: 3,
        heard: { yes: 2, somewhat: 1, no: 0 },
        heardShares: { yes: 0.667, somewhat: 0.333, no: 0 },
      },
      // Two ratings: hidden, but the four "heard" answers show.
      {
        meetingId: 'M2',
        ratingAnswers: 2,
        ratings: null,
        ratingMean: null,
        heardAnswers: 4,
        heard: { yes: 4, somewhat: 0, no: 0 },
        heardShares: { yes: 1, somewhat: 0, no: 0 },
      },
      { meetingId: 'M4', ratingAnswers: 0, ratings: null, ratingMean: null, heardAnswers: 0, heard: null, heardShares: null },
      // (2 + 5 + 5 + 5)/4 = 4.25.
      {
        meetingId: 'M5',
        ratingAnswers: 4,
        ratings: [0, 1, 0, 0, 3],
        ratingMean: 4.25,
        heardAnswers: 3,
        heard: { yes: 1, somewhat: 1, no: 1 },
        heardShares: { yes: 0.333, somewhat: 0.333, no: 0.333 },
      },
      { meetingId: 'M6', ratingAnswers: 1, ratings: null, ratingMean: null, heardAnswers: 0, heard: null, heardShares: null },
      { meetingId: 'M7', ratingAnswers: 0, ratings: null, ratingMean: null, heardAnswers: 0, heard: null, heardShares: null },
      { meetingId: 'M8', ratingAnswers: 0, ratings: null, ratingMean: null, heardAnswers: 0, heard: null, heardShares: null },
    ]);
    // M1 + M5 ratings only (M2's two 4s and M6's 1 stay out): [0,1,1,1,4], mean 29/7 = 4.14. Heard: M1 + M2 + M5.
    expect(support.totals).toEqual({
      meetingsShown: 3,
      ratings: [0, 1, 1, 1, 4],
      ratingMean: 4.14,
      heard: { yes: 7, somewhat: 2, no: 1 },
      heardShares: { yes: 0.7, somewhat: 0.2, no: 0.1 },
    });
    expect(english(support.summary)).toBe('The average rating rose from 4.0 to 4.3 out of 5 since January 2026; 70% felt heard.');
  });

  it('says why nothing shows when no meeting had three answers', () => {
    const { support } = report({ from: '2026-02-10', to: TODAY });
    expect(support).toMatchObject({ enough: false, summary: null });
    expect(english(support.emptyMessage)).toContain('3 or more check-out answers');
    expect(support.totals.ratings).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('time', () => {
  it('sets planned against actual minutes per meeting and per agenda item kind, and counts overruns', () => {
    const { time } = report();
    expect(pick(time.meetings, 'meetingId', 'plannedMinutes', 'agendaMinutes', 'actualMinutes', 'overMinutes', 'overran')).toEqual([
      { meetingId: 'M1', plannedMinutes: 90, agendaMinutes: 75, actualMinutes: 90, overMinutes: 0, overran: false },
      { meetingId: 'M2', plannedMinutes: 90, agendaMinutes: 35, actualMinutes: 100.5, overMinutes: 10.5, overran: true },
      { meetingId: 'M4', plannedMinutes: 90, agendaMinutes: 0, actualMinutes: null, overMinutes: null, overran: false },
      // One minute over is within the grace: not an overrun.
      { meetingId: 'M5', plannedMinutes: 90, agendaMinutes: 0, actualMinutes: 91, overMinutes: 1, overran: false },
      { meetingId: 'M6', plannedMinutes: 90, agendaMinutes: 0, actualMinutes: 95, overMinutes: 5, overran: true },
      { meetingId: 'M7', plannedMinutes: 90, agendaMinutes: 0, actualMinutes: null, overMinutes: null, overran: false },
      { meetingId: 'M8', plannedMinutes: 90, agendaMinutes: 0, actualMinutes: null, overMinutes: null, overran: false },
    ]);
    // Welcome 5+5 planned, 6+4 actual; check-in 30+30, 40+35; open sharing skipped once (out of the sums).
    expect(time.byKind).toEqual([
      { kind: 'welcome', label: 'Welcome', items: 2, skipped: 0, plannedMinutes: 10, actualMinutes: 10 },
      { kind: 'check_in_round', label: 'Check-in round', items: 2, skipped: 0, plannedMinutes: 60, actualMinutes: 75 },
      { kind: 'open_sharing', label: 'Open sharing', items: 0, skipped: 1, plannedMinutes: 0, actualMinutes: 0 },
    ]);
    // (10.5 + 5)/2 = 7.75 → 7.8.
    expect(time.totals).toEqual({ timed: 4, overran: 2, averageOverrunMinutes: 7.8, longestOverrunMinutes: 10.5 });
    expect(english(time.summary)).toBe('2 of 4 meetings ran over, by 8 minutes on average (longest 11 minutes).');
  });

  it('has nothing to compare when no meeting in range was timed', () => {
    const { time } = report({ from: '2026-05-01', to: TODAY });
    expect(time).toMatchObject({ enough: false, summary: null });
    expect(time.meetings).toHaveLength(2);
  });
});

describe('the whole report', () => {
  it('names its range and first and last meeting, and every section is empty after the last meeting', () => {
    const later = report({ from: '2026-12-01', to: '2026-12-31' });
    expect(later.range).toEqual({ from: '2026-12-01', to: '2026-12-31', today: TODAY, firstMeeting: null, lastMeeting: null });
    for (const section of [later.attendance, later.participation, later.support, later.time, later.surveys]) {
      expect(section.enough).toBe(false);
      expect(english(section.summary)).toBeNull();
      expect(english(section.emptyMessage)).toMatch(/\w+/);
    }
    expect(report().range).toMatchObject({ firstMeeting: '2026-01-06', lastMeeting: '2026-07-14' });
  });

  it('reads only the group’s own records', () => {
    const other = computeGroupReport({
      group: { id: 'g2', name: 'Other' },
      members: MEMBERS,
      digests: DIGESTS,
      surveys: SURVEYS,
      responses: RESPONSES,
      range: { from: null, to: TODAY },
      today: TODAY,
      perMember: true,
    });
    expect(other.attendance.meetings).toEqual([]);
    expect(other.perMember).toEqual([]);
    expect(other.members.enough).toBe(false);
  });
});
