import type { BrowserWindow } from 'electron';
import type { Subscribe } from '../event-feed';
import { EventFeed } from '../event-feed';
import { EVENT_CHANNEL } from '../../preload/channels';
import { fullscreenStagingBounds } from './display-placement';
import type { DisplayPlacer, PlaceableWindow } from './display-placer';
import { createDisplayWindow, sendTo } from '../windows';

/** macOS animates leaving fullscreen; do not wait forever if the event never comes. */
const LEAVE_FULLSCREEN_TIMEOUT_MS = 1500;

function placeable(win: BrowserWindow): PlaceableWindow {
  return {
    isFullScreen: () => !win.isDestroyed() && win.isFullScreen(),
    exitFullScreen: () =>
      new Promise<void>((resolve) => {
        if (win.isDestroyed() || !win.isFullScreen()) return resolve();
        const done = () => {
          clearTimeout(timer);
          win.off('leave-full-screen', done);
          resolve();
        };
        const timer = setTimeout(done, LEAVE_FULLSCREEN_TIMEOUT_MS);
        win.on('leave-full-screen', done);
        win.setFullScreen(false);
      }),
    enterFullScreen: () => !win.isDestroyed() && win.setFullScreen(true),
    setBounds: (bounds) => !win.isDestroyed() && win.setBounds(bounds),
  };
}

export interface DisplayWindowDeps {
  preloadPath: string;
  placer: DisplayPlacer;
  subscribe: Subscribe;
  /** While quitting, closing really closes; otherwise it only hides. */
  isQuitting(): boolean;
  /** Called after every move, so the menu's tick follows the window. */
  placed(): void;
  onError(error: unknown): void;
}

/**
 * Owns the room display window: creates it (again, if it was ever
 * destroyed), keeps it fed with display events, hides it instead of closing
 * it, and moves it when screens change.
 */
export class DisplayWindow {
  private win: BrowserWindow | null = null;
  /** False from creation until the first paint, when create()'s handler shows and places it. */
  private painted = false;

  constructor(private readonly deps: DisplayWindowDeps) {}

  /** Shows the window where it belongs, creating it if needed. */
  show(): void {
    const win = this.win && !this.win.isDestroyed() ? this.win : this.create();
    // A fresh window shows and places itself once it has painted (see create()).
    if (!this.painted) return;
    if (!win.isVisible()) win.showInactive();
    this.place(() => this.deps.placer.place(placeable(win)));
  }

  /** A screen was added: bring the display to it (even if it had been closed). */
  screenAdded(): void {
    if (!this.win || this.win.isDestroyed() || !this.win.isVisible()) return this.show();
    this.screensChanged();
  }

  /** A screen was added or removed: move the window if its place changed. */
  screensChanged(): void {
    const win = this.win;
    if (!win || win.isDestroyed()) return;
    this.place(() => this.deps.placer.screensChanged(placeable(win)));
  }

  /** The facilitator picked a screen from the menu. */
  choose(displayId: number): void {
    const win = this.win && !this.win.isDestroyed() ? this.win : this.create();
    if (this.painted && !win.isVisible()) win.showInactive();
    this.place(() => this.deps.placer.choose(displayId, placeable(win)));
  }

  private place(step: () => Promise<unknown>): void {
    step().then(
      () => this.deps.placed(),
      (error: unknown) => this.deps.onError(error),
    );
  }

  private create(): BrowserWindow {
    const { placer } = this.deps;
    placer.forgetWindow();
    this.painted = false;
    const plan = placer.plan();
    const bounds = plan.mode === 'fullscreen' ? fullscreenStagingBounds(plan.screen) : plan.bounds;
    const win = createDisplayWindow(this.deps.preloadPath, bounds);
    const feed = new EventFeed(this.deps.subscribe, 'display');

    // (Re)subscribe on every load, so a reload gets the current room at once.
    win.webContents.on('did-finish-load', () => feed.connect((event) => sendTo(win, EVENT_CHANNEL, event)));
    win.webContents.on('render-process-gone', () => feed.disconnect());
    win.once('ready-to-show', () => {
      this.painted = true;
      win.showInactive();
      this.place(() => placer.place(placeable(win)));
    });
    win.on('close', (event) => {
      if (this.deps.isQuitting()) return;
      // Closing the room display only hides it; the Room display menu brings it back.
      event.preventDefault();
      if (win.isFullScreen()) win.setFullScreen(false);
      win.hide();
    });
    win.on('closed', () => {
      feed.disconnect();
      if (this.win === win) this.win = null;
    });
    this.win = win;
    return win;
  }

  /** The screen the window is on now, for the menu. */
  targetId(): number | undefined {
    return this.win && !this.win.isDestroyed() && this.win.isVisible() ? this.deps.placer.current()?.displayId : undefined;
  }
}
