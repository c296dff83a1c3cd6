import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { PreferenceStore } from '../backend/preferences';
import { validatedPreferences } from './validated-preferences';

/**
 * Preferences (console bounds, chosen screen) in electron-store, in the
 * userData folder. A corrupt file is cleared rather than stopping the app:
 * losing a preference costs a click.
 */
export function openElectronPreferences(): PreferenceStore {
  const store = new Store<Record<string, unknown>>({
    name: 'preferences',
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
  });
  // electron-store answers a sync IPC message with the userData path for
  // renderer-side stores. We have none, so no page gets to ask.
  ipcMain.removeAllListeners('electron-store-get-data');
  return validatedPreferences(store);
}
