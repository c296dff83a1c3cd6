import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { MAX_MESSAGE_BYTES } from '#shared/contract/wire';
import type { Backend } from '../backend/backend';
import { readRendererFile } from '../serving/renderer-files';
import { securityHeaders } from '../serving/security-headers';
import { startHeartbeat } from './heartbeat';
import { parseRequestTarget } from './request-target';
import { isPublicAsset } from './public-assets';
import { admitSocket } from './socket-admission';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from './socket-limits';
import { runSocketSession } from './socket-session';
import { audienceOf, type HostTokens } from './tokens';

export interface BrowserHostOptions {
  backend: Backend;
  tokens: HostTokens;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to DEFAULT_SOCKET_LIMITS; tests pass small ones. */
  socketLimits?: Partial<SocketLimits>;
  /** One more page origin whose sockets are let in: Vite's, under `npm run dev` only (dev-origin.ts). */
  devOrigin?: string;
}

export interface RunningBrowserHost {
  origin: string;
  port: number;
  consoleUrl: string;
  displayUrl: string;
  close(): Promise<void>;
}

const refusedPage = `<!doctype html><meta charset="utf-8"><title>Circlekeeper</title>
<p>This address needs the link Circlekeeper printed when it started (it ends in <code>?token=…</code>).
Copy the console or display link from the terminal that runs Circlekeeper.</p>`;

/**
 * Serves the built renderer and the backend over HTTP + WebSocket on
 * 127.0.0.1 only. Every request needs one of the two tokens in its query,
 * except the built scripts and styles (see public-assets.ts); the socket's
 * token decides whether it is the console or the room display.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const { backend, tokens, rendererDir } = options;
  const limits: SocketLimits = { ...DEFAULT_SOCKET_LIMITS, ...options.socketLimits };
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let origin = '';
  let allowedHosts: string[] = [];

  // Another site in the same browser must not reach us by renaming itself 127.0.0.1 (DNS rebinding).
  const hostAllowed = (request: IncomingMessage) => allowedHosts.includes(request.headers.host ?? '');

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = parseRequestTarget(request.url, origin);
    if (!url) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request target.');
      return;
    }
    if (!hostAllowed(request)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Wrong host.');
      return;
    }
    // The page's socket goes back to the address it was loaded from, checked
    // above to be one we serve (127.0.0.1 or localhost), and nowhere else.
    const headers = securityHeaders({ connectSrc: `'self' ws://${request.headers.host ?? ''}` });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    // The token travels only in the query, never in a cookie: cookies ignore ports (DESIGN.md).
    if (!isPublicAsset(rendererDir, url.pathname) && audienceOf(tokens, url.searchParams.get('token')) === null) {
      response.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(refusedPage);
      return;
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found.');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-store', ...headers });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  function refuseUpgrade(socket: Duplex, status: string): void {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  const server = createServer((request, response) => {
    handleRequest(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end('Internal error.');
    });
  });

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = parseRequestTarget(request.url, origin);
    if (!url) {
      refuseUpgrade(socket, '400 Bad Request');
      return;
    }
    const admission = admitSocket(
      { host: request.headers.host, origin: request.headers.origin, pathname: url.pathname, token: url.searchParams.get('token') },
      tokens,
      allowedHosts,
      options.devOrigin,
    );
    if ('refuse' in admission) {
      refuseUpgrade(socket, admission.refuse);
      return;
    }
    const { audience } = admission;
    sockets.handleUpgrade(request, socket, head, (ws) => {
      heartbeat.watch(ws);
      runSocketSession(ws, backend, audience, limits);
    });
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands an upgrade's socket over with no 'error' listener, so a client
    // that resets while we answer would otherwise end the whole process.
    socket.on('error', () => socket.destroy());
    // A throw here is outside any request handler and would end the process too.
    try {
      handleUpgrade(request, socket, head);
    } catch {
      socket.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const heartbeat = startHeartbeat(limits.heartbeatMs);
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${String(port)}`;
  allowedHosts = [`127.0.0.1:${String(port)}`, `localhost:${String(port)}`];

  return {
    origin,
    port,
    consoleUrl: `${origin}/?token=${tokens.consoleToken}#/console`,
    displayUrl: `${origin}/?token=${tokens.displayToken}#/display`,
    async close() {
      heartbeat.stop();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
