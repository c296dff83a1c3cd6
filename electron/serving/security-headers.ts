/**
 * The headers every response of ours goes out with, in both transports:
 * Electron's app:// protocol and the browser host's HTTP server. One strict
 * policy: only our own scripts, styles, fonts and images, no inline code, no
 * plugins, no forms, no framing, so the app makes no network requests
 * (DESIGN.md, "No network requests, ever").
 */
export interface PagePolicy {
  /**
   * The CSP connect-src sources: the one thing the transports need
   * differently. The browser host's page talks to the backend over a
   * WebSocket to its own host; Electron's pages use IPC and connect nowhere.
   */
  connectSrc: string;
}

export function contentSecurityPolicy(policy: PagePolicy): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${policy.connectSrc}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(policy: PagePolicy): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The app never needs these; saying so stops any embedded code asking.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
  // Set by assignment because that is the form electronegativity's CSP check
  // recognises; in an object literal it reports "no CSP" for this app.
  headers['Content-Security-Policy'] = contentSecurityPolicy(policy);
  return headers;
}
