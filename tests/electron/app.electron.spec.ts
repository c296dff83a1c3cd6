import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../electron/launcher/find-electron';
import type { CircleBridge } from '#shared/contract/bridge';

/**
 * Smoke test of the real desktop app: both windows open, the console is the
 * Circlekeeper console with a working bridge, the display has no way to
 * call the backend. It needs the Electron binary, found by reading
 * node_modules/electron/path.txt and the file it names: requiring 'electron'
 * would try to download the binary and throw on an offline machine.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist', 'electron', 'main.mjs');

const lookup = findElectronBinary({
  packageDir: () => (existsSync(join(ROOT, 'node_modules', 'electron', 'package.json')) ? join(ROOT, 'node_modules', 'electron') : null),
  exists: existsSync,
  readText: (path) => readFileSync(path, 'utf8'),
  env: process.env,
});

function skipReason(): string | null {
  if (!lookup.found) return `Electron smoke test skipped: ${lookup.reason}.`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'Electron smoke test skipped: no display server (DISPLAY is unset); run it under xvfb-run.';
  }
  return null;
}

type CircleWindow = Window & { circle?: CircleBridge };

async function windowFor(app: ElectronApplication, surface: 'console' | 'display'): Promise<Page> {
  await expect
    .poll(
      () =>
        app
          .windows()
          .map((w) => w.url())
          .find((url) => url.endsWith(`#/${surface}`)),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return app.windows().find((w) => w.url().endsWith(`#/${surface}`)) as Page;
}

test.describe('Electron app', () => {
  const reason = skipReason();
  if (reason) console.log(reason);
  test.skip(reason !== null, reason ?? '');

  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    expect(existsSync(MAIN), 'run `npm run build` first: dist/electron/main.mjs is missing').toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'renderer', 'index.html')), 'run `npm run build` first: dist/renderer is missing').toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'circlekeeper-electron-'));
    // Chromium refuses to start as root with its OS sandbox on (CI containers);
    // the renderers stay sandboxed in Electron's sense either way.
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await electron.launch({
      executablePath: (lookup as { binary: string }).binary,
      args: [...rootArgs, MAIN, '--data-dir', dataDir],
      cwd: ROOT,
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('opens the console and the room display, each with only its own powers', async () => {
    const consolePage = await windowFor(app, 'console');
    await expect(consolePage.getByRole('heading', { level: 1, name: 'Circlekeeper' })).toBeVisible();
    expect(consolePage.url()).toBe('app://circlekeeper/index.html#/console');

    const displayPage = await windowFor(app, 'display');
    await expect(displayPage.getByRole('main', { name: 'Room display' })).toBeVisible();

    // The console's bridge reaches the backend, which uses the temp data folder.
    const status = await consolePage.evaluate(() => (window as CircleWindow).circle?.invoke?.['app.status']({}));
    expect(status).toMatchObject({ ok: true });
    expect((status as { value: { dataFile: string } }).value.dataFile.startsWith(dataDir)).toBe(true);

    // The display can only listen, and hears the room.
    const displayBridge = await displayPage.evaluate(() => {
      const circle = (window as CircleWindow).circle;
      return { audience: circle?.audience, invoke: typeof circle?.invoke, keys: Object.keys(circle ?? {}).sort() };
    });
    expect(displayBridge).toEqual({ audience: 'display', invoke: 'undefined', keys: ['audience', 'onEvent'] });
    const heard = await displayPage.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const off = (window as CircleWindow).circle!.onEvent((event) => {
            off();
            resolve(event.name);
          });
        }),
    );
    expect(heard).toBe('display');
  });

  test('keeps Node, other origins and the network away from the pages', async () => {
    const consolePage = await windowFor(app, 'console');
    const probe = await consolePage.evaluate(async () => {
      let fetched = 'blocked';
      try {
        await fetch('https://example.org/');
        fetched = 'allowed';
      } catch {
        fetched = 'blocked';
      }
      const w = window as unknown as Record<string, unknown>;
      // An app:// URL, so the denied window is not handed to the system browser instead.
      return {
        require: typeof w.require,
        process: typeof w.process,
        ipc: typeof w.ipcRenderer,
        fetched,
        opened: window.open('app://circlekeeper/index.html#/display') === null,
      };
    });
    expect(probe).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined', fetched: 'blocked', opened: true });
  });
});
