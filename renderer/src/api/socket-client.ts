import { MAX_MESSAGE_BYTES } from '#shared/contract/message-limit';
import type { Envelope } from '#shared/contract/errors';
import type { Audience } from '#shared/contract/events';
import type { MethodName } from '#shared/contract/method-names';
import type { ServerMessage } from '#shared/contract/wire';
import type { ApiClient, ConnectionState } from './api-client';
import { ApiError } from './api-error';
import { EventRouter } from './event-router';
import { Listeners } from './listeners';

export interface SocketClientOptions {
  /** ws:// address of the browser host, with the token. */
  socketUrl: string;
  /** Asked after a failed connection: does the host still accept our token? */
  tokenStillAccepted: () => Promise<boolean>;
  audience: Audience;
}

const RETRY_STEPS_MS = [250, 500, 1000, 2000, 4000];

/**
 * The browser-mode transport. It reconnects by itself after the host
 * restarts; calls made while disconnected fail at once with a clear message
 * rather than hanging, so nothing looks saved that was not.
 */
export function createSocketClient(options: SocketClientOptions): ApiClient {
  const router = new EventRouter();
  const connectionListeners = new Listeners<ConnectionState>();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: ApiError) => void }>();
  let state: ConnectionState = 'connecting';
  let socket: WebSocket | null = null;
  let nextId = 1;
  let failures = 0;

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    connectionListeners.emit(next);
  }

  function failPending(): void {
    for (const { reject } of pending.values()) {
      reject(
        new ApiError({
          code: 'disconnected',
          message: 'The connection to Circlekeeper was lost before this was confirmed. Check it once the console reconnects.',
        }),
      );
    }
    pending.clear();
  }

  function handleMessage(message: ServerMessage): void {
    if (message.type === 'result') {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      const envelope = message.envelope as Envelope<unknown>;
      if (envelope.ok) waiter.resolve(envelope.value);
      else waiter.reject(new ApiError(envelope.error));
    } else if (message.type === 'event') {
      router.dispatch(message.name, message.payload);
    }
  }

  function connect(): void {
    const ws = new WebSocket(options.socketUrl);
    socket = ws;
    ws.onopen = () => {
      failures = 0;
      // The host may have restarted and counts versions afresh.
      router.reset();
      setState('open');
    };
    ws.onmessage = (event: MessageEvent<string>) => {
      try {
        handleMessage(JSON.parse(event.data) as ServerMessage);
      } catch (error) {
        console.error('Ignored a message that was not understood', error);
      }
    };
    ws.onclose = () => {
      socket = null;
      failPending();
      void retry();
    };
  }

  async function retry(): Promise<void> {
    failures += 1;
    setState('reconnecting');
    // After a few failures, ask whether the host is there but no longer knows us.
    if (failures >= 3 && !(await options.tokenStillAccepted().catch(() => true))) {
      setState('refused');
      return;
    }
    const delay = RETRY_STEPS_MS[Math.min(failures - 1, RETRY_STEPS_MS.length - 1)] ?? 4000;
    setTimeout(connect, delay);
  }

  connect();

  return {
    audience: options.audience,
    call(method: MethodName, input: unknown) {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        return Promise.reject(
          new ApiError({
            code: 'disconnected',
            message: 'Not connected to Circlekeeper right now, so nothing was changed. It reconnects by itself; try again in a moment.',
          }),
        );
      }
      const id = nextId++;
      const reply = new Promise<never>((resolve, reject) => pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
      socket.send(JSON.stringify({ type: 'call', id, method, input }));
      return reply;
    },
    on: (name, listener) => router.on(name, listener),
    connection: () => state,
    onConnection: (listener) => connectionListeners.add(listener),
    // The print stylesheet decides what goes on paper; the browser's dialog offers "Save as PDF".
    savePdf: () => Promise.resolve(window.print()),
    savesFile: false,
    // A frame over this closes the socket (browser-host.ts), so a caller with a big input says so first.
    maxCallBytes: MAX_MESSAGE_BYTES,
  };
}
