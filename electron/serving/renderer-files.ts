import { readFile, realpath, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';

/**
 * The built renderer, read from its folder the same way by both transports:
 * Electron's app:// protocol and the browser host's HTTP server. Plain Node
 * (no 'electron'), so the browser host may import it.
 */

/** The parts of node:path used here; injectable so tests can check Windows rules on Linux. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep' | 'extname'>;

/** Every type the renderer build emits. Anything else goes out as bytes a browser will not sniff into a script. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether `full` lies below the folder `root` (not the folder itself). Both absolute, under the same path rules. */
export function isBelow(root: string, full: string, path: PathApi = nodePath): boolean {
  const rel = path.relative(root, full);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * Maps a URL path onto a file name below rootDir ("/" is index.html), or
 * null when it would leave it. The URL parser already folds `/../`, but
 * percent-encoded dots and slashes, backslashes (a separator on Windows) and
 * drive letters only appear after decoding, so the decoded path is resolved
 * and checked again. Names only: links are followed in readFileBelow.
 */
export function resolveRendererPath(rootDir: string, urlPath: string, path: PathApi = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relativePart = decoded.replace(/^[/\\]+/, '');
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relativePart === '' ? 'index.html' : relativePart);
  return isBelow(root, full, path) ? full : null;
}

/**
 * The bytes of a regular file below rootDir, or null. Links are followed
 * first, so a symbolic link in the build that points elsewhere on the disk
 * serves nothing. Works inside an asar archive too: Electron's fs answers
 * realpath and stat there.
 */
export async function readFileBelow(rootDir: string, file: string): Promise<Uint8Array | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(file)]);
    if (!isBelow(realRoot, realFile) || !(await stat(realFile)).isFile()) return null;
    return await readFile(realFile);
  } catch {
    return null;
  }
}

export interface RendererFile {
  body: Uint8Array;
  contentType: string;
}

export interface RendererFileAccess {
  path?: PathApi;
  /** Resolves to a file's bytes, or null when it is missing or not a file. Defaults to readFileBelow. */
  readFile?: (file: string) => Promise<Uint8Array | null>;
}

/**
 * A URL path's file in the built renderer and its content type, or null when
 * it is outside the folder, missing, or not a regular file: the caller
 * answers 404 either way, so nothing tells which.
 */
export async function readRendererFile(rootDir: string, urlPath: string, access: RendererFileAccess = {}): Promise<RendererFile | null> {
  const path = access.path ?? nodePath;
  const file = resolveRendererPath(rootDir, urlPath, path);
  if (file === null) return null;
  const read = access.readFile ?? ((name: string) => readFileBelow(rootDir, name));
  const body = await read(file).catch(() => null);
  return body === null ? null : { body, contentType: contentTypeFor(file, path) };
}
