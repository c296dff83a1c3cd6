import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ScreenInfo } from '../../../electron/main/display/geometry';
import { menuTemplate, screenLabel } from '../../../electron/main/menu-template';

const laptop: ScreenInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 0, width: 1440, height: 900 },
  primary: true,
  label: 'Built-in Retina Display',
};
const projector: ScreenInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  primary: false,
  label: '',
};

function build(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const calls: string[] = [];
  const template = menuTemplate({
    isMac: false,
    allowDevTools: false,
    screens: [laptop, projector],
    consoleDisplayId: 1,
    displayTargetId: 2,
    showDisplay: () => calls.push('show'),
    chooseDisplay: (id) => calls.push(`choose ${id}`),
    ...overrides,
  });
  const room = template.find((item) => item.label === '&Room display')!.submenu as MenuItemConstructorOptions[];
  return { template, room, calls };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('menuTemplate', () => {
  it('brings the room display back from the Room display menu', () => {
    const { room, calls } = build();
    click(room.find((item) => item.label === 'Show room display'));
    expect(calls).toEqual(['show']);
  });

  it('lists every screen, ticks the one in use, and chooses on click', () => {
    const { room, calls } = build();
    const screens = room.filter((item) => item.type === 'radio');
    expect(screens.map((item) => [item.label, item.checked])).toEqual([
      ['Built-in Retina Display — 1440 × 900 (this screen)', false],
      ['Screen 2 — 1920 × 1080', true],
    ]);
    click(screens[0]);
    expect(calls).toEqual(['choose 1']);
  });

  it('offers developer tools only outside packaged builds', () => {
    const roles = (t: MenuItemConstructorOptions[]) => JSON.stringify(t);
    expect(roles(build().template)).not.toContain('toggleDevTools');
    expect(roles(build({ allowDevTools: true }).template)).toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS only', () => {
    expect(build({ isMac: true }).template[0]).toEqual({ role: 'appMenu' });
    expect(build().template[0]?.label).toBe('&File');
  });

  it('names unnamed screens by number', () => {
    expect(screenLabel({ ...projector, label: '  ' }, 4, 1)).toBe('Screen 5 — 1920 × 1080');
  });
});
