/** Up to two years of weekly meetings are drawn one point each; beyond that, a point a month. */
export const MAX_CHART_POINTS = 104;

/**
 * The points a per-meeting chart draws. Ten years of weekly meetings are 520
 * bars: too thin to read, and slow to draw. Past MAX_CHART_POINTS the rows
 * are averaged per calendar month (each figure over the meetings that have
 * it); the table view and the CSV keep every meeting.
 */
export function chartPoints<T extends { date: string }>(rows: readonly T[], keys: readonly (keyof T & string)[]): { points: T[]; monthly: boolean } {
  if (rows.length <= MAX_CHART_POINTS) return { points: [...rows], monthly: false };
  const months = new Map<string, T[]>();
  for (const row of rows) {
    const month = row.date.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(row);
    else months.set(month, [row]);
  }
  const points = [...months.values()].map((group) => {
    const point: Record<string, unknown> = { ...group[0], date: group[0]?.date ?? '' };
    for (const key of keys) {
      const values = group.map((r) => r[key] as unknown).filter((v): v is number => typeof v === 'number');
      point[key] = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
    }
    return point as T;
  });
  return { points, monthly: true };
}

/**
 * Where a chart marks each review of the group's purpose: the meeting on or
 * after the review's date (the one that held it), or its month's point when
 * the chart draws months; none for a review outside the chart's range.
 */
export function markerDates(points: readonly { date: string }[], reviewDates: readonly string[], monthly: boolean): string[] {
  const first = points[0]?.date;
  if (first === undefined) return [];
  const marks = new Set<string>();
  for (const review of reviewDates) {
    const point = monthly
      ? points.find((p) => p.date.slice(0, 7) === review.slice(0, 7))
      : review >= first
        ? points.find((p) => p.date >= review)
        : undefined;
    if (point) marks.add(point.date);
  }
  return [...marks];
}
