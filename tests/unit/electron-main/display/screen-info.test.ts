import { describe, expect, it } from 'vitest';
import { toScreenInfo } from '../../../../electron/main/display/screen-info';

describe('toScreenInfo', () => {
  it('copies only what placement needs and marks the primary screen', () => {
    const display = {
      id: 5,
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      workArea: { x: 1, y: 3, width: 3, height: 3 },
      label: 'Projector',
      scaleFactor: 2,
    };
    expect(toScreenInfo(display, 5)).toEqual({
      id: 5,
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      workArea: { x: 1, y: 3, width: 3, height: 3 },
      primary: true,
      label: 'Projector',
    });
    expect(toScreenInfo(display, 6).primary).toBe(false);
  });
});
