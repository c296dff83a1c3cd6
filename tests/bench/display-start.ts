import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';

export interface DisplayStart {
  /** Gzip bytes of the scripts and styles each surface loads. */
  displayGzip: number;
  consoleGzip: number;
  /** From starting the host process to the welcome screen on the display, at full speed and with the CPU slowed 4×. */
  toWelcomeMs: number;
  toWelcomeSlowMs: number;
}

/** Records when the display first shows a screen, from inside the page. */
const WATCH_FOR_SCREEN = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-screen]')) {
      window.__screenAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function loadedBytes(page: Page, url: string): Promise<number> {
  const urls: string[] = [];
  page.on('response', (response) => {
    if (/\.(js|css)(\?|$)/.test(response.url())) urls.push(response.url());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  let total = 0;
  for (const asset of new Set(urls)) {
    const path = new URL(asset).pathname;
    total += gzipSync(await readFile(join(process.cwd(), 'dist', 'renderer', path))).length;
  }
  return total;
}

async function timeToWelcome(browser: import('@playwright/test').Browser, slowdown: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-'));
  // A group, so the display has a welcome screen to show.
  const setup = await startHostProcess(dir);
  const api = await connectApi(setup.consoleUrl);
  await groupWithPlannedMeeting(api);
  api.close();
  await setup.stop();

  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(WATCH_FOR_SCREEN);
  const started = Date.now();
  const host = await startHostProcess(dir);
  try {
    await page.goto(host.displayUrl);
    await page.waitForSelector('[data-screen="welcome"]');
    const at = await page.evaluate(() => (window as unknown as { __screenAt: number }).__screenAt);
    return at - started;
  } finally {
    await page.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureDisplayStart(): Promise<DisplayStart | { skipped: string }> {
  const found = findChromium();
  if (!found.found) return { skipped: found.reason };
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-'));
  const host = await startHostProcess(dir);
  try {
    const displayGzip = await loadedBytes(await browser.newPage(), host.displayUrl);
    const consoleGzip = await loadedBytes(await browser.newPage(), host.consoleUrl);
    await host.stop();
    const runs = async (slowdown: number) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) times.push(await timeToWelcome(browser, slowdown));
      return times.sort((a, b) => a - b)[1] ?? NaN;
    };
    return { displayGzip, consoleGzip, toWelcomeMs: await runs(1), toWelcomeSlowMs: await runs(4) };
  } finally {
    await host.stop();
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
