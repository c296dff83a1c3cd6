import type { MethodName } from '#shared/contract/method-names';

/** The IPC channel for one contract method: `circle:<method>`. */
export function channelFor(method: MethodName): string {
  return `circle:${method}`;
}

/** Main → window pushes of backend events go on this one channel. */
export const EVENT_CHANNEL = 'circle:event';

/** Console → main: save the current page as PDF (see electron/main/print-to-pdf.ts). */
export const PRINT_TO_PDF_CHANNEL = 'circle:print-to-pdf';
