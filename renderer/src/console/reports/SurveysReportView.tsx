import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { SurveyRun, SurveySeries, SurveysReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { decimal, shortDate } from './format';

const RUN_COLOURS = [CHART_COLOURS.muted, CHART_COLOURS.secondary, CHART_COLOURS.primary, CHART_COLOURS.tertiary, CHART_COLOURS.danger];

/** "Run 2 · 3 Mar 2026": numbered, since two runs (two copies of a survey) can fall on the same day. */
function runName(run: SurveyRun, index: number): string {
  const when = run.from === run.to ? shortDate(run.from) : `${shortDate(run.from)} – ${shortDate(run.to)}`;
  return `Run ${String(index + 1)} · ${when}`;
}

function answerText(question: SurveyRun['questions'][number] | undefined): string {
  if (!question) return '–';
  if (question.kind === 'rating') return `${decimal(question.mean)} (${String(question.answers)} answers)`;
  if (question.kind === 'text') return `${String(question.answers)} written answers`;
  const labels = question.kind === 'yes_no' ? ['Yes', 'No'] : question.options;
  return labels.map((label, i) => `${label}: ${String(question.counts[i] ?? 0)}`).join(' · ');
}

/** One survey's runs side by side: the mean of each rating question per run; runs below three answers show nothing. */
function SeriesChart({ series }: { series: SurveySeries }) {
  const shown = series.runs.filter((r) => !r.hidden);
  const ratingPrompts = series.questions.filter((q) => q.kind === 'rating').map((q) => q.prompt);
  if (ratingPrompts.length === 0 || shown.length === 0) return null;
  const rows = ratingPrompts.map((prompt) => {
    const row: Record<string, string | number | null> = { prompt };
    shown.forEach((run, i) => (row[`run${String(i)}`] = run.questions.find((q) => q.prompt === prompt)?.mean ?? null));
    return row;
  });
  return (
    <ChartFrame label={`Mean rating per question, one bar per run of “${series.title}”.`}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="prompt" tick={AXIS_TICK} interval={0} />
        <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => decimal(Number(v))} />
        <Legend formatter={legendText} />
        {shown.map((run, i) => (
          <Bar
            key={`${run.surveyId}-${run.from}`}
            dataKey={`run${String(i)}`}
            name={runName(run, series.runs.indexOf(run))}
            fill={RUN_COLOURS[i % RUN_COLOURS.length] ?? CHART_COLOURS.primary}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

function SeriesTable({ series }: { series: SurveySeries }) {
  return (
    <DataTable
      caption={`“${series.title}”, run by run`}
      head={['Question', ...series.runs.map((r, i) => `${runName(r, i)} (${String(r.responses)} answers)`)]}
      rows={series.questions.map((q) => [
        q.prompt,
        ...series.runs.map((run) =>
          run.hidden ? 'not shown: fewer than 3 answers' : answerText(run.questions.find((rq) => rq.prompt === q.prompt)),
        ),
      ])}
    />
  );
}

export function SurveysChart({ report }: { report: SurveysReport }) {
  return (
    <div className="report-series">
      {report.series.map((series) => (
        <div key={series.surveyIds.join()}>
          <h3>{series.title}</h3>
          <SeriesChart series={series} />
          <SeriesTable series={series} />
        </div>
      ))}
    </div>
  );
}

export function SurveysTable({ report }: { report: SurveysReport }) {
  return (
    <div className="report-series">
      {report.series.map((series) => (
        <SeriesTable key={series.surveyIds.join()} series={series} />
      ))}
    </div>
  );
}
