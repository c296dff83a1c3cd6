import type { Display } from 'electron';
import type { ScreenInfo } from './geometry';

/** Copies only what the placement rules use, so they can be tested with plain objects. */
export function toScreenInfo(display: Pick<Display, 'id' | 'bounds' | 'workArea' | 'label'>, primaryId: number): ScreenInfo {
  const { x, y, width, height } = display.bounds;
  const area = display.workArea;
  return {
    id: display.id,
    bounds: { x, y, width, height },
    workArea: { x: area.x, y: area.y, width: area.width, height: area.height },
    primary: display.id === primaryId,
    label: display.label ?? '',
  };
}
