import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { useTempDirs } from '../backend/temp-dir';

/** app:// pages use IPC, so unlike the browser host's they may connect nowhere. */
const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Which names resolve inside the root, and their content types, are tested with
// the module both transports share: tests/unit/serving/renderer-files.test.ts.
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
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
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
    expect(post.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('turns a read error into 404', async () => {
    const failing = createAppProtocolHandler({ rootDir: root, path: posix, readFile: () => Promise.reject(new Error('EISDIR')) });
    expect((await failing(new Request('app://circlekeeper/assets'))).status).toBe(404);
  });

  describe('with no injected reader (as main.ts uses it)', () => {
    const tempDir = useTempDirs();

    it('reads the real folder, and nothing a link leads out of it to', async () => {
      const dir = await tempDir();
      const rootDir = join(dir, 'renderer');
      await mkdir(rootDir);
      await writeFile(join(rootDir, 'index.html'), '<title>real</title>');
      await writeFile(join(dir, 'secret.txt'), 'outside');
      await symlink(join(dir, 'secret.txt'), join(rootDir, 'leak.js'));
      const fromDisk = createAppProtocolHandler({ rootDir });
      expect(await (await fromDisk(new Request('app://circlekeeper/'))).text()).toBe('<title>real</title>');
      expect((await fromDisk(new Request('app://circlekeeper/leak.js'))).status).toBe(404);
    });
  });
});
