import { describe, expect, it } from 'vitest';
import { createElectronClient } from '../../../renderer/src/api/electron-client';
import type { CircleBridge } from '#shared/contract/bridge';

function bridge(printToPdf?: CircleBridge['printToPdf']): CircleBridge {
  return { audience: 'console', onEvent: () => () => undefined, ...(printToPdf ? { printToPdf } : {}) };
}

describe('the Electron client', () => {
  it('saves a PDF through the bridge, like every other call goes through the client', async () => {
    const asked: string[] = [];
    const client = createElectronClient(bridge((fileName) => (asked.push(fileName), Promise.resolve({ ok: true, savedTo: '/tmp/x.pdf' }))));
    expect(client.savesFile).toBe(true);
    await client.savePdf('meeting-2026-12-01.pdf');
    expect(asked).toEqual(['meeting-2026-12-01.pdf']);
  });

  it('passes on why a PDF could not be saved, in the words the main process gave', async () => {
    const client = createElectronClient(bridge(() => Promise.resolve({ ok: false, error: { message: 'The folder is read-only.' } })));
    await expect(client.savePdf('x.pdf')).rejects.toThrow('The folder is read-only.');
  });

  it('refuses on a surface without printing (the display)', async () => {
    await expect(createElectronClient(bridge()).savePdf('x.pdf')).rejects.toThrow('Only the console');
  });
});
