import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startHostProcess } from '../support/browser-host-process';

test('a truncated data file is kept aside and the console says so', async ({ page, dataDir }) => {
  // A first run leaves a good data file; then it is cut short, as by a crash mid-copy.
  const first = await startHostProcess(dataDir);
  await page.goto(first.consoleUrl);
  await page.getByLabel('Group name').fill('Thursday Group');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue(/.+/);
  await first.stop();

  const dataFile = join(dataDir, 'circlekeeper.json');
  const full = await readFile(dataFile, 'utf8');
  await writeFile(dataFile, full.slice(0, Math.floor(full.length / 2)));

  const second = await startHostProcess(dataDir);
  try {
    await page.goto(second.consoleUrl);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('not complete JSON');
    const kept = (await readdir(dataDir)).find((name) => name.startsWith('circlekeeper.unreadable-'));
    expect(kept).toBeDefined();
    await expect(notice).toContainText(kept ?? 'missing');
    // The cut-short original is kept byte for byte.
    expect(await readFile(join(dataDir, kept ?? ''), 'utf8')).toBe(full.slice(0, Math.floor(full.length / 2)));
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await second.stop();
  }
});
