import { centreIn, intersection, type Rect, type ScreenInfo } from './display/geometry';

export const DEFAULT_CONSOLE_SIZE = { width: 1200, height: 800 } as const;
/** Enough of the window (its title bar included) to grab and drag back. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

/**
 * Where the console opens: the remembered bounds if enough of them is still
 * on a connected screen (a projector from last week may be gone), shrunk to
 * fit that screen; otherwise a default size centred on the primary screen.
 */
export function restoreConsoleBounds(saved: Rect | undefined, screens: readonly ScreenInfo[]): Rect {
  if (saved && saved.width > 0 && saved.height > 0) {
    for (const screen of screens) {
      const visible = intersection(saved, screen.workArea);
      if (visible && visible.width >= MIN_VISIBLE.width && visible.height >= MIN_VISIBLE.height) {
        const width = Math.min(saved.width, screen.workArea.width);
        const height = Math.min(saved.height, screen.workArea.height);
        const x = Math.min(Math.max(saved.x, screen.workArea.x), screen.workArea.x + screen.workArea.width - width);
        const y = Math.min(Math.max(saved.y, screen.workArea.y), screen.workArea.y + screen.workArea.height - height);
        return { x, y, width, height };
      }
    }
  }
  const primary = screens.find((s) => s.primary) ?? screens[0];
  if (!primary) return { x: 0, y: 0, ...DEFAULT_CONSOLE_SIZE };
  return centreIn(primary.workArea, DEFAULT_CONSOLE_SIZE);
}
