import { describe, expect, it } from 'vitest';
import { chartPoints, markerDates, MAX_CHART_POINTS } from '../../../renderer/src/console/reports/chart-points';

/** Weekly rows from 2024-01-02, with a value that is null every fifth week. */
function weekly(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2024, 0, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    total: i,
    mean: i % 5 === 0 ? null : 10,
  }));
}

describe('the points a per-meeting chart draws', () => {
  it('keeps every meeting up to two years of weekly meetings', () => {
    const rows = weekly(MAX_CHART_POINTS);
    expect(chartPoints(rows, ['total', 'mean'])).toEqual({ points: rows, monthly: false });
  });

  it('averages each month past that, skipping the meetings without the figure', () => {
    const { points, monthly } = chartPoints(weekly(200), ['total', 'mean']);
    expect(monthly).toBe(true);
    // January 2024 has the Tuesdays 2, 9, 16, 23 and 30: weeks 0–4, totals 0..4 (mean 2); mean null in week 0, 10 in the others.
    expect(points[0]).toEqual({ date: '2024-01-02', total: 2, mean: 10 });
    // February: weeks 5–8 (6, 13, 20, 27), week 5 without a mean.
    expect(points[1]).toEqual({ date: '2024-02-06', total: 6.5, mean: 10 });
    expect(points.length).toBeLessThan(50);
    expect(points.map((p) => p.date.slice(0, 7))).toEqual([...new Set(weekly(200).map((r) => r.date.slice(0, 7)))]);
  });
});

describe('where a chart marks a review of the purpose', () => {
  const points = weekly(10); // Tuesdays 2 Jan … 5 Mar 2024
  it('marks the meeting on or after the review, once however many reviews fall there', () => {
    expect(markerDates(points, ['2024-01-16', '2024-01-15', '2024-02-01'], false)).toEqual(['2024-01-16', '2024-02-06']);
  });
  it('marks nothing for a review before the first point or after the last', () => {
    expect(markerDates(points, ['2023-12-01', '2024-03-20'], false)).toEqual([]);
    expect(markerDates([], ['2024-01-16'], false)).toEqual([]);
  });
  it('marks the month’s point when the chart draws months', () => {
    const { points: months } = chartPoints(weekly(200), ['total']);
    expect(markerDates(months, ['2024-02-20'], true)).toEqual(['2024-02-06']);
  });
});
