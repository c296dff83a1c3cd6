import { afterEach, beforeEach, vi } from 'vitest';
import type { ConnectionState } from '../../../renderer/src/api/api-client';
import { createSocketClient } from '../../../renderer/src/api/socket-client';
import type { DisplaySnapshot } from '#shared/display/display-view';
import { FakeWebSocket } from './fake-web-socket';

/**
 * Installs FakeWebSocket as globalThis.WebSocket and fake timers for each
 * test (reconnect pauses are passed with vi.advanceTimersByTime, never
 * slept), and puts back afterwards whatever a test replaced.
 */
export function useFakeSockets(): void {
  beforeEach(() => {
    FakeWebSocket.attempts = [];
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}

/** A console client as the page makes it, with every state change it announces. */
export function startClient(tokenStillAccepted: () => Promise<boolean> = () => Promise.resolve(true)) {
  const client = createSocketClient({ socketUrl: 'ws://127.0.0.1:5173/ws?token=t', audience: 'console', tokenStillAccepted });
  const states: ConnectionState[] = [];
  client.onConnection((state) => states.push(state));
  return { client, states };
}

export const displayEvent = (version: number): { type: 'event'; name: 'display'; payload: DisplaySnapshot } => ({
  type: 'event',
  name: 'display',
  payload: { version, now: 0, locale: 'en', view: { screen: 'idle' } },
});

export const okResult = (id: number, value: unknown) => ({ type: 'result', id, envelope: { ok: true, value } });

/**
 * Follows a call so a test can look at once whether it has settled, rather
 * than awaiting it: a call that wrongly hangs then fails the test plainly
 * instead of running it into the timeout. Read it after `await Promise.resolve()`,
 * which lets an already settled promise's handlers run without moving any timer.
 */
export function track<T>(promise: Promise<T>) {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'resolved', value }),
    (error: unknown) => Object.assign(seen, { state: 'rejected', error }),
  );
  return seen;
}
