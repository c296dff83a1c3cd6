import type { Audience } from '#shared/contract/events';

/**
 * Pages are served from app://circlekeeper/ rather than file://, so they get a
 * real origin, a CSP header, and cannot read arbitrary files (DESIGN.md,
 * "Electron security baseline").
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'circlekeeper';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The one page both windows load; the hash picks the surface. */
export function surfaceUrl(audience: Audience): string {
  return `${APP_ORIGIN}/index.html#/${audience}`;
}

/**
 * True only for URLs on our own origin. Parsed, not prefix-matched, so
 * `app://circlekeeper.evil/` or `app://circlekeeper@x/` do not pass.
 * (Node gives non-special schemes an opaque `origin`, so compare the parts.)
 * The host is compared exactly: Chromium lowercases a standard scheme's host
 * before main sees it, so anything else is not a URL it produced.
 */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
