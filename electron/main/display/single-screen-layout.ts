import { bottom, fitAspect, intersection, right, type Rect } from './geometry';

/** Below this a preview of the room display is too small to be worth showing. */
export const MIN_PREVIEW = { width: 480, height: 270 } as const;
/** Room screens are nearly always 16:9; the preview keeps that shape. */
const PREVIEW_ASPECT = 16 / 9;
/** With no room beside the console, it keeps this share of the screen width. */
const CONSOLE_SHARE = 0.6;

export interface SingleScreenLayout {
  /** Where the display window goes. */
  display: Rect;
  /** Set when the console had to be narrowed to make room. */
  console?: Rect;
}

/**
 * With only one screen the display window is an ordinary window that must
 * never cover the console: it goes into the largest free strip beside,
 * above or below the console; if no strip is big enough, the console is
 * narrowed and the two sit side by side.
 */
export function singleScreenLayout(workArea: Rect, consoleBounds: Rect): SingleScreenLayout {
  // Only the part of the console on this screen matters.
  const c = intersection(consoleBounds, workArea);
  if (c === null) return { display: fitAspect(workArea, PREVIEW_ASPECT) };

  const strips: Rect[] = [
    { x: right(c), y: workArea.y, width: right(workArea) - right(c), height: workArea.height },
    { x: workArea.x, y: workArea.y, width: c.x - workArea.x, height: workArea.height },
    { x: workArea.x, y: bottom(c), width: workArea.width, height: bottom(workArea) - bottom(c) },
    { x: workArea.x, y: workArea.y, width: workArea.width, height: c.y - workArea.y },
  ];
  const roomy = strips
    .map((strip) => ({ strip, fitted: fitAspect(strip, PREVIEW_ASPECT) }))
    .filter(({ fitted }) => fitted.width >= MIN_PREVIEW.width && fitted.height >= MIN_PREVIEW.height)
    .sort((a, b) => b.fitted.width * b.fitted.height - a.fitted.width * a.fitted.height);
  const best = roomy[0];
  if (best) return { display: best.fitted };

  const consoleWidth = Math.floor(workArea.width * CONSOLE_SHARE);
  const console: Rect = { x: workArea.x, y: workArea.y, width: consoleWidth, height: workArea.height };
  const rest: Rect = { x: workArea.x + consoleWidth, y: workArea.y, width: workArea.width - consoleWidth, height: workArea.height };
  return { display: fitAspect(rest, PREVIEW_ASPECT), console };
}
