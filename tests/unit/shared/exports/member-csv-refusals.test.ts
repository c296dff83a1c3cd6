import { describe, expect, it } from 'vitest';
import type { Locale } from '#shared/i18n/locales';
import { guessMapping, parseMemberCsv, previewImport } from '#shared/members/member-csv';
import { wording } from '../i18n/wording';

const text = [
  'name,full name,contact',
  'Ann,,',
  'ann,,',
  'Cy,,',
  ',Nobody,',
  `${'x'.repeat(41)},,`,
  `Di,${'y'.repeat(121)},`,
  `Ed,,${'z'.repeat(201)}`,
  'Gu\u0007s,,',
].join('\n');

function reasons(locale: Locale): string[] {
  const parsed = parseMemberCsv(text);
  return previewImport(parsed.rows, guessMapping(parsed.columns), ['CY'], wording(locale).t).flatMap((p) => (p.ok ? [] : [p.reason]));
}

describe('why a row of a member list is refused, in the console’s language', () => {
  it('says it in Spanish', () => {
    expect(reasons('es')).toEqual([
      'Fila 3: «ann» también está en la fila 2. Añada una inicial para distinguirlos.',
      'Fila 4: «Cy» ya es miembro de este grupo. Añada una inicial para distinguirlos.',
      'Fila 5: no tiene nombre visible.',
      `Fila 6: el nombre visible «${'x'.repeat(20)}…» tiene 41 caracteres; como máximo 40. Basta con un nombre de pila o un apodo.`,
      'Fila 7: el nombre completo tiene 121 caracteres; como máximo 120.',
      'Fila 8: los datos de contacto tienen 201 caracteres; como máximo 200.',
      'Fila 9: el nombre visible tiene caracteres de control.',
    ]);
  });

  it('says it in Arabic, the names kept as written', () => {
    const ar = reasons('ar');
    expect(ar[0]).toBe('الصف 3: «ann» موجود أيضًا في الصف 2. أضف حرفًا أول من اسم العائلة للتمييز بينهما.');
    expect(ar[2]).toBe('الصف 5: لا يوجد اسم عرض.');
    expect(ar[5]).toBe('الصف 8: بيانات التواصل طولها 201 حرفًا؛ والحد الأقصى 200.');
    expect(ar.join('\n')).not.toMatch(/Row|characters/);
  });

  it('asks for the display name column when none is chosen', () => {
    const parsed = parseMemberCsv('a,b\n1,2\n');
    const [row] = previewImport(parsed.rows, { displayName: null, fullName: null, contact: null }, [], wording('de').t);
    expect(row).toEqual({ row: 2, ok: false, reason: 'Zeile 2: Wählen Sie, welche Spalte den Anzeigenamen enthält.' });
  });
});
