import AxeBuilder from '@axe-core/playwright';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { startHostProcess } from '../support/browser-host-process';
import { consoleSays } from '../support/catalogs';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/*
 * A start-up notice in the console's language: data from an older version of
 * Circlekeeper is updated when it opens, and the facilitator working in
 * Arabic is told so in Arabic, with the old version's number in it.
 */
test('the notice that the data was updated, in Arabic', async ({ browser, dataDir }) => {
  await copyFile(fileURLToPath(new URL('../unit/fixtures/schema-v6.json', import.meta.url)), join(dataDir, 'circlekeeper.json'));
  const host = await startHostProcess(dataDir);
  try {
    const say = consoleSays('ar');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('circlekeeper.consoleLocale', 'ar'));
    const page = await context.newPage();
    await page.goto(host.consoleUrl);
    const notice = page.getByRole('status').filter({ hasText: say('notices.migrated.title') });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(say('notices.migrated.detail', { version: '6' }));
    await expect(page.getByText('Your data was updated')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).include('.notices').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}console-notice-ar-1280x800.png` });
    await notice.getByRole('button', { name: say('top.dismiss') }).click();
    await expect(notice).toHaveCount(0);
    await context.close();
  } finally {
    await host.stop();
  }
});
