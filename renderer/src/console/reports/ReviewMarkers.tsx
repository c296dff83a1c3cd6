import { ReferenceLine } from 'recharts';
import { CHART_COLOURS } from './ChartFrame';

/** Dashed lines labelled "Review" (in the console's language) where the group reviewed its purpose, so a change after it can be seen as such. */
export function reviewMarkers(dates: readonly string[], label: string, rtl = false) {
  return dates.map((date) => (
    <ReferenceLine
      key={date}
      x={date}
      stroke={CHART_COLOURS.tertiary}
      strokeDasharray="4 4"
      strokeWidth={2}
      label={{ value: label, position: rtl ? 'insideTopRight' : 'insideTopLeft', fontSize: 12 }}
      ifOverflow="extendDomain"
    />
  ));
}
