import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppPath } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

describe('resolveAppPath (POSIX)', () => {
  const root = '/opt/circlekeeper/dist/renderer';

  it('maps URL paths to files under the root, / to index.html', () => {
    expect(resolveAppPath(root, '/', posix)).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, '', posix)).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, '/index.html', posix)).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, '/assets/index-abc.js', posix)).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, '/assets/a%20b.css', posix)).toBe(`${root}/assets/a b.css`);
    expect(resolveAppPath(root, '/assets/../index.html', posix)).toBe(`${root}/index.html`);
  });

  it('refuses anything that leaves the root, however it is spelled', () => {
    for (const path of [
      '/../secret',
      '/%2e%2e/secret',
      '/%2E%2E%2Fsecret',
      '/assets/%2e%2e/%2e%2e/secret',
      '/..%2f..%2fetc%2fpasswd',
      '/%2fetc%2fpasswd/..%2f..%2f..%2f..%2fetc/passwd',
      '/../renderer-other/x.js',
      '/index.html%00.js',
      '/%E0%A4%A', // malformed escape
      '/..',
    ]) {
      expect(resolveAppPath(root, path, posix), path).toBeNull();
    }
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    expect(resolveAppPath(root, '/../renderer2/index.html', posix)).toBeNull();
  });
});

describe('resolveAppPath (Windows rules)', () => {
  const root = 'C:\\Program Files\\Circlekeeper\\resources\\app.asar\\dist\\renderer';

  it('serves files under the root', () => {
    expect(resolveAppPath(root, '/assets/x.js', win32)).toBe(`${root}\\assets\\x.js`);
    // Leading separators are dropped, so a UNC-looking path stays inside the root.
    expect(resolveAppPath(root, '/%5C%5Cserver%5Cshare%5Cx', win32)).toBe(`${root}\\server\\share\\x`);
  });

  it('refuses backslashes, drive letters and UNC paths that escape', () => {
    for (const path of ['/..%5C..%5Csecret', '/%5C..%5C..%5Cwindows%5Cwin.ini', '/C:%5Cwindows%5Cwin.ini', '/D:/x', '/assets%5C..%5C..%5Cx']) {
      expect(resolveAppPath(root, path, win32), path).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build contains, and nothing sniffable otherwise', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/x.exe')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  const root = '/srv/renderer';
  const files = new Map<string, string>([
    [`${root}/index.html`, '<!doctype html><title>Circlekeeper</title>'],
    [`${root}/assets/app.js`, 'console.log(1)'],
  ]);
  const reads: string[] = [];
  const handler = createAppProtocolHandler({
    rootDir: root,
    path: posix,
    readFile: async (path) => {
      reads.push(path);
      const text = files.get(path);
      return text === undefined ? null : new TextEncoder().encode(text);
    },
  });

  it('serves index.html with the CSP and the right type', async () => {
    const response = await handler(new Request('app://circlekeeper/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('Circlekeeper');
  });

  it('serves assets, and HEAD without a body', async () => {
    expect(await (await handler(new Request('app://circlekeeper/assets/app.js'))).text()).toBe('console.log(1)');
    const head = await handler(new Request('app://circlekeeper/assets/app.js', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404 for missing files and escapes, without reading outside the root', async () => {
    reads.length = 0;
    expect((await handler(new Request('app://circlekeeper/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://circlekeeper/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handler(new Request('app://circlekeeper/..%2f..%2fetc/passwd'))).status).toBe(404);
    expect(reads.every((path) => path.startsWith(`${root}/`))).toBe(true);
  });

  it('serves only our host, and only reads', async () => {
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    const post = await handler(new Request('app://circlekeeper/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('turns a read error into 404', async () => {
    const failing = createAppProtocolHandler({ rootDir: root, path: posix, readFile: () => Promise.reject(new Error('EISDIR')) });
    expect((await failing(new Request('app://circlekeeper/assets'))).status).toBe(404);
  });
});
