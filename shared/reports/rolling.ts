import type { Trend } from './report-types';

/** Meetings in a rolling average: about a month of a weekly group. */
export const ROLLING_WINDOW = 4;
/** Meetings averaged at each end of a range for "fell from 11 to 7". */
export const TREND_WINDOW = 4;

/**
 * The trailing mean of each value with the ones before it, `window` values
 * in all; the first few average what there is so far (the first is itself).
 */
export function rollingMean(values: readonly number[], window = ROLLING_WINDOW): number[] {
  const out: number[] = [];
  let sum = 0;
  values.forEach((value, i) => {
    sum += value;
    if (i >= window) sum -= values[i - window] ?? 0;
    out.push(sum / Math.min(i + 1, window));
  });
  return out;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The start of a series against its end: the mean of the first `window`
 * points against the mean of the last `window`, each end at most half of
 * the points so the two never overlap. Null with fewer than two points.
 */
export function trendOf(points: readonly { date: string; value: number }[], window = TREND_WINDOW): Trend | null {
  if (points.length < 2) return null;
  const size = Math.min(window, Math.floor(points.length / 2));
  const values = points.map((p) => p.value);
  const first = mean(values.slice(0, size)) ?? 0;
  const last = mean(values.slice(-size)) ?? 0;
  return { first, last, since: points[0]?.date ?? '', until: points[points.length - 1]?.date ?? '', window: size };
}

/** Rounded for a report: figures people read, not floating-point noise. */
export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
