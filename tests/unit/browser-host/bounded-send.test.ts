import { describe, expect, it } from 'vitest';
import { sendBounded, type BoundedSocket } from '../../../electron/browser-host/bounded-send';
import { CLOSE_TOO_FAR_BEHIND } from '../../../electron/browser-host/socket-limits';

function fakeSocket(bufferedAmount: number) {
  const sent: string[] = [];
  const closes: { code: number | undefined; reason: string | undefined }[] = [];
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount,
    send: (text: string) => sent.push(text),
    close: (code?: number, reason?: string) => {
      closes.push({ code, reason });
      socket.readyState = 2;
    },
  };
  return { socket, asBounded: socket as unknown as BoundedSocket, sent, closes };
}

describe('sendBounded', () => {
  it('sends while what waits to go out is within the limit', () => {
    const fake = fakeSocket(1000);
    expect(sendBounded(fake.asBounded, 'a', 1000)).toBe(true);
    expect(fake.sent).toEqual(['a']);
    expect(fake.closes).toEqual([]);
  });

  it('closes, with a code and reason, instead of sending past the limit; then sends nothing more', () => {
    const fake = fakeSocket(1001);
    expect(sendBounded(fake.asBounded, 'a', 1000)).toBe(false);
    expect(fake.closes).toEqual([{ code: CLOSE_TOO_FAR_BEHIND.code, reason: CLOSE_TOO_FAR_BEHIND.reason }]);
    fake.socket.bufferedAmount = 0;
    expect(sendBounded(fake.asBounded, 'b', 1000)).toBe(false);
    expect(fake.sent).toEqual([]);
    expect(fake.closes).toHaveLength(1);
  });

  it('gives a close reason that fits a close frame', () => {
    expect(Buffer.byteLength(CLOSE_TOO_FAR_BEHIND.reason)).toBeLessThanOrEqual(123);
    expect(CLOSE_TOO_FAR_BEHIND.code).toBeGreaterThanOrEqual(4000);
    expect(CLOSE_TOO_FAR_BEHIND.code).toBeLessThanOrEqual(4999);
  });
});
