import { MIN_RESPONSES_TO_SHOW } from '../feedback/surveys';
import type { MeetingDigest } from '../history/digest';
import { inRange, type RangeBounds } from './range';
import type { HeardCounts, SupportReport, SupportRow } from './report-types';
import { round, trendOf } from './rolling';
import { supportLine } from './summary-lines';

const meanRating = (ratings: readonly number[]): number | null => {
  const answers = ratings.reduce((sum, n) => sum + n, 0);
  return answers === 0 ? null : round(ratings.reduce((sum, n, i) => sum + n * (i + 1), 0) / answers, 2);
};

const sharesOf = (heard: HeardCounts): HeardCounts | null => {
  const answers = heard.yes + heard.somewhat + heard.no;
  return answers === 0
    ? null
    : { yes: round(heard.yes / answers, 3), somewhat: round(heard.somewhat / answers, 3), no: round(heard.no / answers, 3) };
};

/**
 * The check-out answers per held meeting. Like anonymous surveys, a
 * question's answers at a meeting are shown only from MIN_RESPONSES_TO_SHOW
 * answers up (how many answered is always shown). The totals add up the
 * shown meetings only: were hidden ones in them, subtracting the shown
 * meetings from the total would give the hidden answers away.
 */
export function supportReport(digests: readonly MeetingDigest[], range: RangeBounds): SupportReport {
  const meetings: SupportRow[] = digests
    .filter((d) => d.status === 'ended' && inRange(d.date, range))
    .map((d) => {
      const ratingAnswers = d.checkout.ratings.reduce((sum, n) => sum + n, 0);
      const heardAnswers = d.checkout.heard.yes + d.checkout.heard.somewhat + d.checkout.heard.no;
      const ratingsShown = ratingAnswers >= MIN_RESPONSES_TO_SHOW;
      const heardShown = heardAnswers >= MIN_RESPONSES_TO_SHOW;
      return {
        meetingId: d.meetingId,
        date: d.date,
        ratingAnswers,
        heardAnswers,
        ratings: ratingsShown ? [...d.checkout.ratings] : null,
        ratingMean: ratingsShown ? meanRating(d.checkout.ratings) : null,
        heard: heardShown ? { ...d.checkout.heard } : null,
        heardShares: heardShown ? sharesOf(d.checkout.heard) : null,
      };
    });
  const ratings = [0, 0, 0, 0, 0];
  const heard: HeardCounts = { yes: 0, somewhat: 0, no: 0 };
  let meetingsShown = 0;
  for (const row of meetings) {
    if (row.ratings) row.ratings.forEach((n, i) => (ratings[i] = (ratings[i] ?? 0) + n));
    if (row.heard) {
      heard.yes += row.heard.yes;
      heard.somewhat += row.heard.somewhat;
      heard.no += row.heard.no;
    }
    if (row.ratings || row.heard) meetingsShown += 1;
  }
  const trend = trendOf(meetings.flatMap((m) => (m.ratingMean === null ? [] : [{ date: m.date, value: m.ratingMean }])));
  const report: Omit<SupportReport, 'enough' | 'summary' | 'emptyMessage'> = {
    meetings,
    totals: { meetingsShown, ratings, ratingMean: meanRating(ratings), heard, heardShares: sharesOf(heard) },
    trend: trend && { ...trend, first: round(trend.first), last: round(trend.last) },
  };
  if (meetingsShown === 0) {
    return {
      ...report,
      enough: false,
      summary: null,
      emptyMessage:
        meetings.length === 0
          ? [{ id: 'reports.empty.supportNone', values: {} }]
          : [{ id: 'reports.empty.supportFew', values: { min: MIN_RESPONSES_TO_SHOW } }],
    };
  }
  return { ...report, enough: true, summary: supportLine(report), emptyMessage: null };
}
