import { describe, expect, it } from 'vitest';
import type { Envelope } from '#shared/contract/errors';
import { methodNames } from '#shared/contract/method-names';
import {
  forbiddenEnvelope,
  isTrustedConsoleSender,
  registerIpcHandlers,
  senderFacts,
  type InvokeEventLike,
} from '../../../../electron/main/security/ipc-guard';
import { channelFor } from '../../../../electron/preload/channels';

const CONSOLE_ID = 7;
const page = 'app://circlekeeper/index.html#/console';

describe('isTrustedConsoleSender', () => {
  const good = { webContentsId: CONSOLE_ID, frameUrl: page, isMainFrame: true };

  it("trusts the console window's top frame on our origin", () => {
    expect(isTrustedConsoleSender(good, CONSOLE_ID)).toBe(true);
  });

  it('refuses the display window, iframes, foreign pages and a gone frame', () => {
    expect(isTrustedConsoleSender({ ...good, webContentsId: 8 }, CONSOLE_ID)).toBe(false);
    expect(isTrustedConsoleSender({ ...good, isMainFrame: false }, CONSOLE_ID)).toBe(false);
    expect(isTrustedConsoleSender({ ...good, frameUrl: 'https://evil.example/' }, CONSOLE_ID)).toBe(false);
    expect(isTrustedConsoleSender({ ...good, frameUrl: 'app://circlekeeper.evil/' }, CONSOLE_ID)).toBe(false);
    expect(isTrustedConsoleSender({ ...good, frameUrl: 'file:///index.html' }, CONSOLE_ID)).toBe(false);
    expect(isTrustedConsoleSender({ ...good, frameUrl: null }, CONSOLE_ID)).toBe(false);
  });

  it('refuses everyone once the console is gone', () => {
    expect(isTrustedConsoleSender(good, null)).toBe(false);
  });
});

describe('senderFacts', () => {
  it('knows the top frame by identity, not by URL', () => {
    const mainFrame = { url: page };
    const iframe = { url: page };
    expect(senderFacts({ sender: { id: 1, mainFrame }, senderFrame: mainFrame }).isMainFrame).toBe(true);
    expect(senderFacts({ sender: { id: 1, mainFrame }, senderFrame: iframe }).isMainFrame).toBe(false);
    expect(senderFacts({ sender: { id: 1, mainFrame }, senderFrame: null })).toEqual({ webContentsId: 1, frameUrl: null, isMainFrame: false });
  });
});

describe('registerIpcHandlers', () => {
  type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

  function setup(consoleId: number | null = CONSOLE_ID) {
    const handlers = new Map<string, Handler>();
    const calls: Array<{ method: string; input: unknown; audience: string }> = [];
    registerIpcHandlers(
      { handle: (channel, listener) => handlers.set(channel, listener) },
      async (method, input, audience) => {
        calls.push({ method, input, audience });
        return { ok: true, value: `did ${method}` } satisfies Envelope<unknown>;
      },
      () => consoleId,
    );
    const mainFrame = { url: page };
    const fromConsole: InvokeEventLike = { sender: { id: CONSOLE_ID, mainFrame }, senderFrame: mainFrame };
    const displayFrame = { url: 'app://circlekeeper/index.html#/display' };
    const fromDisplay: InvokeEventLike = { sender: { id: 99, mainFrame: displayFrame }, senderFrame: displayFrame };
    return { handlers, calls, fromConsole, fromDisplay };
  }

  it('registers exactly one circle:<method> channel per contract method', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((m) => channelFor(m)).sort());
    expect(channelFor('group.create')).toBe('circle:group.create');
  });

  it('passes the console’s payload untouched to the backend as the console audience', async () => {
    const { handlers, calls, fromConsole } = setup();
    const input = { name: 'Tuesday circle', extra: 'the backend’s strict schema refuses this' };
    const result = await handlers.get('circle:group.create')!(fromConsole, input);
    expect(result).toEqual({ ok: true, value: 'did group.create' });
    expect(calls).toEqual([{ method: 'group.create', input, audience: 'console' }]);
  });

  it('answers forbidden to any other sender, without reaching the backend', async () => {
    const { handlers, calls, fromDisplay } = setup();
    expect(await handlers.get('circle:room.get')!(fromDisplay, {})).toEqual(forbiddenEnvelope);
    const navigated = { sender: { id: CONSOLE_ID, mainFrame: { url: 'https://evil.example/' } }, senderFrame: null };
    expect(await handlers.get('circle:room.get')!(navigated, {})).toEqual(forbiddenEnvelope);
    expect(calls).toEqual([]);
  });

  it('refuses even the console window after it closed', async () => {
    const { handlers, calls, fromConsole } = setup(null);
    expect(await handlers.get('circle:app.status')!(fromConsole, {})).toEqual(forbiddenEnvelope);
    expect(calls).toEqual([]);
  });
});
