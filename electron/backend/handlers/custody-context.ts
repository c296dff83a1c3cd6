import type { CommandName } from '#shared/contract/effects';
import type { MeetingDigest } from '#shared/history/digest';
import type { Database } from '#shared/storage/database';
import type { KdfCost } from '../crypto/passphrase-key';
import type { FileCodec } from '../storage/file-codec';
import type { DataStore } from '../storage/data-store';

/**
 * What the custody handlers (encryption, backups, copies) may use. They work
 * on the data folder's files themselves, so they run with the record closed:
 * `reopen` waits for writes under way, runs the work, then opens the record
 * again (with `codec` as it is then) and tells every window.
 */
export interface CustodyContext {
  dataDir: string;
  now: () => number;
  /** How files are read and written now. */
  codec: () => FileCodec;
  /** The open record. */
  store: () => DataStore;
  hot: () => Readonly<Database>;
  history: (groupId: string) => readonly MeetingDigest[];
  reopen: <T>(work: () => Promise<T>) => Promise<T>;
  /** Tells the windows what a custody command changed that needed no reopening. */
  announce: (command: CommandName) => void;
  /** True while a meeting is under way: a restore or a replacement waits until it has ended. */
  meetingLive: () => boolean;
  /** scrypt's cost; lowered only by tests and the bench. */
  kdfCost?: KdfCost;
  durable: boolean;
}
