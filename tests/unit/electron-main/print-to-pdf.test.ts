import { describe, expect, it } from 'vitest';
import type { InvokeEventLike } from '../../../electron/main/security/ipc-guard';
import { isSafePdfName, PRINT_TO_PDF_CHANNEL, registerPrintToPdf, type PdfOutcome } from '../../../electron/main/print-to-pdf';

function setUp(saveTo: string | null = '/home/ana/meeting.pdf') {
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const written: [string, Uint8Array][] = [];
  registerPrintToPdf(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    {
      render: async () => new Uint8Array([37, 80, 68, 70]),
      askWhereToSave: async () => saveTo,
      writeFile: async (path, data) => {
        written.push([path, data]);
      },
    },
    () => 7,
  );
  const mainFrame = { url: 'app://circlekeeper/index.html#/console' };
  const fromConsole: InvokeEventLike = { sender: { id: 7, mainFrame }, senderFrame: mainFrame };
  const call = (event: InvokeEventLike, name: unknown) => handlers.get(PRINT_TO_PDF_CHANNEL)?.(event, name) as Promise<PdfOutcome>;
  return { call, fromConsole, written };
}

describe('print to PDF', () => {
  it('renders the console page and writes it where the person chose', async () => {
    const { call, fromConsole, written } = setUp();
    expect(await call(fromConsole, 'meeting-2026-12-01.pdf')).toEqual({ ok: true, savedTo: '/home/ana/meeting.pdf' });
    expect(written).toEqual([['/home/ana/meeting.pdf', new Uint8Array([37, 80, 68, 70])]]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { call, fromConsole, written } = setUp(null);
    expect(await call(fromConsole, 'meeting.pdf')).toEqual({ ok: true, savedTo: null });
    expect(written).toEqual([]);
  });

  it('refuses the display window and odd file names', async () => {
    const { call, fromConsole } = setUp();
    const displayFrame = { url: 'app://circlekeeper/index.html#/display' };
    expect((await call({ sender: { id: 8, mainFrame: displayFrame }, senderFrame: displayFrame }, 'a.pdf')).ok).toBe(false);
    for (const name of ['../../etc/passwd.pdf', 'a.exe', '', 42, 'x'.repeat(200) + '.pdf']) {
      expect((await call(fromConsole, name)).ok).toBe(false);
      expect(isSafePdfName(name)).toBe(false);
    }
  });
});
