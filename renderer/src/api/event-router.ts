import type { EventMap, EventName } from '#shared/contract/events';
import { Listeners } from './listeners';

function versionOf(payload: unknown): number | null {
  const version = (payload as { version?: unknown } | null)?.version;
  return typeof version === 'number' ? version : null;
}

/**
 * Routes pushed events by name. It remembers the newest payload of each
 * event, so a view that subscribes after the first snapshot arrived still
 * gets it, and it drops a payload older than one already seen (versions grow
 * within one connection; reset() starts counting afresh after a reconnect).
 */
export class EventRouter {
  private readonly byName = new Map<string, Listeners<unknown>>();
  private readonly newest = new Map<string, unknown>();

  on<N extends EventName>(name: N, listener: (payload: EventMap[N]) => void): () => void {
    let listeners = this.byName.get(name);
    if (!listeners) {
      listeners = new Listeners<unknown>();
      this.byName.set(name, listeners);
    }
    const remove = listeners.add(listener as (payload: unknown) => void);
    if (name === 'display' && this.newest.has(name)) listener(this.newest.get(name) as EventMap[N]);
    return remove;
  }

  dispatch(name: string, payload: unknown): void {
    const version = versionOf(payload);
    const previous = versionOf(this.newest.get(name));
    if (version !== null && previous !== null && version < previous) return;
    this.newest.set(name, payload);
    this.byName.get(name)?.emit(payload);
  }

  reset(): void {
    this.newest.clear();
  }
}
