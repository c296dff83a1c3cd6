import { describe, expect, it } from 'vitest';
import { runSocketSession } from '../../../electron/browser-host/socket-session';
import { CLOSE_TOO_FAR_BEHIND } from '../../../electron/browser-host/socket-limits';
import { openBackend } from '../backend/test-backend';
import { useTempDirs } from '../backend/temp-dir';
import { FakeSocket } from './fake-socket';

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
