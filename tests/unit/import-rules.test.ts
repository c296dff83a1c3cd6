import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md's import rules, checked by reading the sources: shared/ stands
 * alone, the renderer never reaches Node or the main process, and only
 * electron/main and electron/preload may import 'electron' (on machines
 * without the binary, importing it tries a download and throws).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(ts|tsx|mts|js|mjs|cjs)$/;

function sourcesUnder(dir: string): string[] {
  const full = join(ROOT, dir);
  const out: string[] = [];
  for (const name of readdirSync(full)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(full, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(relative(ROOT, path)));
    else if (SOURCE.test(name)) out.push(relative(ROOT, path));
  }
  return out;
}

interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

export function importsOf(text: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const staticImport = /^\s*(import|export)\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(staticImport)) {
    refs.push({ specifier: (match[3] ?? match[4]) as string, typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    refs.push({ specifier: match[1] as string, typeOnly: false });
  }
  return refs;
}

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeBuiltin = (s: string) => s.startsWith('node:') || nodeBuiltins.has(s);
const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/') || s === 'electron-store';

function target(file: string, specifier: string): string | null {
  // package.json's "imports": #shared/x is shared/x.
  if (specifier.startsWith('#shared/')) return specifier.slice(1);
  if (!specifier.startsWith('.')) return null;
  return relative(ROOT, resolve(dirname(join(ROOT, file)), specifier))
    .split(sep)
    .join('/');
}

function violations(dir: string, rule: (file: string, ref: ImportRef, to: string | null) => string | null): string[] {
  const found: string[] = [];
  for (const file of sourcesUnder(dir)) {
    for (const ref of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
      const problem = rule(file, ref, target(file, ref.specifier));
      if (problem) found.push(`${file}: ${ref.specifier} — ${problem}`);
    }
  }
  return found;
}

describe('import rules (DESIGN.md)', () => {
  it('reads import statements of every form', () => {
    const refs = importsOf(
      `import a from 'a';\nimport type { B } from "b";\nexport { c } from './c';\nimport 'd';\nconst e = await import('e');\nrequire("f");`,
    );
    expect(refs).toEqual([
      { specifier: 'a', typeOnly: false },
      { specifier: 'b', typeOnly: true },
      { specifier: './c', typeOnly: false },
      { specifier: 'd', typeOnly: false },
      { specifier: 'e', typeOnly: false },
      { specifier: 'f', typeOnly: false },
    ]);
  });

  it('shared/ imports only itself and a few pure packages: no Node, no DOM, no Electron', () => {
    // Pure JavaScript packages that run alike in Node and the browser (papaparse: the reports' CSV;
    // FormatJS's intl-messageformat and its parser: ICU messages in every language).
    const sharedPackages = new Set(['zod', 'papaparse', 'intl-messageformat', '@formatjs/icu-messageformat-parser']);
    expect(
      violations('shared', (_file, ref, to) => {
        if (to !== null) return to.startsWith('shared/') ? null : 'leaves shared/';
        return sharedPackages.has(ref.specifier) ? null : 'shared/ may import only zod, papaparse and FormatJS';
      }),
    ).toEqual([]);
    const code = (file: string) =>
      readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
    const domUse = sourcesUnder('shared').filter((file) => /\b(window|document|localStorage|navigator)\./.test(code(file)));
    expect(domUse).toEqual([]);
  });

  it('renderer/ imports shared/ and UI packages, never electron/ or Node', () => {
    expect(
      violations('renderer', (_file, ref, to) => {
        if (to !== null) return to.startsWith('renderer/') || to.startsWith('shared/') ? null : 'renderer may import only renderer/ and shared/';
        if (isNodeBuiltin(ref.specifier)) return 'Node built-in in the renderer';
        if (isElectron(ref.specifier)) return 'Electron in the renderer';
        return null;
      }).filter((v) => !v.startsWith('renderer/vite.config.ts')),
    ).toEqual([]);
  });

  it("only electron/main and electron/preload import 'electron' or 'electron-store'", () => {
    const outside = ['shared', 'renderer', 'electron', 'tests'].flatMap((dir) =>
      violations(dir, (file, ref) => {
        if (!isElectron(ref.specifier)) return null;
        if (file.startsWith('electron/main/') || file.startsWith('electron/preload/')) return null;
        // Tests of the Electron wiring may borrow its types, which vanish at run time.
        if (file.startsWith('tests/') && ref.typeOnly) return null;
        if (file.startsWith('tests/electron/') && ref.specifier !== 'electron-store') return null;
        return 'imports Electron outside electron/main and electron/preload';
      }),
    );
    expect(outside).toEqual([]);
  });

  it('the backend, browser host and launcher do not reach into the Electron wiring or the renderer', () => {
    for (const dir of ['electron/backend', 'electron/browser-host', 'electron/launcher']) {
      expect(
        violations(dir, (_file, _ref, to) =>
          to !== null && (to.startsWith('electron/main') || to.startsWith('electron/preload') || to.startsWith('renderer/'))
            ? 'reaches into the Electron wiring or renderer'
            : null,
        ),
      ).toEqual([]);
    }
  });

  it('the top level holds only what DESIGN.md lists', () => {
    const allowed = new Set([
      'electron',
      'renderer',
      'shared',
      'resources',
      'tests',
      'electron-builder.yml',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'README.md',
      'LICENSE',
      '.ci',
      '.gitignore',
      '.git',
      'node_modules',
      'dist',
      'release',
    ]);
    // The files lint and format tools look for at the root, which DESIGN.md allows there.
    const toolFiles = /^(eslint\.config\.(js|mjs|cjs|ts)|\.prettierrc(\..+)?|\.prettierignore|\.editorconfig)$/;
    expect(readdirSync(ROOT).filter((name) => !allowed.has(name) && !toolFiles.test(name))).toEqual([]);
  });
});
