import type { MethodInput, MethodResult } from '#shared/contract/contract';
import type { Audience, EventMap, EventName } from '#shared/contract/events';
import type { MethodName } from '#shared/contract/method-names';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'refused';

/**
 * What the UI uses to reach data, whichever transport carries it: the
 * Electron preload (window.circle) or the browser host's WebSocket.
 */
export interface ApiClient {
  readonly audience: Audience;
  /** Resolves with the result or rejects with an ApiError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<N extends EventName>(name: N, listener: (payload: EventMap[N]) => void): () => void;
  // Properties, not methods: React's useSyncExternalStore takes them as they are.
  connection: () => ConnectionState;
  onConnection: (listener: (state: ConnectionState) => void) => () => void;
  /**
   * Saves the page as a PDF: in Electron, printToPDF and a save dialog; in a
   * browser, the print dialog (which can save as PDF). `savesFile` says which,
   * so the button can say what will happen.
   */
  savePdf(fileName: string): Promise<void>;
  readonly savesFile: boolean;
  /** The most a call may carry, in bytes, when the transport limits it (the browser host's socket); null when it does not. */
  readonly maxCallBytes: number | null;
}
