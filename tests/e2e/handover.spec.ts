import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { generateHistory } from '../bench/scale/history-generator';
import { startHostProcess } from '../support/browser-host-process';
import { expect, test } from './fixtures';

// Steps that derive a key from a passphrase (scrypt at the app's real cost, half a second on a
// quiet machine) get more than the default 5 s, so a loaded CI machine is not mistaken for a failure.

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const PASSPHRASE = 'lantern orbit meadow';

async function everyText(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else parts.push(await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return parts.join('\n');
}

/**
 * The handover, tried as a new user would: the old facilitator saves a
 * handover file without private notes or contacts; the next one opens it on
 * a laptop with an empty data folder and finds the group, its members
 * (without contacts), its meetings and its reports, and no private note.
 */
test('a handover file without private notes, opened by the next facilitator on an empty laptop', async ({ browser, dataDir }, testInfo) => {
  test.setTimeout(120_000);
  const history = generateHistory({ years: 1, members: 20 });
  await writeFile(join(dataDir, 'circlekeeper.json'), JSON.stringify(history));
  const privateNotes = history.meetings.map((m) => m.notes.private).filter((n) => n.length > 10);
  const contacts = history.members.map((m) => m.contact).filter((c): c is string => c !== null && c.length > 5);
  expect(privateNotes.length).toBeGreaterThan(3);
  expect(contacts.length).toBeGreaterThan(2);
  const held = history.meetings.filter((m) => m.status === 'ended').length;

  const oldHost = await startHostProcess(dataDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  let file = '';
  try {
    await page.goto(oldHost.consoleUrl.replace('#/console', '#/console/safekeeping'));
    const save = page.getByRole('region', { name: 'Save a copy' });
    await expect(save.getByRole('radio', { name: /A handover file for the next facilitator/ })).toBeChecked();
    await expect(save.getByRole('checkbox', { name: /Private notes/ })).not.toBeChecked();
    await expect(save.getByRole('checkbox', { name: /contact details/ })).not.toBeChecked();
    await save.getByLabel('Passphrase for the file').fill(PASSPHRASE);
    await save.getByLabel('The same passphrase again').fill(`${PASSPHRASE}x`);
    await expect(save.getByRole('button', { name: 'Save the handover file' })).toBeDisabled();
    await save.getByLabel('The same passphrase again').fill(PASSPHRASE);
    await page.screenshot({ path: join(SHOTS, 'safekeeping-1280x800.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const download = page.waitForEvent('download');
    await save.getByRole('button', { name: 'Save the handover file' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/-handover-\d{4}-\d{2}-\d{2}\.circlekeeper$/);
    file = testInfo.outputPath(saved.suggestedFilename());
    await saved.saveAs(file);
    await expect(save.getByRole('status')).toContainText('Saved', { timeout: 20_000 });
  } finally {
    await oldHost.stop();
  }
  // No private note, contact or member name in clear in the file.
  const bytes = (await readFile(file)).toString('latin1');
  expect(privateNotes.some((n) => bytes.includes(n))).toBe(false);
  expect(history.members.some((m) => m.displayName.length > 3 && bytes.includes(m.displayName))).toBe(false);

  const newDir = await mkdtemp(join(tmpdir(), 'circlekeeper-e2e-next-'));
  const newHost = await startHostProcess(newDir);
  try {
    await page.goto(newHost.consoleUrl);
    const open = page.getByRole('region', { name: 'Taking over a group? Open its handover file' });
    await open.getByLabel('Choose a file…').setInputFiles(file);
    await expect(open.getByRole('alert')).toContainText('locked with a passphrase');
    await open.getByLabel('The file’s passphrase').fill('not the passphrase');
    await open.getByRole('button', { name: 'Open the file' }).click();
    await expect(open.getByRole('alert')).toContainText('does not open this copy', { timeout: 20_000 });
    await open.getByLabel('The file’s passphrase').fill(PASSPHRASE);
    await open.getByRole('button', { name: 'Open the file' }).click();
    const groupName = history.groups[0]?.name ?? '';
    const choice = open.getByRole('group', { name: groupName });
    await expect(choice).toContainText(`${String(held)} meetings held`, { timeout: 20_000 });
    await expect(choice).toContainText('No private notes. No contact details.');
    await expect(choice.getByRole('radio', { name: 'Add it as a new group' })).toBeChecked();
    await page.screenshot({ path: join(SHOTS, 'handover-open-1280x800.png'), fullPage: true });
    await open.getByRole('button', { name: 'Open the copy' }).click();

    // The group is there and chosen; its members have no contact details.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Members', exact: true }).click();
    const anyMember = history.members.find((m) => m.status === 'active' && m.contact);
    if (!anyMember) throw new Error('no active member with a contact');
    await expect(page.getByText(anyMember.displayName, { exact: true }).first()).toBeVisible();
    for (const contact of contacts.slice(0, 5)) await expect(page.getByText(contact)).toHaveCount(0);

    await page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Past meetings' }).locator(':scope > li').first()).toBeVisible();

    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await expect(page.getByRole('heading', { name: /Attendance/ }).first()).toBeVisible({ timeout: 20_000 });
  } finally {
    await newHost.stop();
  }
  const stored = await everyText(newDir);
  expect(privateNotes.filter((n) => stored.includes(n))).toEqual([]);
  expect(contacts.filter((c) => stored.includes(c))).toEqual([]);
  await rm(newDir, { recursive: true, force: true });
  await context.close();
});
