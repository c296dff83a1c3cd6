import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { connectApi, meetingUnderWay, type TestApi } from '../support/api-client';
import { startHostProcess, type HostProcess } from '../support/browser-host-process';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';

export interface LiveHarness {
  host: HostProcess;
  browser: Browser;
  api: TestApi;
  underWay: Awaited<ReturnType<typeof meetingUnderWay>>;
}

/**
 * A browser-mode host in a fresh folder, Chromium, and a meeting under way,
 * for a measurement that needs all three; everything is stopped and removed
 * afterwards. Skipped, saying why, when there is no Chromium.
 */
export async function withLiveMeeting<T>(measure: (harness: LiveHarness) => Promise<T>): Promise<T | { skipped: string }> {
  const found = findChromium();
  if (!found.found) return { skipped: found.reason };
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-'));
  const host = await startHostProcess(dir);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  try {
    const api = await connectApi(host.consoleUrl);
    try {
      return await measure({ host, browser, api, underWay: await meetingUnderWay(api) });
    } finally {
      api.close();
    }
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
