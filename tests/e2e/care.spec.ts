import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectApi, TEST_SCHEDULE, type TestApi } from '../support/api-client';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const DAY = 86_400_000;

/** The last `count` Tuesdays before today, oldest first, as ISO dates. */
function pastTuesdays(count: number): string[] {
  const today = new Date();
  let last = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DAY;
  while (new Date(last).getUTCDay() !== 2) last -= DAY;
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10));
}

/** An ISO date `days` from today. */
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * Four meetings held: everyone came to the first; then Ana and Eli (who asked
 * to be checked on), Ben (who asked too, and is now on a break) and Cai (who
 * did not ask) missed three in a row, while Dee kept coming.
 */
async function seed(api: TestApi) {
  const group = await api.call('group.create', { name: 'Tuesday Circle' });
  await api.call('group.update', { groupId: group.id, schedule: { ...TEST_SCHEDULE, startDate: '2024-01-02' } });
  const add = (displayName: string, checkOnMe: boolean) =>
    api.call('member.add', { groupId: group.id, displayName, checkOnMe, joinedOn: '2024-06-01' });
  const ana = await add('Ana', true);
  const ben = await add('Ben', true);
  const cai = await add('Cai', false);
  const dee = await add('Dee', true);
  const eli = await add('Eli', true);
  const [template] = await api.call('template.list', { groupId: group.id });
  const dates = pastTuesdays(4);
  for (const [i, date] of dates.entries()) {
    const meeting = await api.call('meeting.plan', { groupId: group.id, date, templateId: template?.id ?? null });
    const present = i === 0 ? [ana, ben, cai, dee, eli] : [dee];
    for (const m of present) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
    await api.call('live.start', { meetingId: meeting.id });
    await api.call('live.end', { meetingId: meeting.id });
  }
  await api.call('member.setBreak', { memberId: ben.id, until: daysFromNow(30) });
  await api.call('room.selectGroup', { groupId: group.id });
  return { group, ana, firstMeeting: dates[0] as string };
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test('the Care page: who to check in with, a break, a follow-up resolved, a personal goal by agreement', async ({ browser, host }) => {
  test.setTimeout(120_000);
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const { group, firstMeeting } = await seed(api);

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Care', exact: true }).click();
  await expect(page.getByText('Only you see this page. Nothing here is shown on the room’s screen or put in an export.')).toBeVisible();

  // Only those who asked to be checked on are named; the others are counted.
  const list = page.getByRole('list', { name: 'Members to check in with' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const ana = list.getByRole('listitem').filter({ hasText: 'Ana' });
  await expect(ana).toContainText('3 in a row');
  await expect(ana.locator(`time[datetime="${firstMeeting}"]`)).toBeVisible();
  await expect(ana).toContainText('Last reached outnot yet');
  await expect(list).toContainText('Eli');
  await expect(list).not.toContainText('Ben');
  await expect(list).not.toContainText('Cai');
  await expect(list).not.toContainText('Dee');
  await expect(page.getByText(/1 member who did not ask to be checked on has also missed 3 meetings in a row/)).toBeVisible();
  await expect(page.getByText(/1 member on a break is left in peace/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Check in with' })).not.toContainText('Cai');
  await noSidewaysScroll(page);
  expect(await violations(page), 'Care page, as it opens').toEqual([]);
  await page.screenshot({ path: `${SHOTS}care-1280x800.png` });

  // Reaching out: the date only.
  await page.getByRole('button', { name: 'Reached out to Ana today' }).click();
  await expect(ana).not.toContainText('not yet');
  const reached = (await api.call('checkIn.list', { groupId: group.id })).listed.find((e) => e.displayName === 'Ana')?.lastReachedOut;
  expect(reached).toBeTruthy();
  await expect(ana.locator(`time[datetime="${reached ?? ''}"]`)).toBeVisible();

  // Eli goes on a break: off the list, counted with Ben.
  await page.getByLabel('Eli: On a break until').fill(daysFromNow(14));
  await page.getByRole('button', { name: 'Put Eli on a break' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).not.toContainText('Eli');
  await expect(page.getByText(/2 members on a break are left in peace/)).toBeVisible();

  // A follow-up with a step, done, then resolved.
  const followUps = page.getByRole('region', { name: 'Follow-ups' });
  await followUps.getByLabel('What needs attention').fill('A sharp exchange about time-keeping');
  await followUps.getByRole('button', { name: 'Add follow-up' }).click();
  const open = followUps.getByRole('list', { name: 'Open follow-ups' });
  await expect(open.getByRole('heading', { name: 'A sharp exchange about time-keeping' })).toBeVisible();
  await open.getByLabel('Next step').fill('A quiet word with both after the meeting');
  await open.getByLabel('Who', { exact: true }).fill('Dee');
  await open.getByLabel('By when').fill(daysFromNow(7));
  await open.getByRole('button', { name: 'Add step' }).click();
  const step = open.getByRole('checkbox', { name: /A quiet word with both after the meeting — Dee, by/ });
  await expect(step).not.toBeChecked();
  await step.click();
  await expect(step).toBeChecked();

  // A personal goal: not kept without the member's agreement.
  const goals = page.getByRole('region', { name: 'Personal goals' });
  await goals.getByLabel('Member').selectOption({ label: 'Ana' });
  await goals.getByLabel('Their goal').fill('Call my sister once a week');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await expect(goals.getByRole('alert')).toContainText('agreement');
  await expect(goals.getByRole('list', { name: 'Ana' })).toHaveCount(0);
  await goals.getByLabel('They agreed to keep this goal here').check();
  await goals.getByRole('button', { name: 'Add goal' }).click();
  const anaGoals = goals.getByRole('list', { name: 'Ana' });
  await expect(anaGoals).toContainText('Call my sister once a week');
  await expect(goals.getByRole('alert')).toHaveCount(0);
  await anaGoals.getByLabel('Call my sister once a week: Check-in').fill('Called twice this fortnight');
  await anaGoals.getByRole('button', { name: 'Add check-in' }).click();
  const checkIns = anaGoals.getByRole('list', { name: 'Check-ins on: Call my sister once a week' });
  await expect(checkIns).toContainText('Called twice this fortnight');
  await expect(checkIns.locator('time')).toHaveCount(1);

  await noSidewaysScroll(page);
  expect(await violations(page), 'Care page, filled in').toEqual([]);
  await page.screenshot({ path: `${SHOTS}care-filled-1280x800.png`, fullPage: true });

  // Resolved: it leaves the open list and waits, folded, below.
  await open.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(open.getByRole('listitem')).toHaveCount(0);
  await expect(followUps.getByText('Nothing open.')).toBeVisible();
  await followUps.getByText('Resolved (1)').click();
  await expect(followUps.getByRole('list', { name: 'Resolved follow-ups' })).toContainText('A sharp exchange about time-keeping');
  expect(await violations(page), 'Care page, a follow-up resolved').toEqual([]);
  await page.screenshot({ path: `${SHOTS}care-resolved-1280x800.png`, fullPage: true });

  // Deleting asks first.
  await followUps.getByRole('button', { name: 'Delete follow-up: A sharp exchange about time-keeping' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this follow-up?' });
  await confirm.getByRole('button', { name: 'Delete follow-up' }).click();
  await expect(followUps.getByText('Resolved (1)')).toHaveCount(0);
  expect(await api.call('followUp.list', { groupId: group.id })).toEqual([]);
  api.close();
});
