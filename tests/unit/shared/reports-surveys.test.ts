import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '#shared/feedback/surveys';
import { runsOf, surveysReport } from '#shared/reports/surveys-over-time';
import { RESPONSES, SURVEYS, TODAY } from './reports-history';
import { english } from './report-english';

const answer = (date: string): SurveyResponse => ({ surveyId: 'S', date, answers: {} });
const datesOf = (runs: SurveyResponse[][]) => runs.map((run) => run.map((r) => r.date));

describe('what a run is', () => {
  it('starts a new run after more than six weeks without an answer', () => {
    // 42 days apart is still one run; 43 is a second.
    const runs = runsOf(['2026-01-01', '2026-02-12', '2026-02-12', '2026-03-27', '2026-03-27', '2026-03-28'].map(answer));
    expect(datesOf(runs)).toEqual([
      ['2026-01-01', '2026-02-12', '2026-02-12'],
      ['2026-03-27', '2026-03-27', '2026-03-28'],
    ]);
  });

  it('merges a run with fewer than three answers into its neighbour, so no run can be worked out from the total', () => {
    // One lone answer in January, then three in June: one run of four, not a hidden one beside a shown one.
    expect(datesOf(runsOf(['2026-06-02', '2026-01-05', '2026-06-02', '2026-06-02'].map(answer)))).toEqual([
      ['2026-01-05', '2026-06-02', '2026-06-02', '2026-06-02'],
    ]);
    // A short last run joins the one before.
    expect(datesOf(runsOf(['2026-01-05', '2026-01-05', '2026-01-05', '2026-09-01'].map(answer)))).toEqual([
      ['2026-01-05', '2026-01-05', '2026-01-05', '2026-09-01'],
    ]);
    // Two answers in all stay one run (hidden when shown).
    expect(datesOf(runsOf(['2026-01-05', '2026-09-01'].map(answer)))).toEqual([['2026-01-05', '2026-09-01']]);
    expect(runsOf([])).toEqual([]);
  });
});

describe('surveys over time', () => {
  it('puts the runs of surveys with the same questions side by side, hiding any run below three answers', () => {
    const report = surveysReport(SURVEYS, RESPONSES, { from: null, to: TODAY });
    const [series, venue] = report.series;
    expect(report.series).toHaveLength(2);
    expect(series).toMatchObject({ title: 'How are we doing? (autumn)', surveyIds: ['S1', 'S2'] });
    expect(series?.runs.map((r) => [r.surveyId, r.from, r.to, r.responses, r.hidden])).toEqual([
      ['S1', '2026-01-06', '2026-01-13', 4, false],
      ['S1', '2026-04-07', '2026-07-07', 5, false],
      ['S2', '2026-10-06', '2026-10-06', 1, true],
    ]);
    const [first, second, autumn] = series?.runs ?? [];
    // Run 1: ratings 5, 4, 4 (one skipped): mean 13/3; yes ×3, no ×1; "More time" ×2, "Tea" ×1; two written answers.
    expect(first?.questions.map((q) => [q.kind, q.counts, q.answers, q.mean])).toEqual([
      ['rating', [0, 0, 0, 2, 1], 3, 4.33],
      ['yes_no', [3, 1], 4, null],
      ['choice', [2, 1], 3, null],
      ['text', [], 2, null],
    ]);
    // Run 2: ratings 2, 3, 3, 5, 1: mean 2.8; yes ×2, no ×3; "More time" ×2, "Tea" ×3.
    expect(second?.questions.map((q) => [q.kind, q.counts, q.answers, q.mean])).toEqual([
      ['rating', [1, 1, 2, 0, 1], 5, 2.8],
      ['yes_no', [2, 3], 5, null],
      ['choice', [2, 3], 5, null],
      ['text', [], 0, null],
    ]);
    expect(autumn?.questions).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('Nice');
    expect(venue?.runs.map((r) => [r.responses, r.questions[0]?.counts])).toEqual([[3, [2, 1]]]);
    expect(english(report.summary)).toBe(
      '“How are we doing? (autumn)” was run 3 times (2 with enough answers to show); the latest shown had 5 answers.',
    );
  });

  it('takes a run whole when the range cuts through it, and needs two shown runs to compare', () => {
    const early = surveysReport(SURVEYS, RESPONSES, { from: null, to: '2026-05-01' });
    // The April–July run has five answers, not the three of April alone.
    expect(early.series[0]?.runs.map((r) => r.responses)).toEqual([4, 5]);
    expect(early.enough).toBe(true);
    const late = surveysReport(SURVEYS, RESPONSES, { from: '2026-03-01', to: TODAY });
    expect(late.series.map((s) => s.runs.length)).toEqual([2]);
    expect(late).toMatchObject({ enough: false, summary: null });
    expect(english(late.emptyMessage)).toContain('Ask the same survey again');
    const none = surveysReport(SURVEYS, RESPONSES, { from: '2026-12-01', to: '2026-12-31' });
    expect(none.series).toEqual([]);
    expect(english(none.emptyMessage)).toContain('No survey was answered');
  });
});

describe('two copies of a survey asked on the same day', () => {
  it('lists their runs in the order the surveys were made, whatever their ids', () => {
    const question = { id: 'q', kind: 'rating' as const, prompt: 'How welcome do you feel?', options: [] };
    // Ids chosen so that sorting by id would put the second survey first.
    const surveys = [
      { id: 'zz-first', groupId: 'g', title: 'Check-in', questions: [question] },
      { id: 'aa-second', groupId: 'g', title: 'Check-in', questions: [question] },
    ];
    const responses = ['zz-first', 'zz-first', 'zz-first', 'aa-second', 'aa-second', 'aa-second'].map((surveyId): SurveyResponse => ({
      surveyId,
      date: '2026-11-03',
      answers: { q: surveyId === 'zz-first' ? 2 : 5 },
    }));
    const [series] = surveysReport(surveys, responses, { from: null, to: TODAY }).series;
    expect(series?.runs.map((r) => [r.surveyId, r.questions[0]?.mean])).toEqual([
      ['zz-first', 2],
      ['aa-second', 5],
    ]);
  });
});
