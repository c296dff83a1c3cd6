import type { WebSocket } from 'ws';
import { CLOSE_TOO_FAR_BEHIND } from './socket-limits';

export type BoundedSocket = Pick<WebSocket, 'readyState' | 'OPEN' | 'bufferedAmount' | 'send' | 'close'>;

/**
 * Sends unless the socket already has more than maxBufferedBytes waiting to
 * go out; then it is closed (its close frame queues behind what is waiting,
 * and ws ends the connection if the peer never answers it). So what one
 * socket can hold is bounded by the limit plus one message. Returns whether
 * the text was sent.
 */
export function sendBounded(socket: BoundedSocket, text: string, maxBufferedBytes: number): boolean {
  if (socket.readyState !== socket.OPEN) return false;
  if (socket.bufferedAmount > maxBufferedBytes) {
    socket.close(CLOSE_TOO_FAR_BEHIND.code, CLOSE_TOO_FAR_BEHIND.reason);
    return false;
  }
  socket.send(text);
  return true;
}
