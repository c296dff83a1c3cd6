import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MemberShare, ParticipationReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { reviewMarkers } from './ReviewMarkers';
import { useReportFormat } from './format';
import { useReportText } from './use-report-text';

export function ParticipationChart({ report, reviews = [] }: { reviews?: readonly string[]; report: ParticipationReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['shareSpoke', 'gini']);
  const t = useT();
  const text = useReportText();
  const f = useReportFormat();
  const dir = useChartDirection();
  const twoPlaces = (v: unknown) => (typeof v === 'number' ? f.decimal(v, 2) : String(v));
  return (
    <ChartFrame
      label={t('reports.participation.chart', { monthly: String(monthly), summary: text(report.summary), reviews: String(reviews.length > 0) })}
    >
      <LineChart data={points} margin={dir.margin({ top: 8, right: 8, bottom: 0, left: -16 })} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={f.shortDate} tick={AXIS_TICK} minTickGap={40} reversed={dir.reversed} />
        <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={twoPlaces} tick={AXIS_TICK} orientation={dir.side()} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={f.dateLabel} formatter={twoPlaces} />
        <Legend formatter={legendText} />
        <Line
          dataKey="shareSpoke"
          name={t('reports.participation.shareSpoke')}
          stroke={CHART_COLOURS.primary}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        <Line
          dataKey="gini"
          name={t('reports.participation.gini')}
          stroke={CHART_COLOURS.secondary}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
          connectNulls
        />
        {reviewMarkers(markerDates(points, reviews, monthly), t('reports.review'), dir.reversed)}
      </LineChart>
    </ChartFrame>
  );
}

export function ParticipationTotals({ report }: { report: ParticipationReport }) {
  const totals = report.totals;
  const t = useT();
  const f = useReportFormat();
  return (
    <p className="report-totals">
      {t('reports.participation.totals', {
        meetings: totals.meetingsWithSpeaking,
        share: f.percent(totals.averageShareSpoke),
        gini: f.decimal(totals.averageGini, 2),
        passes: totals.passes,
      })}
    </p>
  );
}

export function ParticipationTable({ report }: { report: ParticipationReport }) {
  const t = useT();
  const f = useReportFormat();
  return (
    <DataTable
      caption={t('reports.participation.caption')}
      head={[
        t('reports.attendance.head.date'),
        t('reports.participation.head.present'),
        t('reports.participation.head.spoke'),
        t('reports.participation.head.shareSpoke'),
        t('reports.participation.head.gini'),
        t('reports.participation.head.passes'),
        t('reports.participation.head.speakingMinutes'),
      ]}
      rows={report.meetings.map((m) => [
        f.shortDate(m.date),
        f.whole(m.present),
        f.whole(m.spoke),
        f.percent(m.shareSpoke),
        f.decimal(m.gini, 2),
        f.whole(m.passes),
        f.decimal(m.speakingMinutes),
      ])}
    />
  );
}

/** Console only: each member's share of the speaking time against their share of the attendance. */
export function MemberSharesChart({ shares }: { shares: MemberShare[] }) {
  const t = useT();
  const f = useReportFormat();
  const dir = useChartDirection();
  const rows = shares.map((s) => ({ name: s.name ?? t('reports.shares.erased'), attendance: s.attendanceShare, speaking: s.speakingShare ?? 0 }));
  return (
    <ChartFrame label={t('reports.shares.chart')} height={Math.max(200, 28 * rows.length + 60)}>
      <BarChart data={rows} layout="vertical" margin={dir.margin({ top: 8, right: 16, bottom: 0, left: 24 })} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => f.percent(v)} tick={AXIS_TICK} reversed={dir.reversed} />
        <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} orientation={dir.side()} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => (typeof v === 'number' ? f.percent(v) : String(v))} />
        <Legend formatter={legendText} />
        <Bar dataKey="attendance" name={t('reports.shares.attendance')} fill={CHART_COLOURS.muted} isAnimationActive={false} />
        <Bar dataKey="speaking" name={t('reports.shares.speaking')} fill={CHART_COLOURS.primary} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}

export function MemberSharesTable({ shares }: { shares: MemberShare[] }) {
  const t = useT();
  const f = useReportFormat();
  return (
    <DataTable
      caption={t('reports.shares.caption')}
      head={[
        t('reports.shares.head.member'),
        t('reports.shares.head.meetings'),
        t('reports.shares.attendance'),
        t('reports.shares.head.speaking'),
        t('reports.shares.head.balance'),
        t('reports.shares.head.turns'),
        t('reports.participation.head.passes'),
      ]}
      rows={shares.map((s) => [
        <bdi key="name">{s.name ?? t('reports.shares.erased')}</bdi>,
        f.whole(s.meetingsAttended),
        f.percent(s.attendanceShare),
        f.percent(s.speakingShare),
        f.decimal(s.balance, 2),
        f.whole(s.turns),
        f.whole(s.passes),
      ])}
    />
  );
}
