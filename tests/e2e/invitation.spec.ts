import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { connectApi, groupWithPlannedMeeting, SIX } from '../support/api-client';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/**
 * The invitation, tried as a new user would: from the Meetings page, written
 * and then printed (the print stylesheet is the PDF in browser mode) and
 * downloaded as text. It holds the next three dates and no member's name.
 */
test('an invitation to hand out: the next three dates, the venue and a contact, and no member', async ({ browser, host }) => {
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const { group } = await groupWithPlannedMeeting(api);
  await api.call('group.update', { groupId: group.id, purpose: 'Peer support for carers, in confidence.' });
  const [planned] = await api.call('meeting.list', { groupId: group.id });
  const slots = await api.call('meeting.upcomingDates', { groupId: group.id, count: 3 });
  api.close();
  // The planned meeting is the first date; the schedule gives the next ones.
  const expected = [planned?.date, ...slots.map((s) => s.date)].filter((d): d is string => d !== undefined);
  const nextThree = [...new Set(expected)].sort().slice(0, 3);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: 'Make an invitation to hand out' }).click();
  await page.getByLabel('Who it is for').fill('Anyone caring for someone, or who has.');
  await page.getByLabel(/How to get in touch/).fill('tuesday.circle@example.org');
  const sheet = page.getByRole('article', { name: 'The invitation as it prints' });
  const dates = sheet.getByRole('listitem');
  await expect(dates).toHaveCount(3);
  // Each date is written for a person, in the group's time zone: day, month and year of the ISO dates.
  for (const [i, iso] of nextThree.entries()) {
    const [y, m, d] = iso.split('-').map(Number);
    const month = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    await expect(dates.nth(i)).toContainText(new RegExp(`${month} ${String(d)}, ${String(y)}|${String(d)} ${month} ${String(y)}`));
  }
  expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await page.screenshot({ path: `${SHOTS}invitation-1440x900.png` });

  // As printed: only the sheet, with the venue, the contact and no member.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByLabel('Who it is for')).toBeHidden();
  const printed = await page.evaluate(() => document.querySelector('.invitation-sheet')?.textContent ?? '');
  expect(printed).toContain('St Mary’s Hall');
  expect(printed).toContain('tuesday.circle@example.org');
  for (const name of SIX) expect(printed).not.toContain(name);
  await page.screenshot({ path: `${SHOTS}invitation-as-printed.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The plain-text version, for a post or a newsletter.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as text' }).click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(text.startsWith('Tuesday Circle\n\nPeer support for carers, in confidence.')).toBe(true);
  expect(text.match(/^- /gm)).toHaveLength(3);
  expect(text).toContain('Get in touch\ntuesday.circle@example.org');
  for (const name of SIX) expect(text).not.toContain(name);

  // What was written is still there after a reload.
  await page.reload();
  await expect(page.getByLabel(/How to get in touch/)).toHaveValue('tuesday.circle@example.org');
  await context.close();
});
