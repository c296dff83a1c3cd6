import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { findChromium } from '../support/find-chromium';
import { startHostProcess, type HostProcess } from '../support/browser-host-process';

interface Fixtures {
  dataDir: string;
  host: HostProcess;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const chromium = findChromium();
    if (!chromium.found) throw new Error(chromium.reason);
    const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startHostProcess(dataDir);
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
