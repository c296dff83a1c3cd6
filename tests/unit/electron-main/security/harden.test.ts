import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../../electron/main/security/harden';

type Listener = (event: { url: string; preventDefault(): void; defaultPrevented: boolean }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const fire = (name: string, url = '') => {
    const event = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    listeners.get(name)?.(event);
    return event.defaultPrevented;
  };
  return { contents: contents as unknown as WebContents, listeners, fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it('denies every navigation, and hands only http(s) links to the browser', () => {
    const opened: string[] = [];
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, (url) => opened.push(url));
    expect(fire('will-navigate', 'https://example.org/help')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'app://circlekeeper/index.html')).toBe(true);
    expect(opened).toEqual(['https://example.org/help']);
  });

  it('denies redirects away from our origin', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, () => undefined);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://circlekeeper/index.html')).toBe(false);
  });

  it('denies webviews', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, () => undefined);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, opening safe links externally instead', () => {
    const opened: string[] = [];
    const { contents, open } = fakeContents();
    hardenWebContents(contents, (url) => opened.push(url));
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('app://circlekeeper/index.html#/console')).toEqual({ action: 'deny' });
    expect(open('smb://attacker/share')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: ((...args: unknown[]) => boolean) | null = null;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
    } as unknown as Session;
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      let granted: boolean | undefined;
      request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(check!(null, permission, 'app://circlekeeper', {}), permission).toBe(false);
    }
  });
});
