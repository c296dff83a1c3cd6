import { expect, test } from './fixtures';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';

test('a crash mid-meeting resumes where it was: speaker, round, timer and queue', async ({ browser, host, dataDir }) => {
  const api = await connectApi(host.consoleUrl);
  const { meeting, members } = await groupWithPlannedMeeting(api);
  for (const m of members) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await api.call('live.start', { meetingId: meeting.id });
  const live = (command: unknown) => api.call('live.command', { meetingId: meeting.id, command });
  await live({ type: 'nextItem' });
  await live({ type: 'startRound', mode: 'seating' });
  await live({ type: 'nextSpeaker' }); // Ben speaks; Ana's turn is recorded
  await live({ type: 'toggleTimer' }); // paused, so the time on screen is exact
  await live({ type: 'raiseHand', participantId: members[4]!.id });
  const before = await api.call('meeting.get', { meetingId: meeting.id });
  api.close();

  const display = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await display.goto(host.displayUrl);
  await expect(display.getByRole('heading', { name: 'Speaking: Ben' })).toBeVisible();
  const shown = await display.locator('.timer-numerals').innerText();

  // The process dies without any shutdown code; then the app is started again.
  await host.kill();
  await expect(display.getByText('Reconnecting…')).toBeVisible();
  const again = await startHostProcess(dataDir, host.port);
  try {
    await expect(display.getByText('Reconnecting…')).toHaveCount(0, { timeout: 15_000 });
    await expect(display.getByRole('heading', { name: 'Speaking: Ben' })).toBeVisible();
    await expect(display.getByText('Up next: Cai, Dee')).toBeVisible();
    await expect(display.locator('.timer-numerals')).toHaveText(shown);
    await expect(display.getByText('Paused — left')).toBeVisible();

    const check = await connectApi(again.consoleUrl);
    const after = await check.call('meeting.get', { meetingId: meeting.id });
    expect(after.live?.round).toEqual(before.live?.round);
    expect(after.live?.queue).toEqual(before.live?.queue);
    expect(after.live?.turns).toEqual(before.live?.turns);
    expect(after.live?.speaker).toEqual(before.live?.speaker);
    expect(after.attendance).toEqual(before.attendance);
    check.close();
  } finally {
    await again.stop();
  }
});
