import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateHistory } from '../bench/scale/history-generator';
import { startHostProcess } from '../support/browser-host-process';
import { expect, test } from './fixtures';

/**
 * A group that has met weekly for ten years, from a data folder written by
 * the version before archives: the first start moves the past into archives,
 * the Meetings page lists past meetings a page at a time, and a meeting from
 * 2016 opens with its summary and exports as it did then.
 */
test('ten years of weekly meetings: past meetings a page at a time, the oldest still whole', async ({ page, dataDir }) => {
  const history = generateHistory({ years: 10, members: 300 });
  await writeFile(join(dataDir, 'circlekeeper.json'), JSON.stringify(history));
  const oldest = history.meetings.filter((m) => m.status !== 'planned').sort((a, b) => a.startsAt - b.startsAt)[0];
  if (!oldest) throw new Error('The generated history has no held meeting.');
  const host = await startHostProcess(dataDir);
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.consoleUrl.replace('#/console', '#/console/meetings'));
    await expect(page.getByText('Your data was updated to this version of Circlekeeper')).toBeVisible();
    const past = page.getByRole('list', { name: 'Past meetings' });
    await expect(past.locator(':scope > li')).toHaveCount(12);
    await page.screenshot({ path: fileURLToPath(new URL('../output/screenshots/console-past-meetings-1440x900.png', import.meta.url)) });

    // Page back to the first year, twelve at a time.
    const older = page.getByRole('button', { name: /^Show older meetings/ });
    while (await older.isVisible()) await older.click();
    await expect(past.locator(':scope > li')).toHaveCount(history.meetings.length - 1);
    // The oldest meeting: its row opens its summary, read from its archive.
    // The list's own rows: an opened summary has lists of its own inside.
    const row = past.locator(':scope > li').last();
    expect(oldest.status).toBe('ended');
    await row.getByText(/^Summary of /).click();
    const present = oldest.attendance.filter((a) => a.status === 'present').length;
    await expect(row.getByText(new RegExp(`^${String(present)} present`))).toBeVisible();
    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Export Markdown' }).click();
    expect((await download).suggestedFilename()).toBe(`meeting-${oldest.date}.md`);
  } finally {
    await host.stop();
  }
});
