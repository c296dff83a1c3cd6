/**
 * The only URLs ever handed to shell.openExternal: parsed http(s) addresses
 * with a host and no credentials. Anything else (file:, javascript:, custom
 * schemes that launch other programs) is refused, because openExternal runs
 * whatever the operating system associates with the scheme.
 * Returns the normalised URL to open, or null.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
