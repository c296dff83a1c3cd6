import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { connectApi, meetingUnderWay } from '../support/api-client';

/** axe on the page as it is, in this language: lang attributes right, names and contrast as in English. */
async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SCREENSHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const live = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../shared/i18n/messages/${locale}/console-live.json`, import.meta.url), 'utf8')) as Record<string, string>;

/**
 * The live page in Spanish and in Arabic at a laptop's 1280×800: its words
 * come from the language's catalog, Arabic runs right to left (the speaking
 * card on the right, the agenda beside it on the left), and a screenshot of
 * each is kept for a person to look over.
 */
for (const { locale, messages, dir } of [
  { locale: 'es', messages: live('es'), dir: 'ltr' },
  { locale: 'ar', messages: live('ar'), dir: 'rtl' },
] as const) {
  test(`the live page in ${locale}, at 1280×800`, async ({ browser, host }) => {
    const api = await connectApi(host.consoleUrl);
    const { meeting } = await meetingUnderWay(api);
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
    const seating = (await api.call('meeting.get', { meetingId: meeting.id })).seating;
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'raiseHand', participantId: seating[3] } });
    api.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript((chosen) => localStorage.setItem('circlekeeper.consoleLocale', chosen), locale);
    await page.goto(host.consoleUrl);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('button', { name: messages['speaking.nextSpeaker'] ?? '' })).toBeVisible();
    await expect(page.getByRole('heading', { name: messages['speaking.title'] ?? '' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next speaker' })).toHaveCount(0);

    const speaking = await page.locator('#live-speaking').boundingBox();
    const agenda = await page.locator('section[aria-labelledby="runner-title"]').boundingBox();
    if (!speaking || !agenda) throw new Error('The live cards are not on the page');
    if (dir === 'rtl') expect(agenda.x + agenda.width).toBeLessThanOrEqual(speaking.x);
    else expect(speaking.x + speaking.width).toBeLessThanOrEqual(agenda.x);

    await mkdir(SCREENSHOTS, { recursive: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `console-live-${locale}-1280x800.png`) });
    await page.screenshot({ path: join(SCREENSHOTS, `console-live-${locale}-1280x800-full.png`), fullPage: true });
    await page.locator('section[aria-labelledby="runner-title"]').screenshot({ path: join(SCREENSHOTS, `console-live-${locale}-agenda-card.png`) });
    await context.close();
  });
}
