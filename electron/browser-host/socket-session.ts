import type { WebSocket } from 'ws';
import { ClientMessage, type ServerMessage } from '../../shared/contract/wire';
import type { Audience } from '../../shared/contract/events';
import type { Backend } from '../backend/backend';
import { sendBounded } from './bounded-send';
import type { SocketLimits } from './socket-limits';

function idOf(raw: unknown): number {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0;
}

/**
 * One authenticated socket: it hears only its audience's events, and its
 * calls go through the backend, which parses every payload and refuses the
 * display's calls. Whatever it is sent is bounded (bounded-send.ts).
 */
export function runSocketSession(socket: WebSocket, backend: Backend, audience: Audience, limits: Pick<SocketLimits, 'maxBufferedBytes'>): void {
  const send = (message: ServerMessage) => sendBounded(socket, JSON.stringify(message), limits.maxBufferedBytes);
  send({ type: 'hello', audience });
  const unsubscribe = backend.subscribe(audience, (event) => send({ type: 'event', name: event.name, payload: event.payload }));
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);

  socket.on('message', (data, isBinary) => {
    void (async () => {
      let raw: unknown;
      try {
        raw = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        raw = undefined;
      }
      const message = ClientMessage.safeParse(raw);
      if (!message.success) {
        send({
          type: 'result',
          id: idOf(raw),
          envelope: { ok: false, error: { code: 'invalid_input', message: 'That message was not understood: expected {type:"call", id, method, input}.' } },
        });
        return;
      }
      const { id, method, input } = message.data;
      send({ type: 'result', id, envelope: await backend.call(method, input, audience) });
    })();
  });
}
