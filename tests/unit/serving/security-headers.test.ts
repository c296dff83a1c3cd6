import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../electron/serving/security-headers';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .map((d) => [d.split(' ')[0] as string, d.split(' ').slice(1).join(' ')]),
  );
}

const electron = { connectSrc: "'none'" };
const browserHost = { connectSrc: "'self' ws://127.0.0.1:41234" };

describe('content security policy', () => {
  it('is exactly the strict baseline, with connect-src as given', () => {
    expect(contentSecurityPolicy(electron)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy(browserHost)).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws://127.0.0.1:41234; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('differs between the transports only in connect-src', () => {
    const app = directives(contentSecurityPolicy(electron));
    const host = directives(contentSecurityPolicy(browserHost));
    const differing = [...app.keys()].filter((name) => app.get(name) !== host.get(name));
    expect(differing).toEqual(['connect-src']);
  });

  it('allows no inline code, no eval and, apart from connect-src, no network', () => {
    for (const policy of [electron, browserHost]) {
      const text = contentSecurityPolicy(policy).replace(`connect-src ${policy.connectSrc}`, '');
      expect(text).not.toMatch(/unsafe-inline|unsafe-eval|https?:|wss?:|\*/);
      expect(directives(text).get('default-src')).toBe("'none'");
    }
  });
});

describe('securityHeaders', () => {
  it('carry the policy and the other headers every response needs', () => {
    expect(securityHeaders(browserHost)).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(browserHost),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  });
});
