import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES, reportCsv, reportCsvFiles, reportRows } from '#shared/reports/csv';
import { computeGroupReport } from '#shared/reports/group-report';
import type { Member } from '#shared/domain/types';
import { DIGESTS, GROUP, MEMBERS, RESPONSES, SURVEYS, TODAY } from './reports-history';

const AWKWARD = 'Jo "JJ" Smith, Jr.';
const FORMULA = '=HYPERLINK("http://x","y")';
const members: Member[] = MEMBERS.map((m) => (m.id === 'a' ? { ...m, displayName: AWKWARD } : m.id === 'b' ? { ...m, displayName: FORMULA } : m));
const report = (perMember: boolean) =>
  computeGroupReport({
    group: GROUP,
    members,
    digests: DIGESTS,
    surveys: SURVEYS,
    responses: RESPONSES,
    range: { from: null, to: TODAY },
    today: TODAY,
    perMember,
  });

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true });

describe('report CSV', () => {
  it('round-trips a name with commas and quotes, and defuses one a spreadsheet would run', () => {
    const text = reportCsv(report(true), 'per-member', { perMember: true }) ?? '';
    expect(text).toContain('"Jo ""JJ"" Smith, Jr."');
    const parsed = parse(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([
      'Member',
      'Meetings attended',
      'Share of attendance',
      'Speaking minutes',
      'Share of speaking time',
      'Balance (1 = fair share)',
      'Turns',
      'Passes',
    ]);
    expect(parsed.data.slice(1).map((row) => row.slice(0, 2))).toEqual([
      [AWKWARD, '6'],
      [`'${FORMULA}`, '4'],
      ['Cat', '3'],
      ['Eve', '3'],
      ['Former member', '1'],
    ]);
  });

  it('gives the same numbers back as the report holds', () => {
    const full = report(false);
    const rows = parse(reportCsv(full, 'attendance', { perMember: false }) ?? '').data;
    expect(rows).toHaveLength(1 + 7 + 1);
    // Held and cancelled meetings in date order; the cancelled one has no figures.
    expect(rows[3]).toEqual(['2026-01-20', 'cancelled', '', '', '', '', '', '']);
    expect(rows[2]).toEqual(['2026-01-13', 'yes', '3', '1', '4', '1', '0', '3.5']);
    const quarters = parse(reportCsv(full, 'members-by-quarter', { perMember: false }) ?? '').data;
    expect(quarters[1]).toEqual(['2026 Q1', '2026-01-06', '2026-03-31', '5', '1', '2', '4']);
  });

  it('carries no per-member rows and no member names unless they are ticked in', () => {
    const withFigures = report(true);
    const files = reportCsvFiles(withFigures, { perMember: false });
    expect(files.map((f) => f.table)).toEqual(CSV_TABLES.filter((t) => t !== 'per-member'));
    const all = files.map((f) => f.text).join('\n');
    for (const name of [/Smith/, /HYPERLINK/, /\bCat\b/, /\bEve\b/, /Former member/]) expect(all).not.toMatch(name);
    // Ticked in, but not computed: still nothing.
    expect(reportRows(report(false), 'per-member', { perMember: true })).toBeNull();
    expect(reportCsvFiles(withFigures, { perMember: true }).map((f) => f.table)).toContain('per-member');
  });

  it('exports nothing below the three-answer threshold', () => {
    const full = report(false);
    const support = parse(reportCsv(full, 'support', { perMember: false }) ?? '').data;
    // M2: two ratings (both 4) are not shown, its four "heard" answers are.
    expect(support[2]).toEqual(['2026-01-13', '2', '', '', '', '', '', '', '4', '4', '0', '0', 'some answers not shown: fewer than 3 answers']);
    // M6: one rating of 1, not shown.
    expect(support[5]?.slice(0, 8)).toEqual(['2026-02-10', '1', '', '', '', '', '', '']);
    const surveys = parse(reportCsv(full, 'surveys', { perMember: false }) ?? '').data;
    const autumn = surveys.filter((row) => row[1] === '2026-10-06');
    expect(autumn).toEqual([['How are we doing? (autumn)', '2026-10-06', '2026-10-06', '1', 'not shown: fewer than 3 answers', '', '']]);
    // Shown runs give their counts; written answers only as a count.
    expect(surveys.filter((row) => row[1] === '2026-01-06' && row[4] === 'What would help most?').map((row) => [row[5], row[6]])).toEqual([
      ['More time, "longer" rounds', '2'],
      ['Tea', '1'],
    ]);
    expect(surveys.find((row) => row[4] === 'Anything else?')?.slice(5)).toEqual(['(written answers)', '2']);
    expect(surveys.flat().join(' ')).not.toContain('Nice');
  });

  it('names each file after the group, the table and the range', () => {
    const [first] = reportCsvFiles(report(false), { perMember: false });
    expect(first?.fileName).toBe('tuesday-circle-the-quiet-room-attendance-start-to-2026-11-24.csv');
  });
});
