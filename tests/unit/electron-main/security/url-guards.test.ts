import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, surfaceUrl } from '../../../../electron/main/security/app-origin';
import { safeExternalUrl } from '../../../../electron/main/security/external-links';

describe('isAppUrl', () => {
  it('accepts our own pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html#/console`)).toBe(true);
    expect(isAppUrl('app://circlekeeper/')).toBe(true);
    expect(isAppUrl('APP://circlekeeper/assets/x.js')).toBe(true);
  });

  it('compares the host exactly (Chromium lowercases standard-scheme hosts before we see them)', () => {
    expect(isAppUrl('app://CircleKeeper/')).toBe(false);
  });

  it('refuses look-alikes, other schemes and nothing', () => {
    for (const url of [
      'app://circlekeeper.evil/index.html',
      'app://evil/index.html',
      'app://circlekeeper@evil/',
      'app://user:pw@circlekeeper/',
      'app://circlekeeper:8080/',
      'https://circlekeeper/',
      'file:///index.html',
      'appx://circlekeeper/',
      'about:blank',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('builds each surface URL on our origin', () => {
    expect(surfaceUrl('console')).toBe('app://circlekeeper/index.html#/console');
    expect(surfaceUrl('display')).toBe('app://circlekeeper/index.html#/display');
    expect(isAppUrl(surfaceUrl('display'))).toBe(true);
  });
});

describe('safeExternalUrl', () => {
  it('passes parsed http and https addresses, normalised', () => {
    expect(safeExternalUrl('https://example.org/help')).toBe('https://example.org/help');
    expect(safeExternalUrl('HTTP://Example.org')).toBe('http://example.org/');
    expect(safeExternalUrl('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
  });

  it('refuses every other scheme, credentials, and non-strings', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-msdt:/id',
      'app://circlekeeper/',
      'mailto:a@example.org',
      'https://user:pw@example.org/',
      'https://user@example.org/',
      'http://',
      '//example.org',
      'example.org',
      `https://example.org/${'a'.repeat(3000)}`,
      42,
      null,
      undefined,
    ]) {
      expect(safeExternalUrl(url), String(url).slice(0, 40)).toBeNull();
    }
  });
});
