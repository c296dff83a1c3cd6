import type { Notice } from '#shared/contract/contract';

export const UNWRITABLE_NOTICE_ID = 'storage-unwritable';

/** Why the disk said no, in words a facilitator can act on. */
export function plainWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the folder is on a read-only disk';
  if (code === 'EACCES' || code === 'EPERM') return 'Circlekeeper is not allowed to write there';
  if (code === 'EDQUOT') return 'your disk quota is used up';
  return (error as Error | null)?.message ?? String(error);
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
    this.notices.push({
      id: UNWRITABLE_NOTICE_ID,
      level: 'warning',
      title: 'Changes cannot be saved right now',
      detail:
        `Circlekeeper cannot write to ${this.dataDir} (${plainWriteError(error)}). What was saved before is shown as it was. ` +
        'Free some space or make the folder writable; each change is tried again as you make it, and this message goes away once saving works.',
    });
    this.changed();
  }

  recovered(): void {
    const at = this.notices.findIndex((n) => n.id === UNWRITABLE_NOTICE_ID);
    if (at < 0) return;
    this.notices.splice(at, 1);
    this.changed();
  }
}
