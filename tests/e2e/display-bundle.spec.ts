import { expect, test } from './fixtures';

/** The room display has its own code: the console's forms, schemas and charts never load on the projector. */
test('the display loads its own code and none of the console’s', async ({ browser, host }) => {
  const page = await browser.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(host.displayUrl);
  await expect(page.getByRole('main', { name: 'Room display' })).toBeVisible();
  expect(scripts.some((path) => path.includes('mount-display'))).toBe(true);
  expect(
    scripts.filter((path) => path.includes('mount-console')),
    scripts.join(' '),
  ).toEqual([]);
  // And zod, which only the console and the backend need, is nowhere in what the display ran.
  for (const path of scripts) {
    const text = await (await page.request.get(new URL(path, host.origin).toString())).text();
    expect(text, path).not.toContain('ZodError');
  }
});
