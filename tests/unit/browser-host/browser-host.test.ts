import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connect, get, pageOrigin, useHosts, wsUrl } from './host-harness';

const start = useHosts();

describe('browser host', () => {
  it('serves the renderer only with a token, with a strict CSP', async () => {
    const { host, tokens } = await start();
    expect((await get(`${host.origin}/`)).status).toBe(401);
    expect((await get(`${host.origin}/?token=wrong`)).status).toBe(401);
    const page = await get(`${host.origin}/?token=${tokens.consoleToken}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>test</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The one difference from app://: the page may open its socket back to this host.
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${host.origin.replace('http', 'ws')};`);
  });

  it('refuses other host names and paths outside the renderer', async () => {
    const { host, tokens } = await start();
    expect((await get(`${host.origin}/?token=${tokens.consoleToken}`, { host: 'evil.example' })).status).toBe(421);
    expect((await get(`${host.origin}/%2e%2e/secret.txt?token=${tokens.consoleToken}`)).status).toBe(404);
    expect((await get(`${host.origin}/..%2fsecret.txt?token=${tokens.consoleToken}`)).status).toBe(404);
  });

  it('serves nothing through a link that leads out of the renderer, even where no token is needed', async () => {
    const { host, tokens } = await start();
    for (const url of [`${host.origin}/assets/leak.js`, `${host.origin}/assets/leak.js?token=${tokens.consoleToken}`]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body).not.toContain('outside the renderer');
    }
  });

  it('refuses a socket with a wrong token or a foreign origin', async () => {
    const { host, tokens } = await start();
    await expect(connect(wsUrl(host, 'wrong'), pageOrigin(host))).rejects.toThrow(/401/);
    const foreign = new WebSocket(wsUrl(host, tokens.consoleToken), { headers: { origin: 'http://evil.example' } });
    await expect(
      new Promise((resolve, reject) => {
        foreign.once('open', resolve);
        foreign.once('error', reject);
      }),
    ).rejects.toThrow(/403/);
  });

  it('gives the console calls and both events, and the display only display events', async () => {
    const { host, tokens } = await start();
    const consoleClient = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    const displayClient = await connect(wsUrl(host, tokens.displayToken), pageOrigin(host));
    expect((await displayClient.waitFor((m) => m.type === 'hello')).audience).toBe('display');
    await displayClient.waitFor((m) => m.type === 'event' && m.name === 'display');

    const created = await consoleClient.call('group.create', { name: 'Circle' });
    expect(created?.ok).toBe(true);
    await consoleClient.waitFor((m) => m.name === 'changed');
    await displayClient.waitFor((m) => m.type === 'event' && JSON.stringify(m.payload).includes('Circle'));

    const refused = await displayClient.call('group.list', {});
    expect(refused?.error?.code).toBe('forbidden');
    const events = displayClient.messages.filter((m) => m.type === 'event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((m) => m.name === 'display')).toBe(true);
    consoleClient.socket.close();
    displayClient.socket.close();
  });

  it('answers a malformed message with a clear error and stays open', async () => {
    const { host, tokens } = await start();
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    client.socket.send('{not json');
    const reply = await client.waitFor((m) => m.type === 'result');
    expect(reply.envelope?.error?.code).toBe('invalid_input');
    expect((await client.call('group.create', { name: 7 }))?.error?.message).toContain('must be text');
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });
});
