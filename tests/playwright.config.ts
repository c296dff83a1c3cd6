import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/find-chromium';

const chromium = findChromium();
if (!chromium.found) {
  // Said once, loudly; the e2e fixture then fails every test with the same words.
  console.error(`\n${chromium.reason}\n`);
}

export default defineConfig({
  outputDir: './output/playwright',
  forbidOnly: true,
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(chromium.found ? { executablePath: chromium.path } : {}),
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', testDir: './e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: './electron', testMatch: '**/*.electron.spec.ts' },
  ],
});
