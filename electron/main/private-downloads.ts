import { chmod } from 'node:fs/promises';

/** The part of Electron's session and DownloadItem this needs; injected so it is tested in plain Node. */
export interface DownloadItemLike {
  getSavePath(): string;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}
export interface DownloadingSession {
  on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown;
}

/**
 * A file the console saves (a copy, a handover file, a summary) may hold
 * the group's confidences, so once saved only this account may read it,
 * as with the data folder. Windows keeps a user's files private by its own
 * rules. Browser mode cannot do this: the browser saves downloads itself.
 */
export function keepDownloadsPrivate(session: DownloadingSession, platform: NodeJS.Platform, setMode = chmod): void {
  if (platform === 'win32') return;
  session.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      setMode(item.getSavePath(), 0o600).catch((error: unknown) => console.error('Could not make a saved file private', error));
    });
  });
}
