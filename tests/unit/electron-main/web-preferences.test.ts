import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/web-preferences';
import { readAudience } from '../../../electron/preload/audience';

describe('secureWebPreferences', () => {
  for (const audience of ['console', 'display'] as const) {
    it(`holds the full security baseline for the ${audience} window`, () => {
      const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', audience);
      expect(prefs).toMatchObject({
        preload: '/app/dist/electron/preload.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        spellcheck: false,
      });
      expect(prefs.enableBlinkFeatures).toBeUndefined();
    });
  }

  it('tells each preload its audience, and only that', () => {
    expect(readAudience(secureWebPreferences('/p', 'console').additionalArguments ?? [])).toBe('console');
    expect(readAudience(secureWebPreferences('/p', 'display').additionalArguments ?? [])).toBe('display');
  });
});
