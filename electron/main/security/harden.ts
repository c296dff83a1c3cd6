import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { safeExternalUrl } from './external-links';

/**
 * Denies everything a page might ask for beyond showing our own files:
 * navigating away, opening windows, attaching webviews. Applied to every
 * webContents the app creates (app 'web-contents-created'), not only the two
 * windows, so nothing slips through.
 *
 * A link the user clicks to an http(s) page opens in their browser instead;
 * nothing else is ever handed to the operating system.
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, openExternal: (url: string) => void): void {
  const handOff = (url: string) => {
    const safe = safeExternalUrl(url);
    if (safe !== null) openExternal(safe);
  };

  contents.on('will-navigate', (event) => {
    // In-app routing uses the hash, which does not fire will-navigate; a full
    // navigation, even to our own origin, is never needed.
    event.preventDefault();
    if (!isAppUrl(event.url)) handOff(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications, clipboard reads, ... for any page. */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
