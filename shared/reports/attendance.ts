import type { MeetingDigest } from '../history/digest';
import { inRange, type RangeBounds } from './range';
import type { AttendanceReport, AttendanceRow } from './report-types';
import { mean, rollingMean, round, trendOf } from './rolling';
import { attendanceLine } from './summary-lines';

/**
 * Attendance per held meeting in the range: members, guests, newcomers and
 * returners (as the digests worked them out over the whole history), with a
 * rolling average that also reads the meetings just before the range, so
 * its first points are not averages of one. Cancelled meetings are listed.
 */
export function attendanceReport(digests: readonly MeetingDigest[], range: RangeBounds): AttendanceReport {
  const held = digests.filter((d) => d.status === 'ended');
  const rolling = rollingMean(held.map((d) => d.present.length + d.guests));
  const meetings: AttendanceRow[] = [];
  held.forEach((d, i) => {
    if (!inRange(d.date, range)) return;
    meetings.push({
      meetingId: d.meetingId,
      date: d.date,
      members: d.present.length,
      guests: d.guests,
      total: d.present.length + d.guests,
      newcomers: d.newcomers.length,
      returners: d.returners.length,
      rollingTotal: round(rolling[i] ?? 0),
    });
  });
  const cancelled = digests.filter((d) => d.status === 'cancelled' && inRange(d.date, range)).map((d) => ({ meetingId: d.meetingId, date: d.date }));
  const sum = (pick: (row: AttendanceRow) => number) => meetings.reduce((total, row) => total + pick(row), 0);
  const averageTotal = mean(meetings.map((m) => m.total));
  const averageMembers = mean(meetings.map((m) => m.members));
  const trend = trendOf(meetings.map((m) => ({ date: m.date, value: m.total })));
  const report: Omit<AttendanceReport, 'enough' | 'summary' | 'emptyMessage'> = {
    meetings,
    cancelled,
    totals: {
      held: meetings.length,
      cancelled: cancelled.length,
      averageTotal: averageTotal === null ? null : round(averageTotal),
      averageMembers: averageMembers === null ? null : round(averageMembers),
      guests: sum((r) => r.guests),
      newcomers: sum((r) => r.newcomers),
      returners: sum((r) => r.returners),
    },
    trend: trend && { ...trend, first: round(trend.first), last: round(trend.last) },
  };
  if (meetings.length === 0) {
    return {
      ...report,
      enough: false,
      summary: null,
      emptyMessage:
        cancelled.length > 0
          ? [{ id: 'reports.empty.attendanceCancelled', values: { cancelled: cancelled.length } }]
          : [{ id: 'reports.empty.attendanceNone', values: {} }],
    };
  }
  return { ...report, enough: true, summary: attendanceLine(report), emptyMessage: null };
}
