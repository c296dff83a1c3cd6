import { expect, test } from './fixtures';
import { connectApi, meetingUnderWay } from '../support/api-client';

/**
 * A key press during the meeting costs one command: the console takes the
 * meeting under way from the change event and refetches no list, so the
 * cost of a key press does not grow with the group's history.
 */
test('one live key press sends one command and refetches nothing', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await meetingUnderWay(api);
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
  api.close();

  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const sent: { method?: string }[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      const message = JSON.parse(String(frame.payload)) as { type?: string; method?: string };
      if (message.type === 'call') sent.push(message);
    });
  });
  await page.goto(host.consoleUrl);
  const speaking = page.getByRole('status').filter({ hasText: /is speaking$/ });
  await expect(speaking).toHaveText('Ana is speaking');
  // Let the page finish loading what it shows, then count from the key press on.
  await expect.poll(() => sent.length).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  sent.length = 0;

  await page.keyboard.press('n');
  await expect(speaking).toHaveText('Ben is speaking');
  // Events from the page reach the test in order: after this round trip, every frame sent before it has been seen.
  await page.evaluate(() => 0);
  expect(sent.map((m) => m.method)).toEqual(['live.command']);
});
