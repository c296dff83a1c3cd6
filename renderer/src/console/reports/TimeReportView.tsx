import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimeReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { chartPoints } from './chart-points';
import { useT } from '../../common/i18n/I18nProvider';
import { useReportFormat } from './format';
import { useReportText } from './use-report-text';

export function TimeChart({ report }: { report: TimeReport }) {
  const { points, monthly } = chartPoints(report.meetings, ['plannedMinutes', 'actualMinutes']);
  const t = useT();
  const text = useReportText();
  const f = useReportFormat();
  const dir = useChartDirection();
  // The kinds by name in the console's language (the report's own label is English).
  const byKind = report.byKind.map((k) => ({ ...k, name: t(`agendas.kind.${k.kind}`) }));
  return (
    <div className="report-charts-pair">
      <ChartFrame label={t('reports.time.chart', { monthly: String(monthly), summary: text(report.summary) })}>
        <LineChart data={points} margin={dir.margin({ top: 8, right: 8, bottom: 0, left: -16 })} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={f.shortDate} tick={AXIS_TICK} minTickGap={40} reversed={dir.reversed} />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => f.whole(v)} tick={AXIS_TICK} orientation={dir.side()} />
          <Tooltip {...TOOLTIP_PROPS} labelFormatter={f.dateLabel} formatter={f.figure} />
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
        <BarChart data={byKind} layout="vertical" margin={dir.margin({ top: 8, right: 8, bottom: 0, left: 8 })} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => f.whole(v)} tick={AXIS_TICK} reversed={dir.reversed} />
          {/* Every kind named: recharts would drop labels it thinks crowded, leaving bars without a name. */}
          <YAxis type="category" dataKey="name" width={120} tick={AXIS_TICK} interval={0} orientation={dir.side()} />
          <Tooltip {...TOOLTIP_PROPS} formatter={(v) => f.whole(Number(v))} />
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
  const f = useReportFormat();
  return (
    <p className="report-totals">
      {t('reports.time.totals', { overran: totals.overran, timed: totals.timed })}
      {totals.averageOverrunMinutes !== null
        ? ` · ${t('reports.time.overrun', { average: f.decimal(totals.averageOverrunMinutes), longest: f.whole(totals.longestOverrunMinutes) })}`
        : ''}
    </p>
  );
}

export function TimeTable({ report }: { report: TimeReport }) {
  const t = useT();
  const f = useReportFormat();
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
          f.shortDate(m.date),
          f.whole(m.plannedMinutes),
          f.whole(m.agendaMinutes),
          f.whole(m.actualMinutes),
          m.overMinutes === null ? '–' : `${m.overMinutes > 0 ? '+' : m.overMinutes < 0 ? '−' : ''}${f.whole(Math.abs(m.overMinutes))}`,
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
        rows={report.byKind.map((k) => [
          t(`agendas.kind.${k.kind}`),
          f.whole(k.items),
          f.whole(k.skipped),
          f.whole(k.plannedMinutes),
          f.whole(k.actualMinutes),
        ])}
      />
    </>
  );
}
