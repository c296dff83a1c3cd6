import type { WebSocket } from 'ws';

export interface Heartbeat {
  watch(socket: WebSocket): void;
  stop(): void;
}

/**
 * Pings every watched socket each intervalMs and ends one that has not
 * answered the previous ping by then. A peer that stops answering without
 * closing (a browser process suspended or stopped, a machine put to sleep
 * with the page open) never says it has gone, and its socket would
 * otherwise keep its subscription and buffer for as long as the host runs.
 * Browsers answer pings in their network code, even while a page's script
 * is busy, so the page needs no code for it and a slow page is not ended.
 */
export function startHeartbeat(intervalMs: number): Heartbeat {
  const watched = new Set<WebSocket>();
  const awaitingPong = new Set<WebSocket>();

  const timer = setInterval(() => {
    for (const socket of watched) {
      if (awaitingPong.has(socket)) {
        socket.terminate(); // its 'close' removes it below
        continue;
      }
      awaitingPong.add(socket);
      // A socket already closing is not pinged, but still ended if it does not finish by the next beat.
      if (socket.readyState === socket.OPEN) socket.ping();
    }
  }, intervalMs);

  return {
    watch(socket) {
      watched.add(socket);
      socket.on('pong', () => awaitingPong.delete(socket));
      socket.on('close', () => {
        watched.delete(socket);
        awaitingPong.delete(socket);
      });
    },
    stop() {
      clearInterval(timer);
      watched.clear();
      awaitingPong.clear();
    },
  };
}
