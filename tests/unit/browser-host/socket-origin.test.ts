import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connect, opened, pageOrigin, useHosts, wsUrl } from './host-harness';

const start = useHosts();

describe("the socket's Origin", () => {
  it('lets the console page in from its own origin', async () => {
    const { host, tokens } = await start();
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });

  it('lets the console page in when it was opened on localhost', async () => {
    const { host, tokens } = await start();
    const localhost = `http://localhost:${String(host.port)}`;
    const client = await connect(`ws://localhost:${String(host.port)}/ws?token=${tokens.consoleToken}`, { origin: localhost });
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });

  it('refuses the console token without an Origin', async () => {
    // Browsers always send one; a client without one is not the console page.
    const { host, tokens } = await start();
    await expect(opened(new WebSocket(wsUrl(host, tokens.consoleToken)))).rejects.toThrow(/403/);
  });

  it('refuses the console token from any other origin, including other local servers', async () => {
    const { host, tokens } = await start();
    const others = [
      'http://evil.example',
      `http://127.0.0.1:${String(host.port + 1)}`,
      `http://localhost:${String(host.port)}`, // the other name: not the page that connects to 127.0.0.1
      `https://127.0.0.1:${String(host.port)}`,
      'null',
    ];
    for (const origin of others) {
      await expect(opened(new WebSocket(wsUrl(host, tokens.consoleToken), { origin })), origin).rejects.toThrow(/403/);
    }
  });

  it('does not take the token from a cookie on the socket either', async () => {
    const { host, tokens } = await start();
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/ws`, {
      ...pageOrigin(host),
      headers: { cookie: `circlekeeper_token=${tokens.consoleToken}` },
    });
    await expect(opened(socket)).rejects.toThrow(/401/);
  });

  it('keeps the display working from the display page, and refuses it from other origins', async () => {
    const { host, tokens } = await start();
    const fromPage = await connect(wsUrl(host, tokens.displayToken), pageOrigin(host));
    expect((await fromPage.waitFor((m) => m.type === 'hello')).audience).toBe('display');
    await fromPage.waitFor((m) => m.type === 'event' && m.name === 'display');
    fromPage.socket.close();
    await expect(opened(new WebSocket(wsUrl(host, tokens.displayToken), { origin: 'http://evil.example' }))).rejects.toThrow(/403/);
  });

  it('lets a display without an Origin in: it only ever hears the public display view', async () => {
    const { host, tokens } = await start();
    const display = await connect(wsUrl(host, tokens.displayToken));
    expect((await display.waitFor((m) => m.type === 'hello')).audience).toBe('display');
    display.socket.close();
  });
});
