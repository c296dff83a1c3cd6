import { describe, expect, it } from 'vitest';
import { fullscreenStagingBounds, planDisplayWindow, samePlacement, type DisplayPlan } from '../../../../electron/main/display/display-placement';
import { intersection, type Rect, type ScreenInfo } from '../../../../electron/main/display/geometry';
import { MIN_PREVIEW, singleScreenLayout } from '../../../../electron/main/display/single-screen-layout';

function screenAt(id: number, x: number, width: number, height: number, primary = false): ScreenInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 25, width, height: height - 25 }, primary, label: '' };
}
const laptop = screenAt(1, 0, 1440, 900, true);
const projector = screenAt(2, 1440, 1920, 1080);
const tv = screenAt(3, 3360, 1280, 720);
const consoleOnLaptop: Rect = { x: 100, y: 100, width: 1000, height: 700 };

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
  );
}

describe('planDisplayWindow with more than one screen', () => {
  it('goes fullscreen on the screen that is not the console’s', () => {
    const plan = planDisplayWindow({ screens: [laptop, projector], consoleDisplayId: 1, consoleBounds: consoleOnLaptop });
    expect(plan).toEqual({ mode: 'fullscreen', displayId: 2, screen: projector.bounds });
  });

  it('works the other way round when the console sits on the external screen', () => {
    const plan = planDisplayWindow({ screens: [laptop, projector], consoleDisplayId: 2, consoleBounds: { x: 1500, y: 50, width: 900, height: 600 } });
    expect(plan).toMatchObject({ mode: 'fullscreen', displayId: 1 });
  });

  it('uses the remembered screen when it is connected', () => {
    const plan = planDisplayWindow({ screens: [laptop, projector, tv], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, rememberedId: 3 });
    expect(plan).toMatchObject({ mode: 'fullscreen', displayId: 3 });
  });

  it('ignores a remembered screen that is gone, or is the console’s own', () => {
    expect(planDisplayWindow({ screens: [laptop, projector], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, rememberedId: 3 })).toMatchObject({
      displayId: 2,
    });
    expect(planDisplayWindow({ screens: [laptop, projector], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, rememberedId: 1 })).toMatchObject({
      mode: 'fullscreen',
      displayId: 2,
    });
  });

  it('stays on its current screen when another is added', () => {
    const plan = planDisplayWindow({ screens: [laptop, tv, projector], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, currentId: 2 });
    expect(plan).toMatchObject({ mode: 'fullscreen', displayId: 2 });
  });

  it('prefers a non-primary screen when the console is on neither', () => {
    const plan = planDisplayWindow({
      screens: [laptop, projector, tv],
      consoleDisplayId: 2,
      consoleBounds: { x: 1500, y: 50, width: 900, height: 600 },
    });
    expect(plan).toMatchObject({ mode: 'fullscreen', displayId: 3 });
  });

  it('honours a choice made this session, even the console’s own screen (a preview)', () => {
    expect(
      planDisplayWindow({ screens: [laptop, projector, tv], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, chosenId: 3, rememberedId: 2 }),
    ).toMatchObject({ displayId: 3 });
    const preview = planDisplayWindow({ screens: [laptop, projector], consoleDisplayId: 1, consoleBounds: consoleOnLaptop, chosenId: 1 });
    expect(preview.mode).toBe('window');
    expect(preview.displayId).toBe(1);
  });
});

describe('planDisplayWindow with one screen', () => {
  it('is a normal window on that screen that does not cover the console', () => {
    const plan = planDisplayWindow({ screens: [laptop], consoleDisplayId: 1, consoleBounds: { x: 0, y: 25, width: 800, height: 875 } });
    expect(plan.mode).toBe('window');
    if (plan.mode !== 'window') return;
    expect(plan.displayId).toBe(1);
    expect(plan.console).toBeUndefined();
    expect(intersection(plan.bounds, { x: 0, y: 25, width: 800, height: 875 })).toBeNull();
    expect(within(plan.bounds, laptop.workArea)).toBe(true);
  });

  it('narrows a maximised console so the two sit side by side', () => {
    const plan = planDisplayWindow({ screens: [laptop], consoleDisplayId: 1, consoleBounds: laptop.workArea });
    expect(plan.mode).toBe('window');
    if (plan.mode !== 'window') return;
    expect(plan.console).toBeDefined();
    expect(intersection(plan.bounds, plan.console!)).toBeNull();
    expect(within(plan.bounds, laptop.workArea) && within(plan.console!, laptop.workArea)).toBe(true);
  });

  it('copes with no screens at all (a headless session)', () => {
    expect(planDisplayWindow({ screens: [], consoleDisplayId: 1, consoleBounds: consoleOnLaptop }).mode).toBe('window');
  });
});

describe('singleScreenLayout', () => {
  const area: Rect = { x: 0, y: 0, width: 1920, height: 1080 };

  it('never overlaps the console and stays on screen, wherever the console is', () => {
    const consoles: Rect[] = [
      { x: 0, y: 0, width: 1920, height: 1080 },
      { x: 0, y: 0, width: 1200, height: 1080 },
      { x: 720, y: 0, width: 1200, height: 1080 },
      { x: 300, y: 200, width: 1300, height: 700 },
      { x: 0, y: 0, width: 1920, height: 600 },
      { x: -500, y: -100, width: 1000, height: 800 },
      { x: 5000, y: 0, width: 800, height: 600 },
    ];
    for (const c of consoles) {
      const layout = singleScreenLayout(area, c);
      const consoleAfter = layout.console ?? c;
      expect(intersection(layout.display, consoleAfter), JSON.stringify(c)).toBeNull();
      expect(within(layout.display, area), JSON.stringify(c)).toBe(true);
      expect(layout.display.width).toBeGreaterThan(0);
    }
  });

  it('uses the free strip beside the console when it is big enough', () => {
    const layout = singleScreenLayout(area, { x: 0, y: 0, width: 1200, height: 1080 });
    expect(layout.console).toBeUndefined();
    expect(layout.display.x).toBeGreaterThanOrEqual(1200);
    expect(layout.display.width).toBeGreaterThanOrEqual(MIN_PREVIEW.width);
  });

  it('keeps the room’s 16:9 shape', () => {
    const { display } = singleScreenLayout(area, { x: 0, y: 0, width: 1920, height: 1080 });
    expect(Math.abs(display.width / display.height - 16 / 9)).toBeLessThan(0.02);
  });
});

describe('samePlacement', () => {
  const full: DisplayPlan = { mode: 'fullscreen', displayId: 2, screen: projector.bounds };

  it('treats the same screen and mode as no move', () => {
    expect(samePlacement(full, { ...full })).toBe(true);
    expect(
      samePlacement(
        { mode: 'window', displayId: 1, bounds: { x: 0, y: 0, width: 10, height: 10 } },
        { mode: 'window', displayId: 1, bounds: { x: 5, y: 5, width: 10, height: 10 } },
      ),
    ).toBe(true);
  });

  it('sees a different screen, mode, resolution, or no placement yet as a move', () => {
    expect(samePlacement(null, full)).toBe(false);
    expect(samePlacement(full, { ...full, displayId: 3 })).toBe(false);
    expect(samePlacement(full, { ...full, screen: { ...projector.bounds, width: 1280 } })).toBe(false);
    expect(samePlacement(full, { mode: 'window', displayId: 2, bounds: projector.bounds })).toBe(false);
  });
});

describe('fullscreenStagingBounds', () => {
  it('sits inside the target screen so fullscreen happens there', () => {
    expect(within(fullscreenStagingBounds(projector.bounds), projector.bounds)).toBe(true);
  });
});
