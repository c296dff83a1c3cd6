import { STATUS_LOG_MAX, type MemberStatus, type StatusChange } from './types';

/**
 * A member's status log after a change from `before` to `status` on `date`.
 * Two changes on one day keep only the last (a slip of the mouse corrected
 * is no break), and one that ends the day where it began leaves no entry.
 */
export function withStatusChange(log: readonly StatusChange[], before: MemberStatus, status: MemberStatus, date: string): StatusChange[] {
  if (status === before) return [...log];
  const last = log[log.length - 1];
  const sameDay = last !== undefined && last.date === date;
  const kept = sameDay ? log.slice(0, -1) : [...log];
  const dayBegan = sameDay ? (kept[kept.length - 1]?.status ?? 'active') : before;
  const next = status === dayBegan ? kept : [...kept, { date, status }];
  return next.slice(-STATUS_LOG_MAX);
}
