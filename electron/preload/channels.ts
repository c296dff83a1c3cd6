import type { MethodName } from '../../shared/contract/method-names';

/** The IPC channel for one contract method: `circle:<method>`. */
export function channelFor(method: MethodName): string {
  return `circle:${method}`;
}

/** Main → window pushes of backend events go on this one channel. */
export const EVENT_CHANNEL = 'circle:event';
