import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { connectApi, TEST_SCHEDULE, type TestApi } from '../support/api-client';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const NAMES = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'];
const DAY = 86_400_000;

/** The 52 Tuesdays before today, oldest first, as ISO dates: a year of weekly meetings that have happened. */
function pastTuesdays(count: number): string[] {
  const today = new Date();
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let last = day - DAY;
  while (new Date(last).getUTCDay() !== 2) last -= DAY;
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10));
}

interface Seeded {
  groupId: string;
  /** Per held meeting, by date: members present, guests, and the check-out answers recorded. */
  held: Map<string, { members: number; guests: number }>;
  cancelled: string[];
}

/**
 * A year of meetings through the API, as a facilitator would have run them:
 * attendance that varies (6, 5 or 4 members; a guest every fourth week), a
 * round each time, three check-out answers most weeks (two in some, below
 * the threshold), and one meeting cancelled.
 */
async function seedYear(api: TestApi): Promise<Seeded> {
  const group = await api.call('group.create', { name: 'Tuesday Circle, "Old Hall"' });
  await api.call('group.update', { groupId: group.id, schedule: { ...TEST_SCHEDULE, startDate: '2024-01-02' } });
  const members = [];
  for (const name of NAMES) members.push(await api.call('member.add', { groupId: group.id, displayName: name, joinedOn: '2024-06-01' }));
  const [template] = await api.call('template.list', { groupId: group.id });
  const dates = pastTuesdays(52);
  const held = new Map<string, { members: number; guests: number }>();
  const cancelled: string[] = [];
  for (const [i, date] of dates.entries()) {
    const meeting = await api.call('meeting.plan', { groupId: group.id, date, templateId: template?.id ?? null });
    if (i === 20) {
      await api.call('meeting.cancel', { meetingId: meeting.id });
      cancelled.push(date);
      continue;
    }
    const present = members.slice(0, 6 - (i % 3));
    for (const m of present) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
    const guests = i % 4 === 0 ? 1 : 0;
    if (guests) await api.call('attendance.addGuest', { meetingId: meeting.id, displayName: 'Visitor' });
    await api.call('live.start', { meetingId: meeting.id });
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
    for (let turn = 0; turn < present.length + guests; turn++)
      await api.call('live.command', { meetingId: meeting.id, command: { type: 'nextSpeaker' } });
    await api.call('live.end', { meetingId: meeting.id });
    const answers = i % 5 === 0 ? 2 : 3;
    for (let a = 0; a < answers; a++)
      await api.call('checkout.record', { meetingId: meeting.id, rating: 3 + (a % 3), heard: a === 0 ? 'somewhat' : 'yes' });
    held.set(date, { members: present.length, guests });
  }
  // The same survey asked twice (a copy with the same questions), three answers each time: compared run by run.
  for (const ratings of [
    [2, 3, 3],
    [4, 4, 5],
  ]) {
    const survey = await api.call('survey.create', {
      groupId: group.id,
      title: 'How are we doing?',
      questions: [
        { kind: 'rating', prompt: 'How welcome do you feel?' },
        { kind: 'yes_no', prompt: 'Is the time right?' },
      ],
    });
    const [welcome, time] = survey.questions;
    for (const rating of ratings) {
      await api.call('survey.respond', { surveyId: survey.id, answers: { [welcome?.id ?? '']: rating, [time?.id ?? '']: rating > 3 } });
    }
  }
  return { groupId: group.id, held, cancelled };
}

/** axe's findings on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The rows of a report's table view, cell texts in order. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')));
}

test('a year of meetings in the reports: charts, their tables, a range change, and a CSV that reads back the same', async ({ browser, host }) => {
  test.setTimeout(180_000);
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const seeded = await seedYear(api);
  await api.call('room.selectGroup', { groupId: seeded.groupId });
  api.close();

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Reports/ })).toBeVisible();

  // Every report drew a chart, and says in words what changed.
  for (const title of ['Attendance', 'Participation balance', 'Support felt', 'Time', 'Surveys over time', 'Members over time']) {
    const card = page.getByRole('region', { name: title, exact: true });
    // Charts are drawn as they come near the screen.
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator('.report-chart .recharts-wrapper > svg').first()).toBeVisible();
    await expect(card.locator('.report-card__summary')).not.toBeEmpty();
    await card.screenshot({ path: `${SHOTS}report-${title.toLowerCase().replace(/\s+/g, '-')}-1440x900.png` });
  }
  expect(await violations(page), 'Reports page').toEqual([]);
  const attendance = page.getByRole('region', { name: 'Attendance', exact: true });
  // Bars in the chart: one per held meeting for members, one per meeting with a guest.
  const withGuests = [...seeded.held.values()].filter((h) => h.guests > 0).length;
  await expect(attendance.locator('.recharts-bar-rectangle')).toHaveCount(seeded.held.size + withGuests);

  // The table view holds the same numbers as what was seeded.
  await attendance.getByRole('button', { name: 'Show as a table' }).click();
  const rows = await tableRows(page, 'Attendance per meeting');
  expect(rows).toHaveLength(seeded.held.size + seeded.cancelled.length);
  const heldRows = rows.filter((r) => r[1] !== 'cancelled');
  expect(heldRows.map((r) => Number(r[1]))).toEqual([...seeded.held.values()].map((h) => h.members));
  expect(heldRows.map((r) => Number(r[2]))).toEqual([...seeded.held.values()].map((h) => h.guests));
  expect(await violations(page), 'Reports page, a table view').toEqual([]);

  // The CSV says the same, quotes and all.
  const download = page.waitForEvent('download');
  await attendance.getByRole('button', { name: 'Attendance CSV' }).click();
  const text = await readFile((await (await download).path()) ?? '', 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const csvHeld = parsed.data.filter((r) => r.Held === 'yes');
  expect(csvHeld.map((r) => r.Date)).toEqual([...seeded.held.keys()]);
  expect(csvHeld.map((r) => Number(r['Members present']))).toEqual([...seeded.held.values()].map((h) => h.members));
  expect(parsed.data.filter((r) => r.Held === 'cancelled').map((r) => r.Date)).toEqual(seeded.cancelled);
  for (const name of NAMES) expect(text).not.toContain(name);

  // The survey's two runs side by side: the mean welcome rating went from 2.7 to 4.3.
  const surveys = page.getByRole('region', { name: 'Surveys over time', exact: true });
  await surveys.scrollIntoViewIfNeeded();
  const runs = await tableRows(page, '“How are we doing?”, run by run');
  expect(runs[0]?.slice(1).map((cell) => cell.split(' ')[0])).toEqual(['2.7', '4.3']);
  await expect(surveys.locator('.recharts-bar-rectangle')).toHaveCount(2);

  // Support felt: meetings with two answers show nothing, in the table as in the CSV.
  const support = page.getByRole('region', { name: 'Support felt', exact: true });
  await support.getByRole('button', { name: 'Show as a table' }).click();
  const supportRows = await tableRows(page, 'Check-out answers per meeting');
  expect(supportRows.filter((r) => r[1] === '2').every((r) => r[2] === 'fewer than 3 answers')).toBe(true);
  expect(supportRows.filter((r) => r[1] === '3').every((r) => r[2] === '0 · 0 · 1 · 1 · 1')).toBe(true);

  // A shorter range: the last three months hold only the meetings of those months.
  await page.getByRole('button', { name: 'Last 3 months' }).click();
  const threeMonthsAgo = new Date(Date.now() - 92 * DAY).toISOString().slice(0, 10);
  const recent = [...seeded.held.keys()].filter((d) => d >= threeMonthsAgo).length;
  await expect.poll(async () => (await tableRows(page, 'Attendance per meeting')).length).toBeGreaterThanOrEqual(recent - 1);
  expect((await tableRows(page, 'Attendance per meeting')).length).toBeLessThanOrEqual(recent + 1);

  // Per-member figures: absent, and absent from the exports, until ticked.
  await expect(page.getByRole('region', { name: /^Each member’s share/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'All' }).click();
  await page.getByLabel(/Show each member’s own figures/).check();
  const shares = page.getByRole('region', { name: /^Each member’s share/ });
  await shares.scrollIntoViewIfNeeded();
  await expect(shares.locator('.report-chart .recharts-wrapper > svg')).toBeVisible();
  await shares.getByRole('button', { name: 'Show as a table' }).click();
  expect((await tableRows(page, 'Each member over the range')).map((r) => r[0]).sort()).toEqual([...NAMES].sort());

  // The printed page (and so the PDF in browser mode) leaves the controls out.
  // Printing draws every chart first (beforeprint), whatever has been scrolled to.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Save the page as PDF' })).toBeHidden();
  await page.getByLabel(/Show each member’s own figures/).evaluate((el) => (el as HTMLInputElement).click());
  await expect(page.getByRole('region', { name: /^Each member’s share/ })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}reports-as-printed.png`, fullPage: true });
  await context.close();
});
