import { describe, expect, it } from 'vitest';
import { connect, pageOrigin, useHosts, wsUrl } from './host-harness';
import { plainRequest, rawRequest, sendAndReset, upgradeRequest } from './raw-request';

const start = useHosts();

// Request targets a security probe sent: each once made `new URL` throw.
const MALFORMED_TARGETS = ['http://[', '//[', 'http://a:b/', 'http://x:99999/'];

describe('malformed requests', () => {
  it('answers a malformed target with 400, as an upgrade and as a plain GET, and keeps serving', async () => {
    const { host, tokens } = await start();
    for (const target of MALFORMED_TARGETS) {
      expect(await rawRequest(host.port, upgradeRequest(host.port, target)), `upgrade ${target}`).toBe('HTTP/1.1 400 Bad Request');
      expect(await rawRequest(host.port, plainRequest(host.port, target)), `GET ${target}`).toBe('HTTP/1.1 400 Bad Request');
    }
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });

  it('answers a target that is not a path (absolute, authority or asterisk form) with 400', async () => {
    const { host } = await start();
    for (const target of [`http://127.0.0.1:${String(host.port)}/`, `127.0.0.1:${String(host.port)}`, '*']) {
      expect(await rawRequest(host.port, plainRequest(host.port, target)), target).toBe('HTTP/1.1 400 Bad Request');
    }
  });

  it('lives through clients that reset the connection while an upgrade is refused', async () => {
    const { host, tokens } = await start();
    // Without an error listener on the upgraded socket, the write error of each refusal ended the process.
    for (let i = 0; i < 5; i += 1) {
      await sendAndReset(host.port, upgradeRequest(host.port, '/ws?token=wrong'));
      await sendAndReset(host.port, upgradeRequest(host.port, `/ws?token=${tokens.consoleToken}`, { Origin: 'http://evil.example' }));
      await sendAndReset(host.port, upgradeRequest(host.port, 'http://['));
    }
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });
});
