import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SupportReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates, perWhat } from './chart-points';
import { reviewMarkers } from './ReviewMarkers';
import { decimal, percent, dateLabel, shortDate } from './format';

export function SupportChart({ report, reviews = [] }: { reviews?: readonly string[]; report: SupportReport }) {
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
        label={`“Did you feel heard?” as shares, and the mean rating of the session, ${perWhat(monthly)}. ${report.summary ?? ''}${reviews.length > 0 ? ' Reviews of the purpose are marked.' : ''}`}
      >
        <ComposedChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
          <YAxis yAxisId="share" domain={[0, 1]} tickFormatter={(v: number) => percent(v)} tick={AXIS_TICK} />
          <YAxis yAxisId="rating" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={AXIS_TICK} />
          <Tooltip
            {...TOOLTIP_PROPS}
            labelFormatter={dateLabel}
            formatter={(v, name) => (name === 'Mean rating' ? decimal(Number(v)) : percent(Number(v)))}
          />
          <Legend formatter={legendText} />
          <Bar yAxisId="share" dataKey="yes" name="Heard: yes" stackId="heard" fill={CHART_COLOURS.primary} isAnimationActive={false} />
          <Bar yAxisId="share" dataKey="somewhat" name="somewhat" stackId="heard" fill={CHART_COLOURS.muted} isAnimationActive={false} />
          <Bar yAxisId="share" dataKey="no" name="no" stackId="heard" fill={CHART_COLOURS.secondary} isAnimationActive={false} />
          <Line
            yAxisId="rating"
            dataKey="mean"
            name="Mean rating"
            stroke={CHART_COLOURS.danger}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {reviewMarkers(markerDates(points, reviews, monthly))}
        </ComposedChart>
      </ChartFrame>
      <ChartFrame label="How the sessions were rated, 1 to 5, over the range." height={240}>
        <BarChart
          data={report.totals.ratings.map((count, i) => ({ rating: String(i + 1), count }))}
          margin={{ top: 8, right: 8, bottom: 12, left: -16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="rating"
            tick={AXIS_TICK}
            label={{ value: 'How did this session go? (1–5)', position: 'insideBottom', offset: -2, fontSize: 12 }}
            height={40}
          />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_PROPS} />
          <Bar dataKey="count" name="Answers" fill={CHART_COLOURS.primary} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </div>
  );
}

export function SupportTotals({ report }: { report: SupportReport }) {
  const t = report.totals;
  return (
    <p className="report-totals">
      {t.meetingsShown} meetings with enough answers to show · mean rating {decimal(t.ratingMean)} out of 5 · felt heard:{' '}
      {percent(t.heardShares?.yes ?? null)} yes, {percent(t.heardShares?.somewhat ?? null)} somewhat, {percent(t.heardShares?.no ?? null)} no
    </p>
  );
}

export function SupportTable({ report }: { report: SupportReport }) {
  const hidden = 'fewer than 3 answers';
  return (
    <DataTable
      caption="Check-out answers per meeting"
      head={['Date', 'Answers', 'Rated 1 · 2 · 3 · 4 · 5', 'Mean rating', 'Heard: yes · somewhat · no']}
      rows={report.meetings.map((m) => [
        shortDate(m.date),
        Math.max(m.ratingAnswers, m.heardAnswers),
        m.ratings ? m.ratings.join(' · ') : hidden,
        decimal(m.ratingMean),
        m.heard ? `${String(m.heard.yes)} · ${String(m.heard.somewhat)} · ${String(m.heard.no)}` : hidden,
      ])}
    />
  );
}
