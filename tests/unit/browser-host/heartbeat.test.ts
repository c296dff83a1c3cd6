import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, pageOrigin, useHosts, wsUrl } from './host-harness';

const start = useHosts();
const HEARTBEAT_MS = 15_000;

// Only the host's interval is faked: sockets, the backend's writes and the harness's polling run for real.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('heartbeat', () => {
  it('pings every socket, ends one that has not answered by the next ping, and keeps one that has', async () => {
    const { host, tokens } = await start({ socketLimits: { heartbeatMs: HEARTBEAT_MS } });
    // ws answers pings by itself unless told not to: this one plays a connection that went half-open.
    const silent = await connect(wsUrl(host, tokens.displayToken), { ...pageOrigin(host), autoPong: false });
    const answering = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    const silentClosed = once(silent.socket, 'close');

    const firstPings = [once(silent.socket, 'ping'), once(answering.socket, 'ping')];
    vi.advanceTimersByTime(HEARTBEAT_MS);
    await Promise.all(firstPings);
    // The pong went out before this call, so the host has read it by the time the call is answered.
    expect((await answering.call('group.list', {}))?.ok).toBe(true);
    expect(silent.socket.readyState).toBe(silent.socket.OPEN);

    const secondPing = once(answering.socket, 'ping');
    vi.advanceTimersByTime(HEARTBEAT_MS);
    const [code] = (await silentClosed) as [number, Buffer];
    expect(code).toBe(1006); // ended without a close handshake
    await secondPing;
    expect((await answering.call('group.list', {}))?.ok).toBe(true);
    answering.socket.close();
  });

  it('does not ping before the interval has passed', async () => {
    const { host, tokens } = await start({ socketLimits: { heartbeatMs: HEARTBEAT_MS } });
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    let pings = 0;
    client.socket.on('ping', () => (pings += 1));
    vi.advanceTimersByTime(HEARTBEAT_MS - 1);
    // A round trip gives any ping sent so far time to arrive first.
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    expect(pings).toBe(0);
    vi.advanceTimersByTime(1);
    await once(client.socket, 'ping');
    expect(pings).toBe(1);
    client.socket.close();
  });
});
