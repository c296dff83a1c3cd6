import { describe, expect, it } from 'vitest';
import { attendanceLine, membersLine, participationLine, supportLine, surveysLine, timeLine } from '#shared/reports/summary-lines';
import type { SurveyRun, Trend } from '#shared/reports/report-types';
import { english } from './report-english';

const trend = (first: number, last: number, since = '2026-03-03'): Trend => ({ first, last, since, until: '2026-11-24', window: 4 });
const attendanceTotals = { held: 20, cancelled: 0, averageTotal: 9, averageMembers: 8, guests: 3, newcomers: 2, returners: 4 };

describe('summary lines', () => {
  it('attendance: fell, rose, held steady, one meeting', () => {
    const line = (t: Trend | null, totals = attendanceTotals) => english(attendanceLine({ meetings: [], cancelled: [], totals, trend: t }));
    expect(line(trend(11.2, 7.4))).toBe('Attendance fell from 11 to 7 a meeting since March 2026.');
    expect(line(trend(6.6, 9))).toBe('Attendance rose from 7 to 9 a meeting since March 2026.');
    expect(line(trend(8.6, 9.4))).toBe('Attendance held steady at about 9 a meeting since March 2026.');
    expect(line(null, { ...attendanceTotals, averageTotal: 1, cancelled: 2 })).toBe(
      '1 person came to the one meeting in this range. 2 meetings were cancelled.',
    );
  });

  it('participation: with and without a change to speak of', () => {
    const totals = { meetingsWithSpeaking: 9, averageShareSpoke: 0.9, averageGini: 0.31, passes: 2 };
    expect(english(participationLine({ meetings: [], totals, trend: trend(0.3, 0.5) }))).toBe(
      'On average 90% of those present spoke; speaking time became less evenly shared since March 2026 (unevenness 0.30 → 0.50, where 0 is equal).',
    );
    expect(english(participationLine({ meetings: [], totals, trend: trend(0.3, 0.32) }))).toContain('stayed about as evenly shared since March 2026');
    expect(english(participationLine({ meetings: [], totals, trend: null }))).toBe(
      'On average 90% of those present spoke; speaking time was shared fairly evenly (unevenness 0.31, where 0 is equal).',
    );
  });

  it('support: a fall, a steady rating, and only the heard question answered', () => {
    const totals = {
      meetingsShown: 4,
      ratings: [0, 0, 4, 4, 0],
      ratingMean: 3.5,
      heard: { yes: 3, somewhat: 1, no: 0 },
      heardShares: { yes: 0.75, somewhat: 0.25, no: 0 },
    };
    expect(english(supportLine({ meetings: [], totals, trend: trend(4.2, 3.6) }))).toBe(
      'The average rating fell from 4.2 to 3.6 out of 5 since March 2026; 75% felt heard.',
    );
    expect(english(supportLine({ meetings: [], totals, trend: trend(4.02, 4.08) }))).toBe(
      'The average rating stayed at about 4.1 out of 5 since March 2026; 75% felt heard.',
    );
    expect(english(supportLine({ meetings: [], totals: { ...totals, ratings: [0, 0, 0, 0, 0], ratingMean: null }, trend: null }))).toBe(
      '75% said they felt heard.',
    );
  });

  it('time: nothing overran, one meeting', () => {
    const totals = { timed: 12, overran: 0, averageOverrunMinutes: null, longestOverrunMinutes: null };
    expect(english(timeLine({ meetings: [], byKind: [], totals }))).toBe('None of the 12 meetings ran over.');
    expect(english(timeLine({ meetings: [], byKind: [], totals: { ...totals, timed: 1 } }))).toBe('The meeting ended on time.');
    expect(
      english(timeLine({ meetings: [], byKind: [], totals: { timed: 3, overran: 1, averageOverrunMinutes: 1.4, longestOverrunMinutes: 1.4 } })),
    ).toBe('1 of 3 meetings ran over, by 1 minute on average (longest 1 minute).');
  });

  it('surveys: every run shown, and other surveys run again too', () => {
    const run = (responses: number): SurveyRun => ({ surveyId: 's', from: '2026-01-01', to: '2026-01-01', responses, hidden: false, questions: [] });
    const series = { title: 'Check-in', surveyIds: ['s'], questions: [], runs: [run(4), run(6)] };
    expect(english(surveysLine([series]))).toBe('“Check-in” was run 2 times; the latest run had 6 answers.');
    expect(english(surveysLine([series, { ...series, title: 'Venue' }]))).toBe(
      '“Check-in” was run 2 times; the latest run had 6 answers. 1 other survey was run more than once too.',
    );
  });

  it('members: with nobody yet long enough in the group to tell', () => {
    const facts = {
      quarters: [],
      heardFrom: [],
      retention: [{ months: 3, eligible: 0, stillComing: 0, share: null }],
      totals: { joined: 2, left: 0, breaksWithoutDate: 0 },
    };
    expect(english(membersLine(facts, '2026-09-01'))).toBe('2 joined and 0 left since September 2026.');
    expect(english(membersLine(facts, null))).toBe('2 joined and 0 left.');
  });
});
