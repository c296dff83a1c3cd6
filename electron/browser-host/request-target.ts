// RFC 3986: what a path segment may hold unencoded; a query may also hold "/" and "?".
const PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
const ENCODED = '%[0-9A-Fa-f]{2}';
const ORIGIN_FORM = new RegExp(`^(?:/(?:[${PCHAR}]|${ENCODED})*)+(?:\\?(?:[${PCHAR}/?]|${ENCODED})*)?$`);

/**
 * Reads a request line's target as a URL on this host, or null when it is
 * malformed: the caller answers 400.
 *
 * Browsers and WebSocket clients send the origin form ("/path?query") to a
 * server they reach directly, so that is all this host accepts, checked
 * against RFC 3986's characters (what the WHATWG parser would otherwise
 * repair or choke on, like "//[", never reaches it). The absolute, authority
 * and asterisk forms are for proxies and OPTIONS, and this host is neither.
 * The target is appended to our own origin rather than resolved against it,
 * so "//x" stays a path and never names another host. A parse failure is
 * still caught here: a throw in the upgrade listener would end the process.
 */
export function parseRequestTarget(target: string | undefined, origin: string): URL | null {
  if (target === undefined || !ORIGIN_FORM.test(target)) return null;
  try {
    return new URL(origin + target);
  } catch {
    return null;
  }
}
