import { createServer } from 'node:net';
import { expect, test } from './fixtures';
import { connectApi } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';

test('started again with --port 0, browser mode keeps its port and the open display follows without a reload', async ({ browser, host, dataDir }) => {
  const api = await connectApi(host.consoleUrl);
  await api.call('group.create', { name: 'Tuesday Circle' });
  api.close();

  const display = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await display.goto(host.displayUrl);
  await expect(display.getByRole('heading', { name: 'Tuesday Circle' })).toBeVisible();
  // A mark on this very page: a reload would wipe it.
  await display.evaluate(() => ((window as unknown as { openedOnce: boolean }).openedOnce = true));

  await host.stop();
  await expect(display.getByText('Reconnecting…')).toBeVisible();
  const again = await startHostProcess(dataDir, 0);
  try {
    expect(again.port).toBe(host.port);
    expect(again.displayUrl).toBe(host.displayUrl);
    await expect(display.getByText('Reconnecting…')).toHaveCount(0, { timeout: 15_000 });

    const consoleApi = await connectApi(again.consoleUrl);
    await consoleApi.call('room.setMode', { mode: 'blank' });
    consoleApi.close();
    await expect(display.locator('[data-screen="blank"]')).toBeVisible();
    // Announced as what it is, with a role that may carry a name.
    await expect(display.getByRole('img', { name: 'Blank screen' })).toBeVisible();
    await expect(display.getByRole('heading', { name: 'Tuesday Circle' })).toHaveCount(0);
    expect(await display.evaluate(() => (window as unknown as { openedOnce?: boolean }).openedOnce)).toBe(true);
  } finally {
    await again.stop();
  }
});

test('when the port used last time is taken, browser mode says so and prints the new links', async ({ host, dataDir }) => {
  await host.stop();
  const squatter = createServer();
  await new Promise<void>((resolve, reject) => {
    squatter.once('error', reject);
    squatter.listen(host.port, '127.0.0.1', () => resolve());
  });
  try {
    const again = await startHostProcess(dataDir, 0);
    try {
      expect(again.port).not.toBe(host.port);
      expect(again.output()).toContain(`Port ${String(host.port)}, used last time, is taken by another program now`);
      expect(again.output()).toContain(`uses port ${String(again.port)} instead`);
      expect(again.consoleUrl).toContain(`:${String(again.port)}/`);
    } finally {
      await again.stop();
    }
  } finally {
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
  }
});
