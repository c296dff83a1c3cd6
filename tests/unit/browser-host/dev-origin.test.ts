import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseDevOrigin } from '../../../electron/browser-host/dev-origin';
import { admitSocket, type UpgradeFacts } from '../../../electron/browser-host/socket-admission';
import { connect, opened, useHosts, wsUrl } from './host-harness';

// `npm run dev` serves the page from Vite (its own port) and proxies the
// socket to the host, so the console's Origin is Vite's, not the host's.
const VITE = 'http://127.0.0.1:5173';

describe('parseDevOrigin', () => {
  it('is off unless the flag is given', () => {
    expect(parseDevOrigin(undefined)).toBeUndefined();
  });

  it('takes a loopback http origin with a port', () => {
    expect(parseDevOrigin(VITE)).toBe(VITE);
    expect(parseDevOrigin('http://localhost:5173')).toBe('http://localhost:5173');
  });

  it('refuses anything else, saying what it wants', () => {
    const refused = [
      '',
      'vite',
      'https://127.0.0.1:5173',
      'http://evil.example:5173',
      'http://127.0.0.2:5173',
      'http://127.0.0.1',
      'http://127.0.0.1:5173/',
      'http://127.0.0.1:5173/ws',
      'http://user@127.0.0.1:5173',
      'null',
    ];
    for (const text of refused) expect(() => parseDevOrigin(text), text).toThrow(/http:\/\/127\.0\.0\.1:5173/);
  });
});

describe('admitSocket with a development origin', () => {
  const tokens = { consoleToken: 'console-secret', displayToken: 'display-secret' };
  const HOSTS = ['127.0.0.1:4000', 'localhost:4000'];
  const fromVite: UpgradeFacts = { host: '127.0.0.1:4000', origin: VITE, pathname: '/ws', token: 'console-secret' };

  it("lets the console in from Vite's page only when given that origin", () => {
    expect(admitSocket(fromVite, tokens, HOSTS, VITE)).toEqual({ audience: 'console' });
    expect(admitSocket(fromVite, tokens, HOSTS)).toEqual({ refuse: '403 Forbidden' });
  });

  it('still refuses every other origin, and still needs the token and our Host', () => {
    for (const origin of ['http://127.0.0.1:5174', 'http://localhost:5173', 'http://evil.example', 'null']) {
      expect(admitSocket({ ...fromVite, origin }, tokens, HOSTS, VITE), origin).toEqual({ refuse: '403 Forbidden' });
    }
    expect(admitSocket({ ...fromVite, token: 'wrong' }, tokens, HOSTS, VITE)).toEqual({ refuse: '401 Unauthorized' });
    expect(admitSocket({ ...fromVite, host: '127.0.0.1:5173' }, tokens, HOSTS, VITE)).toEqual({ refuse: '403 Forbidden' });
  });
});

describe('a real host with a development origin', () => {
  const start = useHosts();

  it("answers the console socket from Vite's origin, and its own page's still", async () => {
    const { host, tokens } = await start({ devOrigin: VITE });
    const viaVite = await connect(wsUrl(host, tokens.consoleToken), { origin: VITE });
    expect((await viaVite.call('group.list', {}))?.ok).toBe(true);
    viaVite.socket.close();
    const own = await connect(wsUrl(host, tokens.consoleToken), { origin: host.origin });
    expect((await own.call('group.list', {}))?.ok).toBe(true);
    own.socket.close();
  });

  it("refuses Vite's origin when started without it, as browser mode always is", async () => {
    const { host, tokens } = await start();
    await expect(opened(new WebSocket(wsUrl(host, tokens.consoleToken), { origin: VITE }))).rejects.toThrow(/403/);
  });
});
