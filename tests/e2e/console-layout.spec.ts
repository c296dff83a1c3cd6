import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Pairs of elements, by their labels, whose boxes overlap. */
async function overlapping(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((el) => ({ name: el.textContent?.trim().slice(0, 40) ?? '', r: el.getBoundingClientRect() }));
    const found: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.r.right <= b.r.left || b.r.right <= a.r.left || a.r.bottom <= b.r.top || b.r.bottom <= a.r.top;
        if (!apart) found.push(`${a.name} / ${b.name}`);
      }),
    );
    return found;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`forms keep their fields apart and their text whole at ${String(size.width)}×${String(size.height)}`, async ({ browser, host }) => {
    const page = await browser.newPage({ viewport: size });
    await page.goto(host.consoleUrl);
    await page.getByLabel('Group name').fill('Thursday Evening Peer Support Circle');
    await page.getByRole('button', { name: 'Create group' }).click();

    // The room screen's eleven modes: a tidy grid, every button the same width (they wrapped raggedly).
    const modes = page.getByRole('group', { name: 'Room screen mode' }).getByRole('button');
    await expect(modes).toHaveCount(11);
    const widths = await modes.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().width)));
    // An odd last one takes the whole last row.
    expect(new Set(widths.length % 2 === 1 ? widths.slice(0, -1) : widths).size, `mode button widths ${widths.join(', ')}`).toBe(1);

    // The member form's details: no field runs into the next ("How they heard" overlapped "Joined on" by 25 px).
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('button', { name: /More details/ }).click();
    await expect(page.getByLabel('How they heard of the group')).toBeVisible();
    expect(await overlapping(page, '.details-grid > *')).toEqual([]);
    expect(await overlapping(page, '.details-grid input, .details-grid select')).toEqual([]);

    // Every ground rule shows whole, without scrolling inside its box.
    await page.getByRole('link', { name: 'Group' }).click();
    const rules = page.getByRole('textbox', { name: /^Ground rule \d+$/ });
    await expect(rules.first()).toBeVisible();
    const clipped = await rules.evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollHeight > b.clientHeight + 1).map((b) => b.getAttribute('aria-label') ?? ''),
    );
    expect(clipped).toEqual([]);
  });
}
