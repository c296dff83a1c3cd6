import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { decimal, dateLabel, shortDate, whole } from './format';

export function TimeChart({ report }: { report: TimeReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['plannedMinutes', 'actualMinutes']);
  const t = useT();
  return (
    <div className="report-charts-pair">
      <ChartFrame label={t('reports.time.chart', { monthly: String(monthly), summary: report.summary ?? '' })}>
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={shortDate} tick={AXIS_TICK} minTickGap={40} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_PROPS} labelFormatter={dateLabel} />
          <Legend formatter={legendText} />
          <Line
            dataKey="plannedMinutes"
            name={t('reports.time.planned')}
            stroke={CHART_COLOURS.muted}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="actualMinutes"
            name={t('reports.time.actual')}
            stroke={CHART_COLOURS.primary}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ChartFrame>
      <ChartFrame label={t('reports.time.byKindChart')}>
        <BarChart data={report.byKind} layout="vertical" margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="label" width={120} tick={AXIS_TICK} />
          <Tooltip {...TOOLTIP_PROPS} formatter={(v) => whole(Number(v))} />
          <Legend formatter={legendText} />
          <Bar dataKey="plannedMinutes" name={t('reports.time.planned')} fill={CHART_COLOURS.muted} isAnimationActive={false} />
          <Bar dataKey="actualMinutes" name={t('reports.time.actual')} fill={CHART_COLOURS.primary} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
    </div>
  );
}

export function TimeTotals({ report }: { report: TimeReport }) {
  const totals = report.totals;
  const t = useT();
  return (
    <p className="report-totals">
      {t('reports.time.totals', { overran: totals.overran, timed: totals.timed })}
      {totals.averageOverrunMinutes !== null
        ? ` · ${t('reports.time.overrun', { average: decimal(totals.averageOverrunMinutes), longest: whole(totals.longestOverrunMinutes) })}`
        : ''}
    </p>
  );
}

export function TimeTable({ report }: { report: TimeReport }) {
  const t = useT();
  return (
    <>
      <DataTable
        caption={t('reports.time.caption')}
        head={[
          t('reports.attendance.head.date'),
          t('reports.time.head.planned'),
          t('reports.time.head.agenda'),
          t('reports.time.head.actual'),
          t('reports.time.head.over'),
          t('reports.time.head.overran'),
        ]}
        rows={report.meetings.map((m) => [
          shortDate(m.date),
          m.plannedMinutes,
          m.agendaMinutes,
          whole(m.actualMinutes),
          m.overMinutes === null ? '–' : `${m.overMinutes > 0 ? '+' : m.overMinutes < 0 ? '−' : ''}${whole(Math.abs(m.overMinutes))}`,
          m.overran ? t('reports.yes') : t('reports.no'),
        ])}
      />
      <DataTable
        caption={t('reports.time.byKindCaption')}
        head={[
          t('reports.time.head.kind'),
          t('reports.time.head.items'),
          t('reports.time.head.skipped'),
          t('reports.time.head.planned'),
          t('reports.time.head.actual'),
        ]}
        rows={report.byKind.map((k) => [k.label, k.items, k.skipped, whole(k.plannedMinutes), whole(k.actualMinutes)])}
      />
    </>
  );
}
