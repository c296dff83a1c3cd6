import { fullscreenStagingBounds, planDisplayWindow, samePlacement, type DisplayPlan } from './display-placement';
import type { Rect, ScreenInfo } from './geometry';

/** What the placer does to the display window; BrowserWindow behind it in the app. */
export interface PlaceableWindow {
  isFullScreen(): boolean;
  /** Resolves once the window has left fullscreen (macOS animates it). */
  exitFullScreen(): Promise<void>;
  enterFullScreen(): void;
  setBounds(bounds: Rect): void;
}

export interface PlacerDeps {
  /** screen.getAllDisplays(), reduced to ScreenInfo. */
  screens(): ScreenInfo[];
  /** The id of the screen the console is on now. */
  consoleDisplayId(): number;
  consoleBounds(): Rect;
  /** Narrows the console (leaving maximised first) when one screen must hold both. */
  makeRoomForDisplay(consoleBounds: Rect): void;
  /** The chosen screen, kept in preferences by id. */
  rememberedId(): number | undefined;
  remember(id: number): void;
}

/**
 * Keeps the display window where it belongs as screens come and go: planned
 * by the pure rules in display-placement.ts, applied one step at a time so
 * two quick screen events cannot interleave their moves.
 */
export class DisplayPlacer {
  private chosenId: number | undefined;
  private applied: DisplayPlan | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: PlacerDeps) {}

  plan(): DisplayPlan {
    const fullscreenOn = this.applied?.mode === 'fullscreen' ? this.applied.displayId : undefined;
    return planDisplayWindow({
      screens: this.deps.screens(),
      consoleDisplayId: this.deps.consoleDisplayId(),
      consoleBounds: this.deps.consoleBounds(),
      chosenId: this.chosenId,
      rememberedId: this.deps.rememberedId(),
      currentId: fullscreenOn,
    });
  }

  /** The last plan applied, or null before the first. */
  current(): DisplayPlan | null {
    return this.applied;
  }

  /** Puts the window where it belongs now (first show, "Show room display"). */
  place(win: PlaceableWindow): Promise<DisplayPlan> {
    return this.enqueue(async () => {
      const plan = this.plan();
      const alreadyThere = plan.mode === 'fullscreen' && samePlacement(this.applied, plan) && win.isFullScreen();
      if (!alreadyThere) await this.apply(win, plan);
      return plan;
    });
  }

  /**
   * A screen was added or removed: move the window only if its place changed,
   * so it is never left on a screen that is gone or fullscreen over the console.
   */
  screensChanged(win: PlaceableWindow): Promise<DisplayPlan> {
    return this.enqueue(async () => {
      const plan = this.plan();
      if (!samePlacement(this.applied, plan)) await this.apply(win, plan);
      return plan;
    });
  }

  /** The facilitator picked a screen from the menu: remember it and go there. */
  choose(displayId: number, win: PlaceableWindow): Promise<DisplayPlan> {
    this.chosenId = displayId;
    this.deps.remember(displayId);
    return this.place(win);
  }

  /** A new display window starts with no placement. */
  forgetWindow(): void {
    this.applied = null;
  }

  private async apply(win: PlaceableWindow, plan: DisplayPlan): Promise<void> {
    if (win.isFullScreen()) await win.exitFullScreen();
    if (plan.mode === 'fullscreen') {
      // Moving first makes the window go fullscreen on that screen, not where it was.
      win.setBounds(fullscreenStagingBounds(plan.screen));
      win.enterFullScreen();
    } else {
      if (plan.console) this.deps.makeRoomForDisplay(plan.console);
      win.setBounds(plan.bounds);
    }
    this.applied = plan;
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step, step);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
