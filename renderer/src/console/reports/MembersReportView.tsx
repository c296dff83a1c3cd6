import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { HeardFromRow, MembershipReport } from '#shared/reports/report-types';
import type { Translate } from '#shared/i18n/translator';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS, useChartDirection } from './ChartFrame';
import { DataTable } from './DataTable';
import { useT } from '../../common/i18n/I18nProvider';
import { useReportFormat, type ReportFormat } from './format';
import { useReportText } from './use-report-text';

/** "2026 Q1" (the report's label) as the locale names a quarter: "T1 2026", "Q1 2026", … */
function quarterName(t: Translate, f: ReportFormat, label: string): string {
  const match = /^(\d{4}) Q([1-4])$/.exec(label);
  if (!match) return label;
  // The year as a name, not a number: no thousands separator.
  return t('reports.members.quarter', { year: f.year(Number(match[1])), quarter: f.whole(Number(match[2])) });
}

function heardFromName(t: Translate, row: HeardFromRow): string {
  return row.source === null ? t('reports.heardFromUnknown') : t(`members.heardFrom.${row.source}`);
}

export function MembersChart({ report }: { report: MembershipReport }) {
  const t = useT();
  const text = useReportText();
  const f = useReportFormat();
  const dir = useChartDirection();
  const quarters = report.quarters.map((q) => ({ ...q, name: quarterName(t, f, q.quarter) }));
  return (
    <ChartFrame label={t('reports.members.chart', { summary: text(report.summary) })}>
      <ComposedChart data={quarters} margin={dir.margin({ top: 8, right: 8, bottom: 0, left: -16 })} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS_TICK} minTickGap={24} reversed={dir.reversed} />
        <YAxis allowDecimals={false} tickFormatter={(v: number) => f.whole(v)} tick={AXIS_TICK} orientation={dir.side()} />
        <Tooltip {...TOOLTIP_PROPS} formatter={f.figure} />
        <Legend formatter={legendText} />
        <Bar dataKey="joined" name={t('reports.members.joined')} fill={CHART_COLOURS.primary} isAnimationActive={false} />
        <Bar dataKey="left" name={t('reports.members.left')} fill={CHART_COLOURS.secondary} isAnimationActive={false} />
        <Bar dataKey="onBreak" name={t('reports.members.onBreak')} fill={CHART_COLOURS.muted} isAnimationActive={false} />
        <Line
          dataKey="members"
          name={t('reports.members.atEnd')}
          stroke={CHART_COLOURS.danger}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFrame>
  );
}

/** How newcomers heard of the group, and how many still come after 3 and 6 months: short tables, shown beside the chart. */
export function MembersFacts({ report }: { report: MembershipReport }) {
  const t = useT();
  const f = useReportFormat();
  return (
    <div className="report-facts">
      {report.heardFrom.length > 0 ? (
        <DataTable
          caption={t('reports.members.heardCaption')}
          head={[t('reports.members.head.heardFrom'), t('reports.members.head.members')]}
          rows={report.heardFrom.map((h) => [heardFromName(t, h), f.whole(h.count)])}
        />
      ) : (
        <p className="empty">{t('reports.members.nobodyJoined')}</p>
      )}
      <DataTable
        caption={t('reports.members.retentionCaption')}
        head={[
          t('reports.members.head.after'),
          t('reports.members.head.eligible'),
          t('reports.members.head.stillComing'),
          t('reports.members.head.share'),
        ]}
        rows={report.retention.map((r) => [
          t('reports.members.months', { months: r.months }),
          f.whole(r.eligible),
          f.whole(r.stillComing),
          f.percent(r.share),
        ])}
      />
    </div>
  );
}

export function MembersTable({ report }: { report: MembershipReport }) {
  const t = useT();
  const f = useReportFormat();
  return (
    <DataTable
      caption={t('reports.members.caption')}
      head={[
        t('reports.members.head.quarter'),
        t('reports.members.joined'),
        t('reports.members.left'),
        t('reports.members.onBreak'),
        t('reports.members.atEnd'),
      ]}
      rows={report.quarters.map((q) => [quarterName(t, f, q.quarter), f.whole(q.joined), f.whole(q.left), f.whole(q.onBreak), f.whole(q.members)])}
    />
  );
}
