import { describe, expect, it } from 'vitest';
import { checkCatalogs, type TextCatalogs } from '#shared/i18n/check-catalogs';
import { readCatalogs } from './read-catalogs';

describe('the shipped message catalogs', () => {
  it('have every English message in every shipped locale, with the same placeholders, in valid ICU', () => {
    const problems = checkCatalogs(readCatalogs()).map((p) => `${p.locale}/${p.namespace}.json ${p.id}: ${p.problem} (${p.detail})`);
    expect(problems).toEqual([]);
  });
});

describe('the catalog check', () => {
  const good = { count: '{count, plural, one {# minute} other {# minutes}}', hello: 'Hello {name}' };
  const catalogs = (es: Record<string, string>, de: Record<string, string> = { ...good }): TextCatalogs => ({
    en: { display: { ...good } },
    es: { display: es },
    de: { display: de },
    ar: { display: { ...good } },
  });

  it('finds a message missing in one locale', () => {
    expect(checkCatalogs(catalogs({ hello: 'Hola {name}' }))).toMatchObject([{ locale: 'es', id: 'count', problem: 'missing' }]);
  });

  it('finds a placeholder renamed or dropped, also inside a plural branch', () => {
    const problems = checkCatalogs(catalogs({ count: '{n, plural, one {# minuto} other {# minutos}}', hello: 'Hola' }));
    expect(problems.map((p) => [p.id, p.problem])).toEqual([
      ['count', 'placeholders'],
      ['hello', 'placeholders'],
    ]);
  });

  it('finds ICU that does not parse and a message English does not have', () => {
    const problems = checkCatalogs(catalogs({ ...good }, { count: '{count, plural, one {# Minute}', hello: 'Hallo {name}', extra: 'Übrig' }));
    expect(problems.map((p) => [p.locale, p.id, p.problem])).toEqual([
      ['de', 'count', 'syntax'],
      ['de', 'extra', 'not_in_english'],
    ]);
  });

  it('passes catalogs that agree', () => {
    expect(checkCatalogs(catalogs({ count: '{count, plural, one {# minuto} other {# minutos}}', hello: '¡Hola, {name}!' }))).toEqual([]);
  });
});
