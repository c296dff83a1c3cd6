import { cloneElement, type CSSProperties, type ReactElement } from 'react';
import { useLocale } from '../../common/i18n/I18nProvider';
import { useNearScreen } from './use-near-screen';

/**
 * A chart's box: a fixed height, the chart as wide as the card, and one
 * accessible name. The numbers are in the table view; the drawing itself is
 * an image to assistive technology rather than hundreds of unlabelled shapes.
 */
export function ChartFrame({ label, height = 240, children }: { label: string; height?: number; children: ReactElement }) {
  const [ref, near] = useNearScreen<HTMLDivElement>();
  return (
    <div ref={ref} className="report-chart" role="img" aria-label={label} style={{ height }}>
      {/* The chart's own `responsive` sizing (CSS), lighter than a ResponsiveContainer wrapper. */}
      {near ? cloneElement(children as ReactElement<{ responsive?: boolean; style?: CSSProperties }>, { responsive: true, style: CHART_SIZE }) : null}
    </div>
  );
}

const CHART_SIZE: CSSProperties = { width: '100%', height: '100%' };

/** The chart colours: distinguishable in greyscale and by the common colour-blindnesses, and always named in a legend. */
export const CHART_COLOURS = {
  primary: '#2f5d7c',
  secondary: '#d08c2b',
  tertiary: '#7a9a3a',
  muted: '#9aa3ad',
  danger: '#b3413a',
} as const;

/** Tick text size; its colour comes from reports.css, so it follows the light or dark theme. */
export const AXIS_TICK = { fontSize: 12 } as const;

/** Legend entries in the page's text colour: the swatch carries the series' colour, the words stay readable (a pale grey failed contrast). */
export function legendText(value: unknown) {
  return <span className="report-legend">{String(value)}</span>;
}

/** Tooltip rows in the text colour, for the same reason as the legend. */
export const TOOLTIP_PROPS = { itemStyle: { color: '#1d2430' }, labelStyle: { color: '#1d2430', fontWeight: 600 } } as const;

type Margin = { top: number; right: number; bottom: number; left: number };

/**
 * A chart read from the right in a right-to-left language, as the page is:
 * time runs leftwards and the value axis stands on the right (recharts
 * draws left to right whatever the page's direction).
 */
export function useChartDirection() {
  const rtl = useLocale().dir === 'rtl';
  return {
    /** For the axis along which time (or a quantity) grows. */
    reversed: rtl,
    side: (side: 'left' | 'right' = 'left'): 'left' | 'right' => (rtl ? (side === 'left' ? 'right' : 'left') : side),
    // A negative margin tucks a left axis's spare width away; on the right the tick labels sit in that width, so none is taken there.
    margin: (margin: Margin): Margin => (rtl ? { ...margin, left: margin.right, right: Math.max(0, margin.left) } : margin),
  };
}
