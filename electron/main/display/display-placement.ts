import { centreIn, type Rect, type ScreenInfo } from './geometry';
import { singleScreenLayout } from './single-screen-layout';

export type DisplayPlan =
  /** Fullscreen on a screen other than the console's: the projector. */
  | { mode: 'fullscreen'; displayId: number; screen: Rect }
  /** An ordinary window beside the console; `console` is set when the console must make room. */
  | { mode: 'window'; displayId: number; bounds: Rect; console?: Rect };

export interface PlacementInput {
  screens: readonly ScreenInfo[];
  /** The screen the console window is on (screen.getDisplayMatching). */
  consoleDisplayId: number;
  consoleBounds: Rect;
  /** Picked from the menu this session: honoured on any screen, even the console's. */
  chosenId?: number | undefined;
  /** The id remembered in preferences from an earlier choice; honoured if that screen is not the console's. */
  rememberedId?: number | undefined;
  /** Where the window is fullscreen now, so a newly added screen does not steal it. */
  currentId?: number | undefined;
}

/**
 * Decides where the display window goes. With another screen present it goes
 * fullscreen there (the remembered one when it is connected); with one
 * screen it is a normal window that does not cover the console.
 */
export function planDisplayWindow(input: PlacementInput): DisplayPlan {
  const { screens } = input;
  const consoleScreen = screens.find((s) => s.id === input.consoleDisplayId) ?? screens.find((s) => s.primary) ?? screens[0];
  if (!consoleScreen) {
    // No screen reported at all (a headless session): any sensible window will do.
    return { mode: 'window', displayId: input.consoleDisplayId, bounds: { x: 0, y: 0, width: 960, height: 540 } };
  }
  const byId = (id: number | undefined) => (id === undefined ? undefined : screens.find((s) => s.id === id));
  const others = screens.filter((s) => s.id !== consoleScreen.id);

  const pickExternal = (): ScreenInfo | undefined => {
    const chosen = byId(input.chosenId);
    // Choosing the console's own screen means "preview it here", even with a projector connected.
    if (chosen) return chosen.id === consoleScreen.id ? undefined : chosen;
    return (
      others.find((s) => s.id === input.rememberedId) ?? others.find((s) => s.id === input.currentId) ?? others.find((s) => !s.primary) ?? others[0]
    );
  };
  const external = pickExternal();

  if (external) return { mode: 'fullscreen', displayId: external.id, screen: external.bounds };

  const layout = singleScreenLayout(consoleScreen.workArea, input.consoleBounds);
  return layout.console
    ? { mode: 'window', displayId: consoleScreen.id, bounds: layout.display, console: layout.console }
    : { mode: 'window', displayId: consoleScreen.id, bounds: layout.display };
}

/** Two plans that would put the window in the same place: nothing to do. */
export function samePlacement(a: DisplayPlan | null, b: DisplayPlan): boolean {
  if (a === null || a.mode !== b.mode || a.displayId !== b.displayId) return false;
  if (a.mode === 'fullscreen' && b.mode === 'fullscreen') {
    return a.screen.x === b.screen.x && a.screen.y === b.screen.y && a.screen.width === b.screen.width && a.screen.height === b.screen.height;
  }
  // A windowed preview the facilitator may have moved by hand is left where it is.
  return true;
}

/** Where to put the window just before it goes fullscreen, so it does so on the right screen. */
export function fullscreenStagingBounds(screen: Rect): Rect {
  return centreIn(screen, { width: Math.floor(screen.width / 2), height: Math.floor(screen.height / 2) });
}
