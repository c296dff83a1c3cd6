import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { connectApi } from '../support/api-client';
import { expect, test } from './fixtures';

/**
 * A member list from a spreadsheet, tried as a new user would: a CSV with a
 * BOM, a quoted name with a comma, a blank line, a duplicate of a member
 * already there, a duplicate within the file and a row with no display
 * name. The preview says which rows are refused and why; the rest are added.
 */
test('a member list imported from a CSV, with refused rows and their reasons', async ({ browser, host }, testInfo) => {
  const api = await connectApi(host.consoleUrl);
  const group = await api.call('group.create', { name: 'Tuesday Circle' });
  await api.call('member.add', { groupId: group.id, displayName: 'Sam' });
  api.close();

  const fixture = testInfo.outputPath('members.csv');
  const csv = [
    'Alias,Full name,Email',
    'Priya,"Patel, Priya ""P""",priya@example.org',
    '',
    'sam,Sam Again,',
    ',No Alias,nobody@example.org',
    'Jo,Jo Bloggs,',
    'JO,Joanne Other,',
    'Kit,,07700 900123',
  ].join('\r\n');
  await writeFile(fixture, `\uFEFF${csv}\r\n`);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Members', exact: true }).click();
  const importer = page.getByRole('region', { name: 'Import from a spreadsheet (CSV)' });
  await expect(importer.getByRole('table')).toHaveCount(0);
  await importer.getByLabel('CSV file').setInputFiles(fixture);

  // The columns are guessed from the header.
  await expect(importer.getByLabel('Display name column')).toHaveValue('Alias');
  await expect(importer.getByLabel('Full name column (optional)')).toHaveValue('Full name');
  await expect(importer.getByLabel('Contact column (optional)')).toHaveValue('Email');

  const table = importer.getByRole('table');
  await expect(table.getByRole('caption')).toHaveText('3 to add, 3 refused, from “members.csv”');
  await expect(table).toContainText('Patel, Priya "P"');
  await expect(table).toContainText('Refused. Row 4: “sam” is already a member of this group. Add an initial to tell them apart.');
  await expect(table).toContainText('Refused. Row 5: no display name.');
  await expect(table).toContainText('Refused. Row 7: “JO” is also on row 6. Add an initial to tell them apart.');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await importer.getByRole('button', { name: 'Add 3 members' }).click();
  await expect(importer.getByRole('status')).toHaveText('Added 3 members from “members.csv”.');
  const list = page.getByRole('list', { name: /Members of/ });
  for (const name of ['Priya', 'Jo', 'Kit', 'Sam']) await expect(list.getByText(name, { exact: true })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await context.close();
});
