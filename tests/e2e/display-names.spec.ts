import { expect, test } from './fixtures';
import { connectApi, TEST_SCHEDULE } from '../support/api-client';

test('each name on the display is isolated, so right-to-left names keep their order', async ({ browser, host }) => {
  const api = await connectApi(host.consoleUrl);
  const group = await api.call('group.create', { name: 'Tuesday Circle' });
  await api.call('group.update', { groupId: group.id, schedule: TEST_SCHEDULE });
  const members = [];
  for (const displayName of ['Ana', 'سامي', 'דוד']) members.push(await api.call('member.add', { groupId: group.id, displayName }));
  const [template] = await api.call('template.list', { groupId: group.id });
  const [slot] = await api.call('meeting.upcomingDates', { groupId: group.id, count: 1 });
  const meeting = await api.call('meeting.plan', { groupId: group.id, date: slot?.date ?? '2027-01-05', templateId: template?.id ?? null });
  for (const m of members) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await api.call('live.start', { meetingId: meeting.id });
  const live = (command: unknown) => api.call('live.command', { meetingId: meeting.id, command });
  await live({ type: 'nextItem' });
  await live({ type: 'startRound', mode: 'seating' });

  const display = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await display.goto(host.displayUrl);
  await expect(display.getByRole('heading', { name: 'Speaking: Ana' })).toBeVisible();
  await expect(display.locator('.display-speaker > bdi')).toHaveText('Ana');
  const upNext = display.locator('.display-up-next');
  await expect(upNext).toHaveText('Up next: سامي, דוד');
  await expect(upNext.locator('bdi')).toHaveText(['سامي', 'דוד']);

  await live({ type: 'nextSpeaker' });
  await expect(display.getByRole('heading', { name: 'Speaking: سامي' })).toBeVisible();
  await expect(display.locator('.display-speaker > bdi')).toHaveText('سامي');
  await expect(upNext.locator('bdi')).toHaveText(['דוד']);
  api.close();
});
