import type { MenuItemConstructorOptions } from 'electron';
import type { ScreenInfo } from './display/geometry';

export interface MenuInputs {
  isMac: boolean;
  /** Developer tools only in unpackaged builds: nothing to inspect in the room. */
  allowDevTools: boolean;
  screens: readonly ScreenInfo[];
  consoleDisplayId: number;
  /** The screen the display window is on now, for the tick in the menu. */
  displayTargetId: number | undefined;
  showDisplay(): void;
  chooseDisplay(displayId: number): void;
}

/** "Built-in screen — 1920 × 1080 (console)": enough to tell a projector from the laptop. */
export function screenLabel(screen: ScreenInfo, index: number, consoleDisplayId: number): string {
  const name = screen.label.trim() || `Screen ${index + 1}`;
  const size = `${screen.bounds.width} × ${screen.bounds.height}`;
  return `${name} — ${size}${screen.id === consoleDisplayId ? ' (this screen)' : ''}`;
}

/**
 * The application menu: the usual edit and window roles (copy and paste in
 * text fields need them on macOS) and a Room display menu to bring the
 * display window back after it was closed, or send it to another screen.
 */
export function menuTemplate(inputs: MenuInputs): MenuItemConstructorOptions[] {
  const screenItems: MenuItemConstructorOptions[] = inputs.screens.map((screen, index) => ({
    label: screenLabel(screen, index, inputs.consoleDisplayId),
    type: 'radio',
    checked: screen.id === inputs.displayTargetId,
    click: () => inputs.chooseDisplay(screen.id),
  }));
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (inputs.allowDevTools) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  return [
    ...(inputs.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    inputs.isMac ? { role: 'fileMenu' } : { label: '&File', submenu: [{ role: 'quit' }] },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    {
      label: '&Room display',
      submenu: [
        { label: 'Show room display', accelerator: 'CmdOrCtrl+Shift+D', click: () => inputs.showDisplay() },
        { type: 'separator' },
        { label: 'Show it on', enabled: false },
        ...screenItems,
      ],
    },
    { role: 'windowMenu' },
  ];
}
