import { describe, expect, it } from 'vitest';
import { get, useHosts } from './host-harness';

const start = useHosts();

describe('how the token travels over HTTP', () => {
  it('never sets a cookie, for either link', async () => {
    const { host, tokens } = await start();
    for (const token of [tokens.consoleToken, tokens.displayToken]) {
      const page = await get(`${host.origin}/?token=${token}`);
      expect(page.status).toBe(200);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
  });

  it('does not accept the token from a cookie', async () => {
    // Cookies ignore ports: any other server on 127.0.0.1 could have been handed one.
    const { host, tokens } = await start();
    expect((await get(`${host.origin}/`, { cookie: `circlekeeper_token=${tokens.consoleToken}` })).status).toBe(401);
    expect((await get(`${host.origin}/index.html`, { cookie: `circlekeeper_token=${tokens.consoleToken}` })).status).toBe(401);
  });

  it('serves the built scripts and styles without a token, with the same headers', async () => {
    // The page asks for ./assets/… without its query, and they hold no data.
    const { host } = await start();
    const script = await get(`${host.origin}/assets/index-abc.js`);
    expect(script.status).toBe(200);
    expect(script.body).toBe('console.log("app");');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    const style = await get(`${host.origin}/assets/index-abc.css`);
    expect(style.status).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('still needs the token for the page and for anything that is not a built asset', async () => {
    const { host } = await start();
    for (const path of ['/', '/index.html', '/assets/notes.html', '/top-level.js', '/assets/..%2ftop-level.js', '/assets/..%2findex.html']) {
      expect((await get(`${host.origin}${path}`)).status, path).toBe(401);
    }
  });

  it('still refuses other host names for assets', async () => {
    const { host } = await start();
    expect((await get(`${host.origin}/assets/index-abc.js`, { host: 'evil.example' })).status).toBe(421);
  });
});
