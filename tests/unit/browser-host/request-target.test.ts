import { describe, expect, it } from 'vitest';
import { parseRequestTarget } from '../../../electron/browser-host/request-target';

const ORIGIN = 'http://127.0.0.1:4000';

describe('parseRequestTarget', () => {
  it('reads the origin form on our own origin', () => {
    const url = parseRequestTarget('/ws?token=abc-_1', ORIGIN);
    expect(url?.origin).toBe(ORIGIN);
    expect(url?.pathname).toBe('/ws');
    expect(url?.searchParams.get('token')).toBe('abc-_1');
    expect(parseRequestTarget('/', ORIGIN)?.pathname).toBe('/');
    expect(parseRequestTarget('/assets/index-D1nlBA1Q.js', ORIGIN)?.pathname).toBe('/assets/index-D1nlBA1Q.js');
    // Encoded bytes are left for the file lookup to judge.
    expect(parseRequestTarget('/..%2fsecret.txt', ORIGIN)?.pathname).toBe('/..%2fsecret.txt');
  });

  it('keeps a path that starts with // on this host', () => {
    const url = parseRequestTarget('//evil.example/ws', ORIGIN);
    expect(url?.origin).toBe(ORIGIN);
    expect(url?.pathname).toBe('//evil.example/ws');
  });

  it('refuses malformed targets and the forms meant for proxies', () => {
    for (const target of [
      undefined,
      '',
      'http://[',
      '//[',
      'http://a:b/',
      'http://x:99999/',
      'http://127.0.0.1:4000/',
      '127.0.0.1:4000',
      '*',
      '/a b',
      '/%zz',
      '/%4',
      '/a\\b',
      '/x?y=[1]',
      '/#frag',
    ]) {
      expect(parseRequestTarget(target, ORIGIN), String(target)).toBeNull();
    }
  });
});
