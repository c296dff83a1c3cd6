import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** Everything visible sits inside the screen: nothing cut off at the edges. */
async function expectAllOnScreen(page: Page, size: { width: number; height: number }) {
  const outside = await page.evaluate(({ width, height }) => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.display-screen *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > width + 1 || r.bottom > height + 1)
        bad.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30) ?? ''}`);
    }
    return bad;
  }, size);
  expect(outside).toEqual([]);
}

test('every display mode reads well at 1920x1080 and 1280x720', async ({ browser, host }) => {
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const { meeting, members } = await groupWithPlannedMeeting(api);
  for (const m of members) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await api.call('live.start', { meetingId: meeting.id });
  const live = (command: unknown) => api.call('live.command', { meetingId: meeting.id, command });

  const pages: { page: Page; size: { width: number; height: number } }[] = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    // The page's own clock is faked, so the timer phases can be shown without waiting.
    await page.clock.install();
    await page.goto(host.displayUrl);
    pages.push({ page, size });
  }
  const shoot = async (name: string, screen: string) => {
    for (const { page, size } of pages) {
      await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
      await expectAllOnScreen(page, size);
      await page.screenshot({ path: `${SHOTS}display-${name}-${String(size.width)}x${String(size.height)}.png` });
    }
  };

  await shoot('welcome', 'welcome');
  await api.call('room.setMode', { mode: 'ground_rules' });
  await shoot('ground-rules', 'ground_rules');
  await api.call('room.setMode', { mode: 'agenda' });
  await live({ type: 'nextItem' });
  await shoot('agenda', 'agenda');
  for (const { page } of pages) await expect(page.locator('.display-agenda__item--current')).toContainText('Check-in round');

  await api.call('room.setMode', { mode: 'auto' });
  await live({ type: 'startRound', mode: 'seating' });
  await shoot('speaker', 'speaker');
  for (const { page, size } of pages) {
    // A timer at least a fifth of the screen high.
    const fontPx = await page.locator('.timer-numerals').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(size.height / 5);
    await page.clock.fastForward(65_000);
    await expect(page.locator('.timer-caption')).toHaveText('Nearly time — left');
  }
  await shoot('speaker-warning', 'speaker');
  for (const { page } of pages) {
    await page.clock.fastForward(40_000);
    await expect(page.locator('.timer-caption')).toHaveText('Time — over');
    await expect(page.locator('.timer-numerals')).toHaveText(/^\+0:1\d$/);
  }
  await shoot('speaker-over', 'speaker');
  await api.call('room.setTimerDisplay', { timerDisplay: 'ring' });
  for (const { page } of pages) await expect(page.locator('.timer-ring')).toBeVisible();
  await shoot('speaker-ring', 'speaker');
  await api.call('room.setTimerDisplay', { timerDisplay: 'hidden' });
  for (const { page } of pages) await expect(page.locator('.timer-numerals, .timer-ring')).toHaveCount(0);
  await shoot('speaker-timer-hidden', 'speaker');

  await api.call('room.setMessage', { message: 'Tea and biscuits are in the kitchen — help yourselves' });
  await shoot('message', 'message');
  await api.call('room.setMode', { mode: 'auto' });
  await live({ type: 'nextItem' });
  await live({ type: 'nextItem' });
  await shoot('break', 'break');
  await api.call('room.toggleBlank', {});
  await shoot('blank', 'blank');
  await api.call('room.toggleBlank', {});

  // The pause (H in the console) over the break, and back; then the purpose with its goals.
  await api.call('room.togglePause', {});
  await shoot('pause', 'pause');
  await api.call('room.togglePause', {});
  for (const { page } of pages) await expect(page.locator('[data-screen="break"]')).toBeVisible();
  await api.call('group.update', {
    groupId: meeting.groupId,
    purpose: 'A place for carers to be heard, and to hear what has helped others.',
    objectives: ['Feel less alone', 'Share what helps', 'Look after ourselves too'],
  });
  await api.call('goal.create', {
    groupId: meeting.groupId,
    objective: 'Share what helps',
    what: 'A list of what helps, made together',
    measure: 'Printed and handed out',
    byWhen: '2027-06-30',
  });
  await api.call('goal.create', {
    groupId: meeting.groupId,
    objective: 'Feel less alone',
    what: 'A newcomers’ evening each season',
    measure: 'Four a year',
    status: 'stuck',
  });
  await api.call('room.setMode', { mode: 'purpose' });
  await shoot('purpose', 'purpose');

  // Coming up: the group's next events, a partner by name only.
  const partner = await api.call('partner.create', { groupId: meeting.groupId, name: 'Riverside Community Centre', contact: 'Jo 07700 900123' });
  const soon = new Date(meeting.startsAt + 7 * 86_400_000).toISOString().slice(0, 10);
  await api.call('event.create', {
    groupId: meeting.groupId,
    kind: 'workshop',
    title: 'Sleep and stress workshop',
    date: soon,
    startTime: '14:00',
    endTime: '16:00',
    place: 'Riverside, Room 2',
    partnerId: partner.id,
    description: 'Practical tips, tea, and no need to share anything.',
  });
  await api.call('event.create', {
    groupId: meeting.groupId,
    kind: 'social',
    title: 'Winter walk and tea',
    date: new Date(meeting.startsAt + 14 * 86_400_000).toISOString().slice(0, 10),
    startTime: '12:00',
    endTime: '15:00',
    place: 'Riverside Park',
  });
  await api.call('room.setMode', { mode: 'coming_up' });
  await shoot('coming-up', 'coming_up');
  for (const { page } of pages) await expect(page.locator('[data-screen="coming_up"]')).not.toContainText('07700');
  api.close();
});
