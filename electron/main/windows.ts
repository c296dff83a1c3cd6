import { BrowserWindow } from 'electron';
import { surfaceUrl } from './app-origin';
import type { Rect } from './geometry';
import { secureWebPreferences } from './web-preferences';

/** Both windows start dark so a projector never flashes white while loading. */
const BACKGROUND = '#111318';

/** The facilitator's window. Shown when its first paint is ready. */
export function createConsoleWindow(preloadPath: string, bounds: Rect): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Circlekeeper',
    backgroundColor: BACKGROUND,
    webPreferences: secureWebPreferences(preloadPath, 'console'),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(surfaceUrl('console'));
  return win;
}

/**
 * The room's window: no menu bar, never takes focus from the console when it
 * appears. Where it goes is the DisplayPlacer's job.
 */
export function createDisplayWindow(preloadPath: string, bounds: Rect): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Circlekeeper — room display',
    backgroundColor: '#000000',
    fullscreenable: true,
    webPreferences: secureWebPreferences(preloadPath, 'display'),
  });
  win.removeMenu();
  void win.loadURL(surfaceUrl('display'));
  return win;
}

/** Sends to a window only while it still exists; a closed window is not an error. */
export function sendTo(win: BrowserWindow | null, channel: string, message: unknown): void {
  if (win && !win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(channel, message);
}
