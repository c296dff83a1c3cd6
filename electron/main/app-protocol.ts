import * as nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { appResponseHeaders } from './csp';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname'>;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string, path: PathApi = nodePath): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path onto a file inside rootDir, or null when it would leave it.
 * The URL parser already folds `/../`, but percent-encoded dots and slashes,
 * backslashes (a separator on Windows) and drive letters only appear after
 * decoding, so the decoded path is resolved and checked again.
 * `path` is injectable so tests can check Windows rules on Linux.
 */
export function resolveAppPath(rootDir: string, urlPathname: string, path: PathApi = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativePart = decoded.replace(/^[/\\]+/, '');
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relativePart === '' ? 'index.html' : relativePart);
  const rel = path.relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return full;
}

export interface AppProtocolOptions {
  rootDir: string;
  /** Resolves to the file's bytes, or null when it is missing or not a file. */
  readFile: (path: string) => Promise<Uint8Array | null>;
  path?: PathApi;
}

function notFound(status = 404): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * The handler for protocol.handle('app', ...): serves the built renderer,
 * read-only, from our host only, always with the CSP header.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const path = options.path ?? nodePath;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const file = resolveAppPath(options.rootDir, url.pathname, path);
    if (file === null) return notFound();
    const body = await options.readFile(file).catch(() => null);
    if (body === null) return notFound();
    const headers = appResponseHeaders(contentTypeFor(file, path));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
