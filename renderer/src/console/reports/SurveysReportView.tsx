import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { MIN_RESPONSES_TO_SHOW } from '#shared/feedback/surveys';
import type { SurveyRun, SurveySeries, SurveysReport } from '#shared/reports/report-types';
import type { Translate } from '#shared/i18n/translator';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { useT } from '../../common/i18n/I18nProvider';
import { isolate } from '../../common/i18n/isolate';
import { richMessage } from '../i18n/rich';
import { useReportFormat, type ReportFormat } from './format';

const RUN_COLOURS = [CHART_COLOURS.muted, CHART_COLOURS.secondary, CHART_COLOURS.primary, CHART_COLOURS.tertiary, CHART_COLOURS.danger];

/** "Run 2 · 3 Mar 2026": numbered, since two runs (two copies of a survey) can fall on the same day. */
function runName(t: Translate, f: ReportFormat, run: SurveyRun, index: number): string {
  return t('reports.surveys.run', { number: f.whole(index + 1), when: f.dateSpan(run.from, run.to) });
}

function answerText(t: Translate, f: ReportFormat, question: SurveyRun['questions'][number] | undefined): string {
  if (!question) return '–';
  if (question.kind === 'rating') return t('reports.surveys.ratingAnswer', { mean: f.decimal(question.mean), answers: question.answers });
  if (question.kind === 'text') return t('reports.surveys.written', { answers: question.answers });
  const labels = question.kind === 'yes_no' ? [t('reports.surveys.yes'), t('reports.surveys.no')] : question.options.map(isolate);
  return labels.map((label, i) => t('reports.surveys.count', { label, count: f.whole(question.counts[i] ?? 0) })).join(' · ');
}

/** One survey's runs side by side: the mean of each rating question per run; runs below three answers show nothing. */
function SeriesChart({ series }: { series: SurveySeries }) {
  const t = useT();
  const f = useReportFormat();
  const dir = useChartDirection();
  const shown = series.runs.filter((r) => !r.hidden);
  const ratingPrompts = series.questions.filter((q) => q.kind === 'rating').map((q) => q.prompt);
  if (ratingPrompts.length === 0 || shown.length === 0) return null;
  const rows = ratingPrompts.map((prompt) => {
    const row: Record<string, string | number | null> = { prompt };
    shown.forEach((run, i) => (row[`run${String(i)}`] = run.questions.find((q) => q.prompt === prompt)?.mean ?? null));
    return row;
  });
  return (
    <ChartFrame label={t('reports.surveys.chart', { title: isolate(series.title) })}>
      <BarChart data={rows} margin={dir.margin({ top: 8, right: 8, bottom: 0, left: -16 })} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="prompt" tick={AXIS_TICK} interval={0} reversed={dir.reversed} />
        <YAxis domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tickFormatter={(v: number) => f.whole(v)} tick={AXIS_TICK} orientation={dir.side()} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => f.decimal(Number(v))} />
        {/* Legend by run, first run first: on a right-to-left page it reads from the right, as the bars below do. */}
        <Legend formatter={legendText} itemSorter={(item) => Number(String(item.dataKey).slice('run'.length))} />
        {/* Right to left, each question's bars run from the right too: the first run is drawn last. */}
        {(dir.reversed ? [...shown.entries()].reverse() : [...shown.entries()]).map(([i, run]) => (
          <Bar
            key={`${run.surveyId}-${run.from}`}
            dataKey={`run${String(i)}`}
            name={runName(t, f, run, series.runs.indexOf(run))}
            fill={RUN_COLOURS[i % RUN_COLOURS.length] ?? CHART_COLOURS.primary}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

function SeriesTable({ series }: { series: SurveySeries }) {
  const t = useT();
  const f = useReportFormat();
  return (
    <DataTable
      caption={richMessage(t, 'reports.surveys.caption', { title: <bdi>{series.title}</bdi> })}
      head={[
        t('reports.surveys.head.question'),
        ...series.runs.map((r, i) => t('reports.surveys.runHead', { run: runName(t, f, r, i), answers: r.responses })),
      ]}
      rows={series.questions.map((q) => [
        <bdi key="prompt">{q.prompt}</bdi>,
        ...series.runs.map((run) =>
          run.hidden
            ? t('reports.surveys.hidden', { min: MIN_RESPONSES_TO_SHOW })
            : answerText(
                t,
                f,
                run.questions.find((rq) => rq.prompt === q.prompt),
              ),
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
          <h3>
            <bdi>{series.title}</bdi>
          </h3>
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
