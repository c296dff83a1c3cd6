import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, readFileBelow, readRendererFile, resolveRendererPath } from '../../../electron/serving/renderer-files';
import { useTempDirs } from '../backend/temp-dir';

describe('resolveRendererPath (POSIX)', () => {
  const root = '/opt/circlekeeper/dist/renderer';

  it('maps URL paths to files under the root, / to index.html', () => {
    expect(resolveRendererPath(root, '/', posix)).toBe(`${root}/index.html`);
    expect(resolveRendererPath(root, '', posix)).toBe(`${root}/index.html`);
    expect(resolveRendererPath(root, '/index.html', posix)).toBe(`${root}/index.html`);
    expect(resolveRendererPath(root, '/assets/index-abc.js', posix)).toBe(`${root}/assets/index-abc.js`);
    expect(resolveRendererPath(root, '/assets/a%20b.css', posix)).toBe(`${root}/assets/a b.css`);
    expect(resolveRendererPath(root, '/assets/../index.html', posix)).toBe(`${root}/index.html`);
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
      '/.',
    ]) {
      expect(resolveRendererPath(root, path, posix), path).toBeNull();
    }
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    expect(resolveRendererPath(root, '/../renderer2/index.html', posix)).toBeNull();
  });
});

describe('resolveRendererPath (Windows rules)', () => {
  const root = 'C:\\Program Files\\Circlekeeper\\resources\\app.asar\\dist\\renderer';

  it('serves files under the root', () => {
    expect(resolveRendererPath(root, '/assets/x.js', win32)).toBe(`${root}\\assets\\x.js`);
    // Leading separators are dropped, so a UNC-looking path stays inside the root.
    expect(resolveRendererPath(root, '/%5C%5Cserver%5Cshare%5Cx', win32)).toBe(`${root}\\server\\share\\x`);
  });

  it('refuses backslashes, drive letters and UNC paths that escape', () => {
    for (const path of ['/..%5C..%5Csecret', '/%5C..%5C..%5Cwindows%5Cwin.ini', '/C:%5Cwindows%5Cwin.ini', '/D:/x', '/assets%5C..%5C..%5Cx']) {
      expect(resolveRendererPath(root, path, win32), path).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build contains, and nothing sniffable otherwise', () => {
    expect(contentTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/x.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('/a/x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/a/no-extension')).toBe('application/octet-stream');
  });
});

describe('reading from a real renderer folder', () => {
  const tempDir = useTempDirs();

  /** A built renderer with a secret beside it, and links that point from one to the other. */
  async function folder() {
    const dir = await tempDir();
    const root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<title>page</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'x.js'), 'outside too');
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'leak.js'));
    await symlink(join(dir, 'elsewhere'), join(root, 'linked-folder'));
    await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
    return root;
  }

  it('reads index.html for / and files below the root, with their type', async () => {
    const root = await folder();
    const page = await readRendererFile(root, '/');
    expect(Buffer.from(page!.body).toString()).toBe('<title>page</title>');
    expect(page!.contentType).toBe('text/html; charset=utf-8');
    const script = await readRendererFile(root, '/assets/app.js');
    expect(Buffer.from(script!.body).toString()).toBe('console.log(1)');
    expect(script!.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing through a link that leaves the root, file or folder', async () => {
    const root = await folder();
    expect(await readRendererFile(root, '/assets/leak.js')).toBeNull();
    expect(await readRendererFile(root, '/linked-folder/x.js')).toBeNull();
    expect(await readFileBelow(root, join(root, 'assets', 'leak.js'))).toBeNull();
  });

  it('follows a link that stays inside the root', async () => {
    const root = await folder();
    expect(Buffer.from((await readRendererFile(root, '/alias.js'))!.body).toString()).toBe('console.log(1)');
  });

  it('answers null for folders, missing files and escapes', async () => {
    const root = await folder();
    expect(await readRendererFile(root, '/assets')).toBeNull();
    expect(await readRendererFile(root, '/nope.js')).toBeNull();
    expect(await readRendererFile(root, '/..%2fsecret.txt')).toBeNull();
    expect(await readFileBelow(root, join(root, '..', 'secret.txt'))).toBeNull();
  });

  it('uses an injected reader only for names that resolved inside the root', async () => {
    const asked: string[] = [];
    const readFile = async (file: string) => {
      asked.push(file);
      return new TextEncoder().encode('x');
    };
    expect(await readRendererFile('/srv/r', '/%2e%2e/etc/passwd', { path: posix, readFile })).toBeNull();
    expect(await readRendererFile('/srv/r', '/a.css', { path: posix, readFile })).toMatchObject({ contentType: 'text/css; charset=utf-8' });
    expect(asked).toEqual(['/srv/r/a.css']);
  });
});
