import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectApi, SIX, TEST_SCHEDULE } from '../support/api-client';

/*
 * The room's screen in the group's language (issue 17): the facilitator
 * picks it on the Group page and the display switches without a restart.
 * Every display mode is shot at 1920x1080 in Spanish and in Arabic (right to
 * left), with no English of the app's own left on screen, nothing cut off,
 * and nothing for axe to find.
 */
const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const SIZE = { width: 1920, height: 1080 };

/** What the app itself says in English on the room's screen: none of it may show in another language. */
const ENGLISH = [
  'Welcome to',
  'Our ground rules',
  'Today’s agenda',
  'Up next',
  'Nearly time',
  'Time — over',
  'left',
  'Speaking',
  'We start again',
  'Time to come back',
  'Let’s pause',
  'Breathe',
  'Our purpose',
  'Other goals',
  'On track',
  'Stuck',
  'Coming up',
  'Workshop',
  'Social',
  ' with ',
  ' by ',
  'Break',
  'Connecting',
  'The meeting will begin',
];

const CASES = [
  {
    locale: 'es',
    dir: 'ltr',
    option: 'Español',
    group: 'Círculo del martes',
    message: 'Hay té y galletas en la cocina: sírvanse',
    welcome: 'Les damos la bienvenida a',
    partner: 'Centro Comunitario Ribera',
    events: ['Taller de sueño y estrés', 'Paseo de invierno y té'],
    purpose: 'Un lugar donde las personas cuidadoras se sienten escuchadas.',
    objectives: ['Sentirnos menos solos', 'Compartir lo que ayuda'],
    goal: { what: 'Una lista de lo que ayuda, hecha entre todos', measure: 'Impresa y repartida' },
    stuck: 'Una velada para recién llegados cada estación',
  },
  {
    locale: 'ar',
    dir: 'rtl',
    option: 'العربية',
    group: 'حلقة الثلاثاء',
    message: 'الشاي والبسكويت في المطبخ، تفضلوا',
    welcome: 'أهلًا بكم في',
    partner: 'مركز النهر المجتمعي',
    events: ['ورشة النوم والتوتر', 'نزهة شتوية وشاي'],
    purpose: 'مكان يشعر فيه مقدمو الرعاية بأنهم مسموعون.',
    objectives: ['أن نشعر بوحدة أقل', 'أن نتشارك ما يساعد'],
    goal: { what: 'قائمة بما يساعد نعدّها معًا', measure: 'مطبوعة وموزعة' },
    stuck: 'أمسية للقادمين الجدد كل فصل',
  },
] as const;

/** Everything visible sits inside the screen: nothing cut off at the edges. */
async function expectAllOnScreen(page: Page) {
  const outside = await page.evaluate(({ width, height }) => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.display-screen *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > width + 1 || r.bottom > height + 1)
        bad.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30) ?? ''}`);
    }
    return bad;
  }, SIZE);
  expect(outside).toEqual([]);
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const c of CASES) {
  test(`the room's screen in ${c.option}: every mode, chosen on the Group page`, async ({ browser, host }) => {
    test.setTimeout(180_000);
    await mkdir(SHOTS, { recursive: true });
    const api = await connectApi(host.consoleUrl);
    // The group's own content (ground rules, agenda) in its language, as the console offers it.
    const group = await api.call('group.create', { name: c.group, language: c.locale });
    await api.call('group.update', { groupId: group.id, schedule: TEST_SCHEDULE, roomLocale: 'en' });
    const members = [];
    for (const name of SIX) members.push(await api.call('member.add', { groupId: group.id, displayName: name }));
    const [template] = await api.call('template.list', { groupId: group.id });
    const [slot] = await api.call('meeting.upcomingDates', { groupId: group.id, count: 1 });
    const meeting = await api.call('meeting.plan', { groupId: group.id, date: slot?.date ?? '2027-01-05', templateId: template?.id ?? null });

    // axe needs pages from a context of their own; the page's clock is faked to show the timer's phases.
    const display = await (await browser.newContext({ viewport: SIZE })).newPage();
    await display.clock.install();
    await display.goto(host.displayUrl);
    await expect(display.locator('[data-screen="welcome"]')).toContainText('Welcome to');
    await expect(display.locator('html')).toHaveAttribute('lang', 'en');

    // The facilitator chooses the room's language on the Group page; the open display follows at once.
    const console = await browser.newPage();
    await console.goto(host.consoleUrl);
    await console.getByRole('link', { name: 'Group' }).click();
    const select = console.getByLabel('Room screen language', { exact: true });
    await expect(select).toHaveValue('en');
    await select.selectOption(c.locale);
    await expect(console.getByRole('status').filter({ hasText: 'The room screen now shows this language.' })).toBeVisible();
    await expect(display.locator('[data-screen="welcome"]')).toContainText(c.welcome);
    await expect(display.locator('html')).toHaveAttribute('lang', c.locale);
    await expect(display.locator('html')).toHaveAttribute('dir', c.dir);
    await expect(display.locator('main.display-root')).toHaveAttribute('dir', c.dir);
    // The console keeps the facilitator's language.
    await expect(console.locator('html')).toHaveAttribute('lang', 'en');
    await expect(console.locator('html')).toHaveAttribute('dir', 'ltr');
    await console.close();

    const shoot = async (name: string, screen: string) => {
      await expect(display.locator(`[data-screen="${screen}"]`)).toBeVisible();
      await expectAllOnScreen(display);
      const text = await display.locator('main').innerText();
      const label = (await display.locator('[aria-label]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).join(' | '))) ?? '';
      for (const english of ENGLISH) {
        expect(text, `${name}: “${english}” on screen`).not.toContain(english);
        expect(label, `${name}: “${english}” read out`).not.toContain(english);
      }
      expect(await violations(display), `${name}: axe`).toEqual([]);
      await display.screenshot({ path: `${SHOTS}display-${name}-${c.locale}-1920x1080.png` });
    };

    const live = (command: unknown) => api.call('live.command', { meetingId: meeting.id, command });
    await shoot('welcome', 'welcome');
    await api.call('room.setMode', { mode: 'ground_rules' });
    await shoot('ground-rules', 'ground_rules');
    for (const m of members) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
    await api.call('live.start', { meetingId: meeting.id });
    await api.call('room.setMode', { mode: 'agenda' });
    await live({ type: 'nextItem' });
    await shoot('agenda', 'agenda');

    await api.call('room.setMode', { mode: 'auto' });
    await live({ type: 'startRound', mode: 'seating' });
    await shoot('speaker', 'speaker');
    await display.clock.fastForward(65_000);
    await expect(display.locator('.timer--warning')).toBeVisible();
    await shoot('speaker-warning', 'speaker');
    await display.clock.fastForward(40_000);
    await expect(display.locator('.timer--over')).toBeVisible();
    await expect(display.locator('.timer-numerals')).toHaveText(/^\+0:1\d$/);
    await shoot('speaker-over', 'speaker');
    await api.call('room.setTimerDisplay', { timerDisplay: 'ring' });
    await expect(display.locator('.timer-ring')).toBeVisible();
    await shoot('speaker-ring', 'speaker');
    await api.call('room.setTimerDisplay', { timerDisplay: 'numbers' });

    await api.call('room.setMessage', { message: c.message });
    await shoot('message', 'message');
    await api.call('room.setMode', { mode: 'auto' });
    await live({ type: 'nextItem' });
    await live({ type: 'nextItem' });
    await shoot('break', 'break');
    await api.call('room.toggleBlank', {});
    await shoot('blank', 'blank');
    await api.call('room.toggleBlank', {});
    await api.call('room.togglePause', {});
    await shoot('pause', 'pause');
    await api.call('room.togglePause', {});

    await api.call('group.update', { groupId: group.id, purpose: c.purpose, objectives: [...c.objectives] });
    await api.call('goal.create', { groupId: group.id, objective: c.objectives[1], ...c.goal, byWhen: '2027-06-30' });
    await api.call('goal.create', {
      groupId: group.id,
      objective: c.objectives[0],
      what: c.goal.what.slice(0, 20),
      measure: c.goal.measure,
      status: 'stuck',
    });
    await api.call('room.setMode', { mode: 'purpose' });
    await shoot('purpose', 'purpose');

    const partner = await api.call('partner.create', { groupId: group.id, name: c.partner });
    const day = (days: number) => new Date(meeting.startsAt + days * 86_400_000).toISOString().slice(0, 10);
    await api.call('event.create', {
      groupId: group.id,
      kind: 'workshop',
      title: c.events[0],
      date: day(7),
      startTime: '14:00',
      endTime: '16:00',
      place: c.partner,
      partnerId: partner.id,
    });
    await api.call('event.create', { groupId: group.id, kind: 'social', title: c.events[1], date: day(14), startTime: '12:00', endTime: '15:00' });
    await api.call('room.setMode', { mode: 'coming_up' });
    await shoot('coming-up', 'coming_up');

    // No group in the room: the room's language is English again, as the console says when it shows none.
    await api.call('room.selectGroup', { groupId: null });
    await expect(display.locator('[data-screen="idle"]')).toContainText('The meeting will begin shortly');
    await expect(display.locator('html')).toHaveAttribute('dir', 'ltr');
    api.close();
  });
}
