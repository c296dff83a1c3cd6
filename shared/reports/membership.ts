import type { Member, MemberStatus } from '../domain/types';
import type { MeetingDigest } from '../history/digest';
import { addDays, addMonths, formatDate, parseDate } from '../schedule/zoned-time';
import { HEARD_FROM_LABELS, HEARD_FROM_UNKNOWN } from './labels';
import { inRange, quartersBetween, type RangeBounds } from './range';
import type { HeardFromRow, MembershipReport, QuarterRow, RetentionRow } from './report-types';
import { round } from './rolling';
import { membersLine } from './summary-lines';

/** "Still coming after 3 and 6 months". */
export const RETENTION_MONTHS = [3, 6] as const;

/** One stretch of a member's status: from a day, until the day it changed (exclusive), or still. */
export interface StatusSpan {
  status: MemberStatus;
  from: string;
  until: string | null;
}

const nextDay = (iso: string): string => {
  const date = parseDate(iso);
  return date ? formatDate(addDays(date, 1)) : iso;
};

/** Every held meeting each member came to, oldest first. */
export function attendanceDates(digests: readonly MeetingDigest[]): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const d of digests) {
    if (d.status !== 'ended') continue;
    for (const id of d.present) {
      const list = dates.get(id);
      if (list) list.push(d.date);
      else dates.set(id, [d.date]);
    }
  }
  return dates;
}

/**
 * A member's statuses over time, from joining: active, then each change in
 * their status log. A change without a date (a break or a leaving recorded
 * before data version 4, which never said when) is placed on the day after
 * the last meeting they came to before their next dated change, or on the
 * day they joined if they never came: the latest it can have begun, so a
 * break is never stretched back over meetings the member attended. A change
 * dated before the member's joining date (the date was edited later) counts
 * from joining.
 */
export function statusSpans(member: Member, attended: readonly string[]): StatusSpan[] {
  const spans: StatusSpan[] = [{ status: 'active', from: member.joinedOn, until: null }];
  member.statusLog.forEach((change, i) => {
    let date = change.date;
    if (date === null) {
      const nextDated = member.statusLog.slice(i + 1).find((c) => c.date !== null)?.date ?? null;
      const last = attended.filter((d) => nextDated === null || d < nextDated).at(-1);
      date = last === undefined ? member.joinedOn : nextDay(last);
    }
    const previous = spans[spans.length - 1] as StatusSpan;
    const from = date < previous.from ? previous.from : date;
    previous.until = from;
    spans.push({ status: change.status, from, until: null });
  });
  // A change on the very day of the one before it replaces it.
  return spans.filter((span) => span.until === null || span.until > span.from);
}

const statusOn = (spans: readonly StatusSpan[], date: string): MemberStatus | null => spans.filter((s) => s.from <= date).at(-1)?.status ?? null;

/**
 * Members over time: per calendar quarter (cut to the range at its ends),
 * who joined, who left, who was on a break at any time in it, and how many
 * members the group had at its end; how the members who joined in the range
 * heard of the group; and of those, how many were still coming 3 and 6
 * months on. "Still coming" is having come to at least one meeting that many
 * months or more after joining; a member counts only once the group has
 * held a meeting since their mark, so recent joiners do not pull the share
 * down before they could have shown it. Erased members count like any other.
 */
export function membershipReport(members: readonly Member[], digests: readonly MeetingDigest[], range: RangeBounds, today: string): MembershipReport {
  const attended = attendanceDates(digests);
  const spans = new Map(members.map((m) => [m.id, statusSpans(m, attended.get(m.id) ?? [])]));
  const starts = [...members.map((m) => m.joinedOn), ...digests.map((d) => d.date)].sort();
  const first = range.from ?? starts[0] ?? null;
  const quarters: QuarterRow[] =
    first === null
      ? []
      : quartersBetween(first, range.to).map((q) => {
          const from = q.from < first ? first : q.from;
          const to = q.to > range.to ? range.to : q.to;
          const end = to > today ? today : to;
          let joined = 0;
          let left = 0;
          let onBreak = 0;
          let count = 0;
          for (const member of members) {
            const own = spans.get(member.id) ?? [];
            if (member.joinedOn >= from && member.joinedOn <= to) joined += 1;
            if (own.some((s) => s.status === 'left' && s.from >= from && s.from <= to)) left += 1;
            if (own.some((s) => s.status === 'on_break' && s.from <= to && (s.until === null || s.until > from))) onBreak += 1;
            const status = statusOn(own, end);
            if (status !== null && status !== 'left') count += 1;
          }
          return { quarter: q.label, from, to, joined, left, onBreak, members: count };
        });

  const cohort = members.filter((m) => inRange(m.joinedOn, range));
  const sources = new Map<string | null, number>();
  for (const m of cohort) sources.set(m.heardFrom, (sources.get(m.heardFrom) ?? 0) + 1);
  const heardFrom: HeardFromRow[] = [
    ...Object.entries(HEARD_FROM_LABELS).flatMap(([source, label]) => {
      const count = sources.get(source) ?? 0;
      return count > 0 ? [{ source: source as keyof typeof HEARD_FROM_LABELS, label, count }] : [];
    }),
    ...((sources.get(null) ?? 0) > 0 ? [{ source: null, label: HEARD_FROM_UNKNOWN, count: sources.get(null) ?? 0 }] : []),
  ];

  const lastHeld = digests.filter((d) => d.status === 'ended').at(-1)?.date ?? null;
  const retention: RetentionRow[] = RETENTION_MONTHS.map((months) => {
    let eligible = 0;
    let stillComing = 0;
    for (const m of cohort) {
      const joined = parseDate(m.joinedOn);
      if (!joined || lastHeld === null) continue;
      const mark = formatDate(addMonths(joined, months));
      if (mark > lastHeld) continue;
      eligible += 1;
      const last = attended.get(m.id)?.at(-1);
      if (last !== undefined && last >= mark) stillComing += 1;
    }
    return { months, eligible, stillComing, share: eligible === 0 ? null : round(stillComing / eligible, 3) };
  });

  const report: Omit<MembershipReport, 'enough' | 'summary' | 'emptyMessage'> = {
    quarters,
    heardFrom,
    retention,
    totals: {
      joined: quarters.reduce((sum, q) => sum + q.joined, 0),
      left: quarters.reduce((sum, q) => sum + q.left, 0),
      breaksWithoutDate: members.filter((m) => m.statusLog.some((c) => c.date === null && c.status === 'on_break')).length,
    },
  };
  if (members.length === 0) {
    return { ...report, enough: false, summary: null, emptyMessage: [{ id: 'reports.empty.members', values: {} }] };
  }
  return { ...report, enough: true, summary: membersLine(report, first), emptyMessage: null };
}
