import { addDays, addMonths, formatDate, parseDate } from '../schedule/zoned-time';

export interface RangeChoice {
  from?: string | undefined;
  to?: string | undefined;
  /** The last n months up to `to` (today by default), instead of a first date. */
  months?: number | undefined;
}

export type ResolvedRange = { ok: true; from: string | null; to: string } | { ok: false; reason: string };

/** The range a facilitator chose (last 3 or 12 months, all, or two dates) as first and last day, inclusive. */
export function resolveRange(choice: RangeChoice, today: string): ResolvedRange {
  if (choice.from !== undefined && choice.months !== undefined) {
    return { ok: false, reason: 'Choose either a first date or a number of months, not both.' };
  }
  const to = choice.to ?? today;
  const end = parseDate(to);
  if (!end) return { ok: false, reason: 'That is not a real last date.' };
  const from = choice.months !== undefined ? formatDate(addMonths(end, -choice.months)) : (choice.from ?? null);
  if (from !== null && from > to) return { ok: false, reason: `The first date (${from}) is after the last (${to}): swap them round.` };
  return { ok: true, from, to };
}

/** First and last day counted, inclusive; a null first day is "from the start". */
export interface RangeBounds {
  from: string | null;
  to: string;
}

export function inRange(date: string, range: RangeBounds): boolean {
  return (range.from === null || date >= range.from) && date <= range.to;
}

export interface Quarter {
  label: string;
  from: string;
  to: string;
}

/** Calendar quarters ("2026 Q1": 1 January to 31 March) from the one holding `from` to the one holding `to`. */
export function quartersBetween(from: string, to: string): Quarter[] {
  const start = parseDate(from);
  const end = parseDate(to);
  if (!start || !end || from > to) return [];
  const out: Quarter[] = [];
  let index = start.year * 4 + Math.floor((start.month - 1) / 3);
  const last = end.year * 4 + Math.floor((end.month - 1) / 3);
  for (; index <= last; index += 1) {
    const year = Math.floor(index / 4);
    const q = index % 4;
    const first = { year, month: q * 3 + 1, day: 1 };
    out.push({ label: `${String(year)} Q${String(q + 1)}`, from: formatDate(first), to: formatDate(addDays(addMonths(first, 3), -1)) });
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 2026", for summary lines. */
export function monthYear(iso: string): string {
  const date = parseDate(iso);
  return date ? `${MONTHS[date.month - 1] ?? ''} ${String(date.year)}` : iso;
}
