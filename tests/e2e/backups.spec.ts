import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { connectApi } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/**
 * A backup restored from the console, and the restore undone: a member
 * renamed by mistake comes back from the backup made at the last start,
 * after a preview of what would change; Undo puts the rename back.
 */
test('a backup previewed, restored and the restore undone from the Safekeeping page', async ({ browser, dataDir }) => {
  test.setTimeout(90_000);
  let host = await startHostProcess(dataDir);
  const setup = await connectApi(host.consoleUrl);
  const group = await setup.call('group.create', { name: 'Lighthouse Circle' });
  const member = await setup.call('member.add', { groupId: group.id, displayName: 'Rosalind' });
  setup.close();
  await host.stop();
  // This start backs up the record with Rosalind in it.
  host = await startHostProcess(dataDir);
  try {
    const api = await connectApi(host.consoleUrl);
    await api.call('member.update', { memberId: member.id, displayName: 'Renamed by mistake' });
    api.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.consoleUrl.replace('#/console', '#/console/safekeeping'));
    const backups = page.getByRole('region', { name: 'Backups' });
    const newest = backups.getByRole('listitem').filter({ hasText: 'made when Circlekeeper started' }).first();
    await expect(newest).toContainText('Lighthouse Circle: 1 member, 0 meetings');
    await newest.getByRole('button', { name: /^Preview the backup of/ }).click();
    await expect(newest).toContainText('Lighthouse Circle: now but not in the backup: Renamed by mistake.');
    await expect(newest).toContainText('Lighthouse Circle: in the backup but not now: Rosalind.');
    await page.screenshot({ path: join(SHOTS, 'safekeeping-backups-1280x800.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await newest.getByRole('button', { name: 'Restore this backup' }).click();
    const dialog = page.getByRole('dialog', { name: /^Restore the backup of/ });
    await expect(dialog).toContainText('backed up first');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(backups.getByRole('status')).toContainText('The backup was restored.');

    const check = await connectApi(host.consoleUrl);
    const names = async () => (await check.call('member.list', { groupId: group.id })).map((m) => m.displayName);
    await expect.poll(names).toEqual(['Rosalind']);

    // Undo: the backup made just before the restore is restored in turn.
    await backups.getByRole('button', { name: 'Undo this restore' }).click();
    await expect.poll(names).toEqual(['Renamed by mistake']);
    check.close();
    await expect(backups.getByRole('listitem').filter({ hasText: 'made just before a restore' }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    await expect(page.getByText('Renamed by mistake', { exact: true })).toBeVisible();
    await context.close();
  } finally {
    await host.stop();
  }
});
