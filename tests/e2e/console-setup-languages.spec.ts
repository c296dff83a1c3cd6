import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { connectApi, TEST_SCHEDULE } from '../support/api-client';
import { expect, test } from './fixtures';

/** axe on the page as it is, in this language: lang attributes right, names and contrast as in English. */
async function axeViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** What each page's heading says in the language, to know the translation (not English while it loads) is on screen. */
const PAGES = [
  { page: 'group', heading: { de: 'Gruppenprofil', ar: 'ملف المجموعة' } },
  { page: 'members', heading: { de: 'Mitglieder', ar: 'الأعضاء' } },
  { page: 'care', heading: { de: 'Nachfragen bei', ar: 'الاطمئنان على' } },
  { page: 'agendas', heading: { de: 'Tagesordnungsvorlagen', ar: 'قوالب جداول الأعمال' } },
] as const;

/**
 * The Group, Members, Care and Agendas pages in German and Arabic at a laptop's size, for a
 * person to look at: nothing left in English, nothing cut off, Arabic right
 * to left. Names typed in another script stay whole beside the translation.
 */
for (const locale of ['de', 'ar'] as const) {
  test(`the Group, Members, Care and Agendas pages in ${locale} at 1280×800`, async ({ browser, host }) => {
    await mkdir(SHOTS, { recursive: true });
    const api = await connectApi(host.consoleUrl);
    const group = await api.call('group.create', { name: locale === 'ar' ? 'دائرة الثلاثاء' : 'Dienstagskreis' });
    await api.call('group.update', {
      groupId: group.id,
      schedule: TEST_SCHEDULE,
      purpose: locale === 'ar' ? 'دعم متبادل لمقدّمي الرعاية.' : 'Gegenseitige Unterstützung für pflegende Angehörige.',
      objectives: locale === 'ar' ? ['أن نشعر بوحدة أقل', 'أن نتبادل ما يساعد'] : ['Weniger allein sein', 'Teilen, was hilft'],
    });
    await api.call('rules.set', { groupId: group.id, rules: ['Eins', 'Zwei'] });
    for (const name of ['Ana', 'سارة', 'Ben', 'يوسف']) {
      const member = await api.call('member.add', { groupId: group.id, displayName: name, checkOnMe: name === 'Ana' });
      if (name === 'Ben') await api.call('member.update', { memberId: member.id, status: 'on_break' });
      if (name === 'Ana') await api.call('member.recordAgreement', { memberId: member.id });
    }
    const followUp = await api.call('followUp.create', {
      groupId: group.id,
      concern: locale === 'ar' ? 'حديث حادّ حول الوقت' : 'Ein scharfer Wortwechsel',
    });
    await api.call('followUp.update', {
      followUpId: followUp.id,
      steps: [{ text: locale === 'ar' ? 'كلمة هادئة' : 'Ein ruhiges Wort', who: 'Ana', byWhen: '2026-12-15', done: false }],
    });
    api.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((chosen) => localStorage.setItem('circlekeeper.consoleLocale', chosen), locale);
    const page = await context.newPage();
    for (const { page: name, heading } of PAGES) {
      await page.goto(host.consoleUrl.replace('#/console', `#/console/${name}`));
      await expect(page.getByRole('heading', { name: heading[locale] }).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      // Nothing runs off the side of the page.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page), `${name} in ${locale}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}console-${name}-${locale}-1280x800.png`, fullPage: true });
    }
    await context.close();
  });
}
