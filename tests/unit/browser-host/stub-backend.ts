import type { Backend } from '../../../electron/backend/backend';
import type { AnyEvent } from '#shared/contract/events';

/** A backend that misbehaves on purpose: the host must not trust it never to throw. */
export function stubBackend(parts: { call?: (method: string, input: unknown) => unknown; firstEvent?: AnyEvent }): Backend {
  return {
    dataFile: '',
    call: ((method: string, input: unknown) => parts.call?.(method, input) ?? Promise.resolve({ ok: true, value: null })) as Backend['call'],
    subscribe(_audience, listener) {
      if (parts.firstEvent) listener(parts.firstEvent);
      return () => undefined;
    },
    isMeetingLive: () => false,
    close: () => Promise.resolve(),
  };
}
