import type { Envelope } from './errors';
import type { Audience } from './events';
import type { MethodName } from './method-names';

/** An event as window.circle hands it to the page. */
export interface BridgeEvent {
  name: string;
  payload: unknown;
}

/**
 * What the Electron preload exposes as window.circle (built, and checked
 * against this declaration, in electron/preload/bridge.ts). The console gets
 * one function per contract method; the display gets only events.
 */
export interface CircleBridge {
  audience: Audience;
  /** Console only. */
  invoke?: Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
  /** Console only, Electron only: saves the current page as PDF; resolves { ok, savedTo } or { ok: false, error }. */
  printToPdf?: (fileName: string) => Promise<unknown>;
  onEvent(listener: (event: BridgeEvent) => void): () => void;
}
