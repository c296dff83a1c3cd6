import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { expect, test } from './fixtures';

/** axe on the page as it is, in this language: lang attributes right, names and contrast as in English. */
async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

const PAGES = [
  { id: 'meetings', heading: { es: 'Reuniones', ar: 'الاجتماعات' } },
  { id: 'safekeeping', heading: { es: 'Guardar una copia', ar: 'حفظ نسخة' } },
] as const;

/** The group's schedule in words, written by shared/schedule with Intl's weekday and clock in the language. */
const SCHEDULE_LINE = { es: 'Cada martes, a las 19:00, durante 90 minutos (Europe/London)', ar: /^كل يوم الثلاثاء الساعة .+ \(Europe\/London\)$/ };

/**
 * The Meetings and Safekeeping pages in Spanish and in Arabic (right to
 * left), at a laptop's size: the facilitator's language chosen on this
 * computer before the console loads. Screenshots are kept for a reader.
 */
for (const locale of ['es', 'ar'] as const) {
  test(`the Meetings and Safekeeping pages in ${locale}`, async ({ browser, host }) => {
    await mkdir(SHOTS, { recursive: true });
    const api = await connectApi(host.consoleUrl);
    await groupWithPlannedMeeting(api);
    api.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((chosen) => localStorage.setItem('circlekeeper.consoleLocale', chosen), locale);
    const page = await context.newPage();
    await page.goto(host.consoleUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    for (const { id, heading } of PAGES) {
      await page.evaluate((section) => {
        location.hash = `#/console/${section}`;
      }, id);
      await expect(page.getByRole('heading', { level: 2, name: heading[locale], exact: true })).toBeVisible();
      if (id === 'meetings') {
        await expect(page.getByRole('article').first()).toBeVisible();
        await expect(page.getByText(SCHEDULE_LINE[locale])).toBeVisible();
      }
      // Nothing runs wider than the page, in either direction.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `${id} in ${locale}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}console-${id}-${locale}-1280x800.png`, fullPage: true });
    }
    await context.close();
  });
}
