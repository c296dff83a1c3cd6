import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type ChromiumLookup = { found: true; path: string; source: string } | { found: false; reason: string };

/**
 * Finds a Chromium for Playwright without downloading one (this machine has
 * no network for that): an explicit path, then Debian's, then Playwright's own.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumLookup {
  const explicit = env.PLAYWRIGHT_CHROMIUM_PATH;
  if (explicit) {
    return exists(explicit)
      ? { found: true, path: explicit, source: 'PLAYWRIGHT_CHROMIUM_PATH' }
      : { found: false, reason: `PLAYWRIGHT_CHROMIUM_PATH points to ${explicit}, which does not exist.` };
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (exists(path)) return { found: true, path, source: 'the system' };
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && exists(bundled)) return { found: true, path: bundled, source: "Playwright's own download" };
  return {
    found: false,
    reason:
      'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
      '(Debian) or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome binary.',
  };
}
