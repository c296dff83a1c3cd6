import Papa, { type Cell } from 'papaparse';
import { MIN_RESPONSES_TO_SHOW } from '../feedback/surveys';
import type { GroupReport } from './report-types';

/** Each table a report exports, one CSV file each. */
export const CSV_TABLES = [
  'attendance',
  'participation',
  'support',
  'time',
  'time-by-kind',
  'surveys',
  'members-by-quarter',
  'members-heard-from',
  'members-retention',
  'per-member',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface CsvOptions {
  /** Each member's own figures: only when the facilitator ticked them in. */
  perMember: boolean;
}

export interface CsvRows {
  fields: string[];
  data: Cell[][];
}

const NOT_SHOWN = `not shown: fewer than ${String(MIN_RESPONSES_TO_SHOW)} answers`;
const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/**
 * The rows of one table, aggregates only: null for the per-member table
 * unless it was asked for and the report holds it. Figures below the
 * answer threshold are left empty, as on screen.
 */
export function reportRows(report: GroupReport, table: CsvTable, options: CsvOptions): CsvRows | null {
  switch (table) {
    case 'attendance':
      return {
        fields: ['Date', 'Held', 'Members present', 'Guests', 'Everyone present', 'Newcomers', 'Returners', 'Rolling average of everyone present'],
        data: [
          ...report.attendance.meetings.map((m): Cell[] => [m.date, 'yes', m.members, m.guests, m.total, m.newcomers, m.returners, m.rollingTotal]),
          ...report.attendance.cancelled.map((c): Cell[] => [c.date, 'cancelled', null, null, null, null, null, null]),
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      };
    case 'participation':
      return {
        fields: ['Date', 'Present', 'Spoke', 'Share who spoke', 'Speaking-time Gini (0 = all equal)', 'Passes', 'Speaking minutes'],
        data: report.participation.meetings.map((m) => [m.date, m.present, m.spoke, m.shareSpoke, m.gini, m.passes, m.speakingMinutes]),
      };
    case 'support':
      return {
        fields: [
          'Date',
          'Rating answers',
          'Rated 1',
          'Rated 2',
          'Rated 3',
          'Rated 4',
          'Rated 5',
          'Mean rating',
          'Felt heard answers',
          'Heard: yes',
          'Heard: somewhat',
          'Heard: no',
          'Note',
        ],
        data: report.support.meetings.map((m) => [
          m.date,
          m.ratingAnswers,
          ...(m.ratings ?? [null, null, null, null, null]),
          m.ratingMean,
          m.heardAnswers,
          m.heard?.yes ?? null,
          m.heard?.somewhat ?? null,
          m.heard?.no ?? null,
          m.ratings && m.heard ? '' : m.ratingAnswers + m.heardAnswers === 0 ? 'no answers' : `some answers ${NOT_SHOWN}`,
        ]),
      };
    case 'time':
      return {
        fields: ['Date', 'Planned minutes', 'Agenda minutes', 'Actual minutes', 'Minutes over (negative: early)', 'Overran'],
        data: report.time.meetings.map((m) => [m.date, m.plannedMinutes, m.agendaMinutes, m.actualMinutes, m.overMinutes, yesNo(m.overran)]),
      };
    case 'time-by-kind':
      return {
        fields: ['Agenda item kind', 'Items run', 'Items skipped', 'Planned minutes', 'Actual minutes'],
        data: report.time.byKind.map((k) => [k.label, k.items, k.skipped, k.plannedMinutes, k.actualMinutes]),
      };
    case 'surveys':
      return {
        fields: ['Survey', 'Run from', 'Run to', 'Answers in the run', 'Question', 'Answer', 'Count'],
        data: report.surveys.series.flatMap((series) =>
          series.runs.flatMap((run): Cell[][] => {
            if (run.hidden) return [[series.title, run.from, run.to, run.responses, NOT_SHOWN, null, null]];
            return run.questions.flatMap((q): Cell[][] => {
              const labels = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.kind === 'yes_no' ? ['yes', 'no'] : q.options;
              // Written answers stay on the Surveys page; only how many there were is exported.
              if (q.kind === 'text') return [[series.title, run.from, run.to, run.responses, q.prompt, '(written answers)', q.answers]];
              return labels.map((label, i) => [series.title, run.from, run.to, run.responses, q.prompt, label, q.counts[i] ?? 0]);
            });
          }),
        ),
      };
    case 'members-by-quarter':
      return {
        fields: ['Quarter', 'From', 'To', 'Joined', 'Left', 'On a break', 'Members at the end'],
        data: report.members.quarters.map((q) => [q.quarter, q.from, q.to, q.joined, q.left, q.onBreak, q.members]),
      };
    case 'members-heard-from':
      return { fields: ['How they heard of the group', 'Members who joined'], data: report.members.heardFrom.map((h) => [h.label, h.count]) };
    case 'members-retention':
      return {
        fields: ['Months after joining', 'Joined long enough ago', 'Still coming', 'Share still coming'],
        data: report.members.retention.map((r) => [r.months, r.eligible, r.stillComing, r.share]),
      };
    case 'per-member':
      if (!options.perMember || report.perMember === null) return null;
      return {
        fields: [
          'Member',
          'Meetings attended',
          'Share of attendance',
          'Speaking minutes',
          'Share of speaking time',
          'Balance (1 = fair share)',
          'Turns',
          'Passes',
        ],
        data: report.perMember.map((m) => [
          m.name ?? 'Former member',
          m.meetingsAttended,
          m.attendanceShare,
          m.speakingMinutes,
          m.speakingShare,
          m.balance,
          m.turns,
          m.passes,
        ]),
      };
  }
}

/**
 * One table as CSV text (RFC 4180: commas, quotes and line breaks in a name
 * are quoted, quotes doubled), by papaparse. Text a spreadsheet would take
 * for a formula (=, +, -, @) is prefixed with a quote. Null when the table
 * is not to be exported (per-member figures not ticked).
 */
export function reportCsv(report: GroupReport, table: CsvTable, options: CsvOptions): string | null {
  const rows = reportRows(report, table, options);
  return rows === null ? null : Papa.unparse(rows, { escapeFormulae: true });
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'group'
  );
}

/** Every table to export, each as a file: the per-member one only when ticked. */
export function reportCsvFiles(report: GroupReport, options: CsvOptions): { table: CsvTable; fileName: string; text: string }[] {
  const span = `${report.range.from ?? 'start'}-to-${report.range.to}`;
  return CSV_TABLES.flatMap((table) => {
    const text = reportCsv(report, table, options);
    return text === null ? [] : [{ table, fileName: `${slug(report.groupName)}-${table}-${span}.csv`, text }];
  });
}
