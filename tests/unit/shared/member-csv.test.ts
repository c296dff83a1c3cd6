import { describe, expect, it } from 'vitest';
import { guessMapping, parseMemberCsv, previewImport } from '#shared/members/member-csv';
import { wording } from './i18n/wording';
import { consoleTranslator } from './i18n/console-catalog';

const { t } = wording('en');

describe('importing a member list from CSV', () => {
  it('reads quoted names with commas and quotes, a BOM and blank lines', () => {
    const text = '\uFEFFAlias,Full name,Email\r\nAnn,"Smith, Ann ""Annie""",ann@example.org\r\n\r\n  \r\nBo,,\r\n';
    const parsed = parseMemberCsv(text);
    expect(parsed.columns).toEqual(['Alias', 'Full name', 'Email']);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]?.cells['Full name']).toBe('Smith, Ann "Annie"');
    expect(parsed.problems).toEqual([]);
    const mapping = guessMapping(parsed.columns);
    expect(mapping).toEqual({ displayName: 'Alias', fullName: 'Full name', contact: 'Email' });
    const preview = previewImport(parsed.rows, mapping, [], t);
    expect(preview).toEqual([
      { row: 2, ok: true, member: { displayName: 'Ann', fullName: 'Smith, Ann "Annie"', contact: 'ann@example.org' } },
      // Blank rows are skipped but counted, so row numbers match the spreadsheet.
      { row: 5, ok: true, member: { displayName: 'Bo' } },
    ]);
  });

  it('guesses from "name", "first name" and "phone"', () => {
    expect(guessMapping(['First name', 'Phone'])).toEqual({ displayName: 'First name', fullName: null, contact: 'Phone' });
    expect(guessMapping(['Name'])).toEqual({ displayName: 'Name', fullName: null, contact: null });
  });

  it('refuses duplicates, missing and too-long fields with reasons a person can act on', () => {
    const long = 'x'.repeat(41);
    const text = [
      'name,full name,contact',
      'Ann,,',
      'ann,,',
      'Cy,,',
      ',Nobody,',
      `${long},,`,
      `Di,${'y'.repeat(121)},`,
      `Ed,,${'z'.repeat(201)}`,
      'Flo,,',
    ].join('\n');
    const parsed = parseMemberCsv(text);
    const preview = previewImport(parsed.rows, guessMapping(parsed.columns), ['CY'], t);
    const reasons = preview.map((p) => (p.ok ? `ok ${p.member.displayName}` : p.reason));
    expect(reasons[0]).toBe('ok Ann');
    expect(reasons[1]).toBe('Row 3: “ann” is also on row 2. Add an initial to tell them apart.');
    expect(reasons[2]).toBe('Row 4: “Cy” is already a member of this group. Add an initial to tell them apart.');
    expect(reasons[3]).toBe('Row 5: no display name.');
    expect(reasons[4]).toMatch(/^Row 6: the display name .* is 41 characters; at most 40\./);
    expect(reasons[5]).toBe('Row 7: the full name is 121 characters; at most 120.');
    expect(reasons[6]).toBe('Row 8: the contact details are 201 characters; at most 200.');
    expect(reasons[7]).toBe('ok Flo');
  });

  it('refuses every row when no display name column is chosen', () => {
    const parsed = parseMemberCsv('a,b\n1,2\n');
    expect(previewImport(parsed.rows, { displayName: null, fullName: null, contact: null }, [], t)[0]).toMatchObject({ ok: false });
  });

  it('says which line looks odd and why, in the console’s language, papaparse’s English only for a case it has no words for', () => {
    const parsed = parseMemberCsv('Name,Email\nAna,ana@example.org,extra\nBo\n');
    expect(parsed.problems.map(({ row, code }) => ({ row, code }))).toEqual([
      { row: 2, code: 'TooManyFields' },
      { row: 3, code: 'TooFewFields' },
    ]);
    const word = (locale: 'en' | 'es' | 'ar', p: { row: number | null; code: string; detail: string }) =>
      consoleTranslator(locale, 'console-members')('console-members.import.problem', {
        row: p.row === null ? 'none' : String(p.row),
        code: p.code,
        detail: p.detail,
      });
    const [many] = parsed.problems;
    if (!many) throw new Error('no problem reported');
    expect(word('en', many)).toBe('Row 2: more cells than the header has.');
    expect(word('es', many)).toBe('Fila 2: tiene más celdas que la cabecera.');
    expect(word('ar', many)).toBe('السطر 2: خلايا أكثر مما في سطر العناوين.');
    expect(word('es', { row: null, code: 'Unheard', detail: 'Something papaparse said' })).toBe('Something papaparse said.');
  });
});
