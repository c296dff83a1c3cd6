import type { BridgeEvent, CircleBridge } from '#shared/contract/bridge';
import type { Envelope } from '#shared/contract/errors';
import { eventsFor, type Audience } from '#shared/contract/events';
import { methodNames } from '#shared/contract/method-names';
import { channelFor, PRINT_TO_PDF_CHANNEL } from './channels';

type Listener = Parameters<CircleBridge['onEvent']>[0];
type Invoke = NonNullable<CircleBridge['invoke']>;

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
 * Builds window.circle, the CircleBridge of shared/contract/bridge.ts. Kept
 * free of 'electron' so it is tested in Node; preload.ts only passes
 * ipcRenderer in.
 */
export function createBridge(audience: Audience, transport: BridgeTransport, defer: (fn: () => void) => void = queueMicrotask): CircleBridge {
  const listeners = new Set<Listener>();
  const allowed: readonly string[] = eventsFor[audience];
  // The newest display snapshot, kept for listeners that come late. Main
  // subscribes this window when the page has loaded (did-finish-load), and
  // the backend answers each new subscription with the current snapshot at
  // once; but the code that calls onEvent is in the surface's own chunk, a
  // dynamic import the load event does not wait for, so the snapshot can
  // arrive before anyone listens. Without it the room screen would stay empty
  // until the next change. This is the only copy on the Electron side: main's
  // EventFeed keeps nothing.
  let lastDisplay: BridgeEvent | null = null;

  const deliver = (listener: Listener, event: BridgeEvent) => {
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

  const onEvent = (listener: Listener): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    listeners.add(listener);
    const replay = lastDisplay;
    if (replay) defer(() => listeners.has(listener) && deliver(listener, replay));
    return () => {
      listeners.delete(listener);
    };
  };

  // The display gets no way to reach the backend: adding invoke or printToPdf here fails the type check.
  if (audience !== 'console') return { audience, onEvent } satisfies Omit<CircleBridge, 'invoke' | 'printToPdf'>;

  const invoke = {} as Invoke;
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
  // The console gets every member: one missing, or one CircleBridge does not declare, fails the type check.
  return { audience, invoke, printToPdf, onEvent } satisfies Required<CircleBridge>;
}
