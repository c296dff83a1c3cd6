import { describe, expect, it } from 'vitest';
import { methodNames } from '#shared/contract/method-names';
import { audienceArgument, readAudience } from '../../../electron/preload/audience';
import type { BridgeEvent } from '#shared/contract/bridge';
import { createBridge } from '../../../electron/preload/bridge';

function fakeTransport(answer: (channel: string, input: unknown) => Promise<unknown> = async () => ({ ok: true, value: null })) {
  let push: ((message: unknown) => void) | null = null;
  const invoked: Array<[string, unknown]> = [];
  return {
    invoked,
    push: (message: unknown) => push?.(message),
    transport: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return answer(channel, input);
      },
      onEvent: (handler: (message: unknown) => void) => {
        push = handler;
      },
    },
  };
}

const now = (fn: () => void) => fn();
const display = { name: 'display', payload: { version: 1 } };
const changed = { name: 'changed', payload: { version: 2 } };

describe('readAudience', () => {
  it('reads the flag main passes', () => {
    expect(readAudience(['electron', audienceArgument('console')])).toBe('console');
    expect(readAudience(['electron', '--circle-audience=display'])).toBe('display');
  });

  it('falls back to the display (the least capable) when missing, unknown or repeated', () => {
    expect(readAudience([])).toBe('display');
    expect(readAudience(['--circle-audience=admin'])).toBe('display');
    expect(readAudience(['--circle-audience=console', '--circle-audience=console'])).toBe('display');
    expect(readAudience(['--circle-audience', 'console'])).toBe('display');
  });
});

describe('createBridge for the console', () => {
  it('has the agreed shape: audience, invoke per method, printToPdf, onEvent', async () => {
    const fake = fakeTransport(async (channel) => ({ ok: true, savedTo: channel }));
    const bridge = createBridge('console', fake.transport, now);
    expect(Object.keys(bridge).sort()).toEqual(['audience', 'invoke', 'onEvent', 'printToPdf']);
    expect(await bridge.printToPdf!('meeting.pdf')).toEqual({ ok: true, savedTo: 'circle:print-to-pdf' });
    expect(fake.invoked).toEqual([['circle:print-to-pdf', 'meeting.pdf']]);
    expect(bridge.audience).toBe('console');
    expect(Object.keys(bridge.invoke!).sort()).toEqual([...methodNames].sort());
  });

  it('invokes circle:<method> with the input, returning the envelope', async () => {
    const fake = fakeTransport(async (channel) => ({ ok: true, value: channel }));
    const bridge = createBridge('console', fake.transport, now);
    expect(await bridge.invoke!['group.create']({ name: 'Tuesday' })).toEqual({ ok: true, value: 'circle:group.create' });
    expect(fake.invoked).toEqual([['circle:group.create', { name: 'Tuesday' }]]);
  });

  it('turns a failed invoke into a disconnected envelope rather than a throw', async () => {
    const bridge = createBridge('console', fakeTransport(() => Promise.reject(new Error('No handler registered'))).transport, now);
    const envelope = await bridge.invoke!['app.status']({});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'disconnected' } });
  });

  it('delivers both display and changed events, and stops after unsubscribe', () => {
    const fake = fakeTransport();
    const bridge = createBridge('console', fake.transport, now);
    const seen: BridgeEvent[] = [];
    const off = bridge.onEvent((e) => seen.push(e));
    fake.push(display);
    fake.push(changed);
    off();
    fake.push(changed);
    expect(seen).toEqual([display, changed]);
  });
});

describe('createBridge for the display', () => {
  it('has no way to call the backend', () => {
    const bridge = createBridge('display', fakeTransport().transport, now);
    expect(Object.keys(bridge).sort()).toEqual(['audience', 'onEvent']);
    expect(bridge.invoke).toBeUndefined();
  });

  it('passes on display events only, whatever arrives', () => {
    const fake = fakeTransport();
    const bridge = createBridge('display', fake.transport, now);
    const seen: BridgeEvent[] = [];
    bridge.onEvent((e) => seen.push(e));
    fake.push(changed);
    fake.push({ name: 42 });
    fake.push(null);
    fake.push('display');
    fake.push(display);
    expect(seen).toEqual([display]);
  });

  it('gives a late listener the newest display snapshot, after onEvent returns', () => {
    const fake = fakeTransport();
    const queued: Array<() => void> = [];
    const bridge = createBridge('display', fake.transport, (fn) => queued.push(fn));
    fake.push(display);
    fake.push({ name: 'display', payload: { version: 3 } });
    const seen: BridgeEvent[] = [];
    bridge.onEvent((e) => seen.push(e));
    expect(seen).toEqual([]);
    queued.forEach((fn) => fn());
    expect(seen).toEqual([{ name: 'display', payload: { version: 3 } }]);
  });

  it('keeps delivering to others when one listener throws', () => {
    const fake = fakeTransport();
    const bridge = createBridge('display', fake.transport, now);
    const seen: BridgeEvent[] = [];
    const original = console.error;
    console.error = () => undefined;
    try {
      bridge.onEvent(() => {
        throw new Error('broken');
      });
      bridge.onEvent((e) => seen.push(e));
      fake.push(display);
    } finally {
      console.error = original;
    }
    expect(seen).toEqual([display]);
  });
});
