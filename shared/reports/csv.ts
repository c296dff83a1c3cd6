import Papa, { type Cell } from 'papaparse';
import { MIN_RESPONSES_TO_SHOW } from '../feedback/surveys';
import type { MessageValues, Translate } from '../i18n/translator';
import { englishReports } from './english';
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
  /**
   * The words of the headers and cells, in the console's language (its
   * translator, with the "reports.", "members." and "agendas." messages);
   * English when not given. Dates stay ISO and numbers plain, for a spreadsheet to read.
   */
  words?: Translate;
}

export interface CsvRows {
  fields: string[];
  data: Cell[][];
}

/**
 * The rows of one table, aggregates only: null for the per-member table
 * unless it was asked for and the report holds it. Figures below the
 * answer threshold are left empty, as on screen.
 */
export function reportRows(report: GroupReport, table: CsvTable, options: CsvOptions): CsvRows | null {
  const t = options.words ?? englishReports;
  const head = (id: string, values?: MessageValues): string => t(`reports.csvHead.${id}`, values);
  const yesNo = (value: boolean): string => t(value ? 'reports.yes' : 'reports.no');
  const notShown = t('reports.csvCell.notShown', { min: MIN_RESPONSES_TO_SHOW });
  switch (table) {
    case 'attendance':
      return {
        fields: ['date', 'held', 'membersPresent', 'guests', 'everyonePresent', 'newcomers', 'returners', 'rollingEveryone'].map((id) => head(id)),
        data: [
          ...report.attendance.meetings.map((m): Cell[] => [
            m.date,
            yesNo(true),
            m.members,
            m.guests,
            m.total,
            m.newcomers,
            m.returners,
            m.rollingTotal,
          ]),
          ...report.attendance.cancelled.map((c): Cell[] => [c.date, t('reports.csvCell.cancelled'), null, null, null, null, null, null]),
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      };
    case 'participation':
      return {
        fields: ['date', 'present', 'spoke', 'shareSpoke', 'gini', 'passes', 'speakingMinutes'].map((id) => head(id)),
        data: report.participation.meetings.map((m) => [m.date, m.present, m.spoke, m.shareSpoke, m.gini, m.passes, m.speakingMinutes]),
      };
    case 'support':
      return {
        fields: [
          head('date'),
          head('ratingAnswers'),
          ...[1, 2, 3, 4, 5].map((rating) => head('rated', { rating })),
          head('meanRating'),
          head('heardAnswers'),
          head('heardYes'),
          head('heardSomewhat'),
          head('heardNo'),
          head('note'),
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
          m.ratings && m.heard
            ? ''
            : m.ratingAnswers + m.heardAnswers === 0
              ? t('reports.csvCell.noAnswers')
              : t('reports.csvCell.someNotShown', { min: MIN_RESPONSES_TO_SHOW }),
        ]),
      };
    case 'time':
      return {
        fields: ['date', 'plannedMinutes', 'agendaMinutes', 'actualMinutes', 'minutesOver', 'overran'].map((id) => head(id)),
        data: report.time.meetings.map((m) => [m.date, m.plannedMinutes, m.agendaMinutes, m.actualMinutes, m.overMinutes, yesNo(m.overran)]),
      };
    case 'time-by-kind':
      return {
        fields: ['kind', 'itemsRun', 'itemsSkipped', 'plannedMinutes', 'actualMinutes'].map((id) => head(id)),
        data: report.time.byKind.map((k) => [t(`agendas.kind.${k.kind}`), k.items, k.skipped, k.plannedMinutes, k.actualMinutes]),
      };
    case 'surveys':
      return {
        fields: ['survey', 'runFrom', 'runTo', 'runAnswers', 'question', 'answer', 'count'].map((id) => head(id)),
        data: report.surveys.series.flatMap((series) =>
          series.runs.flatMap((run): Cell[][] => {
            if (run.hidden) return [[series.title, run.from, run.to, run.responses, notShown, null, null]];
            return run.questions.flatMap((q): Cell[][] => {
              const labels = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.kind === 'yes_no' ? [yesNo(true), yesNo(false)] : q.options;
              // Written answers stay on the Surveys page; only how many there were is exported.
              if (q.kind === 'text')
                return [[series.title, run.from, run.to, run.responses, q.prompt, t('reports.csvCell.writtenAnswers'), q.answers]];
              return labels.map((label, i) => [series.title, run.from, run.to, run.responses, q.prompt, label, q.counts[i] ?? 0]);
            });
          }),
        ),
      };
    case 'members-by-quarter':
      return {
        fields: ['quarter', 'from', 'to', 'joined', 'left', 'onBreak', 'membersAtEnd'].map((id) => head(id)),
        data: report.members.quarters.map((q) => [q.quarter, q.from, q.to, q.joined, q.left, q.onBreak, q.members]),
      };
    case 'members-heard-from':
      return {
        fields: [head('heardOfGroup'), head('membersJoined')],
        data: report.members.heardFrom.map((h) => [h.source === null ? t('reports.heardFromUnknown') : t(`members.heardFrom.${h.source}`), h.count]),
      };
    case 'members-retention':
      return {
        fields: ['monthsAfter', 'joinedLongAgo', 'stillComing', 'shareStillComing'].map((id) => head(id)),
        data: report.members.retention.map((r) => [r.months, r.eligible, r.stillComing, r.share]),
      };
    case 'per-member':
      if (!options.perMember || report.perMember === null) return null;
      return {
        fields: ['member', 'meetingsAttended', 'shareAttendance', 'speakingMinutes', 'shareSpeaking', 'balance', 'turns', 'passes'].map((id) =>
          head(id),
        ),
        data: report.perMember.map((m) => [
          m.name ?? t('reports.csvCell.formerMember'),
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
