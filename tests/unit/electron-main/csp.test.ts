import { describe, expect, it } from 'vitest';
import { appResponseHeaders, CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim()).map((d) => [d.split(' ')[0] as string, d.split(' ').slice(1).join(' ')]));
}

describe('content security policy', () => {
  it('is exactly the strict baseline', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no inline code, no eval and no network', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|ws:|\*/);
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toBe("'none'");
    expect(directives(CONTENT_SECURITY_POLICY).get('default-src')).toBe("'none'");
  });

  it('goes out with every response, with nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});
