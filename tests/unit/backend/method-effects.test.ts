import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { methodEffects } from '#shared/contract/effects';
import { methodNames } from '#shared/contract/method-names';

const HANDLERS = fileURLToPath(new URL('../../../electron/backend/handlers', import.meta.url));

/** Each handler's name and the command its ctx.mutate calls serve, read from the sources. */
function mutateCalls(): [handler: string, serves: string][] {
  const pairs: [string, string][] = [];
  for (const file of readdirSync(HANDLERS)) {
    let current = '';
    // A call the formatter broke over lines is joined back: "ctx.mutate(\n  'x'," reads as one.
    const text = readFileSync(join(HANDLERS, file), 'utf8').replace(/ctx\.mutate\(\s+/g, 'ctx.mutate(');
    for (const line of text.split('\n')) {
      current = /^\s+'([a-zA-Z]+\.[a-zA-Z]+)':/.exec(line)?.[1] ?? current;
      const serves = /ctx\.mutate\(\s*'([a-zA-Z]+\.[a-zA-Z]+)'/.exec(line)?.[1];
      if (serves) pairs.push([file === 'notes.ts' && serves === 'notes.applyRetention' ? serves : current, serves]);
    }
  }
  return pairs;
}

describe('method effects', () => {
  it('declare every method once, as a query or a command', () => {
    expect(Object.keys(methodEffects).sort()).toEqual([...methodNames].sort());
  });

  it('are what each command handler announces: it names its own method when it changes data', () => {
    const calls = mutateCalls();
    expect(calls.filter(([handler, serves]) => handler !== serves)).toEqual([]);
    const commands = Object.entries(methodEffects)
      .filter(([, e]) => e.kind === 'command')
      .map(([m]) => m);
    // app.dismissNotice changes no stored data, only the notices in memory. Custody commands
    // work on the files with the record closed, and announce through reopen (every topic) or announce.
    const custody = (c: string) => /^(vault|backup|copy)\./.test(c);
    expect(commands.filter((c) => c !== 'app.dismissNotice' && !custody(c) && !calls.some(([, serves]) => serves === c))).toEqual([]);
    const custodySources = ['vault.ts', 'backups.ts', 'copies.ts']
      .map((f) => join(HANDLERS, f))
      .filter((f) => readdirSync(HANDLERS).includes(f.split('/').pop() ?? ''))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const command of commands.filter(custody)) {
      const body = custodySources.split(`'${command}':`)[1]?.split(/\n {4}'[a-zA-Z]+\.[a-zA-Z]+':/)[0] ?? '';
      expect(/reopen\(|announce\(|openNow\(/.test(body), `${command} announces what it changed`).toBe(true);
    }
    const queries = Object.entries(methodEffects)
      .filter(([, e]) => e.kind === 'query')
      .map(([m]) => m);
    expect(calls.filter(([, serves]) => queries.includes(serves))).toEqual([]);
  });
});
