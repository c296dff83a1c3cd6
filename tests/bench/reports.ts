import type { Backend } from '../../electron/backend/backend';
import { reportCsvFiles } from '#shared/reports/csv';
import type { GroupReport } from '#shared/reports/report-types';
import { describe } from './stats';

export interface ReportFigures {
  /** The first report.compute after opening (nothing warmed up), then the median and slowest of the rest. */
  firstMs: number;
  p50: number;
  max: number;
  /** Every table of that report as CSV (per-member too), median. */
  csvP50: number;
  meetings: number;
}

/**
 * Every report of the group over all its history, per-member figures too,
 * through the backend's contract method (input parsing included), as the
 * Reports page asks for it; then the whole report as CSV files.
 */
export async function measureReports(backend: Backend, groupId: string, runs: number): Promise<ReportFigures> {
  const samples: number[] = [];
  let report: GroupReport | null = null;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const envelope = await backend.call('report.compute', { groupId, perMember: true });
    samples.push(performance.now() - started);
    if (!envelope.ok) throw new Error(envelope.error.message);
    report = envelope.value;
  }
  if (!report) throw new Error('No report was computed.');
  const csv: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    reportCsvFiles(report, { perMember: true });
    csv.push(performance.now() - started);
  }
  const rest = describe(samples.slice(1));
  return {
    firstMs: samples[0] ?? NaN,
    p50: rest.p50,
    max: rest.max,
    csvP50: describe(csv).p50,
    meetings: report.attendance.totals.held + report.attendance.totals.cancelled,
  };
}
