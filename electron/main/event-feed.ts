import type { AnyEvent, Audience } from '#shared/contract/events';

export type Subscribe = (audience: Audience, listener: (event: AnyEvent) => void) => () => void;

/**
 * Connects one window to the backend's events for its audience. Reconnecting
 * (after a reload) drops the old subscription first, so a window never gets
 * each event twice, and a closed window is never sent anything.
 *
 * It keeps no events: the backend sends each new subscription the current
 * display snapshot, and the preload holds the newest one until the page
 * listens (electron/preload/bridge.ts says why that is needed).
 */
export class EventFeed {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly subscribe: Subscribe,
    private readonly audience: Audience,
  ) {}

  /** `send` is webContents.send('circle:event', event) for this window. */
  connect(send: (event: AnyEvent) => void): void {
    this.disconnect();
    this.unsubscribe = this.subscribe(this.audience, send);
  }

  disconnect(): void {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = null;
    unsubscribe?.();
  }
}
