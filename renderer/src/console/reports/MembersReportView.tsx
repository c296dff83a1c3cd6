import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MembershipReport } from '#shared/reports/report-types';
import { AXIS_TICK, CHART_COLOURS, ChartFrame, legendText, TOOLTIP_PROPS } from './ChartFrame';
import { DataTable } from './DataTable';
import { percent } from './format';

export function MembersChart({ report }: { report: MembershipReport }) {
  return (
    <ChartFrame label={`Members who joined, left and were on a break, per quarter, and the members at each quarter’s end. ${report.summary ?? ''}`}>
      <ComposedChart data={report.quarters} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="quarter" tick={AXIS_TICK} minTickGap={24} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} />
        <Tooltip {...TOOLTIP_PROPS} />
        <Legend formatter={legendText} />
        <Bar dataKey="joined" name="Joined" fill={CHART_COLOURS.primary} isAnimationActive={false} />
        <Bar dataKey="left" name="Left" fill={CHART_COLOURS.secondary} isAnimationActive={false} />
        <Bar dataKey="onBreak" name="On a break" fill={CHART_COLOURS.muted} isAnimationActive={false} />
        <Line dataKey="members" name="Members at the end" stroke={CHART_COLOURS.danger} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}

/** How newcomers heard of the group, and how many still come after 3 and 6 months: short tables, shown beside the chart. */
export function MembersFacts({ report }: { report: MembershipReport }) {
  return (
    <div className="report-facts">
      {report.heardFrom.length > 0 ? (
        <DataTable
          caption="How members who joined heard of the group"
          head={['Heard from', 'Members']}
          rows={report.heardFrom.map((h) => [h.label, h.count])}
        />
      ) : (
        <p className="empty">Nobody joined in this range, so there is nothing yet on how new members hear of the group.</p>
      )}
      <DataTable
        caption="Still coming after joining"
        head={['After', 'Joined long enough ago', 'Still coming', 'Share']}
        rows={report.retention.map((r) => [`${String(r.months)} months`, r.eligible, r.stillComing, percent(r.share)])}
      />
    </div>
  );
}

export function MembersTable({ report }: { report: MembershipReport }) {
  return (
    <DataTable
      caption="Members per quarter"
      head={['Quarter', 'Joined', 'Left', 'On a break', 'Members at the end']}
      rows={report.quarters.map((q) => [q.quarter, q.joined, q.left, q.onBreak, q.members])}
    />
  );
}
