import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '#shared/contract/wire';
import { connect, pageOrigin, useHosts, wsUrl } from './host-harness';

const start = useHosts();

describe('malformed frames on the socket', () => {
  it('answers frames that are not calls with invalid_input, and odd method names with unknown_method', async () => {
    const { host, tokens } = await start();
    const client = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    for (const frame of [
      'null',
      '[]',
      '42',
      '"call"',
      '{"type":"call","id":-1,"method":"group.list"}',
      '{"type":"call","id":3,"method":7}',
      '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
    ]) {
      client.messages.length = 0;
      client.socket.send(frame);
      expect((await client.waitFor((m) => m.type === 'result')).envelope?.error?.code, frame.slice(0, 60)).toBe('invalid_input');
    }
    client.messages.length = 0;
    client.socket.send(Buffer.from(JSON.stringify({ type: 'call', id: 4, method: 'group.list', input: {} })), { binary: true });
    expect((await client.waitFor((m) => m.type === 'result')).envelope?.error?.code).toBe('invalid_input');
    for (const method of ['__proto__', 'constructor', 'toString']) {
      expect((await client.call(method, {}))?.error?.code, method).toBe('unknown_method');
    }
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });

  it('closes a socket that sends an oversized or broken frame, and serves the next one', async () => {
    const { host, tokens } = await start();
    const oversized = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    const oversizedClosed = once(oversized.socket, 'close');
    oversized.socket.send('x'.repeat(MAX_MESSAGE_BYTES + 1));
    expect((await oversizedClosed)[0]).toBe(1009); // message too big

    const broken = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    const brokenClosed = once(broken.socket, 'close');
    broken.socket.send(Buffer.from([0xff, 0xfe, 0xfd]), { binary: false }); // a text frame that is not UTF-8
    expect((await brokenClosed)[0]).toBe(1007); // invalid payload

    const next = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    expect((await next.call('group.list', {}))?.ok).toBe(true);
    next.socket.close();
  });
});
