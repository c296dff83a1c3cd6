import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Locale } from '#shared/i18n/locales';
import { expect, test } from './fixtures';
import { connectApi, TEST_SCHEDULE, type TestApi } from '../support/api-client';
import { consoleCatalog, consoleSays, englishPhrases } from '../support/catalogs';
import { englishLeft } from '../support/english-left';

/*
 * Every page of the console in every shipped language beside English, with a
 * group that has a history (meetings held, check-outs, a survey, a goal, a
 * partner and an event, a suggestion), so each page shows its real content
 * rather than its empty state: none of the app's English left, no date in
 * ISO form, nothing wider than a 1280×800 laptop, and nothing for axe to find.
 */
const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const DAY = 86_400_000;
const PAGES = ['group', 'members', 'care', 'agendas', 'meetings', 'partners', 'feedback', 'reports', 'safekeeping', ''] as const;

const CASES: { locale: Locale; dir: 'ltr' | 'rtl'; group: string; members: string[] }[] = [
  { locale: 'es', dir: 'ltr', group: 'Círculo del martes', members: ['Ana', 'Bruno', 'Carmen', 'Diego', 'Elena', 'Fátima'] },
  { locale: 'de', dir: 'ltr', group: 'Dienstagskreis', members: ['Anna', 'Bernd', 'Clara', 'Dana', 'Emil', 'Frieda'] },
  { locale: 'ar', dir: 'rtl', group: 'حلقة الثلاثاء', members: ['سلمى', 'Ben', 'كريم', 'ليلى', 'Dee', 'يوسف'] },
];

/** The Tuesdays before today, oldest first. */
function pastTuesdays(count: number): string[] {
  const today = new Date();
  let last = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DAY;
  while (new Date(last).getUTCDay() !== 2) last -= DAY;
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * 7 * DAY).toISOString().slice(0, 10));
}

/** A group of some months' standing, made in the language, with something on every page. */
async function seedHistory(api: TestApi, c: (typeof CASES)[number]) {
  const group = await api.call('group.create', { name: c.group, language: c.locale });
  await api.call('group.update', {
    groupId: group.id,
    schedule: { ...TEST_SCHEDULE, startDate: '2025-01-07' },
    purpose: c.group,
    objectives: [c.members.join(' · ')],
  });
  const members = [];
  for (const name of c.members) members.push(await api.call('member.add', { groupId: group.id, displayName: name, joinedOn: '2025-01-07' }));
  const [template] = await api.call('template.list', { groupId: group.id });
  for (const [i, date] of pastTuesdays(8).entries()) {
    const meeting = await api.call('meeting.plan', { groupId: group.id, date, templateId: template?.id ?? null });
    // The last member drifts away after the fourth meeting: the Care page has someone to check in with.
    const present = members.slice(0, i < 4 ? 6 : 5);
    for (const m of present) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
    await api.call('live.start', { meetingId: meeting.id });
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
    for (let turn = 0; turn < present.length; turn++) await api.call('live.command', { meetingId: meeting.id, command: { type: 'nextSpeaker' } });
    await api.call('live.end', { meetingId: meeting.id });
    for (let a = 0; a < 3; a++)
      await api.call('checkout.record', { meetingId: meeting.id, rating: 3 + (a % 3), heard: a === 0 ? 'somewhat' : 'yes' });
  }
  const [next] = await api.call('meeting.upcomingDates', { groupId: group.id, count: 1 });
  await api.call('meeting.plan', { groupId: group.id, date: next?.date ?? '2027-01-05', templateId: template?.id ?? null });
  await api.call('goal.create', {
    groupId: group.id,
    objective: c.members.join(' · '),
    what: c.group,
    measure: c.members.join(', '),
    byWhen: '2027-06-30',
  });
  const partner = await api.call('partner.create', { groupId: group.id, name: `${c.group} · ${c.members[0] ?? ''}` });
  await api.call('event.create', {
    groupId: group.id,
    kind: 'workshop',
    title: c.group,
    date: new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10),
    startTime: '14:00',
    endTime: '16:00',
    partnerId: partner.id,
  });
  const survey = await api.call('survey.create', { groupId: group.id, title: c.group, questions: [{ kind: 'rating', prompt: c.group }] });
  for (const rating of [3, 4, 5]) await api.call('survey.respond', { surveyId: survey.id, answers: { [survey.questions[0]?.id ?? '']: rating } });
  await api.call('suggestion.add', { groupId: group.id, text: c.members.join(' ') });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const c of CASES) {
  test(`every console page in ${c.locale}, with a group's history`, async ({ browser, host }) => {
    test.setTimeout(240_000);
    await mkdir(SHOTS, { recursive: true });
    const say = consoleSays(c.locale);
    const english = englishPhrases(c.locale, consoleCatalog);
    const api = await connectApi(host.consoleUrl);
    await seedHistory(api, c);
    api.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((chosen) => localStorage.setItem('circlekeeper.consoleLocale', chosen), c.locale);
    const page = await context.newPage();
    await page.goto(host.consoleUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', c.locale);
    await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
    const nav = page.getByRole('navigation', { name: say('shell.nav.label') });
    for (const id of PAGES) {
      await nav.getByRole('link', { name: say(`shell.nav.${id || 'live'}`), exact: true }).click();
      await expect(page.locator('main h2').first()).toBeVisible();
      // Let the page's data arrive: nothing still says it is loading.
      await expect(page.getByText(say('shell.loading'), { exact: true })).toHaveCount(0);
      const name = id || 'live';
      expect(await englishLeft(page.locator('body'), english), `${name}: English left`).toEqual([]);
      expect(await page.locator('body').innerText(), `${name}: a date in ISO form`).not.toMatch(ISO_DATE);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name}: wider than the laptop`).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `${name}: axe`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}console-every-page-${name}-${c.locale}-1280x800.png`, fullPage: true });
    }
    await context.close();
  });
}
