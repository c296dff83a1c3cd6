import { describe, expect, it } from 'vitest';
import { admitSocket, type UpgradeFacts } from '../../../electron/browser-host/socket-admission';

const tokens = { consoleToken: 'console-secret', displayToken: 'display-secret' };
const HOSTS = ['127.0.0.1:4000', 'localhost:4000'];
const base: UpgradeFacts = { host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000', pathname: '/ws', token: 'console-secret' };
const admit = (change: Partial<UpgradeFacts>) => admitSocket({ ...base, ...change }, tokens, HOSTS);

describe('admitSocket', () => {
  it("admits each token from its own page's origin", () => {
    expect(admit({})).toEqual({ audience: 'console' });
    expect(admit({ token: 'display-secret' })).toEqual({ audience: 'display' });
    expect(admit({ host: 'localhost:4000', origin: 'http://localhost:4000' })).toEqual({ audience: 'console' });
  });

  it('needs the Origin for the console, not for the display', () => {
    expect(admit({ origin: undefined })).toEqual({ refuse: '403 Forbidden' });
    expect(admit({ origin: undefined, token: 'display-secret' })).toEqual({ audience: 'display' });
  });

  it('refuses any other origin for both audiences', () => {
    for (const origin of ['http://127.0.0.1:4001', 'http://localhost:4000', 'https://127.0.0.1:4000', 'http://evil.example', 'null', '']) {
      expect(admit({ origin }), origin).toEqual({ refuse: '403 Forbidden' });
      expect(admit({ origin, token: 'display-secret' }), origin).toEqual({ refuse: '403 Forbidden' });
    }
  });

  it('refuses other hosts and paths, and unknown tokens', () => {
    expect(admit({ host: 'evil.example', origin: 'http://evil.example' })).toEqual({ refuse: '403 Forbidden' });
    expect(admit({ host: undefined })).toEqual({ refuse: '403 Forbidden' });
    expect(admit({ pathname: '/other' })).toEqual({ refuse: '403 Forbidden' });
    expect(admit({ token: 'wrong' })).toEqual({ refuse: '401 Unauthorized' });
    expect(admit({ token: null })).toEqual({ refuse: '401 Unauthorized' });
  });
});
