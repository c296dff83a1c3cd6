import type { Envelope } from '#shared/contract/errors';
import { methodNames } from '#shared/contract/method-names';
import { channelFor } from '../../preload/channels';
import { isAppUrl } from './app-origin';

/** What the guard needs to know about an incoming invoke, taken from IpcMainInvokeEvent. */
export interface SenderFacts {
  /** event.sender.id */
  webContentsId: number;
  /** event.senderFrame?.url; null once the frame navigated or was destroyed. */
  frameUrl: string | null | undefined;
  /** Whether the sending frame is the top frame of its page. */
  isMainFrame: boolean;
}

/**
 * Only the console window's own top frame, showing our app:// page, may call
 * the backend. The display window, any iframe, and any page that somehow got
 * navigated elsewhere are refused, whatever the preload exposed.
 */
export function isTrustedConsoleSender(sender: SenderFacts, consoleWebContentsId: number | null): boolean {
  return consoleWebContentsId !== null && sender.webContentsId === consoleWebContentsId && sender.isMainFrame && isAppUrl(sender.frameUrl);
}

export const forbiddenEnvelope: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Circlekeeper console window can do that.' },
};

/** Structural slice of IpcMainInvokeEvent, so tests can hand in plain objects. */
export interface InvokeEventLike {
  sender: { id: number; mainFrame?: unknown };
  senderFrame: { url: string } | null;
}

export function senderFacts(event: InvokeEventLike): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    // Identity, not URL: an iframe can show the same URL as its parent.
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

export type BackendCall = (method: string, input: unknown, audience: 'console') => Promise<Envelope<unknown>>;

export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * One ipcMain.handle channel per contract method. The sender is checked here;
 * the payload is parsed by the backend (strict zod schema) before any domain
 * code sees it, so nothing is trusted from the renderer.
 */
export function registerIpcHandlers(ipc: IpcRegistrar, call: BackendCall, consoleWebContentsId: () => number | null): void {
  for (const method of methodNames) {
    ipc.handle(channelFor(method), async (event, input) => {
      if (!isTrustedConsoleSender(senderFacts(event), consoleWebContentsId())) return forbiddenEnvelope;
      return call(method, input, 'console');
    });
  }
}
