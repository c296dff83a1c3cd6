import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserHost, type RunningBrowserHost } from '../../../electron/browser-host/browser-host';
import { newTokens } from '../../../electron/browser-host/tokens';
import type { Backend } from '../../../electron/backend/backend';
import { useTempDirs } from '../backend/temp-dir';
import { openBackend } from '../backend/test-backend';

const tempDir = useTempDirs();
const running: { host: RunningBrowserHost; backend: Backend }[] = [];
afterEach(async () => {
  for (const { host, backend } of running.splice(0)) {
    await host.close();
    await backend.close();
  }
});

async function start() {
  const dir = await tempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>test</title>');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
  const backend = await openBackend(join(dir, 'data'));
  const tokens = newTokens();
  const host = await startBrowserHost({ backend, tokens, rendererDir, port: 0 });
  running.push({ host, backend });
  return { host, tokens, backend };
}

function get(url: string, headers: Record<string, string> = {}) {
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

interface Received {
  type: string;
  id?: number;
  name?: string;
  payload?: unknown;
  envelope?: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  audience?: string;
}

async function connect(url: string) {
  const socket = new WebSocket(url);
  const messages: Received[] = [];
  socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString()) as Received));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const waitFor = async (predicate: (m: Received) => boolean): Promise<Received> => {
    for (let i = 0; i < 200; i += 1) {
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

const wsUrl = (host: RunningBrowserHost, token: string) => `${host.origin.replace('http', 'ws')}/ws?token=${token}`;

describe('browser host', () => {
  it('serves the renderer only with a token, with a strict CSP', async () => {
    const { host, tokens } = await start();
    expect((await get(`${host.origin}/`)).status).toBe(401);
    expect((await get(`${host.origin}/?token=wrong`)).status).toBe(401);
    const page = await get(`${host.origin}/?token=${tokens.consoleToken}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>test</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(page.headers['set-cookie'])).toContain('HttpOnly');
    // Assets are fetched with the cookie the page got.
    const cookie = String(page.headers['set-cookie']).split(';')[0] ?? '';
    expect((await get(`${host.origin}/index.html`, { cookie })).status).toBe(200);
  });

  it('refuses other host names and paths outside the renderer', async () => {
    const { host, tokens } = await start();
    expect((await get(`${host.origin}/?token=${tokens.consoleToken}`, { host: 'evil.example' })).status).toBe(421);
    expect((await get(`${host.origin}/%2e%2e/secret.txt?token=${tokens.consoleToken}`)).status).toBe(404);
    expect((await get(`${host.origin}/..%2fsecret.txt?token=${tokens.consoleToken}`)).status).toBe(404);
  });

  it('refuses a socket with a wrong token or a foreign origin', async () => {
    const { host, tokens } = await start();
    await expect(connect(wsUrl(host, 'wrong'))).rejects.toThrow(/401/);
    const foreign = new WebSocket(wsUrl(host, tokens.consoleToken), { headers: { origin: 'http://evil.example' } });
    await expect(new Promise((resolve, reject) => {
      foreign.once('open', resolve);
      foreign.once('error', reject);
    })).rejects.toThrow(/403/);
  });

  it('gives the console calls and both events, and the display only display events', async () => {
    const { host, tokens } = await start();
    const consoleClient = await connect(wsUrl(host, tokens.consoleToken));
    const displayClient = await connect(wsUrl(host, tokens.displayToken));
    expect((await displayClient.waitFor((m) => m.type === 'hello')).audience).toBe('display');
    await displayClient.waitFor((m) => m.type === 'event' && m.name === 'display');

    const created = await consoleClient.call('group.create', { name: 'Circle' });
    expect(created?.ok).toBe(true);
    await consoleClient.waitFor((m) => m.name === 'changed');
    await displayClient.waitFor((m) => m.type === 'event' && JSON.stringify(m.payload).includes('Circle'));

    const refused = await displayClient.call('group.list', {});
    expect(refused?.error?.code).toBe('forbidden');
    const events = displayClient.messages.filter((m) => m.type === 'event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((m) => m.name === 'display')).toBe(true);
    consoleClient.socket.close();
    displayClient.socket.close();
  });

  it('answers a malformed message with a clear error and stays open', async () => {
    const { host, tokens } = await start();
    const client = await connect(wsUrl(host, tokens.consoleToken));
    client.socket.send('{not json');
    const reply = await client.waitFor((m) => m.type === 'result');
    expect(reply.envelope?.error?.code).toBe('invalid_input');
    expect((await client.call('group.create', { name: 7 }))?.error?.message).toContain('must be text');
    expect((await client.call('group.list', {}))?.ok).toBe(true);
    client.socket.close();
  });
});
