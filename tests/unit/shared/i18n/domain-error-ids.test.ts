import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCatalogs } from './read-catalogs';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const english = readCatalogs().en.errors ?? {};

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ path, text: readFileSync(`${ROOT}${path}`, 'utf8') }] : [];
  });
}

const code = [...sources('electron'), ...sources('shared')];

describe('the backend’s refusals', () => {
  it('are made from a message of the errors catalog, never from a sentence written in place', () => {
    const calls = code.flatMap(({ path, text }) =>
      [...text.matchAll(/new DomainError\(\s*'[a-z_]+',\s*([^,)]*)/g)].map((match) => ({ path, argument: (match[1] ?? '').trim() })),
    );
    expect(calls.length).toBeGreaterThan(90);
    // A sentence in quotes or backticks would reach every language in English.
    expect(calls.filter((call) => /^['"`]/.test(call.argument)).map((call) => `${call.path}: ${call.argument}`)).toEqual([]);
  });

  it('name only messages the English catalog has (msg, and the live rules’ conflict)', () => {
    const keys = code.flatMap(({ path, text }) =>
      [...text.matchAll(/\b(?:msg|conflict)\('([\w.]+)'/g)].map((match) => ({ path, key: match[1] ?? '' })),
    );
    expect(keys.length).toBeGreaterThan(90);
    expect(keys.filter(({ key }) => !(key in english)).map(({ path, key }) => `${path}: ${key}`)).toEqual([]);
  });
});
