import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { MIN_RESPONSES_TO_SHOW } from '#shared/feedback/surveys';
import type { SupportReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { reviewMarkers } from './ReviewMarkers';
import { useReportFormat } from './format';
import { useReportText } from './use-report-text';

export function SupportChart({ report, reviews = [] }: { reviews?: readonly string[]; report: SupportReport }) {
  const t = useT();
  const text = useReportText();
  const f = useReportFormat();
  const dir = useChartDirection();
  // Meetings below the answer threshold stay out of the drawing, as they do from the totals.
  const rows = report.meetings
    .filter((m) => m.heardShares !== null || m.ratingMean !== null)
    .map((m) => ({
      date: m.date,
      yes: m.heardShares?.yes ?? null,
      somewhat: m.heardShares?.somewhat ?? null,
      no: m.heardShares?.no ?? null,
      mean: m.ratingMean,
    }));
  const { points, monthly } = chartPoints(rows, ['yes', 'somewhat', 'no', 'mean']);
  return (
    <div className="report-charts-pair">
      <ChartFrame
        label={t('reports.support.chart', { monthly: String(monthly), summary: text(report.summary), reviews: String(reviews.length > 0) })}
      >
        <ComposedChart data={points} margin={dir.margin({ top: 8, right: 0, bottom: 0, left: -16 })} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={f.shortDate} tick={AXIS_TICK} minTickGap={40} reversed={dir.reversed} />
          <YAxis yAxisId="share" domain={[0, 1]} tickFormatter={(v: number) => f.percent(v)} tick={AXIS_TICK} orientation={dir.side('left')} />
          <YAxis
            yAxisId="rating"
            orientation={dir.side('right')}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            tickFormatter={(v: number) => f.whole(v)}
            tick={AXIS_TICK}
          />
          <Tooltip
            {...TOOLTIP_PROPS}
            labelFormatter={f.dateLabel}
            // The mean rating is a number out of 5; the rest are shares of the answers.
            formatter={(v, _name, item) => (item.dataKey === 'mean' ? f.decimal(Number(v)) : f.percent(Number(v)))}
          />
          <Legend formatter={legendText} />
          <Bar
            yAxisId="share"
            dataKey="yes"
            name={t('reports.support.heardYes')}
            stackId="heard"
            fill={CHART_COLOURS.primary}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="share"
            dataKey="somewhat"
            name={t('reports.support.somewhat')}
            stackId="heard"
            fill={CHART_COLOURS.muted}
            isAnimationActive={false}
          />
          <Bar yAxisId="share" dataKey="no" name={t('reports.support.no')} stackId="heard" fill={CHART_COLOURS.secondary} isAnimationActive={false} />
          <Line
            yAxisId="rating"
            dataKey="mean"
            name={t('reports.support.mean')}
            stroke={CHART_COLOURS.danger}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {reviewMarkers(markerDates(points, reviews, monthly), t('reports.review'), dir.reversed)}
        </ComposedChart>
      </ChartFrame>
      <ChartFrame label={t('reports.support.ratingsChart')} height={240}>
        <BarChart
          data={report.totals.ratings.map((count, i) => ({ rating: i + 1, count }))}
          margin={dir.margin({ top: 8, right: 8, bottom: 12, left: -16 })}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="rating"
            tickFormatter={(v: number) => f.whole(v)}
            tick={AXIS_TICK}
            reversed={dir.reversed}
            label={{ value: t('reports.support.ratingAxis'), position: 'insideBottom', offset: -2, fontSize: 12 }}
            height={40}
          />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => f.whole(v)} tick={AXIS_TICK} orientation={dir.side()} />
          <Tooltip {...TOOLTIP_PROPS} labelFormatter={(v) => f.whole(Number(v))} formatter={(v) => f.whole(Number(v))} />
          <Bar dataKey="count" name={t('reports.support.answers')} fill={CHART_COLOURS.primary} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </div>
  );
}

export function SupportTotals({ report }: { report: SupportReport }) {
  const totals = report.totals;
  const t = useT();
  const f = useReportFormat();
  return (
    <p className="report-totals">
      {t('reports.support.totals', {
        meetings: totals.meetingsShown,
        mean: f.decimal(totals.ratingMean),
        yes: f.percent(totals.heardShares?.yes ?? null),
        somewhat: f.percent(totals.heardShares?.somewhat ?? null),
        no: f.percent(totals.heardShares?.no ?? null),
      })}
    </p>
  );
}

export function SupportTable({ report }: { report: SupportReport }) {
  const t = useT();
  const f = useReportFormat();
  const hidden = t('reports.support.hidden', { min: MIN_RESPONSES_TO_SHOW });
  // "0 · 0 · 1 · 1 · 1": counts in the locale's digits, in the order of the header.
  const counts = (values: readonly number[]) => values.map((v) => f.whole(v)).join(' · ');
  return (
    <DataTable
      caption={t('reports.support.caption')}
      head={[
        t('reports.attendance.head.date'),
        t('reports.support.answers'),
        t('reports.support.head.rated'),
        t('reports.support.mean'),
        t('reports.support.head.heard'),
      ]}
      rows={report.meetings.map((m) => [
        f.shortDate(m.date),
        f.whole(Math.max(m.ratingAnswers, m.heardAnswers)),
        m.ratings ? counts(m.ratings) : hidden,
        f.decimal(m.ratingMean),
        m.heard ? counts([m.heard.yes, m.heard.somewhat, m.heard.no]) : hidden,
      ])}
    />
  );
}
