import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { expect, test } from './fixtures';

/**
 * A refusal from the backend reaches the console in the facilitator's
 * language: adding a second member called Ana, with the console in
 * Spanish, is answered in Spanish with the name as it was typed.
 */
test('a refusal from the backend is shown in Spanish', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  await groupWithPlannedMeeting(api);
  api.close();

  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('circlekeeper.consoleLocale', 'es'));
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.evaluate(() => {
    location.hash = '#/console/members';
  });
  await page.getByLabel('Añadir un miembro', { exact: true }).fill('Ana');
  await page.getByRole('button', { name: 'Añadir miembro' }).click();
  await expect(page.getByText('Ya hay un miembro llamado «Ana» en este grupo. Añada una inicial para distinguirlos.')).toBeVisible();
  await context.close();
});
