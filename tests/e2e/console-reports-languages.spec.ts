import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { generateHistory } from '../bench/scale/history-generator';
import { startHostProcess } from '../support/browser-host-process';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** The Reports page's own messages in a locale, as the console names them ("card.attendance"). */
function reportsCatalog(locale: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../../shared/i18n/messages/${locale}/console-reports.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
}

/** axe on the page as it is, in this language: lang attributes right, names and contrast as in English. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The last Tuesday before today, so the history ends in the page's ranges whenever this runs. */
function lastTuesday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Words of the English Reports page (titles, chart legends, table heads,
 * summary lines and totals) that must not be left on the page in another
 * language. The generated group's own words (its name, its survey's
 * questions) are English and are not in this list.
 */
const ENGLISH = [
  'Attendance',
  'Participation balance',
  'Support felt',
  'Surveys over time',
  'Members over time',
  'Each member’s share',
  'Show as a table',
  'Show the chart',
  'Members present',
  'Rolling average',
  'Guests',
  'Share who spoke',
  'Speaking-time Gini',
  'Heard: yes',
  'Mean rating',
  'How the sessions were rated',
  'Planned minutes',
  'Actual minutes',
  'Joined',
  'On a break',
  'Members at the end',
  'Heard from',
  'Still coming',
  'Erased member',
  'Share of attendance',
  'a meeting since',
  'of those present spoke',
  'out of 5',
  'ran over',
  'was run',
  'joined and',
  'meetings with',
  'passes',
  'answers',
  'months',
  'Run 1',
  'Review',
  'Date',
  'Question',
  'Quarter',
  'Last 12 months',
  'Save the page as PDF',
];

/** A card by its title, each scrolled to and drawn (charts draw as they come near the screen). */
async function everyCardDrawn(page: Page, titles: string[]) {
  for (const title of titles) {
    const card = page.getByRole('region', { name: title, exact: true });
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator('.report-chart .recharts-wrapper > svg').first()).toBeVisible();
    await expect(card.locator('.report-card__summary')).not.toBeEmpty();
  }
}

async function englishLeft(page: Page): Promise<string[]> {
  const text = (await page.locator('.reports').innerText()) + (await page.locator('.reports svg').allTextContents()).join(' ');
  // As whole words: German "Daten" is not the English "Date".
  const asWords = (phrase: string) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');
  return ENGLISH.filter((phrase) => asWords(phrase).test(text));
}

/**
 * The Reports page in Spanish, German and Arabic (right to left) at a
 * laptop's size, over two years of weekly meetings with check-outs, speaking
 * times, members coming and going and a survey asked twice: every card
 * drawn, its words, numbers and dates in the language, no English left, axe
 * clean, in the chart view and in the table view. Screenshots are kept.
 */
for (const locale of ['es', 'de', 'ar'] as const) {
  test(`the Reports page in ${locale}`, async ({ browser, dataDir }) => {
    test.setTimeout(240_000);
    await mkdir(SHOTS, { recursive: true });
    await writeFile(join(dataDir, 'circlekeeper.json'), JSON.stringify(generateHistory({ years: 2, members: 60, endDate: lastTuesday() })));
    const host = await startHostProcess(dataDir);
    const catalog = reportsCatalog(locale);
    const word = (id: string): string => {
      const message = catalog[id];
      if (message === undefined) throw new Error(`No message reports.${id} in ${locale}`);
      return message;
    };
    const titles = ['card.attendance', 'card.participation', 'card.shares', 'card.support', 'card.time', 'card.surveys', 'card.members'].map(word);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript((chosen) => localStorage.setItem('circlekeeper.consoleLocale', chosen), locale);
      const page = await context.newPage();
      await page.goto(host.consoleUrl.replace('#/console', '#/console/reports'));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${word('title').split(' ')[0] ?? ''}`) })).toBeVisible();

      // The whole history (both runs of the survey), and each member's figures ticked in.
      await page.getByRole('button', { name: word('range.all'), exact: true }).click();
      await page.getByLabel(word('perMember')).check();
      await everyCardDrawn(page, titles);

      expect(await englishLeft(page), `English left on the Reports page in ${locale}`).toEqual([]);
      // No ISO date is shown: dates are written the locale's way.
      expect(await page.locator('.reports').innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `Reports in ${locale}`).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}console-reports-${locale}-1280x800.png` });
      await page.screenshot({ path: `${SHOTS}console-reports-${locale}-full-1280x800.png`, fullPage: true });
      // Each card on its own, at full size, for a reader to check nothing is cut off.
      for (const [i, title] of titles.entries())
        await page
          .getByRole('region', { name: title, exact: true })
          .screenshot({ path: `${SHOTS}console-reports-${locale}-card-${String(i + 1)}.png` });

      // Every card as its table: the same, in the language.
      for (const title of titles) {
        const card = page.getByRole('region', { name: title, exact: true });
        await card.getByRole('button', { name: word('card.showTable'), exact: true }).click();
        await expect(card.locator('table').first()).toBeVisible();
      }
      expect(await englishLeft(page), `English left in the tables in ${locale}`).toEqual([]);
      expect(await page.locator('.reports').innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(await axeViolations(page), `Reports as tables in ${locale}`).toEqual([]);
      await page.getByRole('region', { name: word('card.support'), exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}console-reports-tables-${locale}-1280x800.png` });
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
