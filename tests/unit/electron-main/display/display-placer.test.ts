import { describe, expect, it } from 'vitest';
import { DisplayPlacer, type PlaceableWindow } from '../../../../electron/main/display/display-placer';
import { intersection, type Rect, type ScreenInfo } from '../../../../electron/main/display/geometry';

function screenAt(id: number, x: number, width: number, height: number, primary = false): ScreenInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height }, primary, label: '' };
}
const laptop = screenAt(1, 0, 1440, 900, true);
const projector = screenAt(2, 1440, 1920, 1080);
const tv = screenAt(3, 3360, 1280, 720);

/** A window that behaves like a BrowserWindow as far as the placer can tell. */
class FakeWindow implements PlaceableWindow {
  bounds: Rect = { x: 0, y: 0, width: 800, height: 450 };
  fullScreen = false;
  log: string[] = [];
  isFullScreen() {
    return this.fullScreen;
  }
  async exitFullScreen() {
    this.log.push('exit-fullscreen');
    this.fullScreen = false;
  }
  enterFullScreen() {
    this.log.push('enter-fullscreen');
    this.fullScreen = true;
  }
  setBounds(bounds: Rect) {
    this.log.push(`bounds ${bounds.x},${bounds.y}`);
    this.bounds = bounds;
  }
}

function setup(initial: ScreenInfo[], options: { remembered?: number; consoleBounds?: Rect } = {}) {
  const state = {
    screens: initial,
    consoleBounds: options.consoleBounds ?? { x: 100, y: 100, width: 1000, height: 700 },
    remembered: options.remembered,
  };
  const placer = new DisplayPlacer({
    screens: () => state.screens,
    consoleDisplayId: () => state.screens.find((s) => intersection(s.bounds, state.consoleBounds))?.id ?? 1,
    consoleBounds: () => state.consoleBounds,
    makeRoomForDisplay: (bounds) => {
      state.consoleBounds = bounds;
    },
    rememberedId: () => state.remembered,
    remember: (id) => {
      state.remembered = id;
    },
  });
  return { state, placer, win: new FakeWindow() };
}

/** Which screen the window's centre is on. */
function screenOf(win: FakeWindow, screens: ScreenInfo[]): number | undefined {
  const cx = win.bounds.x + win.bounds.width / 2;
  const cy = win.bounds.y + win.bounds.height / 2;
  return screens.find((s) => cx >= s.bounds.x && cx < s.bounds.x + s.bounds.width && cy >= s.bounds.y && cy < s.bounds.y + s.bounds.height)?.id;
}

describe('DisplayPlacer', () => {
  it('opens fullscreen on the projector, moving there before going fullscreen', async () => {
    const { placer, win } = setup([laptop, projector]);
    await placer.place(win);
    expect(win.fullScreen).toBe(true);
    expect(screenOf(win, [laptop, projector])).toBe(2);
    expect(win.log.at(-1)).toBe('enter-fullscreen');
  });

  it('with one screen opens a normal window beside the console', async () => {
    const { placer, win, state } = setup([laptop], { consoleBounds: { x: 0, y: 0, width: 1440, height: 900 } });
    await placer.place(win);
    expect(win.fullScreen).toBe(false);
    expect(intersection(win.bounds, state.consoleBounds)).toBeNull();
  });

  it('moves to a projector plugged in later', async () => {
    const { placer, win, state } = setup([laptop]);
    await placer.place(win);
    state.screens = [laptop, projector];
    await placer.screensChanged(win);
    expect(win.fullScreen).toBe(true);
    expect(screenOf(win, state.screens)).toBe(2);
  });

  it('is moved back beside the console, not left fullscreen or lost, when the projector is unplugged', async () => {
    const { placer, win, state } = setup([laptop, projector]);
    await placer.place(win);
    state.screens = [laptop];
    await placer.screensChanged(win);
    expect(win.log).toContain('exit-fullscreen');
    expect(win.fullScreen).toBe(false);
    expect(screenOf(win, state.screens)).toBe(1);
    expect(intersection(win.bounds, state.consoleBounds)).toBeNull();
  });

  it('stays put when an unrelated screen comes or goes', async () => {
    const { placer, win, state } = setup([laptop, projector]);
    await placer.place(win);
    win.log = [];
    state.screens = [laptop, tv, projector];
    await placer.screensChanged(win);
    state.screens = [laptop, projector];
    await placer.screensChanged(win);
    expect(win.log).toEqual([]);
  });

  it('goes back to the remembered screen when it is reconnected', async () => {
    const { placer, win, state } = setup([laptop, projector], { remembered: 3 });
    await placer.place(win);
    expect(screenOf(win, state.screens)).toBe(2);
    state.screens = [laptop, projector, tv];
    await placer.screensChanged(win);
    expect(screenOf(win, state.screens)).toBe(3);
    expect(win.fullScreen).toBe(true);
  });

  it('remembers a screen chosen from the menu and moves there', async () => {
    const { placer, win, state } = setup([laptop, projector, tv]);
    await placer.place(win);
    await placer.choose(3, win);
    expect(state.remembered).toBe(3);
    expect(screenOf(win, state.screens)).toBe(3);
    expect(placer.current()).toMatchObject({ mode: 'fullscreen', displayId: 3 });
  });

  it('does not flicker when asked to place a window that is already fullscreen in place', async () => {
    const { placer, win } = setup([laptop, projector]);
    await placer.place(win);
    win.log = [];
    await placer.place(win);
    expect(win.log).toEqual([]);
  });

  it('applies quick successive changes one after another, ending where the last one says', async () => {
    const { placer, win, state } = setup([laptop, projector]);
    const first = placer.place(win);
    state.screens = [laptop];
    const second = placer.screensChanged(win);
    await Promise.all([first, second]);
    expect(win.fullScreen).toBe(false);
    expect(screenOf(win, state.screens)).toBe(1);
  });

  it('keeps working after a step failed', async () => {
    const { placer, state } = setup([laptop, projector]);
    const broken: PlaceableWindow = {
      isFullScreen: () => false,
      exitFullScreen: async () => undefined,
      enterFullScreen: () => {
        throw new Error('window gone');
      },
      setBounds: () => undefined,
    };
    await expect(placer.place(broken)).rejects.toThrow('window gone');
    const win = new FakeWindow();
    placer.forgetWindow();
    await placer.place(win);
    expect(screenOf(win, state.screens)).toBe(2);
  });
});
