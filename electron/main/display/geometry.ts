/** Screen rectangles in Electron's device-independent pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The slice of Electron's Display the placement rules look at. */
export interface ScreenInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  primary: boolean;
  label: string;
}

export function right(r: Rect): number {
  return r.x + r.width;
}

export function bottom(r: Rect): number {
  return r.y + r.height;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(right(a), right(b)) - x;
  const height = Math.min(bottom(a), bottom(b)) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** The largest rectangle of the given aspect ratio inside `area`, centred in it. */
export function fitAspect(area: Rect, aspect: number): Rect {
  let width = area.width;
  let height = Math.floor(width / aspect);
  if (height > area.height) {
    height = area.height;
    width = Math.floor(height * aspect);
  }
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/** A rectangle of at most `size`, centred in `area` and never larger than it. */
export function centreIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}
