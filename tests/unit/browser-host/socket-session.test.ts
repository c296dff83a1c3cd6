import { describe, expect, it } from 'vitest';
import { runSocketSession } from '../../../electron/browser-host/socket-session';
import { CLOSE_TOO_FAR_BEHIND } from '../../../electron/browser-host/socket-limits';
import { openBackend } from '../backend/test-backend';
import { useTempDirs } from '../backend/temp-dir';
import { FakeSocket } from './fake-socket';
import { stubBackend } from './stub-backend';

const tempDir = useTempDirs();
const LIMITS = { maxBufferedBytes: 100 };

async function backendInTemp() {
  return openBackend(await tempDir());
}

describe('socket session', () => {
  it('closes a display that stopped reading when the next update would pass the limit, and sends it nothing more', async () => {
    const backend = await backendInTemp();
    const socket = new FakeSocket();
    runSocketSession(socket.asWebSocket(), backend, 'display', LIMITS);
    expect(socket.sent.map((m) => m.type)).toEqual(['hello', 'event']);

    socket.bufferedAmount = LIMITS.maxBufferedBytes + 1; // the page stopped reading
    expect((await backend.call('room.setMode', { mode: 'blank' })).ok).toBe(true);
    expect(socket.closes).toEqual([{ code: CLOSE_TOO_FAR_BEHIND.code, reason: CLOSE_TOO_FAR_BEHIND.reason }]);
    expect((await backend.call('room.setMode', { mode: 'welcome' })).ok).toBe(true);
    expect(socket.sent).toHaveLength(2);
    expect(socket.closes).toHaveLength(1);
    await backend.close();
  });

  it('keeps sending updates while the display keeps up', async () => {
    const backend = await backendInTemp();
    const socket = new FakeSocket();
    runSocketSession(socket.asWebSocket(), backend, 'display', LIMITS);
    socket.bufferedAmount = LIMITS.maxBufferedBytes;
    expect((await backend.call('room.setMode', { mode: 'blank' })).ok).toBe(true);
    expect(socket.sent.filter((m) => m.name === 'display')).toHaveLength(2);
    expect(socket.closes).toEqual([]);
    await backend.close();
  });
});

describe('socket session, when something it relies on throws', () => {
  const call = (socket: FakeSocket, id: number) => socket.receive(JSON.stringify({ type: 'call', id, method: 'group.list', input: {} }));

  it('answers with an internal error when the backend rejects, rather than leaving an unhandled rejection', async () => {
    const socket = new FakeSocket();
    runSocketSession(socket.asWebSocket(), stubBackend({ call: () => Promise.reject(new Error('disk on fire')) }), 'console', LIMITS);
    const reply = socket.nextSent();
    call(socket, 7);
    expect(await reply).toMatchObject({ type: 'result', id: 7, envelope: { ok: false, error: { code: 'internal' } } });
    expect((await reply).envelope?.error?.message).toContain('disk on fire');
    expect(socket.closes).toEqual([]);
  });

  it('answers with an internal error when the backend throws before returning a promise', async () => {
    const socket = new FakeSocket();
    const throwing = stubBackend({
      call: () => {
        throw new Error('not async after all');
      },
    });
    runSocketSession(socket.asWebSocket(), throwing, 'console', LIMITS);
    const reply = socket.nextSent();
    call(socket, 8);
    expect(await reply).toMatchObject({ type: 'result', id: 8, envelope: { ok: false, error: { code: 'internal' } } });
  });

  it('answers with an internal error when a result cannot be put into JSON', async () => {
    const socket = new FakeSocket();
    runSocketSession(socket.asWebSocket(), stubBackend({ call: () => Promise.resolve({ ok: true, value: 10n }) }), 'console', LIMITS);
    const reply = socket.nextSent();
    call(socket, 9);
    expect(await reply).toMatchObject({ type: 'result', id: 9, envelope: { ok: false, error: { code: 'internal' } } });
  });

  it('skips an event that cannot be put into JSON and carries on', async () => {
    const socket = new FakeSocket();
    const backend = stubBackend({ firstEvent: { name: 'display', payload: { version: 10n } } as never });
    expect(() => runSocketSession(socket.asWebSocket(), backend, 'display', LIMITS)).not.toThrow();
    expect(socket.sent.map((m) => m.type)).toEqual(['hello']);
    const reply = socket.nextSent();
    call(socket, 10);
    expect(await reply).toMatchObject({ type: 'result', id: 10 });
  });
});
