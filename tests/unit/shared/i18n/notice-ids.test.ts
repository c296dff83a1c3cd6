import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogs } from './read-catalogs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const english = readCatalogs().en.notices ?? {};

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ path, text: readFileSync(`${ROOT}${path}`, 'utf8') }] : [];
  });
}

const code = sources('electron/backend');

describe('the backend’s start-up notices', () => {
  it('are made with notice(…) from catalog messages, never as an object with English written in place', () => {
    // An object literal with a level is a notice whose sentences reach every language in English.
    const literals = code.flatMap(({ path, text }) => [...text.matchAll(/level:\s*'(?:info|warning)'/g)].map(() => path));
    expect(literals).toEqual([]);
    const made = code.flatMap(({ text }) => [...text.matchAll(/\bnotice\(/g)]);
    expect(made.length).toBeGreaterThanOrEqual(10);
  });

  it('name only messages the English catalog has, and every message is used', () => {
    // Each `key: …` of a notice line in a file that makes notices, with every quoted key in it (a ternary names two).
    const keys = code
      .filter(({ text }) => text.includes('i18n/notice-text'))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/\bkey:\s*([^,}]+)/g)].flatMap((match) =>
          [...(match[1] ?? '').matchAll(/'([\w.]+)'/g)].map((m) => ({ path, key: m[1] ?? '' })),
        ),
      );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter(({ key }) => !(key in english)).map(({ path, key }) => `${path}: ${key}`)).toEqual([]);
    const used = new Set(keys.map(({ key }) => key));
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });
});
