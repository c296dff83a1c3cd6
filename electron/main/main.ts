import {
  app,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
  type BrowserWindow,
  type IpcMainInvokeEvent,
  safeStorage,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../backend/backend';
import { EVENT_CHANNEL } from '../preload/channels';
import { APP_SCHEME } from './security/app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { restoreConsoleBounds } from './console-bounds';
import { electronDataLocation } from './data-location';
import { debounce } from './debounce';
import { DisplayPlacer } from './display/display-placer';
import { DisplayWindow } from './display/display-window';
import { openElectronPreferences } from './electron-preferences';
import { keychainKeyKeeper } from './keychain-key-keeper';
import { keepDownloadsPrivate } from './private-downloads';
import { EventFeed } from './event-feed';
import { safeExternalUrl } from './security/external-links';
import { hardenSession, hardenWebContents } from './security/harden';
import { registerIpcHandlers } from './security/ipc-guard';
import { menuTemplate } from './menu-template';
import { registerPrintToPdf } from './print-to-pdf';
import { followLiveMeetings, PowerSaveController } from './power-save';
import { createQuitGuard } from './quit-guard';
import { toScreenInfo } from './display/screen-info';
import { createConsoleWindow, sendTo } from './windows';

/**
 * The Electron main process: wiring only. Every decision lives in a small
 * module beside this one that is unit-tested without Electron: display/
 * puts the room display on the right screen, security/ holds the checks on
 * URLs, navigation, permissions and IPC senders, and ../serving/ reads the
 * built renderer and sets its headers, as the browser host does.
 */
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');

// --- Before 'ready': these only take effect if done now. ---

const dataLocation = electronDataLocation(process.argv, process.env, process.platform, () => app.getPath('userData'));
// An explicit data folder is a separate instance: its own preferences,
// Chromium profile and single-instance lock, so tests never touch real data.
if (dataLocation.explicit) app.setPath('userData', dataLocation.dir);

protocol.registerSchemesAsPrivileged([
  // standard: relative URLs and a real origin; secure: a secure context;
  // corsEnabled + supportFetchAPI: Vite's <script type="module" crossorigin>.
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Circlekeeper has this data folder open; it is brought forward instead.
  app.quit();
} else {
  run().catch((error: unknown) => {
    dialog.showErrorBox('Circlekeeper could not start', (error as Error).message ?? String(error));
    app.exit(1);
  });
}

async function run(): Promise<void> {
  let backend: Backend | null = null;
  let consoleWin: BrowserWindow | null = null;
  let quitting = false;

  // Display sleep is blocked while a meeting is live (followLiveMeetings, once the backend is open).
  const powerSave = new PowerSaveController({
    start: () => powerSaveBlocker.start('prevent-display-sleep'),
    stop: (id) => powerSaveBlocker.stop(id),
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => {
      // Checked again right here so the one openExternal call is obviously safe:
      // only a parsed http(s) URL with a host ever reaches the operating system.
      const safe = safeExternalUrl(url);
      if (safe === null) return;
      shell
        .openExternal(safe)
        .catch((error: unknown) =>
          console.error('Could not open a link', error),
        ); /* eng-disable OPEN_EXTERNAL_JS_CHECK: reviewed, http(s) only via safeExternalUrl */
    });
  });
  app.on('second-instance', () => {
    if (!consoleWin || consoleWin.isDestroyed()) return;
    if (consoleWin.isMinimized()) consoleWin.restore();
    consoleWin.focus();
  });
  app.on('window-all-closed', () => app.quit());

  let saveConsoleBounds = (): void => undefined;
  const holdQuit = createQuitGuard({
    beforeClose: () => {
      saveConsoleBounds();
      powerSave.dispose();
    },
    closeBackend: () => backend?.close() ?? Promise.resolve(),
    quit: () => app.quit(),
    onError: (error) => console.error('Circlekeeper did not shut down cleanly', error),
  });
  app.on('before-quit', (event) => {
    quitting = true;
    holdQuit(event);
  });

  await app.whenReady();

  hardenSession(session.defaultSession);
  keepDownloadsPrivate(session.defaultSession, process.platform);
  // Files are read as the browser host reads them: regular files inside rendererDir only, links followed first.
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir }));

  const prefs = openElectronPreferences();
  backend = await createBackend({ dataDir: dataLocation.dir, keyKeeper: keychainKeyKeeper(safeStorage, prefs, process.platform) });
  const openBackend = backend;

  let consoleWebContentsId: number | null = null;
  registerIpcHandlers(
    ipcMain,
    (method, input, audience) => openBackend.call(method, input, audience),
    () => consoleWebContentsId,
  );
  registerPrintToPdf(
    ipcMain,
    {
      // The sender was checked as the console before this runs; its print stylesheet shapes the page.
      render: (event) => (event as IpcMainInvokeEvent).sender.printToPDF({ printBackground: true, pageSize: 'A4' }),
      askWhereToSave: async (suggestedName) => {
        const options = { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
        const result = consoleWin ? await dialog.showSaveDialog(consoleWin, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      writeFile: (path, data) => writeFile(path, data),
    },
    () => consoleWebContentsId,
  );

  const screens = () => {
    const primaryId = screen.getPrimaryDisplay().id;
    return screen.getAllDisplays().map((display) => toScreenInfo(display, primaryId));
  };

  // The console: where it was last time, if that screen is still here.
  const win = createConsoleWindow(preloadPath, restoreConsoleBounds(prefs.get('consoleBounds'), screens()));
  consoleWin = win;
  consoleWebContentsId = win.webContents.id;
  followLiveMeetings(openBackend, powerSave);
  const consoleFeed = new EventFeed(openBackend.subscribe.bind(openBackend), 'console');
  win.webContents.on('did-finish-load', () => consoleFeed.connect((event) => sendTo(win, EVENT_CHANNEL, event)));
  win.webContents.on('render-process-gone', () => consoleFeed.disconnect());
  saveConsoleBounds = () => {
    if (!win.isDestroyed()) prefs.set('consoleBounds', win.getNormalBounds());
  };
  win.on('close', () => saveConsoleBounds());
  win.on('closed', () => {
    consoleFeed.disconnect();
    consoleWebContentsId = null;
    consoleWin = null;
    // The console is the app: closing it quits, the display window included.
    app.quit();
  });

  const consoleBounds = () => (win.isDestroyed() ? { x: 0, y: 0, width: 1, height: 1 } : win.getBounds());
  const consoleDisplayId = () => screen.getDisplayMatching(consoleBounds()).id;
  const placer = new DisplayPlacer({
    screens,
    consoleDisplayId,
    consoleBounds,
    makeRoomForDisplay: (bounds) => {
      if (win.isDestroyed() || win.isFullScreen()) return;
      if (win.isMaximized()) win.unmaximize();
      win.setBounds(bounds);
    },
    rememberedId: () => prefs.get('displayId'),
    remember: (id) => prefs.set('displayId', id),
  });

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          isMac: process.platform === 'darwin',
          allowDevTools: !app.isPackaged,
          screens: screens(),
          consoleDisplayId: consoleDisplayId(),
          displayTargetId: display.targetId(),
          showDisplay: () => display.show(),
          chooseDisplay: (id) => display.choose(id),
        }),
      ),
    );
  };

  const display: DisplayWindow = new DisplayWindow({
    preloadPath,
    placer,
    subscribe: openBackend.subscribe.bind(openBackend),
    isQuitting: () => quitting,
    placed: () => refreshMenu(),
    onError: (error) => console.error('Could not place the room display', error),
  });

  refreshMenu();
  win.once('ready-to-show', () => display.show());

  // Screens come and go (a projector plugged in mid-setup): move the window, never lose it.
  const afterAdded = debounce(() => {
    display.screenAdded();
    refreshMenu();
  }, 300);
  const afterRemoved = debounce(() => {
    display.screensChanged();
    refreshMenu();
  }, 300);
  screen.on('display-added', afterAdded);
  screen.on('display-removed', afterRemoved);
}
