import { extname, join, resolve } from 'node:path';
import { isBelow, resolveRendererPath } from '../serving/renderer-files';

// What Vite emits into assets/ for the page: code, styles, fonts and icons. Never HTML or JSON.
const PUBLIC_EXTENSIONS = new Set(['.js', '.css', '.woff2', '.svg', '.png', '.ico']);

/**
 * Whether a URL path names a built asset that may be served without a token.
 *
 * The page loads ./assets/… (and its scripts import further chunks) without
 * the page's ?token= query. A cookie must not carry the token for them:
 * cookies ignore ports, so every other server on 127.0.0.1 would get it. Adding
 * the token to every asset URL would mean rewriting the built HTML and every
 * chunk import, and would copy the secret into more request lines and
 * caches. Serving the assets without one is the safer of the two: they are
 * the same code the package ships, hold no meeting data, and still pass the
 * Host check (DNS rebinding) and go out with Cross-Origin-Resource-Policy
 * same-origin. index.html, and everything else, still needs a token.
 *
 * Judged on the resolved file path, so "assets/../x.js" is not an asset.
 */
export function isPublicAsset(rootDir: string, urlPath: string): boolean {
  const full = resolveRendererPath(rootDir, urlPath);
  if (full === null) return false;
  return isBelow(join(resolve(rootDir), 'assets'), full) && PUBLIC_EXTENSIONS.has(extname(full));
}
