import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { connectApi } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';
import { expect, test } from './fixtures';

// Steps that derive a key from a passphrase (scrypt at the app's real cost, half a second on a
// quiet machine) get more than the default 5 s, so a loaded CI machine is not mistaken for a failure.

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const PASSPHRASE = 'quiet harbour lamplight';

async function everyText(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else parts.push((await readFile(path)).toString('latin1'));
    }
  };
  await walk(dir);
  return parts.join('\n');
}

/**
 * Encryption at rest, as a facilitator would turn it on: the passphrase
 * twice and the honest warning ticked; after a restart the console asks for
 * the passphrase and the room's screen says only "Getting ready"; a wrong
 * passphrase is refused; the right one opens the group. No member name is
 * left in clear in the data folder.
 */
test('encryption at rest: turned on, asked for at the next start, the room shown only "Getting ready"', async ({ browser, dataDir }) => {
  test.setTimeout(90_000);
  let host = await startHostProcess(dataDir);
  const api = await connectApi(host.consoleUrl);
  const group = await api.call('group.create', { name: 'Harbour Circle', withDefaults: true });
  await api.call('member.add', { groupId: group.id, displayName: 'Marisol', contact: 'marisol@example.org' });
  api.close();

  const consoleContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await consoleContext.newPage();
  await page.goto(host.consoleUrl.replace('#/console', '#/console/safekeeping'));
  const panel = page.getByRole('region', { name: 'Encryption' });
  await panel.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel('The same passphrase again').fill(PASSPHRASE);
  const encrypt = panel.getByRole('button', { name: 'Encrypt the data' });
  await expect(encrypt).toBeDisabled();
  await panel.getByRole('checkbox', { name: /cannot be recovered by anyone/ }).check();
  await encrypt.click();
  await expect(panel.getByRole('status')).toHaveText('The data on this computer is encrypted.', { timeout: 20_000 });
  await host.stop();
  expect(await everyText(dataDir)).not.toContain('Marisol');

  host = await startHostProcess(dataDir);
  try {
    const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const display = await displayContext.newPage();
    await display.goto(host.displayUrl);
    await expect(display.getByText('Getting ready')).toBeVisible();
    await expect(display.getByText('Harbour Circle')).toHaveCount(0);
    await display.screenshot({ path: join(SHOTS, 'display-getting-ready-1920x1080.png') });
    await display.setViewportSize({ width: 1280, height: 720 });
    await display.screenshot({ path: join(SHOTS, 'display-getting-ready-1280x720.png') });

    await page.goto(host.consoleUrl);
    await expect(page.getByRole('heading', { name: 'Open the group’s data' })).toBeVisible();
    await expect(page.getByLabel('Passphrase')).toBeFocused();
    await expect(page.getByText('Harbour Circle')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'console-open-the-data-1280x800.png') });

    await page.getByLabel('Passphrase').fill('quiet harbour lamplighT');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('does not open this data', { timeout: 20_000 });
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Group' })).toHaveValue(group.id, { timeout: 20_000 });
    await expect(display.getByText('Getting ready')).toHaveCount(0);
    await expect(display.getByText('Harbour Circle')).toBeVisible();
    await displayContext.close();
  } finally {
    await host.stop();
  }
  expect(await everyText(dataDir)).not.toContain('marisol@example.org');
  await consoleContext.close();
});
