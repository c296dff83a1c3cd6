import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttendanceReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { reviewMarkers } from './ReviewMarkers';
import { useReportFormat } from './format';
import { useReportText } from './use-report-text';

export function AttendanceChart({ report, reviews = [] }: { reviews?: readonly string[]; report: AttendanceReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['members', 'guests', 'total', 'rollingTotal']);
  const t = useT();
  const text = useReportText();
  const f = useReportFormat();
  const dir = useChartDirection();
  return (
    <ChartFrame
      label={t('reports.attendance.chart', { monthly: String(monthly), summary: text(report.summary), reviews: String(reviews.length > 0) })}
    >
      <ComposedChart data={points} margin={dir.margin({ top: 8, right: 8, bottom: 0, left: -16 })} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={f.shortDate} tick={AXIS_TICK} minTickGap={40} reversed={dir.reversed} />
        <YAxis allowDecimals={false} tickFormatter={f.whole} tick={AXIS_TICK} orientation={dir.side()} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={f.dateLabel} formatter={f.figure} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="members"
          name={monthly ? t('reports.attendance.membersMonthly') : t('reports.attendance.members')}
          stackId="present"
          fill={CHART_COLOURS.primary}
          isAnimationActive={false}
        />
        <Bar dataKey="guests" name={t('reports.attendance.guests')} stackId="present" fill={CHART_COLOURS.secondary} isAnimationActive={false} />
        <Line
          dataKey="rollingTotal"
          name={t('reports.attendance.rolling')}
          stroke={CHART_COLOURS.danger}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        {reviewMarkers(markerDates(points, reviews, monthly), t('reports.review'), dir.reversed)}
      </ComposedChart>
    </ChartFrame>
  );
}

export function AttendanceTotals({ report }: { report: AttendanceReport }) {
  const totals = report.totals;
  const t = useT();
  const f = useReportFormat();
  return (
    <p className="report-totals">
      {/* Counts as numbers: the messages choose plurals by them and write them in the locale's digits. */}
      {t('reports.attendance.totals', {
        held: totals.held,
        cancelled: totals.cancelled,
        average: f.decimal(totals.averageTotal),
        members: f.decimal(totals.averageMembers),
        newcomers: totals.newcomers,
        returners: totals.returners,
        guests: totals.guests,
      })}
    </p>
  );
}

export function AttendanceTable({ report }: { report: AttendanceReport }) {
  const t = useT();
  const f = useReportFormat();
  const rows = [
    ...report.meetings.map((m) => ({
      date: m.date,
      cells: [f.whole(m.members), f.whole(m.guests), f.whole(m.total), f.whole(m.newcomers), f.whole(m.returners), f.decimal(m.rollingTotal)],
    })),
    ...report.cancelled.map((c) => ({ date: c.date, cells: [t('reports.attendance.cancelled'), '', '', '', '', ''] })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <DataTable
      caption={t('reports.attendance.caption')}
      head={[
        t('reports.attendance.head.date'),
        t('reports.attendance.head.members'),
        t('reports.attendance.guests'),
        t('reports.attendance.head.everyone'),
        t('reports.attendance.head.newcomers'),
        t('reports.attendance.head.returners'),
        t('reports.attendance.rolling'),
      ]}
      rows={rows.map((r) => [f.shortDate(r.date), ...r.cells])}
    />
  );
}
