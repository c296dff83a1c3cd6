import type { WebPreferences } from 'electron';
import type { Audience } from '../../shared/contract/events';
import { audienceArgument } from '../preload/audience';

/**
 * The webPreferences of every window: the full security baseline, stated
 * explicitly even where it is Electron's default, so a future default change
 * or a copied snippet cannot loosen it unnoticed. The audience reaches the
 * preload as a command-line argument; the page itself never sees argv.
 */
export function secureWebPreferences(preloadPath: string, audience: Audience): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries on Windows and Linux: no network, ever.
    spellcheck: false,
    // The room display animates its timers while the console has focus.
    backgroundThrottling: audience !== 'display',
    additionalArguments: [audienceArgument(audience)],
  };
}
