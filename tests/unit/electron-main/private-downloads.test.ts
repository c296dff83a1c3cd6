import { describe, expect, it } from 'vitest';
import { keepDownloadsPrivate, type DownloadItemLike } from '../../../electron/main/private-downloads';

function fakeSession() {
  let listener: ((event: unknown, item: DownloadItemLike) => void) | null = null;
  return {
    on: (_event: 'will-download', l: (event: unknown, item: DownloadItemLike) => void) => {
      listener = l;
    },
    download(path: string, state: 'completed' | 'cancelled' | 'interrupted') {
      const done: ((event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void)[] = [];
      listener?.({}, { getSavePath: () => path, once: (_e, l) => done.push(l) });
      for (const l of done) l({}, state);
    },
    listening: () => listener !== null,
  };
}

describe('saved files are private', () => {
  it('makes a completed download readable by this account only, and leaves a cancelled one alone', async () => {
    const session = fakeSession();
    const modes: [string, number][] = [];
    keepDownloadsPrivate(session, 'linux', (path, mode) => {
      modes.push([String(path), Number(mode)]);
      return Promise.resolve();
    });
    session.download('/home/f/handover.circlekeeper', 'completed');
    session.download('/home/f/cancelled.circlekeeper', 'cancelled');
    await Promise.resolve();
    expect(modes).toEqual([['/home/f/handover.circlekeeper', 0o600]]);
  });

  it('does nothing on Windows, whose user folders are private by its own rules', () => {
    const session = fakeSession();
    keepDownloadsPrivate(session, 'win32');
    expect(session.listening()).toBe(false);
  });
});
