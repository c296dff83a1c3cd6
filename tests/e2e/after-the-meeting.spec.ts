import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

test('a short meeting with notes, a pass-the-laptop check-out, two suggestions, and an exported summary', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting, members } = await groupWithPlannedMeeting(api);
  for (const m of members.slice(0, 4)) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  api.close();

  await mkdir(SHOTS, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(host.consoleUrl);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('heading', { name: /^Meeting under way/ })).toBeVisible();

  // Notes: private, and shared themes.
  await page.getByLabel('Private notes', { exact: true }).fill('Ben mentioned a hard week; check in gently.');
  await page.getByLabel('Shared notes: themes and topics').fill('Theme: asking for help.');
  await page.getByLabel('Shared notes: themes and topics').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
  await page.getByLabel('New action item').fill('Ask the hall about a quieter room');
  await page.getByLabel('Owner').selectOption({ label: 'Ana' });
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('list', { name: 'Action items of this meeting' })).toContainText('Ask the hall about a quieter room — Ana');

  // Check-out, passing the laptop: four people answer; the screen clears after each.
  await page.getByRole('button', { name: 'Pass the laptop round' }).click();
  const laptop = page.getByRole('dialog', { name: /^Check-out/ });
  const answers: [string, string][] = [
    ['5', 'Yes'],
    ['4', 'Yes'],
    ['4', 'Somewhat'],
    ['3', 'No'],
  ];
  for (const [index, [rating, heard]] of answers.entries()) {
    await laptop.getByRole('radio', { name: rating, exact: true }).check();
    await laptop.getByRole('radio', { name: heard, exact: true }).check();
    if (index === 0) await page.screenshot({ path: `${SHOTS}console-pass-the-laptop-1600x1000.png` });
    await laptop.getByRole('button', { name: 'Send my answer' }).click();
    await expect(laptop.getByText('Thank you.')).toBeVisible();
    await expect(laptop.getByText(`${String(index + 1)} answered so far`)).toBeVisible();
    await laptop.getByRole('button', { name: 'I am the next person' }).click();
    // The next person sees a clean form.
    await expect(laptop.getByRole('radio', { checked: true })).toHaveCount(0);
  }
  await page.keyboard.press('Escape');
  await expect(laptop).toBeVisible();
  await laptop.getByRole('button', { name: 'Finish (facilitator)' }).click();
  await laptop.getByLabel(/type “unlock”/).fill('unlock');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('4.0 out of 5 from 4 answers')).toBeVisible();

  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End meeting' }).click();
  const summary = page.getByRole('region', { name: /^Meeting summary/ });
  await expect(summary).toBeVisible();
  await expect(summary.getByText('Yes 2 · Somewhat 1 · No 1')).toBeVisible();
  await expect(summary.getByText('Theme: asking for help.')).toBeVisible();
  await expect(summary).not.toContainText('hard week');
  await page.screenshot({ path: `${SHOTS}console-after-meeting-1600x1000.png`, fullPage: true });

  // Two anonymous suggestions.
  await page.getByRole('link', { name: 'Feedback' }).click();
  for (const text of ['A session on sleep', 'More time for open sharing']) {
    await page.getByLabel('Drop in an anonymous suggestion').fill(text);
    await page.getByRole('button', { name: 'Add suggestion' }).click();
    await expect(page.getByRole('list', { name: 'Suggestions' }).getByText(text)).toBeVisible();
  }

  // The summary again, from the Meetings page, exported to Markdown.
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByText(/^Summary of /).click();
  const shown = page.getByRole('region', { name: /^Meeting summary/ });
  await expect(shown).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await download;
  const markdown = await readFile((await file.path()) ?? '', 'utf8');
  expect(file.suggestedFilename()).toBe(`meeting-${meeting.date}.md`);
  expect(markdown).toContain('# Tuesday Circle — meeting of');
  expect(markdown).toContain('4 present');
  expect(markdown).toContain('How did this session go? 4.0 out of 5 from 4 answers');
  expect(markdown).toContain('Did you feel heard? Yes 2 · Somewhat 1 · No 1');
  expect(markdown).toContain('- [ ] Ask the hall about a quieter room — Ana');
  expect(markdown).toContain('Theme: asking for help.');
  expect(markdown).not.toContain('hard week');
  expect(markdown).toContain('0 of 4 present spoke.');
  for (const row of await shown.getByRole('table', { name: 'Agenda, planned against actual' }).getByRole('row').allInnerTexts()) {
    const [title] = row.split('\t');
    if (title && title !== 'Item') expect(markdown).toContain(`| ${title} |`);
  }

  // Printing is exporting too: who spoke how much prints only when ticked in.
  const speakingTable = shown.getByRole('table', { name: 'Speaking (only you see this)' });
  await page.emulateMedia({ media: 'print' });
  await expect(speakingTable).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(speakingTable).toBeVisible();

  // Ticking private notes in brings them into the export.
  await page.getByLabel('Include my private notes').check();
  await page.emulateMedia({ media: 'print' });
  await expect(speakingTable).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(shown.getByText('Ben mentioned a hard week; check in gently.')).toBeVisible();
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  expect(await readFile((await (await second).path()) ?? '', 'utf8')).toContain('Ben mentioned a hard week');
});

test('notes typed just before the window closes survive a restart', async ({ browser, host, dataDir }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await groupWithPlannedMeeting(api);
  await api.call('live.start', { meetingId: meeting.id });
  api.close();

  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(host.consoleUrl);
  await page.getByLabel('Private notes', { exact: true }).fill('typed in the very last second');
  // Closed at once, before the autosave delay: the page-hide flush must carry it.
  await page.close({ runBeforeUnload: true });
  // The flush is a message already sent when the page is gone; wait for the backend to have it (on a loaded
  // machine it can still be on its way), since stopping the host here is the test's doing, not the window's.
  const watch = await connectApi(host.consoleUrl);
  await expect
    .poll(async () => (await watch.call('meeting.get', { meetingId: meeting.id })).notes.private, { timeout: 10_000 })
    .toBe('typed in the very last second');
  watch.close();
  await host.stop();

  const again = await startHostProcess(dataDir, host.port);
  try {
    const check = await connectApi(again.consoleUrl);
    const stored = await check.call('meeting.get', { meetingId: meeting.id });
    expect(stored.notes.private).toBe('typed in the very last second');
    check.close();
  } finally {
    await again.stop();
  }
});
