import { agendaKindLabels, type AgendaItemKind } from '../agenda/agenda';
import type { MeetingDigest } from '../history/digest';
import { inRange, type RangeBounds } from './range';
import type { KindTime, TimeReport, TimeRow } from './report-types';
import { mean, round } from './rolling';
import { timeLine } from './summary-lines';

const MINUTE = 60_000;
/** A meeting that ends within a minute of its planned length has not overrun. */
export const OVERRUN_GRACE_MINUTES = 1;

/**
 * Planned against actual minutes per held meeting (start to end, against
 * the meeting's planned length) and per agenda item kind over the range.
 * Skipped items are counted apart and left out of both sums: a skipped
 * item's planned minutes were never meant to be spent.
 */
export function timeReport(digests: readonly MeetingDigest[], range: RangeBounds): TimeReport {
  const held = digests.filter((d) => d.status === 'ended' && inRange(d.date, range));
  const meetings: TimeRow[] = held.map((d) => {
    const actual = d.startedAt !== null && d.endedAt !== null && d.endedAt >= d.startedAt ? (d.endedAt - d.startedAt) / MINUTE : null;
    const over = actual === null ? null : actual - d.plannedMinutes;
    return {
      meetingId: d.meetingId,
      date: d.date,
      plannedMinutes: d.plannedMinutes,
      agendaMinutes: d.agendaMinutes,
      actualMinutes: actual === null ? null : round(actual, 1),
      overMinutes: over === null ? null : round(over, 1),
      overran: over !== null && over > OVERRUN_GRACE_MINUTES,
    };
  });
  const kinds = new Map<AgendaItemKind, KindTime>();
  for (const d of held) {
    for (const item of d.items) {
      const row = kinds.get(item.kind) ?? {
        kind: item.kind,
        label: agendaKindLabels[item.kind],
        items: 0,
        skipped: 0,
        plannedMinutes: 0,
        actualMinutes: 0,
      };
      if (item.skipped) row.skipped += 1;
      else {
        row.items += 1;
        row.plannedMinutes += item.plannedMinutes;
        row.actualMinutes += item.actualMs / MINUTE;
      }
      kinds.set(item.kind, row);
    }
  }
  // In the order kinds are listed everywhere else (the agenda editor's).
  const order = Object.keys(agendaKindLabels);
  const byKind = [...kinds.values()]
    .map((row) => ({ ...row, actualMinutes: round(row.actualMinutes, 1) }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const timed = meetings.filter((m) => m.actualMinutes !== null);
  const overruns = meetings.filter((m) => m.overran).map((m) => m.overMinutes ?? 0);
  const average = mean(overruns);
  const report: Omit<TimeReport, 'enough' | 'summary' | 'emptyMessage'> = {
    meetings,
    byKind,
    totals: {
      timed: timed.length,
      overran: overruns.length,
      averageOverrunMinutes: average === null ? null : round(average, 1),
      longestOverrunMinutes: overruns.length === 0 ? null : Math.max(...overruns),
    },
  };
  if (timed.length === 0) {
    return {
      ...report,
      enough: false,
      summary: null,
      emptyMessage: [{ id: 'reports.empty.time', values: {} }],
    };
  }
  return { ...report, enough: true, summary: timeLine(report), emptyMessage: null };
}
