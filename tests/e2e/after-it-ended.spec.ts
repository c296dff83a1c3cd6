import { connectApi, meetingUnderWay } from '../support/api-client';
import { formatDayIn } from '#shared/i18n/format';
import { expect, test } from './fixtures';

/**
 * After "End meeting" the meeting stays on the Live page, through another
 * tab and a reload, until the facilitator says they are done with it; the
 * check-out can still be passed round; and its date is not offered again.
 */
test('a meeting that has ended stays for its check-out, through a tab switch and a reload, until the facilitator moves on', async ({
  page,
  host,
}) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  api.close();

  await page.goto(host.consoleUrl);
  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End meeting' }).click();
  const summary = page.getByRole('region', { name: /^Meeting summary/ });
  await expect(summary).toBeVisible();

  // Another tab and back, then a reload: still there.
  await page.getByRole('link', { name: 'Members' }).click();
  await page.getByRole('link', { name: 'Live meeting' }).click();
  await expect(summary).toBeVisible();
  await page.reload();
  await expect(summary).toBeVisible();

  // The check-out, passed round after the meeting ended.
  await page.getByRole('button', { name: 'Pass the laptop round' }).click();
  const laptop = page.getByRole('dialog', { name: /^Check-out/ });
  await laptop.getByRole('radio', { name: '4', exact: true }).check();
  await laptop.getByRole('radio', { name: 'Yes', exact: true }).check();
  await laptop.getByRole('button', { name: 'Send my answer' }).click();
  await expect(laptop.getByText('1 answered so far')).toBeVisible();
  await laptop.getByRole('button', { name: 'I am the next person' }).click();

  // The next member holds the laptop: Back, the app's routes, another tab and a reload all stay on the form.
  const consoleReached = page.getByRole('navigation', { name: 'Sections' });
  await page.goBack();
  await expect(laptop.getByRole('button', { name: 'Send my answer' })).toBeVisible();
  await expect(consoleReached).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/console/members';
  });
  await expect(laptop).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Members' })).toHaveCount(0);
  const otherTab = await page.context().newPage();
  await otherTab.goto(host.consoleUrl);
  await expect(otherTab.getByRole('dialog', { name: /^Check-out/ })).toBeVisible();
  await expect(otherTab.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await otherTab.close();
  // Reload asks "Leave site?"; someone insisting still lands on the form, with the count kept.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(laptop.getByText('1 answered so far')).toBeVisible();
  await expect(consoleReached).toHaveCount(0);

  // Only the unlock word, typed deliberately, gives the console back.
  await laptop.getByRole('button', { name: 'Finish (facilitator)' }).click();
  await laptop.getByLabel(/type “unlock”/).fill('ok');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop.getByRole('alert')).toHaveText(/not “unlock”/);
  await expect(consoleReached).toHaveCount(0);
  await laptop.getByLabel(/type “unlock”/).fill('unlock');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop).toBeHidden();
  await expect(summary.getByText('4.0 out of 5 from 1 answer')).toBeVisible();

  // Moving on: gone, and it stays gone after a reload.
  await page.getByRole('button', { name: 'Done with this meeting' }).click();
  await expect(summary).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No meeting planned' })).toBeVisible();
  await expect(summary).toBeHidden();

  // The Meetings page does not offer the held date again, and the meeting still takes notes.
  await page.getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('button', { name: `Plan the meeting on ${formatDayIn('en', meeting.date, true)}` })).toHaveCount(0);
  await page.getByText(/^Summary of /).click();
  await page.getByLabel('Shared notes: themes and topics').fill('Added the day after.');
  await page.getByLabel('Shared notes: themes and topics').blur();
  await expect(page.getByRole('region', { name: /^Meeting summary/ }).getByText('Added the day after.')).toBeVisible();
});
