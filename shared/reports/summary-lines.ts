import type {
  AttendanceReport,
  MembershipReport,
  ParticipationReport,
  ReportLine,
  ReportText,
  SupportReport,
  SurveySeries,
  TimeReport,
} from './report-types';

/**
 * The plain-words line above each report, from its figures: what changed
 * between the start of the range and its end ("Attendance fell from 11 to 7
 * a meeting since March 2026"), or what it was when there is no change to
 * speak of. Returned as message ids and values (console-reports.json,
 * "line.…"), so the console says it in the facilitator's language; which
 * sentence fits is decided here. Pure, so each wording is tested.
 */
type Facts<T> = Omit<T, 'enough' | 'summary' | 'emptyMessage'>;

const line = (id: string, values: ReportLine['values'] = {}): ReportLine => ({ id: `reports.line.${id}`, values });

export function attendanceLine(report: Facts<AttendanceReport>): ReportText {
  const { trend, totals } = report;
  const cancelled = totals.cancelled > 0 ? [line('cancelled', { count: totals.cancelled })] : [];
  if (!trend) return [line('attendanceOne', { people: Math.round(totals.averageTotal ?? 0) }), ...cancelled];
  const [from, to] = [Math.round(trend.first), Math.round(trend.last)];
  const since = { month: trend.since };
  const id = to < from ? 'attendanceFell' : to > from ? 'attendanceRose' : 'attendanceSteady';
  return [line(id, { from, to, since }), ...cancelled];
}

/** Gini moves of less than this are "about as evenly". */
const GINI_STEADY = 0.05;

export function participationLine(report: Facts<ParticipationReport>): ReportText {
  const { trend, totals } = report;
  const spoke = { percent: totals.averageShareSpoke ?? 0 };
  if (!trend) {
    const gini = totals.averageGini ?? 0;
    return [line('participationOnce', { spoke, evenness: evenness(gini), gini: { decimal: gini, places: 2 } })];
  }
  const diff = trend.last - trend.first;
  const how = Math.abs(diff) < GINI_STEADY ? 'steady' : diff < 0 ? 'more' : 'less';
  return [
    line('participationChange', {
      spoke,
      how,
      since: { month: trend.since },
      first: { decimal: trend.first, places: 2 },
      last: { decimal: trend.last, places: 2 },
    }),
  ];
}

function evenness(gini: number): string {
  return gini < 0.2 ? 'even' : gini < 0.4 ? 'fair' : 'uneven';
}

/** Rating moves of less than this are "stayed at about". */
const RATING_STEADY = 0.1;

export function supportLine(report: Facts<SupportReport>): ReportText {
  const { trend, totals } = report;
  const heard = { percent: totals.heardShares?.yes ?? 0 };
  const hasHeard = totals.heardShares ? 'yes' : 'no';
  if (totals.ratingMean === null) return [line('supportHeardOnly', { heard })];
  if (!trend) return [line('supportOnce', { mean: { decimal: totals.ratingMean, places: 1 }, hasHeard, heard })];
  const diff = trend.last - trend.first;
  return [
    line('supportChange', {
      how: Math.abs(diff) < RATING_STEADY ? 'steady' : diff < 0 ? 'fell' : 'rose',
      first: { decimal: trend.first, places: 1 },
      last: { decimal: trend.last, places: 1 },
      since: { month: trend.since },
      hasHeard,
      heard,
    }),
  ];
}

export function timeLine(report: Facts<TimeReport>): ReportText {
  const { timed, overran, averageOverrunMinutes, longestOverrunMinutes } = report.totals;
  if (overran === 0) return [timed === 1 ? line('timeOnTime') : line('timeNoneOver', { timed })];
  return [
    line('timeOverran', {
      overran,
      timed,
      average: Math.round(averageOverrunMinutes ?? 0),
      longest: Math.round(longestOverrunMinutes ?? 0),
    }),
  ];
}

/** `compared`: the series with at least two runs shown, newest first. */
export function surveysLine(compared: readonly SurveySeries[]): ReportText {
  const [first, ...others] = compared;
  if (!first) return [];
  const shown = first.runs.filter((r) => !r.hidden);
  const latest = shown[shown.length - 1];
  const values = { title: { name: first.title }, runs: first.runs.length, answers: latest?.responses ?? 0 };
  const main = shown.length === first.runs.length ? line('surveysAllShown', values) : line('surveysSomeShown', { ...values, shown: shown.length });
  return others.length === 0 ? [main] : [main, line('surveysOthers', { others: others.length })];
}

export function membersLine(report: Facts<MembershipReport>, since: string | null): ReportText {
  const { joined, left } = report.totals;
  const three = report.retention.find((r) => r.months === 3);
  const retained = three !== undefined && three.eligible > 0;
  return [
    line('members', {
      joined,
      left,
      hasSince: since === null ? 'no' : 'yes',
      since: since === null ? '' : { month: since },
      hasRetention: retained ? 'yes' : 'no',
      stillComing: three?.stillComing ?? 0,
      eligible: three?.eligible ?? 0,
      months: 3,
    }),
  ];
}
