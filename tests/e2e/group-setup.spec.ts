import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { startHostProcess } from '../support/browser-host-process';

const MEMBERS = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'];

test('a new user sets up a group, its members, an agenda and next week’s meeting, and it all survives a restart', async ({ page, host, dataDir }) => {
  await page.goto(host.consoleUrl);

  // A group with the default ground rules.
  await page.getByLabel('Group name', { exact: true }).fill('Wednesday Carers Circle');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('link', { name: 'Group' }).click();
  await expect(page.getByText(/^Version 1, adopted/)).toBeVisible();
  await expect(page.getByLabel('Ground rule 1', { exact: true })).toHaveValue(/^Confidentiality: what is shared here stays here/);
  await expect(page.getByRole('textbox', { name: /^Ground rule \d+$/ })).toHaveCount(6);

  // Purpose and schedule: weekly, the day after tomorrow, 19:00 for 90 minutes, London time.
  await page.getByLabel('Purpose', { exact: true }).fill('Time for people who care for a relative to be heard.');
  await page.getByRole('button', { name: 'Add objective' }).click();
  await page.getByLabel('Objective 1', { exact: true }).fill('Feel less alone');
  await page.getByLabel('Venue', { exact: true }).fill('St Mary’s Hall, Room 2');
  await page.getByRole('button', { name: 'Set a schedule' }).click();
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
  const isoWeekday = inTwoDays.getUTCDay() === 0 ? 7 : inTwoDays.getUTCDay();
  await page.getByLabel('Day', { exact: true }).selectOption(String(isoWeekday));
  await page.getByLabel('Start time', { exact: true }).fill('19:00');
  await page.getByLabel('Length (minutes)', { exact: true }).fill('90');
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/London');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('✓ Profile saved.')).toBeVisible();
  await expect(page.getByText(/^Every \w+day at 19:00 for 90 minutes \(Europe\/London\)$/)).toBeVisible();

  // Six members.
  await page.getByRole('link', { name: 'Members' }).click();
  for (const name of MEMBERS) {
    await page.getByLabel('Add a member', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
  }
  await expect(page.getByText('(6 active)')).toBeVisible();

  // An agenda built from the default template, with a mistake caught on the way.
  await page.getByRole('link', { name: 'Agendas' }).click();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Copy of Peer support meeting');
  await page.getByLabel('Minutes for item 2', { exact: true }).fill('-5');
  await page.getByRole('button', { name: 'Save agenda' }).click();
  await expect(page.getByRole('alert')).toHaveText('An agenda item needs at least 1 minute.');
  await page.getByLabel('Minutes for item 2', { exact: true }).fill('20');
  await expect(page.getByText('⚠ 95 minutes planned for a 90-minute meeting: 5 minutes too long.', { exact: false })).toBeVisible();
  await page.getByLabel('Minutes for item 3', { exact: true }).fill('20');
  await expect(page.getByText('✓ 90 of 90 minutes planned')).toBeVisible();
  await page.getByRole('button', { name: 'Move item 4 down' }).click();
  await expect(page.getByLabel('Title of item 5', { exact: true })).toHaveValue('Break');
  await page.getByRole('button', { name: 'Save agenda' }).click();
  await expect(page.getByText('✓ Agenda saved.')).toBeVisible();

  // Next week's meeting from that template, with the suggested roles.
  await page.getByRole('link', { name: 'Meetings' }).click();
  const firstDate = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Plan the meeting on/ }) })
    .first();
  await firstDate.getByRole('combobox').selectOption({ label: 'Copy of Peer support meeting' });
  await firstDate.getByRole('button', { name: /^Plan the meeting on/ }).click();
  const card = page.getByRole('article', { name: /^Meeting on / });
  await expect(card).toBeVisible();
  await expect(card.getByText('Suggested: Facilitator Ana · Timekeeper Ben · Note-taker Cai')).toBeVisible();
  await card.getByRole('button', { name: 'Accept suggested roles' }).click();
  await expect(card.getByLabel('Facilitator', { exact: true })).toHaveValue(/.+/);
  await expect(card.getByLabel('Facilitator', { exact: true }).locator('option:checked')).toHaveText('Ana');
  await expect(card.getByLabel('Note-taker', { exact: true }).locator('option:checked')).toHaveText('Cai');
  await expect(card.getByText('Agenda for this meeting (6 items)')).toBeVisible();
  await page.screenshot({
    path: fileURLToPath(new URL('../output/screenshots/console-meetings-planned-1440x900.png', import.meta.url)),
    fullPage: true,
  });

  // Restart the host: everything is still there.
  await host.stop();
  const restarted = await startHostProcess(dataDir, host.port);
  try {
    await page.goto(restarted.consoleUrl.replace('#/console', '#/console/meetings'));
    const again = page.getByRole('article', { name: /^Meeting on / });
    await expect(again.getByLabel('Timekeeper', { exact: true }).locator('option:checked')).toHaveText('Ben');
    await again.getByText('Agenda for this meeting (6 items)').click();
    await expect(again.getByLabel('Title of item 5', { exact: true })).toHaveValue('Break');
    await page.getByRole('link', { name: 'Members' }).click();
    await expect(page.getByText('(6 active)')).toBeVisible();
    await page.getByRole('link', { name: 'Group' }).click();
    await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('Time for people who care for a relative to be heard.');
    await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('St Mary’s Hall, Room 2');
    await page.getByRole('link', { name: 'Agendas' }).click();
    await expect(page.getByLabel('Template', { exact: true }).locator('option')).toHaveText(['Copy of Peer support meeting', 'Peer support meeting']);
  } finally {
    await restarted.stop();
  }
});

test('bad input in group setup gets a clear message and changes nothing', async ({ page, host }) => {
  await page.goto(host.consoleUrl);
  await page.getByLabel('Group name', { exact: true }).fill('Circle');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('link', { name: 'Group' }).click();
  await page.getByLabel('Name', { exact: true }).fill('n'.repeat(10_000));
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('alert')).toContainText('at most 80 characters (this one has 10000)');
  await page.getByLabel('Ground rule 2', { exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'A ground rule cannot be empty.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Circle');
  await expect(page.getByText(/^Version 1, adopted/)).toBeVisible();
  await expect(page.getByLabel('Ground rule 2', { exact: true })).toHaveValue('Listen fully and do not interrupt.');
});
