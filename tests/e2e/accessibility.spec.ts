import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectApi, meetingUnderWay } from '../support/api-client';
import { expect, test } from './fixtures';

/** axe's findings on what the page shows now, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds nothing on the console pages, a dialog, and the room display’s screens', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });

  // axe needs pages from a context of their own.
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(host.consoleUrl);
  await expect(page.getByRole('heading', { name: /^Meeting under way/ })).toBeVisible();
  expect(await violations(page), 'Live meeting').toEqual([]);
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await violations(page), 'Keyboard shortcuts dialog').toEqual([]);
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();
  for (const [link, heading] of [
    ['Group', 'Group profile'],
    ['Members', /^Members/],
    ['Agendas', 'Agenda templates'],
    ['Meetings', 'Meetings'],
    ['Feedback', 'Suggestion box'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    expect(await violations(page), link).toEqual([]);
  }

  const display = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await display.goto(host.displayUrl);
  for (const mode of ['speaker', 'welcome', 'ground_rules', 'agenda', 'break', 'blank'] as const) {
    await api.call('room.setMode', { mode });
    await expect(display.locator(`[data-screen="${mode}"]`)).toBeVisible();
    expect(await violations(display), `display: ${mode}`).toEqual([]);
  }
  api.close();
});
