import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttendanceReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, markerDates, perWhat } from './chart-points';
import { reviewMarkers } from './ReviewMarkers';
import { decimal, dateLabel, shortDate } from './format';

export function AttendanceChart({ report, reviews = [] }: { reviews?: readonly string[]; report: AttendanceReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['members', 'guests', 'total', 'rollingTotal']);
  return (
    <ChartFrame
      label={`Attendance, ${perWhat(monthly)}: members and guests, with a rolling average. ${report.summary ?? ''}${reviews.length > 0 ? ' Reviews of the purpose are marked.' : ''}`}
    >
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={dateLabel} />
        <Legend formatter={legendText} />
        <Bar
          dataKey="members"
          name={monthly ? 'Members present (monthly average)' : 'Members present'}
          stackId="present"
          fill={CHART_COLOURS.primary}
          isAnimationActive={false}
        />
        <Bar dataKey="guests" name="Guests" stackId="present" fill={CHART_COLOURS.secondary} isAnimationActive={false} />
        <Line dataKey="rollingTotal" name="Rolling average" stroke={CHART_COLOURS.danger} strokeWidth={2} dot={false} isAnimationActive={false} />
        {reviewMarkers(markerDates(points, reviews, monthly))}
      </ComposedChart>
    </ChartFrame>
  );
}

export function AttendanceTotals({ report }: { report: AttendanceReport }) {
  const t = report.totals;
  return (
    <p className="report-totals">
      {t.held} held · {t.cancelled} cancelled · {decimal(t.averageTotal)} present on average ({decimal(t.averageMembers)} members) · {t.newcomers}{' '}
      newcomers · {t.returners} returns after an absence · {t.guests} guest visits
    </p>
  );
}

export function AttendanceTable({ report }: { report: AttendanceReport }) {
  const rows = [
    ...report.meetings.map((m) => ({ date: m.date, cells: [m.members, m.guests, m.total, m.newcomers, m.returners, decimal(m.rollingTotal)] })),
    ...report.cancelled.map((c) => ({ date: c.date, cells: ['cancelled', '', '', '', '', ''] })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <DataTable
      caption="Attendance per meeting"
      head={['Date', 'Members', 'Guests', 'Everyone', 'Newcomers', 'Returners', 'Rolling average']}
      rows={rows.map((r) => [shortDate(r.date), ...r.cells])}
    />
  );
}
