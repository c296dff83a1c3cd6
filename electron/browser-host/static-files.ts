import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The renderer folder as a prefix every served path must start with. */
export function rootPrefix(rootDir: string): string {
  return normalize(rootDir.endsWith(sep) ? rootDir : rootDir + sep);
}

/**
 * Where a URL path points inside the built renderer folder, or null when it
 * would step outside it or cannot be a file name.
 */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = rootPrefix(rootDir);
  const full = normalize(join(root, relative));
  return full.startsWith(root) ? full : null;
}

/**
 * Reads a URL path inside the built renderer folder. Anything that would
 * step outside it, or does not exist, is null: the caller answers 404.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  const full = resolveStaticPath(rootDir, urlPath);
  if (!full) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return { body: await readFile(full), contentType: contentTypes[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
