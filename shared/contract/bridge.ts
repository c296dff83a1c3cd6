import type { Envelope } from './errors';
import type { Audience } from './events';
import type { MethodName } from './method-names';

/**
 * What the Electron preload exposes as window.circle. The console gets one
 * function per contract method; the display gets only events.
 */
export interface CircleBridge {
  audience: Audience;
  invoke?: Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
  /** Console only, Electron only: saves the current page as PDF; resolves { ok, savedTo } or { ok: false, error }. */
  printToPdf?: (fileName: string) => Promise<unknown>;
  onEvent(listener: (event: { name: string; payload: unknown }) => void): () => void;
}
