import type { RawData, WebSocket } from 'ws';
import { DomainError, type Envelope } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { ClientMessage, type ServerMessage } from '#shared/contract/wire';
import type { Audience } from '#shared/contract/events';
import type { Backend } from '../backend/backend';
import { sendBounded } from './bounded-send';
import type { SocketLimits } from './socket-limits';

function idOf(raw: unknown): number {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0;
}

function parseFrame(data: RawData, isBinary: boolean): unknown {
  if (isBinary) return undefined;
  // ws hands a frame over as one Buffer, several (fragmented), or an ArrayBuffer.
  const text = Buffer.isBuffer(data)
    ? data.toString('utf8')
    : Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.from(data).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function internalError(error: unknown): Envelope<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: new DomainError('internal', msg('internal', { detail })).toShape() };
}

const notUnderstood: Envelope<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'That message was not understood: expected {type:"call", id, method, input}.' },
};

/**
 * One authenticated socket: it hears only its audience's events, and its
 * calls go through the backend, which parses every payload and refuses the
 * display's calls. Whatever it is sent is bounded (bounded-send.ts).
 *
 * Nothing here may throw or reject out of a socket callback: in the host's
 * process that would be an uncaught exception or an unhandled rejection,
 * and either ends it for every window. So every call is answered, with an
 * internal error if the backend fails in a way it should not.
 */
export function runSocketSession(socket: WebSocket, backend: Backend, audience: Audience, limits: Pick<SocketLimits, 'maxBufferedBytes'>): void {
  let unsubscribe: () => void = () => undefined;
  // First, so a protocol error from the client (an oversized or broken frame) always has a listener.
  socket.on('error', () => unsubscribe());
  socket.on('close', () => unsubscribe());

  const send = (message: ServerMessage): void => {
    let text: string;
    try {
      text = JSON.stringify(message);
    } catch (error) {
      // Backend values are plain data, so this is a bug; a caller still gets an answer rather than waiting for ever.
      if (message.type !== 'result') return;
      text = JSON.stringify({ type: 'result', id: message.id, envelope: internalError(error) } satisfies ServerMessage);
    }
    sendBounded(socket, text, limits.maxBufferedBytes);
  };

  const answer = async (id: number, method: string, input: unknown): Promise<void> => {
    let envelope: Envelope<unknown>;
    try {
      envelope = await backend.call(method, input, audience);
    } catch (error) {
      envelope = internalError(error);
    }
    send({ type: 'result', id, envelope });
  };

  send({ type: 'hello', audience });
  unsubscribe = backend.subscribe(audience, (event) => send({ type: 'event', name: event.name, payload: event.payload }));

  socket.on('message', (data, isBinary) => {
    const raw = parseFrame(data, isBinary);
    const message = ClientMessage.safeParse(raw);
    if (!message.success) {
      send({ type: 'result', id: idOf(raw), envelope: notUnderstood });
      return;
    }
    const { id, method, input } = message.data;
    void answer(id, method, input);
  });
}
