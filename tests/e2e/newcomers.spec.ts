import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { expect, test } from './fixtures';

/**
 * A member's first meeting is pointed out at check-in so the facilitator can
 * welcome them, and their agreement to the ground rules is recorded there
 * and then. Once they have been to a meeting, the mark goes.
 */
test('newcomers are marked at check-in, agree to the ground rules on the spot, and are not marked once they have come', async ({ page, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { group, members, meeting } = await groupWithPlannedMeeting(api);
  const [ana, ben] = members;
  if (!ana || !ben) throw new Error('The group has no members.');

  await page.goto(host.consoleUrl);
  const attendance = page.getByRole('region', { name: /^Attendance/ });
  const row = (name: string) => attendance.getByRole('listitem').filter({ has: page.getByRole('button', { name: new RegExp(`^${name}:`) }) });
  await expect(attendance.getByText('First meeting: welcome them')).toHaveCount(members.length);
  await row('Ana').getByRole('button', { name: 'Ana agreed to the ground rules' }).click();
  await expect(row('Ana').getByText('Agreed to the ground rules ✓')).toBeVisible();
  const stored = (await api.call('member.list', { groupId: group.id })).find((m) => m.id === ana.id);
  expect(stored?.agreement?.rulesVersion).toBe(1);

  // Ana comes to this meeting; at the next one only the others are still to have their first.
  await api.call('attendance.mark', { meetingId: meeting.id, memberId: ana.id, status: 'present' });
  await api.call('live.start', { meetingId: meeting.id });
  await api.call('live.end', { meetingId: meeting.id });
  const [slot] = await api.call('meeting.upcomingDates', { groupId: group.id, count: 1 });
  await api.call('meeting.plan', { groupId: group.id, date: slot?.date ?? '2027-01-12', templateId: null });
  api.close();
  await page.getByRole('button', { name: 'Done with this meeting' }).click();
  await expect(attendance.getByText('First meeting: welcome them')).toHaveCount(members.length - 1);
  await expect(row('Ana').getByText('First meeting: welcome them')).toHaveCount(0);
  await expect(row('Ben').getByText('First meeting: welcome them')).toBeVisible();
});
