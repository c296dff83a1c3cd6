import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectApi, groupWithPlannedMeeting, SIX } from '../support/api-client';

/** Every WebSocket frame a page receives, as parsed JSON. */
function captureFrames(page: Page): unknown[] {
  const frames: unknown[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => frames.push(JSON.parse(String(frame.payload))));
  });
  return frames;
}

const PRIVATE_KEYS =
  /"(fullName|contact|notes?|attendance|turns|memberId|guestName|heardFrom|checkOnMe|agreement|joinedOn|leftOn|queue|seating|record)"/;

test('a whole meeting for six members, as the room sees it, with nothing private sent to the display', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  await groupWithPlannedMeeting(api);
  api.close();

  const display = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const frames = captureFrames(display);
  await display.goto(host.displayUrl);
  const console = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await console.goto(host.consoleUrl);
  await expect(display.getByRole('heading', { name: 'Tuesday Circle' })).toBeVisible();

  // Check-in: one tap each.
  for (const name of SIX) await console.getByRole('button', { name: `${name}: not marked present` }).click();
  await expect(console.getByText('(6 here)')).toBeVisible();
  // Fay sits first tonight: the round follows the seating order.
  await console.getByText('Seating order for rounds').click();
  for (let i = 0; i < 5; i += 1) await console.getByRole('button', { name: 'Move Fay one seat earlier' }).click();
  await expect(console.getByRole('button', { name: 'Move Fay one seat earlier' })).toBeDisabled();
  await console.getByRole('button', { name: 'Start meeting' }).click();
  await expect(console.getByRole('heading', { name: /^Meeting under way/ })).toBeVisible();
  await expect(display.locator('[data-screen="welcome"]')).toBeVisible();

  // Ground rules on G, back to automatic on Esc.
  await console.keyboard.press('g');
  await expect(display.getByRole('heading', { name: 'Our ground rules' })).toBeVisible();
  await expect(display.getByText(/^Confidentiality: what is shared here stays here/)).toBeVisible();
  await console.keyboard.press('Escape');
  await expect(display.locator('[data-screen="welcome"]')).toBeVisible();

  // The check-in round, with one pass: the speaker view follows the round automatically.
  await console.keyboard.press('ArrowRight');
  await expect(display.getByText('The round will begin shortly')).toBeVisible();
  await console.getByRole('button', { name: 'Start round' }).click();
  await expect(display.getByRole('heading', { name: 'Speaking: Fay' })).toBeVisible();
  await expect(display.getByText('Up next: Ana, Ben')).toBeVisible();
  await expect(display.locator('.timer-numerals')).toHaveText(/^1:(30|29|28)$/);
  await console.keyboard.press('n');
  await expect(display.getByRole('heading', { name: 'Speaking: Ana' })).toBeVisible();
  await console.keyboard.press('n');
  await expect(display.getByRole('heading', { name: 'Speaking: Ben' })).toBeVisible();
  await console.keyboard.press('p'); // Ben passes
  await expect(display.getByRole('heading', { name: 'Speaking: Cai' })).toBeVisible();
  await expect(console.getByText('Passed (offered again at the end): Ben')).toBeVisible();
  for (const next of ['Dee', 'Eli']) {
    await console.keyboard.press('n');
    await expect(display.getByRole('heading', { name: `Speaking: ${next}` })).toBeVisible();
  }
  await expect(display.getByText('Up next: Ben')).toBeVisible();
  await console.keyboard.press('n'); // Ben is offered his turn again
  await expect(display.getByRole('heading', { name: 'Speaking: Ben' })).toBeVisible();
  await console.keyboard.press('Space');
  await expect(display.getByText(/Paused/)).toBeVisible();
  await console.keyboard.press('Space');
  await console.keyboard.press('n');
  await expect(display.getByText('The round will begin shortly')).toBeVisible();

  // Open discussion with three raised hands, first come first served.
  await console.keyboard.press('ArrowRight');
  await expect(display.locator('[data-screen="speaker"]').getByText('Topic discussion')).toBeVisible();
  await console.getByRole('combobox', { name: 'Queue order' }).selectOption('first_come');
  for (const name of ['Cai', 'Ana', 'Fay']) await console.getByRole('button', { name: `Raise hand for ${name}` }).click();
  await expect(console.getByRole('list', { name: 'Waiting to speak' }).getByRole('listitem')).toHaveText(['Cai', 'Ana', 'Fay']);
  await expect(display.getByText('Up next: Cai, Ana')).toBeVisible();
  for (const name of ['Cai', 'Ana', 'Fay']) {
    await console.keyboard.press('n');
    await expect(display.getByRole('heading', { name: `Speaking: ${name}` })).toBeVisible();
  }
  await console.screenshot({ path: fileURLToPath(new URL('../output/screenshots/console-live-1600x1000.png', import.meta.url)), fullPage: true });
  // With no limit, the discussion timer counts up.
  await expect(display.locator('.timer-caption')).toHaveText(/Speaking|Paused/);
  await console.getByRole('button', { name: 'End turn' }).click();
  await expect(display.getByText('Open discussion')).toBeVisible();

  // The break: a countdown with the time to come back.
  await console.keyboard.press('ArrowRight');
  await expect(display.locator('[data-screen="break"]')).toBeVisible();
  await expect(display.getByText(/^We start again at/)).toBeVisible();
  await expect(display.locator('.timer-numerals')).toHaveText(/^(10:00|9:5\d)$/);

  // Blank is one key away, and the same key brings the room back.
  await console.keyboard.press('b');
  await expect(display.locator('[data-screen="blank"]')).toBeVisible();
  await console.keyboard.press('b');
  await expect(display.locator('[data-screen="break"]')).toBeVisible();

  // Open sharing, the check-out round, then the end.
  await console.keyboard.press('ArrowRight');
  await console.keyboard.press('ArrowRight');
  await expect(display.getByText('Check-out round')).toBeVisible();
  await console.getByRole('button', { name: 'End meeting' }).click();
  await console.getByRole('dialog').getByRole('button', { name: 'End meeting' }).click();
  const summary = console.getByRole('region', { name: /^Meeting summary/ });
  await expect(summary).toBeVisible();
  await expect(summary.getByText(/^6 present/)).toBeVisible();
  await expect(summary.getByRole('table', { name: 'Agenda, planned against actual' }).getByRole('row')).toHaveCount(7);
  // Ben passed once, then took the turn he was offered at the end of the round.
  const speaking = summary.getByRole('table', { name: 'Speaking (only you see this)' });
  await expect(speaking.getByRole('row').filter({ hasText: 'Ben' }).getByRole('cell')).toHaveText(['Ben', /^\d+:\d\d$/, '1', '1']);
  await expect(speaking.getByRole('row').filter({ hasText: 'Cai' }).getByRole('cell')).toHaveText(['Cai', /^\d+:\d\d$/, '2', '0']);
  await expect(summary.getByText('Everyone spoke.')).toBeVisible();
  await expect(display.locator('[data-screen="welcome"]')).toBeVisible();

  // Privacy: nothing the display received carries a private field or value.
  expect(frames.length).toBeGreaterThan(20);
  const text = JSON.stringify(frames);
  expect(text).not.toMatch(PRIVATE_KEYS);
  expect(text).not.toMatch(/Confidential-Surname|private\.example/);
  for (const frame of frames as { type: string; name?: string }[]) {
    expect(frame.type === 'hello' || (frame.type === 'event' && frame.name === 'display')).toBe(true);
  }
});
