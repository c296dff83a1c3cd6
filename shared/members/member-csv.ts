import Papa from 'papaparse';
import { DISPLAY_NAME_MAX } from '../domain/names';
import type { Translate } from '../i18n/translator';

export { IMPORT_FILE_MAX_BYTES, IMPORT_MEMBERS_MAX } from './import-limits';

/** Limits of Member.fullName and Member.contact (shared/domain/types.ts). */
export const FULL_NAME_MAX = 120;
export const CONTACT_MAX = 200;

export interface CsvRow {
  row: number;
  cells: Record<string, string>;
}

export interface ParsedCsv {
  /** Column names from the header row, in order. */
  columns: string[];
  /**
   * One record per data row, keyed by column name, with its row number as a
   * spreadsheet shows it (the header is row 1). Blank rows are left out but
   * still counted, so the numbers match the spreadsheet.
   */
  rows: CsvRow[];
  /** Problems papaparse reported that a person can act on. */
  problems: CsvProblem[];
}

/**
 * A line the parser found odd, for the console to word in its language:
 * papaparse's code says what (a quote never closed, too few or too many
 * cells), `detail` is papaparse's own English, shown for a code the
 * catalog has no words for.
 */
export interface CsvProblem {
  /** The line as a spreadsheet numbers it (the header is 1), or null for the file as a whole. */
  row: number | null;
  code: string;
  detail: string;
}

/** Which column holds what; null means "not in this file". */
export interface ColumnMapping {
  displayName: string | null;
  fullName: string | null;
  contact: string | null;
}

export interface ImportedMember {
  displayName: string;
  fullName?: string;
  contact?: string;
}

export type PreviewRow = { row: number; ok: true; member: ImportedMember } | { row: number; ok: false; reason: string };

/** Parses CSV text with a header row. A byte-order mark and blank lines are ignored. */
export function parseMemberCsv(text: string): ParsedCsv {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(withoutBom, { header: true, skipEmptyLines: false });
  const columns = (result.meta.fields ?? []).filter((name) => name.trim() !== '');
  const rows: CsvRow[] = [];
  const blank = new Set<number>();
  result.data.forEach((record, index) => {
    const cells: Record<string, string> = {};
    for (const column of columns) {
      const value = record[column];
      cells[column] = typeof value === 'string' ? value : '';
    }
    if (Object.values(cells).every((v) => v.trim() === '')) blank.add(index);
    else rows.push({ row: index + 2, cells });
  });
  const problems = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter' && (e.row === undefined || !blank.has(e.row)))
    .map((e): CsvProblem => ({ row: e.row === undefined ? null : e.row + 2, code: e.code, detail: e.message }));
  return { columns, rows, problems };
}

const norm = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function pick(columns: string[], wanted: string[], taken: (string | null)[]): string | null {
  for (const want of wanted) {
    const found = columns.find((c) => norm(c) === want && !taken.includes(c));
    if (found !== undefined) return found;
  }
  for (const want of wanted) {
    const found = columns.find((c) => norm(c).includes(want) && !taken.includes(c));
    if (found !== undefined) return found;
  }
  return null;
}

/** Guesses the mapping from header names ("alias", "first name", "full name", "email", "phone"...). */
export function guessMapping(columns: string[]): ColumnMapping {
  const fullName = pick(columns, ['full name', 'fullname', 'surname', 'last name'], []);
  const displayName = pick(columns, ['display name', 'alias', 'nickname', 'first name', 'firstname', 'given name', 'name'], [fullName]);
  const contact = pick(columns, ['contact', 'email', 'e mail', 'phone', 'mobile', 'telephone'], [fullName, displayName]);
  return { displayName, fullName, contact };
}

const tidy = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/**
 * What importing would do, row by row, each refusal worded by `t` (ids in
 * messages/<locale>/exports.json). Row numbers are the spreadsheet's (the
 * header is row 1). Duplicates are checked case-insensitively against the
 * group's current members and against earlier rows of the file.
 */
export function previewImport(rows: readonly CsvRow[], mapping: ColumnMapping, existingNames: readonly string[], t: Translate): PreviewRow[] {
  const seen = new Map<string, number | null>(existingNames.map((n) => [n.toLocaleLowerCase(), null]));
  return rows.map(({ row, cells: record }): PreviewRow => {
    const refuse = (reason: string, values: Record<string, string | number> = {}): PreviewRow => ({
      row,
      ok: false,
      reason: t(`exports.memberCsv.${reason}`, { row, ...values }),
    });
    if (mapping.displayName === null) return refuse('noDisplayNameColumn');
    const displayName = tidy(record[mapping.displayName]);
    const fullName = mapping.fullName === null ? '' : (record[mapping.fullName] ?? '').trim();
    const contact = mapping.contact === null ? '' : (record[mapping.contact] ?? '').trim();
    if (displayName === '') return refuse('noDisplayName');
    if (displayName.length > DISPLAY_NAME_MAX) {
      return refuse('displayNameTooLong', { start: displayName.slice(0, 20), length: displayName.length, max: DISPLAY_NAME_MAX });
    }
    // eslint-disable-next-line no-control-regex -- a name must not hold control characters.
    if (/[\u0000-\u001f\u007f]/.test(displayName)) return refuse('controlCharacters');
    if (fullName.length > FULL_NAME_MAX) return refuse('fullNameTooLong', { length: fullName.length, max: FULL_NAME_MAX });
    if (contact.length > CONTACT_MAX) return refuse('contactTooLong', { length: contact.length, max: CONTACT_MAX });
    const key = displayName.toLocaleLowerCase();
    if (seen.has(key)) {
      const earlier = seen.get(key);
      return earlier === null || earlier === undefined
        ? refuse('alreadyMember', { name: displayName })
        : refuse('alsoOnRow', { name: displayName, earlier });
    }
    seen.set(key, row);
    const member: ImportedMember = { displayName };
    if (fullName !== '') member.fullName = fullName;
    if (contact !== '') member.contact = contact;
    return { row, ok: true, member };
  });
}
