import { connectApi, meetingUnderWay } from '../support/api-client';
import { expect, test } from './fixtures';

/** A note past the limit is refused with the reason, and the text is kept, through a reload, until it fits and is saved. */
test('a 60,000-character note shows why it is not saved, and the text survives a reload', async ({ page, host }) => {
  const api = await connectApi(host.consoleUrl);
  await meetingUnderWay(api);
  api.close();
  await page.goto(host.consoleUrl);

  const shared = page.getByLabel('Shared notes: themes and topics');
  const long = 'A long paste. '.repeat(4_300).slice(0, 60_000);
  await shared.fill(long);
  await shared.blur();
  const status = page.getByRole('status').filter({ hasText: /^Not saved: / });
  await expect(status).toContainText('at most 20,000 characters (this has 60,000)');
  await expect(status).toContainText('60,000 of 20,000 characters');

  await page.reload();
  await expect(shared).toHaveValue(long);
  await expect(page.getByRole('status').filter({ hasText: /^Not saved: restored from this computer/ })).toBeVisible();

  // Trimmed to fit: saved, and the kept copy is gone.
  await shared.fill(long.slice(0, 19_000));
  await shared.blur();
  await expect(page.getByRole('status').filter({ hasText: /^Saved · 19,000 of 20,000 characters$/ })).toBeVisible();
  await page.reload();
  await expect(shared).toHaveValue(long.slice(0, 19_000));
  await expect(page.getByRole('status').filter({ hasText: /^Not saved/ })).toHaveCount(0);
});
