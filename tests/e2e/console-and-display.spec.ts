import { expect, test } from './fixtures';
import { startHostProcess } from '../support/browser-host-process';

test('a new user creates a group and members, and the display follows the console', async ({ browser, host, dataDir }) => {
  const consolePage = await browser.newPage();
  const displayPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await consolePage.goto(host.consoleUrl);
  await displayPage.goto(host.displayUrl);

  await expect(consolePage.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await expect(displayPage.getByText('The meeting will begin shortly')).toBeVisible();

  // Empty state → first group.
  await expect(consolePage.getByRole('heading', { name: 'Start your first group' })).toBeVisible();
  await consolePage.getByLabel('Group name').fill('Tuesday Evening Circle');
  await consolePage.getByRole('button', { name: 'Create group' }).click();
  await expect(displayPage.getByRole('heading', { name: 'Tuesday Evening Circle' })).toBeVisible();
  await expect(displayPage.getByText('Welcome to')).toBeVisible();

  // Members: add, rename, put on a break.
  await consolePage.getByRole('link', { name: 'Members' }).click();
  const addField = consolePage.getByLabel('Add a member');
  for (const name of ['Sam', 'Alex', 'Priya']) {
    await addField.fill(name);
    await consolePage.getByRole('button', { name: 'Add member' }).click();
    await expect(consolePage.getByRole('list', { name: /Members of/ }).getByText(name, { exact: true })).toBeVisible();
  }
  await expect(addField).toHaveValue('');
  await consolePage.getByRole('button', { name: 'Edit Alex' }).click();
  await consolePage.getByLabel('Display name', { exact: true }).fill('Alexis');
  await consolePage.getByRole('button', { name: 'Save member' }).click();
  await expect(consolePage.getByRole('button', { name: 'Edit Alexis' })).toBeVisible();
  await consolePage.getByRole('button', { name: 'Edit Sam' }).click();
  await consolePage.getByLabel('Status').selectOption('on_break');
  await consolePage.getByRole('button', { name: 'Save member' }).click();
  await expect(consolePage.getByRole('listitem').filter({ hasText: 'Sam' }).getByText('On a break')).toBeVisible();
  // Cheap to take back: the status change offers an undo.
  await consolePage.getByRole('button', { name: 'Undo' }).click();
  await expect(consolePage.getByRole('listitem').filter({ hasText: 'Sam' }).getByText('On a break')).toHaveCount(0);
  await consolePage.getByRole('button', { name: 'Edit Sam' }).click();
  await consolePage.getByLabel('Status').selectOption('on_break');
  await consolePage.getByRole('button', { name: 'Save member' }).click();
  await expect(consolePage.getByText('Sam is now marked on a break.')).toBeVisible();
  await consolePage.getByRole('link', { name: 'Live meeting' }).click();

  // Mode switch: blank, then welcome again.
  await consolePage.getByRole('button', { name: 'Blank' }).click();
  await expect(displayPage.locator('[data-screen="blank"]')).toBeVisible();
  await expect(displayPage.getByRole('heading', { name: 'Tuesday Evening Circle' })).toHaveCount(0);
  await expect(consolePage.getByRole('button', { name: 'Blank' })).toHaveAttribute('aria-pressed', 'true');
  await consolePage.getByRole('button', { name: 'Welcome' }).click();
  await expect(displayPage.getByRole('heading', { name: 'Tuesday Evening Circle' })).toBeVisible();

  // The display page never shows member names on the welcome screen.
  await expect(displayPage.getByText('Priya')).toHaveCount(0);

  // Restart the host on the same port: both pages reconnect and nothing is lost.
  await host.stop();
  await expect(consolePage.getByRole('status').filter({ hasText: 'reconnecting' })).toBeVisible();
  const restarted = await startHostProcess(dataDir, host.port);
  try {
    await expect(consolePage.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible({ timeout: 15_000 });
    await consolePage.reload();
    await consolePage.getByRole('link', { name: 'Members' }).click();
    for (const name of ['Sam', 'Alexis', 'Priya']) {
      await expect(consolePage.getByRole('list', { name: /Members of/ }).getByText(name, { exact: true })).toBeVisible();
    }
    await consolePage.getByRole('link', { name: 'Live meeting' }).click();
    await consolePage.getByRole('button', { name: 'Blank' }).click();
    await expect(displayPage.locator('[data-screen="blank"]')).toBeVisible();
  } finally {
    await restarted.stop();
  }
});

test('bad input gets a clear message and changes nothing', async ({ page, host }) => {
  await page.goto(host.consoleUrl);
  await page.getByLabel('Group name').fill('   ');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('alert')).toHaveText('A group name is needed.');

  await page.getByLabel('Group name').fill('Circle');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByLabel('Add a member').fill('x'.repeat(10_000));
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('alert')).toContainText('at most 40 characters (this one has 10000)');
  await page.getByLabel('Add a member').fill('Robin');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('button', { name: 'Edit Robin' })).toBeVisible();
  await page.getByLabel('Add a member').fill(' robin ');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('alert')).toContainText('There is already a member called “robin”');
  await expect(page.getByRole('list', { name: /Members of/ }).getByRole('listitem')).toHaveCount(1);
});

test('a wrong token is refused, for the page and for the socket', async ({ page, host }) => {
  const response = await page.goto(`${host.origin}/?token=not-the-token#/console`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText('needs the link Circlekeeper printed')).toBeVisible();

  const bare = await page.request.get(`${host.origin}/`);
  expect(bare.status()).toBe(401);

  const socketOpened = await page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(url);
        ws.onopen = () => resolve(true);
        ws.onerror = () => resolve(false);
      }),
    `${host.origin.replace('http', 'ws')}/ws?token=not-the-token`,
  );
  expect(socketOpened).toBe(false);
});
