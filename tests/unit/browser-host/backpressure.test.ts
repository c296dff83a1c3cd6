import { createConnection, type NetConnectOpts, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_TOO_FAR_BEHIND } from '../../../electron/browser-host/socket-limits';
import { connect, opened, pageOrigin, useHosts, wsUrl } from './host-harness';

const start = useHosts();
const LIMIT = 64 * 1024;
// Loopback's kernel buffers take a few MiB (about 4.5 with Linux's default
// tcp_wmem maximum of 4 MiB) before anything waits in the host itself, so
// the stalled client is sent several times that.
const VOLUME = 24 * 1024 * 1024;

describe('a socket that stops reading', () => {
  it('is closed with a clear reason once what waits for it passes the limit, and the host serves on', async () => {
    const { host, tokens } = await start({ socketLimits: { maxBufferedBytes: LIMIT } });
    const healthy = await connect(wsUrl(host, tokens.consoleToken), pageOrigin(host));
    // A group with many agenda templates makes template.list a large, cheap reply.
    const group = (await healthy.call('group.create', { name: 'Circle' }))?.value as { id: string };
    const [template] = (await healthy.call('template.list', { groupId: group.id }))?.value as { id: string }[];
    for (let i = 0; i < 15; i += 1) expect((await healthy.call('template.duplicate', { templateId: template?.id }))?.ok).toBe(true);
    const bigCall = { type: 'call', method: 'template.list', input: { groupId: group.id } };
    const replySize = JSON.stringify(await healthy.call(bigCall.method, bigCall.input)).length;
    const calls = Math.ceil(VOLUME / replySize);

    // The stalled client: its TCP socket stops reading, as a frozen display's would.
    let tcp: Socket | undefined;
    const keepingTheSocket = ((options: NetConnectOpts) => (tcp = createConnection(options))) as typeof createConnection;
    const stalled = new WebSocket(wsUrl(host, tokens.consoleToken), { ...pageOrigin(host), createConnection: keepingTheSocket });
    await opened(stalled);
    tcp?.pause();
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      stalled.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    let results = 0;
    let everyReplyArrived: () => void = () => undefined;
    const allReplies = new Promise<null>((resolve) => (everyReplyArrived = () => resolve(null)));
    stalled.on('message', (data: Buffer) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'result') results += 1;
      if (results === calls + 1) everyReplyArrived();
    });
    for (let id = 1; id <= calls; id += 1) stalled.send(JSON.stringify({ ...bigCall, id }));
    // The host handles one socket's messages in order, so once this last change
    // is announced, every template.list before it has been answered or dropped.
    stalled.send(JSON.stringify({ type: 'call', id: calls + 1, method: 'room.setMode', input: { mode: 'blank' } }));
    await healthy.waitFor((m) => m.name === 'display' && (m.payload as { view: { screen: string } }).view.screen === 'blank', 2000);
    tcp?.resume();
    // Without a bound, every reply would arrive in the end and the socket would stay open.
    expect(await Promise.race([closed, allReplies])).toEqual({ code: CLOSE_TOO_FAR_BEHIND.code, reason: CLOSE_TOO_FAR_BEHIND.reason });
    expect(results).toBeGreaterThan(0);
    expect(results).toBeLessThan(calls);
    expect((await healthy.call('group.list', {}))?.ok).toBe(true);
    healthy.socket.close();
  });
});
