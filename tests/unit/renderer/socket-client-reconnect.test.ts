import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-error';
import { FakeWebSocket, latestSocket } from './fake-web-socket';
import { okResult, startClient, track, useFakeSockets } from './socket-client-harness';

useFakeSockets();

describe('socket client: losing the host', () => {
  it('fails a call in flight at once, says it is reconnecting, and reconnects by itself', async () => {
    const { client, states } = startClient();
    latestSocket().open();
    const inFlight = track(client.call('group.list', {}));
    expect(latestSocket().sent).toEqual([{ type: 'call', id: 1, method: 'group.list', input: {} }]);

    latestSocket().drop();
    await Promise.resolve();
    // No timer has moved: the drop itself failed the call, nothing waited for a timeout.
    expect(inFlight.state).toBe('rejected');
    expect(inFlight.error).toBeInstanceOf(ApiError);
    expect(inFlight.error).toMatchObject({ code: 'disconnected' });
    expect(client.connection()).toBe('reconnecting');
    expect(states).toEqual(['open', 'reconnecting']);

    // The first pause is short; nothing is tried before it ends.
    vi.advanceTimersByTime(249);
    expect(FakeWebSocket.attempts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.attempts).toHaveLength(2);
    expect(latestSocket().url).toBe('ws://127.0.0.1:5173/ws?token=t');

    latestSocket().open();
    expect(states).toEqual(['open', 'reconnecting', 'open']);
    const after = client.call('group.list', {});
    latestSocket().receive(okResult(2, []));
    await expect(after).resolves.toEqual([]);
  });

  it('refuses a call made while disconnected, sending nothing', async () => {
    const { client } = startClient();
    latestSocket().open();
    latestSocket().drop();
    await expect(client.call('group.list', {})).rejects.toMatchObject({ code: 'disconnected' });
    expect(FakeWebSocket.attempts.flatMap((socket) => socket.sent)).toEqual([]);
  });

  it('waits longer after each failed attempt, up to 4 s, and starts afresh once connected', async () => {
    startClient();
    for (const pause of [250, 500, 1000, 2000, 4000, 4000]) {
      const before = FakeWebSocket.attempts.length;
      latestSocket().drop();
      // Async: from the third failure the client first asks about the token.
      await vi.advanceTimersByTimeAsync(pause - 1);
      expect(FakeWebSocket.attempts, `before ${String(pause)} ms`).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(FakeWebSocket.attempts, `at ${String(pause)} ms`).toHaveLength(before + 1);
    }

    latestSocket().open();
    latestSocket().drop();
    vi.advanceTimersByTime(250);
    expect(FakeWebSocket.attempts).toHaveLength(8);
  });
});

describe('socket client: a token the host no longer accepts', () => {
  it('asks after the third failure, then stops trying and says it was refused', async () => {
    const tokenStillAccepted = vi.fn(() => Promise.resolve(false));
    const { client, states } = startClient(tokenStillAccepted);

    latestSocket().drop();
    await vi.advanceTimersByTimeAsync(250);
    latestSocket().drop();
    await vi.advanceTimersByTimeAsync(500);
    expect(tokenStillAccepted).not.toHaveBeenCalled();
    latestSocket().drop();
    await vi.advanceTimersByTimeAsync(0);

    expect(tokenStillAccepted).toHaveBeenCalledTimes(1);
    expect(client.connection()).toBe('refused');
    expect(states).toEqual(['reconnecting', 'refused']);
    // However long the page stays open, it does not knock again.
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(FakeWebSocket.attempts).toHaveLength(3);
    expect(client.connection()).toBe('refused');
  });

  it.each([
    ['still accepts the token', () => Promise.resolve(true)],
    ['cannot be asked', () => Promise.reject(new Error('offline'))],
  ])('keeps trying when the host %s', async (_case, tokenStillAccepted) => {
    const { client } = startClient(tokenStillAccepted);
    for (const pause of [250, 500, 1000]) {
      latestSocket().drop();
      await vi.advanceTimersByTimeAsync(pause);
    }
    expect(client.connection()).toBe('reconnecting');
    expect(FakeWebSocket.attempts).toHaveLength(4);
  });
});
