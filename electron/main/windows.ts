import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { Audience } from '#shared/contract/events';
import { audienceArgument } from '../preload/audience';
import { surfaceUrl } from './security/app-origin';
import type { Rect } from './display/geometry';

/**
 * The only place a BrowserWindow is made, so every window gets the full
 * security baseline. The options are written out literally, even Electron's
 * defaults, so a changed default or a copied snippet cannot loosen them
 * unnoticed, and static checkers (electronegativity) can read them.
 */
function createSecureWindow(audience: Audience, preloadPath: string, options: BrowserWindowConstructorOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...options,
    webPreferences: {
      // Reviewed: the preload exposes only window.circle through contextBridge
      // (contract functions and an event listener), never ipcRenderer.
      preload: preloadPath /* eng-disable PRELOAD_JS_CHECK */,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open a window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries on Windows and Linux: no network, ever.
      spellcheck: false,
      // The room display animates its timers while the console has focus.
      backgroundThrottling: audience !== 'display',
      // The preload reads its audience from argv; the page never sees argv.
      additionalArguments: [audienceArgument(audience)],
    },
  });
  // Pass-the-laptop asks "Leave site?" before an unload, for the browser's reload. Electron has no
  // such question: it would silently refuse to close the window, so a facilitator could not quit.
  // The app has no reload of its own (only with dev tools), and the lock is kept in storage anyway.
  win.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  void win.loadURL(surfaceUrl(audience));
  return win;
}

/** Both windows start dark so a projector never flashes white while loading. */
const BACKGROUND = '#111318';

/** The facilitator's window. Shown when its first paint is ready. */
export function createConsoleWindow(preloadPath: string, bounds: Rect): BrowserWindow {
  const win = createSecureWindow('console', preloadPath, {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Circlekeeper',
    backgroundColor: BACKGROUND,
  });
  win.once('ready-to-show', () => win.show());
  return win;
}

/**
 * The room's window: no menu bar, never takes focus from the console when it
 * appears. Where it goes is the DisplayPlacer's job.
 */
export function createDisplayWindow(preloadPath: string, bounds: Rect): BrowserWindow {
  const win = createSecureWindow('display', preloadPath, {
    ...bounds,
    show: false,
    title: 'Circlekeeper — room display',
    backgroundColor: '#000000',
    fullscreenable: true,
  });
  win.removeMenu();
  return win;
}

/** Sends to a window only while it still exists; a closed window is not an error. */
export function sendTo(win: BrowserWindow | null, channel: string, message: unknown): void {
  if (win && !win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(channel, message);
}
