import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints, perWhat } from './chart-points';
import { decimal, dateLabel, shortDate, whole } from './format';

export function TimeChart({ report }: { report: TimeReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['plannedMinutes', 'actualMinutes']);
  return (
    <div className="report-charts-pair">
      <ChartFrame label={`Planned and actual minutes, ${perWhat(monthly)}. ${report.summary ?? ''}`}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_PROPS} labelFormatter={dateLabel} />
          <Legend formatter={legendText} />
          <Line
            dataKey="plannedMinutes"
            name="Planned minutes"
            stroke={CHART_COLOURS.muted}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="actualMinutes"
            name="Actual minutes"
            stroke={CHART_COLOURS.primary}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ChartFrame>
      <ChartFrame label="Planned and actual minutes by kind of agenda item, over the range.">
        <BarChart data={report.byKind} layout="vertical" margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="label" width={120} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_PROPS} formatter={(v) => whole(Number(v))} />
          <Legend formatter={legendText} />
          <Bar dataKey="plannedMinutes" name="Planned minutes" fill={CHART_COLOURS.muted} isAnimationActive={false} />
          <Bar dataKey="actualMinutes" name="Actual minutes" fill={CHART_COLOURS.primary} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </div>
  );
}

export function TimeTotals({ report }: { report: TimeReport }) {
  const t = report.totals;
  return (
    <p className="report-totals">
      {t.overran} of {t.timed} timed meetings overran
      {t.averageOverrunMinutes !== null
        ? ` · by ${decimal(t.averageOverrunMinutes)} min on average, ${whole(t.longestOverrunMinutes)} min at most`
        : ''}
    </p>
  );
}

export function TimeTable({ report }: { report: TimeReport }) {
  return (
    <>
      <DataTable
        caption="Time per meeting (minutes)"
        head={['Date', 'Planned', 'Agenda', 'Actual', 'Over (+) or under (−)', 'Overran']}
        rows={report.meetings.map((m) => [
          shortDate(m.date),
          m.plannedMinutes,
          m.agendaMinutes,
          whole(m.actualMinutes),
          m.overMinutes === null ? '–' : `${m.overMinutes > 0 ? '+' : m.overMinutes < 0 ? '−' : ''}${whole(Math.abs(m.overMinutes))}`,
          m.overran ? 'yes' : 'no',
        ])}
      />
      <DataTable
        caption="Time by kind of agenda item (minutes)"
        head={['Kind', 'Items run', 'Skipped', 'Planned', 'Actual']}
        rows={report.byKind.map((k) => [k.label, k.items, k.skipped, whole(k.plannedMinutes), whole(k.actualMinutes)])}
      />
    </>
  );
}
