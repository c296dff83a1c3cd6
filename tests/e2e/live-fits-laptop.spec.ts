import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectApi, meetingUnderWay } from '../support/api-client';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Fourteen people in the room: the six members and eight walk-in guests, a full evening. */
const GUESTS = ['Gus', 'Hana', 'Ivo', 'Jun', 'Kemi', 'Lars', 'Mira', 'Noor'];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`Not on the page: ${locator.toString()}`);
  return found;
}

/** Wholly inside the window as it opens: no scrolling needed to see or press it. */
async function expectInViewport(locator: Locator, size: { width: number; height: number }) {
  const b = await box(locator);
  expect(b.y, `${locator.toString()} starts above the window`).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height, `${locator.toString()} ends below the fold at ${String(size.width)}×${String(size.height)}`).toBeLessThanOrEqual(
    size.height,
  );
  expect(b.x + b.width, `${locator.toString()} runs off the right edge`).toBeLessThanOrEqual(size.width);
}

test('what a round needs is on screen without scrolling, at 1280×800 and up', async ({ browser, host }, testInfo) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  for (const name of GUESTS) await api.call('attendance.addGuest', { meetingId: meeting.id, displayName: name });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
  await api.call('live.command', {
    meetingId: meeting.id,
    command: { type: 'raiseHand', participantId: (await api.call('meeting.get', { meetingId: meeting.id })).seating[3] },
  });
  api.close();

  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(host.consoleUrl);
    const speaking = page.getByRole('status').filter({ hasText: /is speaking$/ });
    await expect(speaking).toHaveText('Ana is speaking');
    await page.screenshot({ path: testInfo.outputPath(`live-${String(size.width)}x${String(size.height)}.png`) });

    const controls = [
      speaking,
      page.locator('.speaker-box__time'),
      page.getByRole('button', { name: 'Next speaker' }),
      page.getByRole('button', { name: 'Pass', exact: true }),
      page.getByRole('button', { name: 'Pause timer' }),
      page.getByRole('button', { name: 'End turn' }),
      page.getByRole('button', { name: 'End round' }),
      page.getByRole('button', { name: 'Raise hand for Noor' }),
      page.getByRole('list', { name: 'Waiting to speak' }),
      page.getByRole('heading', { name: 'Check-in round' }),
      page.getByText(/^Next: Topic discussion/),
      page.getByRole('button', { name: 'Next item →' }),
    ];
    for (const control of controls) await expectInViewport(control, size);

    // The two cards sit side by side without overlapping.
    const speakingCard = await box(page.locator('#live-speaking'));
    const agendaCard = await box(page.getByRole('region', { name: /^Agenda/ }));
    expect(speakingCard.x + speakingCard.width).toBeLessThanOrEqual(agendaCard.x);
    // Nor do the panels further down: each fits its column, and the columns keep apart (they overlapped by 16 px at 1280).
    const overlaps = await page.evaluate(() => {
      const found: string[] = [];
      const columns = [...document.querySelectorAll('.live__grid > .live__column')].map((c) => c.getBoundingClientRect());
      columns.forEach((c, i) => {
        const next = columns[i + 1];
        if (next && c.top === next.top && c.right > next.left)
          found.push(`column ${String(i + 1)} runs ${String(c.right - next.left)} px into the next`);
      });
      for (const panel of document.querySelectorAll<HTMLElement>('.live__grid .panel')) {
        if (panel.scrollWidth > panel.clientWidth + 1) found.push(`${panel.querySelector('h2')?.textContent ?? 'a panel'} is wider than its column`);
      }
      return found;
    });
    expect(overlaps).toEqual([]);
    await page.close();
  }
});

test('R starts a round when none is under way, and never restarts one', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  await meetingUnderWay(api);
  api.close();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.consoleUrl);
  await expect(page.getByRole('button', { name: 'Start round' })).toBeVisible();
  await page.keyboard.press('r');
  const speaking = page.getByRole('status').filter({ hasText: /is speaking$/ });
  await expect(speaking).toHaveText('Ana is speaking');
  await page.keyboard.press('n');
  await expect(speaking).toHaveText('Ben is speaking');
  await page.keyboard.press('r');
  await page.keyboard.press('n');
  // Had R started the round again, Ana would be speaking once more.
  await expect(speaking).toHaveText('Cai is speaking');
});
