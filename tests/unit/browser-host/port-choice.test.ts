import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnChosenPort } from '../../../electron/browser-host/port-choice';

const servers: Server[] = [];

/** Listens on 127.0.0.1 as the browser host does; 0 picks a free port. */
async function listen(port: number): Promise<{ port: number }> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  servers.push(server);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port };
}

/** A port that was free a moment ago and is closed again. */
async function freePort(): Promise<number> {
  const { port } = await listen(0);
  await closeAll();
  return port;
}

async function closeAll(): Promise<void> {
  const open = servers.splice(0);
  await Promise.all(open.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
}

afterEach(closeAll);

describe('listenOnChosenPort', () => {
  it('reuses the port remembered from last time when started with --port 0 or none', async () => {
    const remembered = await freePort();
    for (const requested of [0, undefined]) {
      const choice = await listenOnChosenPort(requested, remembered, listen);
      expect(choice.listening.port).toBe(remembered);
      expect(choice.notice).toBeUndefined();
      await closeAll();
    }
  });

  it('takes any free port, saying so with the new port, when the remembered one is taken', async () => {
    const taken = await listen(0);
    const choice = await listenOnChosenPort(0, taken.port, listen);
    expect(choice.listening.port).not.toBe(taken.port);
    expect(choice.listening.port).toBeGreaterThan(0);
    expect(choice.notice).toContain(`Port ${String(taken.port)}, used last time, is taken`);
    expect(choice.notice).toContain(`uses port ${String(choice.listening.port)} instead`);
  });

  it('takes any free port, quietly, when nothing is remembered', async () => {
    const choice = await listenOnChosenPort(0, undefined, listen);
    expect(choice.listening.port).toBeGreaterThan(0);
    expect(choice.notice).toBeUndefined();
  });

  it('lets an explicit --port win over the remembered one', async () => {
    const remembered = await freePort();
    let explicit = await freePort();
    while (explicit === remembered) explicit = await freePort();
    const choice = await listenOnChosenPort(explicit, remembered, listen);
    expect(choice.listening.port).toBe(explicit);
    expect(choice.notice).toBeUndefined();
  });

  it('refuses a taken explicit port in plain words rather than moving elsewhere', async () => {
    const taken = await listen(0);
    await expect(listenOnChosenPort(taken.port, undefined, listen)).rejects.toThrow(`Port ${String(taken.port)} is already in use.`);
  });

  it('passes on other failures untouched', async () => {
    const broken = new Error('permission denied');
    await expect(listenOnChosenPort(0, 4321, () => Promise.reject(broken))).rejects.toBe(broken);
  });
});
