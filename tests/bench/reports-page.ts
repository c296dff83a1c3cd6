import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startHostProcess } from '../support/browser-host-process';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';
import { generateHistory } from './scale/history-generator';

export interface ReportsPageFigures {
  /** The console already open: from clicking Reports to the charts in view drawn, last 12 months (the page's first range; recharts' chunk fetched then). The others draw as they are scrolled to. */
  tabMs: number;
  /** From loading the console straight onto the Reports page to the charts in view drawn. */
  coldMs: number;
  /** From choosing "All" (ten years) to the attendance chart redrawn with them, a point a month. */
  allMs: number;
  heldMeetings: number;
}

/**
 * The Reports page over ten years of weekly meetings, in Chromium against
 * the browser host: how long until it is drawn and answering. Median of
 * three, each in a fresh page (recharts' chunk is fetched every time).
 */
export async function measureReportsPage(): Promise<ReportsPageFigures | { skipped: string }> {
  const found = findChromium();
  if (!found.found) return { skipped: found.reason };
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-reports-'));
  const history = generateHistory({ years: 10, members: 300 });
  const heldMeetings = history.meetings.filter((m) => m.status === 'ended').length;
  await writeFile(join(dir, 'circlekeeper.json'), JSON.stringify(history));
  const host = await startHostProcess(dir);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  try {
    const tab: number[] = [];
    const cold: number[] = [];
    const all: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      const coldPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const coldStart = Date.now();
      await coldPage.goto(host.consoleUrl.replace('#/console', '#/console/reports'));
      await coldPage.locator('.report-chart .recharts-wrapper > svg').nth(1).waitFor();
      const coldDone = Date.now() - coldStart;
      await coldPage.close();

      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(host.consoleUrl);
      const reportsTab = page.getByRole('link', { name: 'Reports', exact: true });
      await reportsTab.waitFor();
      const started = Date.now();
      await reportsTab.click();
      await page.locator('.report-chart .recharts-wrapper > svg').nth(1).waitFor();
      const opened = Date.now() - started;
      const chose = Date.now();
      await page.getByRole('button', { name: 'All', exact: true }).click();
      // Ten years in the attendance chart, drawn a month a point (see chart-points.ts).
      await page.locator('.report-chart[aria-label^="Attendance, monthly"] .recharts-bar-rectangle').nth(100).waitFor();
      const allDone = Date.now() - chose;
      // The first run migrates the data and warms the host; it is not counted.
      if (run > 0) {
        tab.push(opened);
        cold.push(coldDone);
        all.push(allDone);
      }
      await page.close();
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    return { tabMs: median(tab), coldMs: median(cold), allMs: median(all), heldMeetings };
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
