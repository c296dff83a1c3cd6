import { describe, expect, it } from 'vitest';
import { describeSchedule, upcomingDates, type Schedule } from '#shared/schedule/schedule';
import { civilAt, instantOf, offsetMinutes } from '#shared/schedule/zoned-time';
import { wording } from './i18n/wording';

const en = wording('en');

const london: Schedule = {
  frequency: 'weekly',
  weekday: 2, // Tuesday
  weekOfMonth: 1,
  startTime: '19:00',
  durationMinutes: 90,
  timeZone: 'Europe/London',
  startDate: '2026-10-06',
};

describe('zoned time', () => {
  it('knows the offset on either side of a change', () => {
    expect(offsetMinutes(Date.UTC(2026, 6, 1), 'Europe/London')).toBe(60);
    expect(offsetMinutes(Date.UTC(2026, 11, 1), 'Europe/London')).toBe(0);
    expect(offsetMinutes(Date.UTC(2026, 0, 1), 'America/New_York')).toBe(-300);
  });

  it('moves a time in the spring-forward gap forward, and takes the first of a repeated hour', () => {
    // 2027-03-28 01:30 does not exist in London; clocks jump from 01:00 to 02:00.
    const gap = instantOf({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 }, 'Europe/London');
    expect(civilAt(gap, 'Europe/London')).toMatchObject({ hour: 2, minute: 30 });
    // 2026-10-25 01:30 happens twice; the first is still BST (00:30 UTC).
    const twice = instantOf({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, 'Europe/London');
    expect(twice).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });
});

describe('upcomingDates', () => {
  it('keeps 19:00 local across the end of summer time', () => {
    const dates = upcomingDates(london, Date.UTC(2026, 9, 13, 12), 3);
    expect(dates.map((d) => d.date)).toEqual(['2026-10-13', '2026-10-20', '2026-10-27']);
    // 19:00 BST is 18:00 UTC; after 25 October, 19:00 GMT is 19:00 UTC.
    expect(dates.map((d) => new Date(d.startsAt).toISOString())).toEqual([
      '2026-10-13T18:00:00.000Z',
      '2026-10-20T18:00:00.000Z',
      '2026-10-27T19:00:00.000Z',
    ]);
    expect(dates[2]?.endsAt).toBe(Date.UTC(2026, 9, 27, 20, 30));
  });

  it('includes today only until the meeting starts', () => {
    expect(upcomingDates(london, Date.UTC(2026, 9, 13, 17, 59), 1)[0]?.date).toBe('2026-10-13');
    expect(upcomingDates(london, Date.UTC(2026, 9, 13, 18, 1), 1)[0]?.date).toBe('2026-10-20');
  });

  it('starts no earlier than the first meeting', () => {
    expect(upcomingDates({ ...london, startDate: '2026-12-01' }, Date.UTC(2026, 9, 1), 2).map((d) => d.date)).toEqual(['2026-12-01', '2026-12-08']);
  });

  it('keeps the fortnight rhythm of the first meeting', () => {
    const fortnightly = { ...london, frequency: 'fortnightly' as const };
    expect(upcomingDates(fortnightly, Date.UTC(2026, 9, 14), 3).map((d) => d.date)).toEqual(['2026-10-20', '2026-11-03', '2026-11-17']);
  });

  it('finds the nth and the last weekday of each month', () => {
    const monthly = { ...london, frequency: 'monthly' as const, weekday: 4, weekOfMonth: 1 as const };
    expect(upcomingDates(monthly, Date.UTC(2026, 9, 6), 3).map((d) => d.date)).toEqual(['2026-11-05', '2026-12-03', '2027-01-07']);
    const last = { ...monthly, weekOfMonth: -1 as const };
    expect(upcomingDates(last, Date.UTC(2026, 9, 6), 3).map((d) => d.date)).toEqual(['2026-10-29', '2026-11-26', '2026-12-31']);
  });

  it('handles a zone on the other side of the world, with its own change', () => {
    const sydney = { ...london, timeZone: 'Australia/Sydney', weekday: 7, startDate: '2026-09-27' };
    // Sydney moves to summer time on 2026-10-04.
    const dates = upcomingDates(sydney, Date.UTC(2026, 8, 26), 2);
    expect(dates.map((d) => civilAt(d.startsAt, 'Australia/Sydney').hour)).toEqual([19, 19]);
    expect((dates[1]?.startsAt ?? 0) - (dates[0]?.startsAt ?? 0)).toBe(7 * 24 * 3_600_000 - 3_600_000);
  });

  it('stops at the end of 9999, the last year a date can be written in', () => {
    const lastYear = { ...london, startDate: '9999-12-01' };
    expect(upcomingDates(lastYear, Date.UTC(9999, 11, 1), 6).map((d) => d.date)).toEqual(['9999-12-07', '9999-12-14', '9999-12-21', '9999-12-28']);
  });

  it('describes itself in words', () => {
    expect(describeSchedule(london, en.t, 'en')).toBe('Every Tuesday at 19:00 for 90 minutes (Europe/London)');
    expect(describeSchedule({ ...london, frequency: 'monthly', weekOfMonth: -1 }, en.t, 'en')).toBe(
      'The last Tuesday of each month at 19:00 for 90 minutes (Europe/London)',
    );
  });
});
