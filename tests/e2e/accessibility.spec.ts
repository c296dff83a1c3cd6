import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectApi, meetingUnderWay } from '../support/api-client';
import { expect, test } from './fixtures';

/** axe's findings on what the page shows now, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds nothing on the room display’s screens', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });

  // While the meeting is under way: its speaker screen needs one. axe needs pages from a context of their own.
  const display = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await display.goto(host.displayUrl);
  for (const mode of ['speaker', 'welcome', 'ground_rules', 'agenda', 'break', 'purpose', 'pause', 'coming_up', 'blank'] as const) {
    await api.call('room.setMode', { mode });
    await expect(display.locator(`[data-screen="${mode}"]`)).toBeVisible();
    expect(await violations(display), `display: ${mode}`).toEqual([]);
  }
  await api.call('room.setMessage', { message: 'Tea is in the kitchen' });
  await api.call('room.setMode', { mode: 'message' });
  await expect(display.locator('[data-screen="message"]')).toBeVisible();
  expect(await violations(display), 'display: message').toEqual([]);
  api.close();
});

test('axe finds nothing on the console pages and every kind of dialog', async ({ browser, host }) => {
  // Eighteen axe runs on full pages: more than the default minute on a busy two-core machine.
  test.setTimeout(150_000);
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });

  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(host.consoleUrl);
  await expect(page.getByRole('heading', { name: /^Meeting under way/ })).toBeVisible();
  expect(await violations(page), 'Live meeting').toEqual([]);
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await violations(page), 'Keyboard shortcuts dialog').toEqual([]);
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();

  // A confirmation (every ConfirmButton is the same dialog), then the meeting after it ended.
  await page.getByRole('button', { name: 'End meeting' }).click();
  const confirm = page.getByRole('dialog', { name: 'End the meeting?' });
  await expect(confirm).toBeVisible();
  expect(await violations(page), 'Confirmation dialog').toEqual([]);
  await confirm.getByRole('button', { name: 'End meeting' }).click();
  await expect(page.getByRole('region', { name: /^Meeting summary/ })).toBeVisible();
  expect(await violations(page), 'Live page after the meeting ended').toEqual([]);

  // Pass-the-laptop: the form, the thank-you, and the facilitator's unlock.
  await page.getByRole('button', { name: 'Pass the laptop round' }).click();
  const laptop = page.getByRole('dialog', { name: /^Check-out/ });
  await expect(laptop.getByRole('button', { name: 'Send my answer' })).toBeVisible();
  expect(await violations(page), 'Pass-the-laptop form').toEqual([]);
  await laptop.getByRole('radio', { name: '5', exact: true }).check();
  await laptop.getByRole('button', { name: 'Send my answer' }).click();
  await expect(laptop.getByText('Thank you.')).toBeVisible();
  expect(await violations(page), 'Pass-the-laptop thank-you').toEqual([]);
  await laptop.getByRole('button', { name: 'Finish (facilitator)' }).click();
  await laptop.getByLabel(/type “unlock”/).fill('no');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop.getByRole('alert')).toBeVisible();
  expect(await violations(page), 'Pass-the-laptop unlock, refused').toEqual([]);
  await laptop.getByLabel(/type “unlock”/).fill('unlock');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await expect(laptop).toBeHidden();

  // An anonymous survey in pass-the-laptop mode.
  await api.call('survey.create', {
    groupId: meeting.groupId,
    title: 'How are we doing?',
    questions: [
      { kind: 'rating', prompt: 'How welcome do you feel?' },
      { kind: 'choice', prompt: 'Which time suits you?', options: ['Evenings', 'Weekends'] },
      { kind: 'text', prompt: 'Anything else?' },
    ],
  });
  await page.getByRole('link', { name: 'Feedback', exact: true }).click();
  await page.getByRole('button', { name: 'Run in pass-the-laptop mode' }).click();
  const survey = page.getByRole('dialog', { name: /^Anonymous survey/ });
  await expect(survey.getByText('How welcome do you feel?')).toBeVisible();
  expect(await violations(page), 'Survey in pass-the-laptop mode').toEqual([]);
  await survey.getByRole('button', { name: 'Finish (facilitator)' }).click();
  await survey.getByLabel(/type “unlock”/).fill('unlock');
  await survey.getByRole('button', { name: 'Unlock' }).click();
  await expect(survey).toBeHidden();

  for (const [link, heading] of [
    ['Group', 'Group profile'],
    ['Members', /^Members/],
    ['Agendas', 'Agenda templates'],
    ['Meetings', 'Meetings'],
    ['Feedback', 'Suggestion box'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    expect(await violations(page), link).toEqual([]);
  }

  api.close();
});
