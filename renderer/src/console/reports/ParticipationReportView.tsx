import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MemberShare, ParticipationReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates, perWhat } from './chart-points';
import { reviewMarkers } from './ReviewMarkers';
import { decimal, percent, dateLabel, shortDate } from './format';

export function ParticipationChart({ report, reviews = [] }: { reviews?: readonly string[]; report: ParticipationReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['shareSpoke', 'gini']);
  return (
    <ChartFrame
      label={`Share of those present who spoke, and how evenly the time was shared, ${perWhat(monthly)}. ${report.summary ?? ''}${reviews.length > 0 ? ' Reviews of the purpose are marked.' : ''}`}
    >
      <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
        <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => v.toFixed(2)} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={dateLabel} formatter={(v) => (typeof v === 'number' ? v.toFixed(2) : String(v))} />
        <Legend formatter={legendText} />
        <Line
          dataKey="shareSpoke"
          name="Share who spoke (1 = everyone)"
          stroke={CHART_COLOURS.primary}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="gini"
          name="Speaking-time Gini (0 = all equal)"
          stroke={CHART_COLOURS.secondary}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        {reviewMarkers(markerDates(points, reviews, monthly))}
      </LineChart>
    </ChartFrame>
  );
}

export function ParticipationTotals({ report }: { report: ParticipationReport }) {
  const t = report.totals;
  return (
    <p className="report-totals">
      {t.meetingsWithSpeaking} meetings with speaking time recorded · on average {percent(t.averageShareSpoke)} of those present spoke · Gini{' '}
      {decimal(t.averageGini, 2)} · {t.passes} passes
    </p>
  );
}

export function ParticipationTable({ report }: { report: ParticipationReport }) {
  return (
    <DataTable
      caption="Participation per meeting"
      head={['Date', 'Present', 'Spoke', 'Share who spoke', 'Gini', 'Passes', 'Speaking minutes']}
      rows={report.meetings.map((m) => [
        shortDate(m.date),
        m.present,
        m.spoke,
        percent(m.shareSpoke),
        decimal(m.gini, 2),
        m.passes,
        decimal(m.speakingMinutes),
      ])}
    />
  );
}

/** Console only: each member's share of the speaking time against their share of the attendance. */
export function MemberSharesChart({ shares }: { shares: MemberShare[] }) {
  const rows = shares.map((s) => ({ name: s.name ?? 'Erased member', attendance: s.attendanceShare, speaking: s.speakingShare ?? 0 }));
  return (
    <ChartFrame label="Each member’s share of the speaking time against their share of the attendance." height={Math.max(200, 28 * rows.length + 60)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => percent(v)} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => (typeof v === 'number' ? percent(v) : String(v))} />
        <Legend formatter={legendText} />
        <Bar dataKey="attendance" name="Share of attendance" fill={CHART_COLOURS.muted} isAnimationActive={false} />
        <Bar dataKey="speaking" name="Share of speaking time" fill={CHART_COLOURS.primary} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export function MemberSharesTable({ shares }: { shares: MemberShare[] }) {
  return (
    <DataTable
      caption="Each member over the range (only you see this)"
      head={['Member', 'Meetings', 'Share of attendance', 'Share of speaking', 'Balance (1 = fair share)', 'Turns', 'Passes']}
      rows={shares.map((s) => [
        <bdi key="name">{s.name ?? 'Erased member'}</bdi>,
        s.meetingsAttended,
        percent(s.attendanceShare),
        percent(s.speakingShare),
        decimal(s.balance, 2),
        s.turns,
        s.passes,
      ])}
    />
  );
}
