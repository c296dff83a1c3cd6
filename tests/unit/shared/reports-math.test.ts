import { describe, expect, it } from 'vitest';
import { gini } from '#shared/reports/gini';
import { inRange, monthYear, quartersBetween, resolveRange } from '#shared/reports/range';
import { mean, rollingMean, trendOf } from '#shared/reports/rolling';

describe('gini', () => {
  it('is 0 when everyone has the same', () => {
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([7])).toBe(0);
  });

  it('matches the pairwise definition on hand-worked lists', () => {
    // [0, 2, 2, 6]: |differences| over unordered pairs 2+2+6+0+4+4 = 18, ordered 36;
    // n = 4, mean 2.5: 36 / (2 · 16 · 2.5) = 0.45.
    expect(gini([6, 0, 2, 2])).toBeCloseTo(0.45, 12);
    // [0, 1, 2]: pairs 1+2+1 = 4, ordered 8; n = 3, mean 1: 8 / 18 = 4/9.
    expect(gini([2, 0, 1])).toBeCloseTo(4 / 9, 12);
    // One person has it all: (n − 1) / n.
    expect(gini([0, 0, 0, 12])).toBeCloseTo(3 / 4, 12);
  });

  it('does not depend on the unit or the order', () => {
    expect(gini([60_000, 0, 120_000])).toBeCloseTo(gini([1, 2, 0]) ?? -1, 12);
  });

  it('has no value when there is nothing to share: nobody, or nobody spoke', () => {
    expect(gini([])).toBeNull();
    expect(gini([0, 0, 0])).toBeNull();
  });
});

describe('rollingMean', () => {
  it('averages each value with the ones before it, four in all, fewer at the start', () => {
    // 3; (3+4)/2; (3+4+2)/3; (3+4+2+3)/4; (4+2+3+4)/4; (2+3+4+2)/4
    expect(rollingMean([3, 4, 2, 3, 4, 2])).toEqual([3, 3.5, 3, 3, 3.25, 2.75]);
  });

  it('takes another window, and an empty list', () => {
    expect(rollingMean([1, 2, 3, 4], 2)).toEqual([1, 1.5, 2.5, 3.5]);
    expect(rollingMean([])).toEqual([]);
  });
});

describe('trendOf', () => {
  const points = (values: number[]) => values.map((value, i) => ({ date: `2026-01-${String(10 + i)}`, value }));

  it('compares the first few meetings with the last few, never overlapping', () => {
    // 7 points: ends of 3 each. (3+4+2)/3 = 3 and (4+2+2)/3 = 8/3.
    const trend = trendOf(points([3, 4, 2, 3, 4, 2, 2]));
    expect(trend).toMatchObject({ first: 3, window: 3, since: '2026-01-10', until: '2026-01-16' });
    expect(trend?.last).toBeCloseTo(8 / 3, 12);
    // 10 points: ends of 4.
    expect(trendOf(points([1, 1, 1, 1, 5, 5, 9, 9, 9, 9]))).toMatchObject({ first: 1, last: 9, window: 4 });
  });

  it('has no trend with fewer than two points', () => {
    expect(trendOf(points([4]))).toBeNull();
    expect(trendOf([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});

describe('ranges', () => {
  it('resolves the last n months, two dates, or everything up to today', () => {
    expect(resolveRange({ months: 3 }, '2026-11-24')).toEqual({ ok: true, from: '2026-08-24', to: '2026-11-24' });
    expect(resolveRange({ months: 12, to: '2026-05-31' }, '2026-11-24')).toEqual({ ok: true, from: '2025-05-31', to: '2026-05-31' });
    expect(resolveRange({}, '2026-11-24')).toEqual({ ok: true, from: null, to: '2026-11-24' });
    expect(resolveRange({ from: '2026-02-01', to: '2026-02-28' }, '2026-11-24')).toEqual({ ok: true, from: '2026-02-01', to: '2026-02-28' });
  });

  it('refuses a first date after the last, and a date and months at once, saying why', () => {
    const backwards = resolveRange({ from: '2026-03-01', to: '2026-02-01' }, '2026-11-24');
    expect(backwards.ok ? '' : backwards.reason).toContain('after the last');
    const both = resolveRange({ from: '2026-03-01', months: 3 }, '2026-11-24');
    expect(both.ok ? '' : both.reason).toContain('not both');
  });

  it('counts both ends in', () => {
    const range = { from: '2026-02-01', to: '2026-02-28' };
    expect(['2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01'].map((d) => inRange(d, range))).toEqual([false, true, true, false]);
    expect(inRange('1999-01-01', { from: null, to: '2026-01-01' })).toBe(true);
  });

  it('splits a range into calendar quarters, leap years and all', () => {
    expect(quartersBetween('2023-12-15', '2024-04-02')).toEqual([
      { label: '2023 Q4', from: '2023-10-01', to: '2023-12-31' },
      { label: '2024 Q1', from: '2024-01-01', to: '2024-03-31' },
      { label: '2024 Q2', from: '2024-04-01', to: '2024-06-30' },
    ]);
    expect(quartersBetween('2026-03-01', '2026-01-01')).toEqual([]);
    expect(monthYear('2026-03-05')).toBe('March 2026');
  });
});
