import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_SIZE, restoreConsoleBounds } from '../../../electron/main/console-bounds';
import type { ScreenInfo } from '../../../electron/main/display/geometry';

const laptop: ScreenInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  primary: true,
  label: '',
};
const projector: ScreenInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  primary: false,
  label: '',
};

describe('restoreConsoleBounds', () => {
  it('reopens where it was', () => {
    expect(restoreConsoleBounds({ x: 50, y: 60, width: 1000, height: 700 }, [laptop])).toEqual({ x: 50, y: 60, width: 1000, height: 700 });
  });

  it('opens centred on the primary screen the first time', () => {
    const bounds = restoreConsoleBounds(undefined, [projector, laptop]);
    expect(bounds).toEqual({ x: 120, y: 25 + 37, width: DEFAULT_CONSOLE_SIZE.width, height: DEFAULT_CONSOLE_SIZE.height });
  });

  it('comes back to a connected screen when its old screen is gone', () => {
    const lastWeek = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(restoreConsoleBounds(lastWeek, [laptop, projector])).toEqual(lastWeek);
    const bounds = restoreConsoleBounds(lastWeek, [laptop]);
    expect(bounds.x).toBeLessThan(1440);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1440);
  });

  it('pulls a window mostly off screen back on, and shrinks it to fit', () => {
    const bounds = restoreConsoleBounds({ x: 1000, y: -100, width: 2000, height: 1200 }, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('ignores nonsense sizes and a sliver that cannot be grabbed', () => {
    expect(restoreConsoleBounds({ x: 0, y: 0, width: 0, height: 0 }, [laptop]).width).toBe(DEFAULT_CONSOLE_SIZE.width);
    expect(restoreConsoleBounds({ x: 1430, y: 30, width: 800, height: 600 }, [laptop]).x).toBe(120);
  });

  it('still returns a window when no screen is reported', () => {
    expect(restoreConsoleBounds(undefined, [])).toEqual({ x: 0, y: 0, ...DEFAULT_CONSOLE_SIZE });
  });
});
