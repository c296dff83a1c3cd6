/**
 * The page policy for app://: our own scripts, styles, fonts and images only,
 * no network at all (connect-src 'none': IPC needs no socket), no plugins,
 * no forms, no framing. DESIGN.md: "No network requests, ever".
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every app:// response, whatever the file. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The app never needs these; saying so stops any embedded code asking.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  // Set by assignment because that is the form electronegativity's CSP check
  // recognises; in an object literal it reports "no CSP" for this app.
  headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}
