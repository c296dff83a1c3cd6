import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach } from 'vitest';
import WebSocket, { type ClientOptions } from 'ws';
import { startBrowserHost, type BrowserHostOptions, type RunningBrowserHost } from '../../../electron/browser-host/browser-host';
import { newTokens } from '../../../electron/browser-host/tokens';
import type { Backend } from '../../../electron/backend/backend';
import { useTempDirs } from '../backend/temp-dir';
import { openBackend } from '../backend/test-backend';

/**
 * Starts real browser hosts over a real backend in a temporary folder, with
 * a tiny built renderer, and closes them after each test.
 */
export function useHosts() {
  const tempDir = useTempDirs();
  const running: { host: RunningBrowserHost; backend: Backend }[] = [];
  afterEach(async () => {
    for (const { host, backend } of running.splice(0)) {
      await host.close();
      await backend.close();
    }
  });
  return async (extra: Omit<Partial<BrowserHostOptions>, 'backend' | 'tokens' | 'rendererDir'> = {}) => {
    const dir = await tempDir();
    const rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>test</title>');
    await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app");');
    await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body { margin: 0 }');
    await writeFile(join(rendererDir, 'assets', 'notes.html'), '<p>not an asset type</p>');
    await writeFile(join(rendererDir, 'top-level.js'), 'console.log("outside assets");');
    await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
    // Named like a built asset (no token needed), but a link out of the renderer folder.
    await symlink(join(dir, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
    const backend = await openBackend(join(dir, 'data'));
    const tokens = newTokens();
    const host = await startBrowserHost({ backend, tokens, rendererDir, port: 0, ...extra });
    running.push({ host, backend });
    return { host, tokens, backend };
  };
}

export function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Received {
  type: string;
  id?: number;
  name?: string;
  payload?: unknown;
  envelope?: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  audience?: string;
}

export const wsUrl = (host: RunningBrowserHost, token: string) => `${host.origin.replace('http', 'ws')}/ws?token=${token}`;

/** The page's own origin, as a browser sends it with the console's socket. */
export const pageOrigin = (host: RunningBrowserHost) => ({ origin: host.origin });

/** Resolves once the socket is open; rejects with the refusal (for example "Unexpected server response: 403"). */
export function opened(socket: WebSocket): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
}

export async function connect(url: string, options: ClientOptions = {}) {
  const socket = new WebSocket(url, options);
  const messages: Received[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as Received));
  await opened(socket);
  let nextId = 1;
  // Polls what already arrived; the bound only stops a broken test from hanging.
  const waitFor = async (predicate: (m: Received) => boolean, attempts = 200): Promise<Received> => {
    for (let i = 0; i < attempts; i += 1) {
      const found = messages.find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`No matching message among ${JSON.stringify(messages)}`);
  };
  return {
    socket,
    messages,
    waitFor,
    async call(method: string, input: unknown) {
      const id = nextId++;
      socket.send(JSON.stringify({ type: 'call', id, method, input }));
      return (await waitFor((m) => m.type === 'result' && m.id === id)).envelope;
    },
  };
}
