import { plural } from '../text/plural';
import { monthYear } from './range';
import type { AttendanceReport, MembershipReport, ParticipationReport, SupportReport, SurveySeries, TimeReport, Trend } from './report-types';

/**
 * The plain-words line above each report, from its figures: what changed
 * between the start of the range and its end ("Attendance fell from 11 to 7
 * a meeting since March 2026"), or what it was when there is no change to
 * speak of. Pure, so each wording is tested.
 */
type Facts<T> = Omit<T, 'enough' | 'summary' | 'emptyMessage'>;

const whole = (n: number): string => String(Math.round(n));
const percent = (share: number): string => `${String(Math.round(share * 100))}%`;
const oneDecimal = (n: number): string => n.toFixed(1);
const twoDecimals = (n: number): string => n.toFixed(2);

export function attendanceLine(report: Facts<AttendanceReport>): string {
  const { trend, totals } = report;
  const cancelled = totals.cancelled > 0 ? ` ${plural(totals.cancelled, 'meeting was', 'meetings were')} cancelled.` : '';
  if (!trend) return `${plural(Math.round(totals.averageTotal ?? 0), 'person', 'people')} came to the one meeting in this range.${cancelled}`;
  const [from, to] = [Math.round(trend.first), Math.round(trend.last)];
  const since = monthYear(trend.since);
  const change =
    to < from
      ? `Attendance fell from ${whole(from)} to ${whole(to)} a meeting since ${since}.`
      : to > from
        ? `Attendance rose from ${whole(from)} to ${whole(to)} a meeting since ${since}.`
        : `Attendance held steady at about ${whole(to)} a meeting since ${since}.`;
  return change + cancelled;
}

/** Gini moves of less than this are "about as evenly". */
const GINI_STEADY = 0.05;

export function participationLine(report: Facts<ParticipationReport>): string {
  const { trend, totals } = report;
  const spoke = `On average ${percent(totals.averageShareSpoke ?? 0)} of those present spoke`;
  if (!trend)
    return `${spoke}; speaking time was ${evenness(totals.averageGini ?? 0)} (unevenness ${twoDecimals(totals.averageGini ?? 0)}, where 0 is equal).`;
  const diff = trend.last - trend.first;
  const how =
    Math.abs(diff) < GINI_STEADY
      ? `speaking time stayed about as evenly shared since ${monthYear(trend.since)}`
      : `speaking time became ${diff < 0 ? 'more' : 'less'} evenly shared since ${monthYear(trend.since)}`;
  return `${spoke}; ${how} (unevenness ${twoDecimals(trend.first)} → ${twoDecimals(trend.last)}, where 0 is equal).`;
}

function evenness(gini: number): string {
  return gini < 0.2 ? 'shared evenly' : gini < 0.4 ? 'shared fairly evenly' : 'shared unevenly';
}

/** Rating moves of less than this are "stayed at about". */
const RATING_STEADY = 0.1;

export function supportLine(report: Facts<SupportReport>): string {
  const { trend, totals } = report;
  const heard = totals.heardShares ? `; ${percent(totals.heardShares.yes)} felt heard` : '';
  if (totals.ratingMean === null) return `${percent(totals.heardShares?.yes ?? 0)} said they felt heard.`;
  if (!trend) return `Meetings were rated ${oneDecimal(totals.ratingMean)} out of 5 on average${heard}.`;
  return `${ratingChange(trend)}${heard}.`;
}

function ratingChange(trend: Trend): string {
  const since = monthYear(trend.since);
  const diff = trend.last - trend.first;
  if (Math.abs(diff) < RATING_STEADY) return `The average rating stayed at about ${oneDecimal(trend.last)} out of 5 since ${since}`;
  return `The average rating ${diff < 0 ? 'fell' : 'rose'} from ${oneDecimal(trend.first)} to ${oneDecimal(trend.last)} out of 5 since ${since}`;
}

export function timeLine(report: Facts<TimeReport>): string {
  const { timed, overran, averageOverrunMinutes, longestOverrunMinutes } = report.totals;
  if (overran === 0) return timed === 1 ? 'The meeting ended on time.' : `None of the ${String(timed)} meetings ran over.`;
  return `${String(overran)} of ${plural(timed, 'meeting')} ran over, by ${plural(Math.round(averageOverrunMinutes ?? 0), 'minute')} on average (longest ${plural(Math.round(longestOverrunMinutes ?? 0), 'minute')}).`;
}

/** `compared`: the series with at least two runs shown, newest first. */
export function surveysLine(compared: readonly SurveySeries[]): string {
  const [first, ...others] = compared;
  if (!first) return '';
  const shown = first.runs.filter((r) => !r.hidden);
  const latest = shown[shown.length - 1];
  const times = `“${first.title}” was run ${plural(first.runs.length, 'time')}`;
  const answers = plural(latest?.responses ?? 0, 'answer');
  const line =
    shown.length === first.runs.length
      ? `${times}; the latest run had ${answers}.`
      : `${times} (${String(shown.length)} with enough answers to show); the latest shown had ${answers}.`;
  return others.length === 0 ? line : `${line} ${plural(others.length, 'other survey was', 'other surveys were')} run more than once too.`;
}

export function membersLine(report: Facts<MembershipReport>, since: string | null): string {
  const { joined, left } = report.totals;
  const when = since === null ? '' : ` since ${monthYear(since)}`;
  const moves = `${String(joined)} joined and ${String(left)} left${when}`;
  const three = report.retention.find((r) => r.months === 3);
  if (!three || three.eligible === 0) return `${moves}.`;
  const were = three.eligible === 1 ? 'was' : 'were';
  return `${moves}; of those who joined long enough ago, ${String(three.stillComing)} of ${String(three.eligible)} ${were} still coming after 3 months.`;
}
