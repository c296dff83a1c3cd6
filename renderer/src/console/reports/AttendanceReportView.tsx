import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttendanceReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { reviewMarkers } from './ReviewMarkers';
import { decimal, dateLabel, shortDate } from './format';

export function AttendanceChart({ report, reviews = [] }: { reviews?: readonly string[]; report: AttendanceReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['members', 'guests', 'total', 'rollingTotal']);
  const t = useT();
  return (
    <ChartFrame
      label={t('reports.attendance.chart', { monthly: String(monthly), summary: report.summary ?? '', reviews: String(reviews.length > 0) })}
    >
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={dateLabel} />
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
        {reviewMarkers(markerDates(points, reviews, monthly))}
      </ComposedChart>
    </ChartFrame>
  );
}

export function AttendanceTotals({ report }: { report: AttendanceReport }) {
  const totals = report.totals;
  const t = useT();
  return (
    <p className="report-totals">
      {t('reports.attendance.totals', {
        held: totals.held,
        cancelled: totals.cancelled,
        average: decimal(totals.averageTotal),
        members: decimal(totals.averageMembers),
        newcomers: totals.newcomers,
        returners: totals.returners,
        guests: totals.guests,
      })}
    </p>
  );
}

export function AttendanceTable({ report }: { report: AttendanceReport }) {
  const t = useT();
  const rows = [
    ...report.meetings.map((m) => ({ date: m.date, cells: [m.members, m.guests, m.total, m.newcomers, m.returners, decimal(m.rollingTotal)] })),
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
      rows={rows.map((r) => [shortDate(r.date), ...r.cells])}
    />
  );
}
