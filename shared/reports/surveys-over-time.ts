import { MIN_RESPONSES_TO_SHOW, type Answer, type Question, type Survey, type SurveyResponse } from '../feedback/surveys';
import { daysBetween, parseDate } from '../schedule/zoned-time';
import type { RangeBounds } from './range';
import type { RunQuestion, SurveyRun, SurveySeries, SurveysReport } from './report-types';
import { round } from './rolling';
import { surveysLine } from './summary-lines';

/**
 * What a "run" of a survey is. Responses carry only their survey and their
 * date, so a run is read from the dates: a survey's responses, oldest first,
 * belong to one run until more than RUN_GAP_DAYS pass between one answer and
 * the next. A survey passed round at one meeting and the next (or over a
 * month of a monthly group) is one run; asked again a season later, it is a
 * second run.
 *
 * Then no run may have fewer than MIN_RESPONSES_TO_SHOW answers while the
 * survey has more: such a run is merged into the run after it (the one
 * before, when it is the last). Otherwise the Surveys page's total less the
 * shown runs would give its few answers away. So every run of a survey is
 * shown, unless the survey as a whole has fewer than three answers.
 *
 * A survey is "run more than once" either that way (left open and answered
 * again later) or as a new survey with the very same questions (kind,
 * wording and options, in order): those form one series, side by side.
 * Written answers are left out: they stay on the Surveys page, shuffled.
 */
export const RUN_GAP_DAYS = 42;

const gapDays = (a: string, b: string): number => {
  const from = parseDate(a);
  const to = parseDate(b);
  return from && to ? daysBetween(from, to) : 0;
};

/** A survey's responses split into runs (each oldest first), as described above. */
export function runsOf(responses: readonly SurveyResponse[]): SurveyResponse[][] {
  const sorted = [...responses].sort((a, b) => a.date.localeCompare(b.date));
  const runs: SurveyResponse[][] = [];
  let previous: string | null = null;
  for (const response of sorted) {
    const current = runs[runs.length - 1];
    if (current && previous !== null && gapDays(previous, response.date) <= RUN_GAP_DAYS) current.push(response);
    else runs.push([response]);
    previous = response.date;
  }
  for (;;) {
    const small = runs.findIndex((run) => run.length < MIN_RESPONSES_TO_SHOW);
    if (small < 0 || runs.length < 2) break;
    const into = small < runs.length - 1 ? small + 1 : small - 1;
    const [first, second] = small < into ? [small, into] : [into, small];
    runs.splice(first, 2, [...(runs[first] ?? []), ...(runs[second] ?? [])]);
  }
  return runs;
}

/** The counts a question's answers make (as survey.results counts them), and the mean of a rating. */
export function countAnswers(
  question: Pick<Question, 'kind' | 'options'>,
  answers: readonly (Answer | null | undefined)[],
): Omit<RunQuestion, 'prompt' | 'kind' | 'options'> {
  const given = answers.filter((a): a is Answer => a !== null && a !== undefined);
  switch (question.kind) {
    case 'rating': {
      const counts = [1, 2, 3, 4, 5].map((n) => given.filter((a) => a === n).length);
      const total = counts.reduce((sum, n) => sum + n, 0);
      const mean = total === 0 ? null : round(counts.reduce((sum, n, i) => sum + n * (i + 1), 0) / total, 2);
      return { counts, answers: total, mean };
    }
    case 'yes_no': {
      const counts = [given.filter((a) => a === true).length, given.filter((a) => a === false).length];
      return { counts, answers: given.filter((a) => typeof a === 'boolean').length, mean: null };
    }
    case 'choice': {
      const counts = question.options.map((o) => given.filter((a) => a === o).length);
      return { counts, answers: counts.reduce((sum, n) => sum + n, 0), mean: null };
    }
    case 'text':
      return { counts: [], answers: given.filter((a) => typeof a === 'string').length, mean: null };
  }
}

const signatureOf = (survey: Survey): string => JSON.stringify(survey.questions.map((q) => [q.kind, q.prompt, q.options]));

function runOf(survey: Survey, responses: readonly SurveyResponse[]): SurveyRun {
  const hidden = responses.length < MIN_RESPONSES_TO_SHOW;
  return {
    surveyId: survey.id,
    from: responses[0]?.date ?? '',
    to: responses[responses.length - 1]?.date ?? '',
    responses: responses.length,
    hidden,
    questions: hidden
      ? []
      : survey.questions.map((q) => ({
          prompt: q.prompt,
          kind: q.kind,
          options: [...q.options],
          ...countAnswers(
            q,
            responses.map((r) => r.answers[q.id]),
          ),
        })),
  };
}

/** Each series of surveys with a run that overlaps the range; a run counts whole, never cut at the range's edge. */
export function surveysReport(surveys: readonly Survey[], responses: readonly SurveyResponse[], range: RangeBounds): SurveysReport {
  const bySurvey = new Map<string, SurveyResponse[]>();
  for (const response of responses) {
    const list = bySurvey.get(response.surveyId);
    if (list) list.push(response);
    else bySurvey.set(response.surveyId, [response]);
  }
  const series = new Map<string, SurveySeries>();
  for (const survey of surveys) {
    const runs = runsOf(bySurvey.get(survey.id) ?? [])
      .map((run) => runOf(survey, run))
      .filter((run) => (range.from === null || run.to >= range.from) && run.from <= range.to);
    if (runs.length === 0) continue;
    const key = signatureOf(survey);
    const entry = series.get(key) ?? {
      title: survey.title,
      surveyIds: [],
      questions: survey.questions.map((q) => ({ prompt: q.prompt, kind: q.kind, options: [...q.options] })),
      runs: [],
    };
    entry.surveyIds.push(survey.id);
    entry.runs.push(...runs);
    series.set(key, entry);
  }
  const madeOrder = new Map(surveys.map((survey, index) => [survey.id, index]));
  const list = [...series.values()].map((s) => {
    // Two runs on the same dates (a copy asked the same day): the survey made first comes first, as the Surveys page lists them.
    const runs = [...s.runs].sort((a, b) => a.from.localeCompare(b.from) || (madeOrder.get(a.surveyId) ?? 0) - (madeOrder.get(b.surveyId) ?? 0));
    // Named as it was last asked.
    const latest = surveys.find((survey) => survey.id === runs[runs.length - 1]?.surveyId);
    return { ...s, title: latest?.title ?? s.title, runs };
  });
  list.sort((a, b) => (b.runs[b.runs.length - 1]?.to ?? '').localeCompare(a.runs[a.runs.length - 1]?.to ?? ''));
  const compared = list.filter((s) => s.runs.filter((r) => !r.hidden).length >= 2);
  const report = { series: list };
  if (compared.length === 0) {
    return {
      ...report,
      enough: false,
      summary: null,
      emptyMessage:
        list.length === 0
          ? [{ id: 'reports.empty.surveysNone', values: {} }]
          : [{ id: 'reports.empty.surveysOnce', values: { min: MIN_RESPONSES_TO_SHOW } }],
    };
  }
  return { ...report, enough: true, summary: surveysLine(compared), emptyMessage: null };
}
