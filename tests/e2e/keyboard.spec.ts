import { connectApi, meetingUnderWay } from '../support/api-client';
import { expect, test } from './fixtures';

test('keys on the Live page: Space presses a focused button, ? opens and closes the list, single keys can be turned off', async ({ page, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
  api.close();
  await page.goto(host.consoleUrl);
  const speaking = page.getByRole('status').filter({ hasText: /is speaking$|^Nobody is speaking$/ });
  await expect(speaking).toHaveText('Ana is speaking');

  // Space on a focused button presses that button: here, the one that opens the list of keys.
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).focus();
  await page.keyboard.press(' ');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  // ? closes it again, as the list says, and so does Escape (focus is on the switch inside it).
  await page.keyboard.press('?');
  await expect(help).toBeHidden();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Turned off, N does nothing; → still moves on.
  await page.keyboard.press('?');
  await help.getByLabel(/^Single-key shortcuts/).uncheck();
  await help.getByRole('button', { name: 'Close' }).click();
  await page.locator('body').press('n');
  await expect(speaking).toHaveText('Ana is speaking');
  await page.reload();
  await expect(speaking).toHaveText('Ana is speaking');
  await page.locator('body').press('n');
  await expect(speaking).toHaveText('Ana is speaking');
});

test('the first Tab stop skips the header and the tabs to the page', async ({ page, host }) => {
  const api = await connectApi(host.consoleUrl);
  await meetingUnderWay(api);
  api.close();
  await page.goto(host.consoleUrl);
  await expect(page.getByRole('heading', { name: /^Meeting under way/ })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the page' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab lands inside the page, not in the header or the tabs.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});
