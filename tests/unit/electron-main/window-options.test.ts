import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * windows.ts imports electron, so it cannot run here; its options are
 * checked in the source instead, the way a static security checker would.
 */
const MAIN = fileURLToPath(new URL('../../../electron/main/', import.meta.url));
const source = (name: string) => readFileSync(join(MAIN, name), 'utf8');

/** Every .ts file under electron/main, its subfolders (display/, security/) included, as a path relative to it. */
const mainSources = () =>
  readdirSync(MAIN, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.split(sep).join('/'));

describe('BrowserWindow options', () => {
  it('are created in windows.ts only, through one constructor call', () => {
    const sources = mainSources();
    expect(sources).toContain('display/display-window.ts');
    const makers = sources.flatMap((name) => (source(name).match(/new BrowserWindow\(/g) ?? []).map(() => name));
    expect(makers).toEqual(['windows.ts']);
  });

  it('state the whole security baseline literally', () => {
    const text = source('windows.ts');
    for (const option of [
      'sandbox: true',
      'contextIsolation: true',
      'nodeIntegration: false',
      'nodeIntegrationInWorker: false',
      'nodeIntegrationInSubFrames: false',
      'webviewTag: false',
      'webSecurity: true',
      'allowRunningInsecureContent: false',
      'experimentalFeatures: false',
      "disableBlinkFeatures: 'Auxclick'",
      'spellcheck: false',
    ]) {
      expect(text, option).toContain(`${option},`);
    }
    expect(text).not.toMatch(/enableBlinkFeatures|nodeIntegration: true|sandbox: false|contextIsolation: false/);
  });

  it('put the webPreferences after the caller’s options, so no caller can override them', () => {
    const text = source('windows.ts');
    expect(text.indexOf('...options,')).toBeGreaterThan(-1);
    expect(text.indexOf('...options,')).toBeLessThan(text.indexOf('webPreferences: {'));
  });
});

describe('the main process', () => {
  const main = source('main.ts');

  it('turns on the sandbox for every renderer and registers app:// before ready', () => {
    expect(main).toContain('app.enableSandbox();');
    expect(main.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('await app.whenReady()'));
    expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('await app.whenReady()'));
  });

  it('hands only checked URLs to shell.openExternal', () => {
    // Whitespace folded, so a formatter breaking the chain over lines does not matter.
    const calls = main.replace(/\s+/g, '').match(/shell\.openExternal\((\w+)\)/g) ?? [];
    expect(calls).toEqual(['shell.openExternal(safe)']);
    expect(main).toContain('const safe = safeExternalUrl(url);');
  });
});
