import { describe, expect, it } from 'vitest';
import { createTranslator } from '#shared/i18n/translator';
import { firstDayOfWeek, formatCalendarDate, formatClockTime, formatNumber } from '#shared/i18n/format';
import type { Locale } from '#shared/i18n/locales';
import { readCatalogs } from './read-catalogs';

const catalogs = readCatalogs();
const t = (locale: Locale) => createTranslator(locale, catalogs[locale].common ?? {}, catalogs.en.common ?? {});
const COUNTS = [0, 1, 2, 5, 11, 100];
const each = (locale: Locale, id: string) => COUNTS.map((count) => t(locale)(id, { count }));

describe('plurals in every shipped locale (0, 1, 2, 5, 11, 100)', () => {
  it('English', () => {
    expect(each('en', 'count.minutes')).toEqual(['no minutes', '1 minute', '2 minutes', '5 minutes', '11 minutes', '100 minutes']);
    expect(each('en', 'count.members')).toEqual(['no members', '1 member', '2 members', '5 members', '11 members', '100 members']);
    expect(each('en', 'count.answers')).toEqual(['no answers', '1 answer', '2 answers', '5 answers', '11 answers', '100 answers']);
  });

  it('Spanish', () => {
    expect(each('es', 'count.minutes')).toEqual(['ningún minuto', '1 minuto', '2 minutos', '5 minutos', '11 minutos', '100 minutos']);
    expect(each('es', 'count.members')).toEqual(['ningún miembro', '1 miembro', '2 miembros', '5 miembros', '11 miembros', '100 miembros']);
    expect(each('es', 'count.answers')).toEqual([
      'ninguna respuesta',
      '1 respuesta',
      '2 respuestas',
      '5 respuestas',
      '11 respuestas',
      '100 respuestas',
    ]);
  });

  it('German', () => {
    expect(each('de', 'count.minutes')).toEqual(['keine Minuten', '1 Minute', '2 Minuten', '5 Minuten', '11 Minuten', '100 Minuten']);
    expect(each('de', 'count.members')).toEqual([
      'keine Mitglieder',
      '1 Mitglied',
      '2 Mitglieder',
      '5 Mitglieder',
      '11 Mitglieder',
      '100 Mitglieder',
    ]);
    expect(each('de', 'count.answers')).toEqual(['keine Antworten', '1 Antwort', '2 Antworten', '5 Antworten', '11 Antworten', '100 Antworten']);
  });

  it('Arabic, with its six plural forms (zero, one, two, few, many, other)', () => {
    expect(each('ar', 'count.minutes')).toEqual(['لا دقائق', 'دقيقة واحدة', 'دقيقتان', '5 دقائق', '11 دقيقة', '100 دقيقة']);
    expect(each('ar', 'count.members')).toEqual(['لا أعضاء', 'عضو واحد', 'عضوان', '5 أعضاء', '11 عضوًا', '100 عضو']);
    expect(each('ar', 'count.answers')).toEqual(['لا إجابات', 'إجابة واحدة', 'إجابتان', '5 إجابات', '11 إجابة', '100 إجابة']);
  });

  it('falls back to English for a message a locale lacks, and shows an unknown id as itself', () => {
    const spanish = createTranslator('es', {}, { only: 'Only in English' });
    expect(spanish('only')).toBe('Only in English');
    expect(spanish('no.such.message')).toBe('no.such.message');
  });
});

describe('dates, times and numbers in each locale’s conventions', () => {
  it('writes a calendar date as each locale does, without a time zone moving it', () => {
    expect(formatCalendarDate('en', '2026-11-28', 'full')).toBe('Saturday, November 28, 2026');
    expect(formatCalendarDate('es', '2026-11-28', 'full')).toBe('sábado, 28 de noviembre de 2026');
    expect(formatCalendarDate('de', '2026-11-28', 'full')).toBe('Samstag, 28. November 2026');
    expect(formatCalendarDate('ar', '2026-11-28', 'full')).toMatch(/^السبت، 28 نوفمبر 2026$/);
    expect(formatCalendarDate('de', '2026-01-01', 'medium')).toBe('01.01.2026');
  });

  it('writes clock times with the locale’s hours', () => {
    expect(formatClockTime('en', '19:30')).toBe('7:30 PM');
    expect(formatClockTime('de', '19:30')).toBe('19:30');
    expect(formatClockTime('es', '19:30')).toBe('19:30');
    expect(formatClockTime('ar', '19:30')).toMatch(/^7:30\s?م$/);
  });

  it('starts the week on the locale’s day', () => {
    expect(firstDayOfWeek('de')).toBe(1);
    expect(firstDayOfWeek('es')).toBe(1);
    expect(firstDayOfWeek('en')).toBe(7);
    expect(firstDayOfWeek('ar')).toBe(6);
  });

  it('writes numbers with the locale’s separators', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('es', 12345.5)).toBe('12.345,5');
  });
});
