import type { CircleBridge } from '#shared/contract/bridge';
import type { Audience } from '#shared/contract/events';
import type { ApiClient } from './api-client';
import { createElectronClient } from './electron-client';
import { createSocketClient } from './socket-client';

declare global {
  interface Window {
    circle?: CircleBridge;
  }
}

/** window.circle in Electron; otherwise the browser host's WebSocket. */
export function createApi(surface: Audience): ApiClient {
  if (window.circle) return createElectronClient(window.circle);
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const socketUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws?token=${encodeURIComponent(token)}`;
  return createSocketClient({
    socketUrl,
    audience: surface,
    tokenStillAccepted: async () => {
      const response = await fetch(`./?token=${encodeURIComponent(token)}`, { method: 'HEAD', cache: 'no-store' });
      return response.status !== 401;
    },
  });
}
