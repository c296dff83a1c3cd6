import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createBackend } from '../../electron/backend/backend';
import { startBrowserHost } from '../../electron/browser-host/browser-host';
import { newTokens } from '../../electron/browser-host/tokens';
import { describe } from './stats';

/**
 * Console action → display update through the real browser host on
 * loopback: the console socket sends room.setMode and one clock stops when
 * the display socket receives the new snapshot (before the write), another
 * when the console receives its acknowledgement (after the write and its
 * fsync).
 */
export async function measureActionToDisplay(actions: number, existingDataDir?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-'));
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const backend = await createBackend({ dataDir: existingDataDir ?? join(dir, 'data') });
  const tokens = newTokens();
  const host = await startBrowserHost({ backend, tokens, rendererDir: join(dir, 'renderer'), port: 0 });
  const open = async (token: string) => {
    // Sent as the pages send it: the console token is let in only from the page's own origin.
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${token}`, { origin: host.origin });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return socket;
  };
  const consoleSocket = await open(tokens.consoleToken);
  const displaySocket = await open(tokens.displayToken);
  const call = (id: number, method: string, input: unknown) => consoleSocket.send(JSON.stringify({ type: 'call', id, method, input }));
  if (!existingDataDir) {
    call(1, 'group.create', { name: 'Bench group' });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const samples: number[] = [];
  const acks: number[] = [];
  for (let i = 0; i < actions; i += 1) {
    const mode = i % 2 === 0 ? 'blank' : 'welcome';
    const started = performance.now();
    const acknowledged = new Promise<void>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { type: string; id?: number };
        if (message.type === 'result' && message.id === i + 2) {
          consoleSocket.off('message', onMessage);
          acks.push(performance.now() - started);
          resolve();
        }
      };
      consoleSocket.on('message', onMessage);
    });
    const arrived = new Promise<void>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { type: string; payload?: { view?: { screen?: string } } };
        if (message.type === 'event' && message.payload?.view?.screen === mode) {
          displaySocket.off('message', onMessage);
          resolve();
        }
      };
      displaySocket.on('message', onMessage);
    });
    call(i + 2, 'room.setMode', { mode });
    await arrived;
    samples.push(performance.now() - started);
    await acknowledged;
  }
  consoleSocket.close();
  displaySocket.close();
  await host.close();
  await backend.close();
  await rm(dir, { recursive: true, force: true });
  return { display: describe(samples), ack: describe(acks) };
}
