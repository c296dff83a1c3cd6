import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

test('screenshots of the console and every display screen, at both room sizes', async ({ browser, host }) => {
  await mkdir(SHOTS, { recursive: true });
  const consolePage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await consolePage.goto(host.consoleUrl);
  await consolePage.getByLabel('Group name').fill('Thursday Evening Peer Support Circle');
  await consolePage.getByRole('button', { name: 'Create group' }).click();
  await consolePage.screenshot({ path: `${SHOTS}console-room-1440x900.png` });
  await consolePage.getByRole('link', { name: 'Members' }).click();
  for (const name of ['Sam', 'Alexis', 'Priya', 'Jordan']) {
    await consolePage.getByLabel('Add a member').fill(name);
    await consolePage.getByRole('button', { name: 'Add member' }).click();
    await expect(consolePage.getByRole('button', { name: `Edit ${name}` })).toBeVisible();
  }
  await consolePage.screenshot({ path: `${SHOTS}console-members-1440x900.png` });
  for (const section of ['Group', 'Agendas', 'Meetings']) {
    await consolePage.getByRole('link', { name: section }).click();
    await expect(consolePage.getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
    await consolePage.screenshot({ path: `${SHOTS}console-${section.toLowerCase()}-1440x900.png`, fullPage: true });
  }
  await consolePage.getByRole('link', { name: 'Live meeting' }).click();

  for (const size of SIZES) {
    const displayPage = await browser.newPage({ viewport: size });
    await displayPage.goto(host.displayUrl);
    const title = displayPage.getByRole('heading', { name: 'Thursday Evening Peer Support Circle' });
    await expect(title).toBeVisible();
    // Readable from the back of the room: big letters that stay on screen.
    const box = await title.boundingBox();
    const fontPx = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(size.height * 0.1);
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.y ?? -1) >= 0).toBe(true);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(size.width);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height);
    await displayPage.screenshot({ path: `${SHOTS}display-welcome-${size.width}x${size.height}.png` });

    await consolePage.getByRole('button', { name: 'Blank' }).click();
    await expect(displayPage.locator('[data-screen="blank"]')).toBeVisible();
    await displayPage.screenshot({ path: `${SHOTS}display-blank-${size.width}x${size.height}.png` });
    await consolePage.getByRole('button', { name: 'Welcome' }).click();
    await displayPage.close();
  }
});
