import type { Envelope } from '../../shared/contract/errors';
import { eventsFor, type Audience } from '../../shared/contract/events';
import { methodNames, type MethodName } from '../../shared/contract/method-names';
import { channelFor, PRINT_TO_PDF_CHANNEL } from './channels';

export interface BridgeEvent {
  name: string;
  payload: unknown;
}
export type EventListener = (event: BridgeEvent) => void;

/**
 * What window.circle is. The renderer's CircleBridge type (shared/contract/
 * bridge.ts) mirrors this shape; `invoke` exists only in the console.
 */
export interface CircleBridge {
  audience: Audience;
  invoke?: Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
  /** Console only: the summary as PDF through Electron's printToPDF and a save dialog. */
  printToPdf?: (fileName: string) => Promise<unknown>;
  onEvent(listener: EventListener): () => void;
}

/** The two things the bridge needs from ipcRenderer, and nothing more. */
export interface BridgeTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Delivers each message main sends on the event channel (payload only, never the IPC event). */
  onEvent(handler: (message: unknown) => void): void;
}

function isBridgeEvent(value: unknown): value is BridgeEvent {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

/**
 * Builds window.circle. Kept free of 'electron' so it is tested in Node;
 * preload.ts only passes ipcRenderer in. The newest display snapshot is kept
 * and given to each new listener, because main sends it when the page has
 * loaded, which can be before React subscribes.
 */
export function createBridge(audience: Audience, transport: BridgeTransport, defer: (fn: () => void) => void = queueMicrotask): CircleBridge {
  const listeners = new Set<EventListener>();
  const allowed: readonly string[] = eventsFor[audience];
  let lastDisplay: BridgeEvent | null = null;

  const deliver = (listener: EventListener, event: BridgeEvent) => {
    try {
      listener(event);
    } catch (error) {
      console.error('A circle event listener failed', error);
    }
  };

  transport.onEvent((message) => {
    // Main already filters by audience; checking again costs nothing.
    if (!isBridgeEvent(message) || !allowed.includes(message.name)) return;
    const event: BridgeEvent = { name: message.name, payload: message.payload };
    if (event.name === 'display') lastDisplay = event;
    for (const listener of [...listeners]) deliver(listener, event);
  });

  const onEvent = (listener: EventListener): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    listeners.add(listener);
    const replay = lastDisplay;
    if (replay) defer(() => listeners.has(listener) && deliver(listener, replay));
    return () => {
      listeners.delete(listener);
    };
  };

  if (audience !== 'console') return { audience, onEvent };

  const invoke = {} as Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
  for (const method of methodNames) {
    invoke[method] = (input: unknown) =>
      transport.invoke(channelFor(method), input).then(
        (envelope) => envelope as Envelope<unknown>,
        // No handler (main still starting or gone): an answer the UI can show, not a throw.
        (): Envelope<unknown> => ({
          ok: false,
          error: { code: 'disconnected', message: 'The Circlekeeper background process is not answering; restart the app if this persists.' },
        }),
      );
  }
  const printToPdf = (fileName: string) => transport.invoke(PRINT_TO_PDF_CHANNEL, fileName);
  return { audience, invoke, printToPdf, onEvent };
}
