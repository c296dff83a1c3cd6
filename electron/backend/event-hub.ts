import { eventsFor, type AnyEvent, type Audience } from '#shared/contract/events';

export type EventListener = (event: AnyEvent) => void;

/**
 * Fans events out to subscribers, filtered by audience, so the display
 * transport cannot be handed an event it is not allowed to see.
 */
export class EventHub {
  private readonly listeners = new Set<{ audience: Audience; listener: EventListener }>();

  subscribe(audience: Audience, listener: EventListener): () => void {
    const entry = { audience, listener };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  emit(event: AnyEvent): void {
    for (const { audience, listener } of this.listeners) {
      if (!eventsFor[audience].includes(event.name)) continue;
      try {
        listener(event);
      } catch {
        // One broken window must not stop the others from being told.
      }
    }
  }
}
