import type { Notice } from '#shared/contract/contract';
import { notice } from '../i18n/notice-text';

export const UNWRITABLE_NOTICE_ID = 'storage-unwritable';

/** The few reasons a write fails that are worded in every language (a notice's {why, select, …}); another is "other". */
export type WriteFailure = 'full' | 'readOnly' | 'denied' | 'quota' | 'other';

export function writeFailure(error: unknown): WriteFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'full';
  if (code === 'EROFS') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'EDQUOT') return 'quota';
  return 'other';
}

const PLAIN: Record<Exclude<WriteFailure, 'other'>, string> = {
  full: 'the disk is full',
  readOnly: 'the folder is on a read-only disk',
  denied: 'Circlekeeper is not allowed to write there',
  quota: 'your disk quota is used up',
};

/** Why the disk said no, in words a facilitator can act on. */
export function plainWriteError(error: unknown): string {
  const why = writeFailure(error);
  return why === 'other' ? ((error as Error | null)?.message ?? String(error)) : PLAIN[why];
}

/**
 * Tells the console, once, when writes start failing, and takes the notice
 * away when one succeeds again: the app keeps running on what it has, and
 * every change is tried again rather than lost quietly.
 */
export class StorageHealth {
  constructor(
    private readonly dataDir: string,
    private readonly notices: Notice[],
    private readonly changed: () => void,
  ) {}

  failed(error: unknown): void {
    // Shown again after it was dismissed, if writes still fail.
    if (this.notices.some((n) => n.id === UNWRITABLE_NOTICE_ID)) return;
    this.notices.push(
      notice(
        UNWRITABLE_NOTICE_ID,
        'warning',
        { key: 'unwritable.title' },
        { key: 'unwritable.detail', values: { folder: this.dataDir, why: writeFailure(error), reason: plainWriteError(error) } },
      ),
    );
    this.changed();
  }

  recovered(): void {
    const at = this.notices.findIndex((n) => n.id === UNWRITABLE_NOTICE_ID);
    if (at < 0) return;
    this.notices.splice(at, 1);
    this.changed();
  }
}
