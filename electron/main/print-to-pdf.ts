import { isTrustedConsoleSender, senderFacts, type InvokeEventLike, type IpcRegistrar } from './security/ipc-guard';

export { PRINT_TO_PDF_CHANNEL } from '../preload/channels';
import { PRINT_TO_PDF_CHANNEL } from '../preload/channels';

export interface PrintToPdfEdges {
  /** webContents.printToPDF of the sending console, honouring the page's print stylesheet. */
  render(event: InvokeEventLike): Promise<Uint8Array>;
  /** The save dialog: a chosen path, or null when cancelled. */
  askWhereToSave(suggestedName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

export type PdfOutcome =
  { ok: true; savedTo: string | null } | { ok: false; error: { code: 'forbidden' | 'invalid_input' | 'internal'; message: string } };

/** A plain file name for the save dialog: letters, digits, dots and dashes, ending in .pdf. */
export function isSafePdfName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 100 && /^[\w.-]+\.pdf$/.test(value) && !value.includes('..');
}

/**
 * The meeting summary as PDF (Electron's printToPDF). Only the console may
 * ask; the file name is checked; the person chooses where it goes.
 */
export function registerPrintToPdf(ipc: IpcRegistrar, edges: PrintToPdfEdges, consoleWebContentsId: () => number | null): void {
  ipc.handle(PRINT_TO_PDF_CHANNEL, async (event, suggestedName): Promise<PdfOutcome> => {
    if (!isTrustedConsoleSender(senderFacts(event), consoleWebContentsId())) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the Circlekeeper console window can do that.' } };
    }
    if (!isSafePdfName(suggestedName)) return { ok: false, error: { code: 'invalid_input', message: 'That is not a file name for a PDF.' } };
    try {
      const pdf = await edges.render(event);
      const path = await edges.askWhereToSave(suggestedName);
      if (path === null) return { ok: true, savedTo: null };
      await edges.writeFile(path, pdf);
      return { ok: true, savedTo: path };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The PDF could not be saved: ${(error as Error).message}` } };
    }
  });
}
