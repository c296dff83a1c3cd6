import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DisplayEvent, DisplayGoal } from '#shared/display/display-view';
import { LOCALES, type Locale } from '#shared/i18n/locales';
import { createTranslator } from '#shared/i18n/translator';
import { readCatalogs } from './read-catalogs';

const catalogs = readCatalogs();
const display = (locale: Locale) => catalogs[locale].display ?? {};
const t = (locale: Locale) => createTranslator(locale, display(locale), display('en'));
const DISPLAY_SOURCES = fileURLToPath(new URL('../../../../renderer/src/display/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(`${dir}${entry.name}/`) : entry.name.endsWith('.tsx') ? [readFileSync(`${dir}${entry.name}`, 'utf8')] : [],
  );
}

describe('the room display’s messages', () => {
  it('has every message the display asks for, in every locale', () => {
    const asked = new Set<string>();
    for (const source of sources(DISPLAY_SOURCES)) for (const match of source.matchAll(/\bt\('([\w.]+)'/g)) asked.add(match[1] as string);
    // Ids built from the view's own values: a goal's status, an event's kind.
    for (const status of DisplayGoal.shape.status.options) asked.add(`goal.${status}`);
    for (const kind of DisplayEvent.shape.kind.options) asked.add(`event.${kind}`);
    expect(asked.size).toBeGreaterThan(30);
    for (const locale of LOCALES) expect([...asked].filter((id) => !(id in display(locale))).map((id) => `${locale}: ${id}`)).toEqual([]);
  });

  it('counts an agenda item’s minutes as each language does (0, 1, 2, 5, 11, 100)', () => {
    const minutes = (locale: Locale) => [0, 1, 2, 5, 11, 100].map((count) => t(locale)('agenda.minutes', { count }));
    expect(minutes('en')).toEqual(['0 min', '1 min', '2 min', '5 min', '11 min', '100 min']);
    expect(minutes('de')).toEqual(['0 Min.', '1 Min.', '2 Min.', '5 Min.', '11 Min.', '100 Min.']);
    expect(minutes('ar')).toEqual(['0 دقيقة', 'دقيقة واحدة', 'دقيقتان', '5 دقائق', '11 دقيقة', '100 دقيقة']);
  });

  it('puts the time and names where each language wants them', () => {
    expect(t('es')('agenda.left', { time: '4:59' })).toBe('quedan 4:59');
    expect(t('de')('break.backAt', { time: '14:30' })).toBe('Weiter geht es um 14:30');
    expect(t('ar')('speaker.listSeparator')).toBe('، ');
  });
});
